// Bundles the three entry points as CommonJS (the VS Code extension host loads CJS; the CLI and the
// language server start fast from one file). The Node 20 shim goes in as a banner so it runs before
// any bundled module, chevrotain included.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const shim = readFileSync(new URL('./language/node-shim.cjs', import.meta.url), 'utf8');

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: shim },
    define: { PACTO_VERSION: JSON.stringify(pkg.version) },
};

const builds = [
    { entryPoints: { 'extension/main': 'extension/main.ts' }, external: ['vscode'] },
    { entryPoints: { 'language/server': 'language/server.ts' } },
    { entryPoints: { 'cli/main': 'cli/main.ts' } },
].map((options) => ({ ...common, outdir: 'dist', outExtension: { '.js': '.cjs' }, ...options }));

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
}
