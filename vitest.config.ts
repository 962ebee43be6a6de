import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Loaded before any test module: chevrotain (via Langium) needs Object.groupBy, missing on Node 20.
        setupFiles: ['./test/setup-node-shim.ts'],
        testTimeout: 30_000,
        pool: 'forks',
    },
});
