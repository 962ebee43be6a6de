// The CLI's heavy libraries, loaded by their first use rather than at start-up (issue 14): pdfkit with fontkit
// and brotli, and date-holidays with its rules and moment-timezone's zone data, are most of the CLI bundle and
// most of its start, and `pacto check` of a contract without public holidays needs neither.
// The CLI bundle gets a stand-in for the library's default export, a constructor that requires a bundle of
// the library of its own (dist/cli/<chunk>.cjs) when the first instance is made: Pacto only ever calls
// `new PDFDocument(...)` (runtime/export/pdf-document.ts) and `new Holidays(...)` (runtime/holidays.ts,
// runtime/export/holidays.ts). The server and the extension keep the libraries inside their bundles.
import { fileURLToPath } from 'node:url';
import { holidaysChunkSource, lazyMomentTimezone } from './holidays-chunk.mjs';

/** Libraries made lazy: the import the sources write, and the chunk next to the CLI bundle. */
export const LAZY_CHUNKS = [
    { library: 'pdfkit', chunk: 'pdfkit' },
    { library: 'date-holidays', chunk: 'holidays' },
];

/**
 * The chunks' builds (esbuild options): each exports its library's default export; date-holidays' is the
 * library's constructor over its data digested per country, without moment-timezone until a zone is asked
 * (holidays-chunk.mjs).
 */
export function lazyChunkBuilds(plugins) {
    return LAZY_CHUNKS.map(({ library, chunk }) => ({
        stdin: {
            contents: library === 'date-holidays' ? holidaysChunkSource() : `export { default } from '${library}';\n`,
            resolveDir: fileURLToPath(new URL('..', import.meta.url)),
            sourcefile: `${chunk}-chunk.js`,
        },
        outfile: `dist/cli/${chunk}.cjs`,
        plugins: library === 'date-holidays' ? [...plugins, lazyMomentTimezone] : plugins,
    }));
}

/** For the CLI bundle: each lazy library is a constructor that loads the real one, next to the bundle, on first use. */
export const lazyChunks = {
    name: 'lazy-chunks',
    setup(build) {
        for (const { library, chunk } of LAZY_CHUNKS) {
            const filter = new RegExp(`^${library.replace(/[-/]/g, '\\$&')}$`);
            build.onResolve({ filter }, () => ({ path: library, namespace: 'lazy-chunk' }));
            build.onResolve({ filter: new RegExp(`^\\./${chunk}\\.cjs$`) }, (args) =>
                args.namespace === 'lazy-chunk' ? { path: `./${chunk}.cjs`, external: true } : undefined,
            );
        }
        build.onLoad({ filter: /.*/, namespace: 'lazy-chunk' }, (args) => {
            const { chunk } = LAZY_CHUNKS.find((c) => c.library === args.path);
            return {
                loader: 'js',
                contents: `let real;
export default function LazyConstructor(...args) {
    real ??= require('./${chunk}.cjs').default;
    return new real(...args);
}
`,
            };
        });
    },
};
