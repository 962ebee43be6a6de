// The CLI's pdfkit, loaded by the first PDF rather than at start-up (issue 14): pdfkit with fontkit, brotli and
// their tables are a third of the CLI bundle and most of its start, and `pacto check` never draws a page.
// The CLI bundle gets a stand-in for `import PDFDocument from 'pdfkit'` that requires dist/cli/pdfkit.cjs, a
// bundle of pdfkit's CommonJS build of its own, when a document is first made (runtime/export/pdf-document.ts
// only ever calls `new PDFDocument(...)`). The server and the extension keep pdfkit inside their bundles.
import { fileURLToPath } from 'node:url';

/** pdfkit's CommonJS build (see pdfkitCjs in esbuild-plugins.mjs): the entry of dist/cli/pdfkit.cjs. */
export const pdfkitEntry = fileURLToPath(new URL('../node_modules/pdfkit/js/pdfkit.js', import.meta.url));

/** For the CLI bundle: `pdfkit` is a constructor that loads the real one, next to the bundle, on first use. */
export const lazyPdfkit = {
    name: 'lazy-pdfkit',
    setup(build) {
        build.onResolve({ filter: /^pdfkit$/ }, () => ({ path: 'pdfkit', namespace: 'lazy-pdfkit' }));
        build.onResolve({ filter: /^\.\/pdfkit\.cjs$/ }, (args) => (args.namespace === 'lazy-pdfkit' ? { path: './pdfkit.cjs', external: true } : undefined));
        build.onLoad({ filter: /.*/, namespace: 'lazy-pdfkit' }, () => ({
            loader: 'js',
            contents: `let real;
export default function PDFDocument(...args) {
    real ??= require('./pdfkit.cjs');
    return new real(...args);
}
`,
        }));
    },
};
