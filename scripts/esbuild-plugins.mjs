// What every esbuild build of Pacto's sources shares (esbuild.mjs, bench/lsp/bundle.mjs, bench/simulate/run.mjs,
// the tests that bundle): one definition, so a bench bundle cannot drift from the shipped ones.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// pdfkit's ESM build reads `import.meta.url` at load, which is empty in a CJS bundle (the bundle would throw
// on start): bundle its CommonJS build, which finds its files from __filename and loads them only on demand.
export const pdfkitCjs = {
    name: 'pdfkit-cjs',
    setup(build) {
        build.onResolve({ filter: /^pdfkit$/ }, () => ({ path: fileURLToPath(new URL('../node_modules/pdfkit/js/pdfkit.js', import.meta.url)) }));
    },
};

/** The Node 20 shim (language/node-shim.cjs), as a banner: it must run before any bundled module, chevrotain included. */
export const nodeShimBanner = { js: readFileSync(new URL('../language/node-shim.cjs', import.meta.url), 'utf8') };
