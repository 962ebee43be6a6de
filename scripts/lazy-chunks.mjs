// The CLI's heavy libraries, loaded by their first use rather than at start-up (issue 14): pdfkit with fontkit
// and brotli, and date-holidays with its rules and two copies of moment-timezone's zone data, are most of the
// CLI bundle and most of its start, and `pacto check` of a contract without public holidays needs neither.
// The CLI bundle gets a stand-in for the library's default export, a constructor that requires a bundle of
// the library of its own (dist/cli/<chunk>.cjs) when the first instance is made: Pacto only ever calls
// `new PDFDocument(...)` (runtime/export/pdf-document.ts) and `new Holidays(...)` (runtime/holidays.ts,
// runtime/export/holidays.ts). The server and the extension keep the libraries inside their bundles.
import { fileURLToPath } from 'node:url';

/** Libraries made lazy: the import the sources write, and the chunk next to the CLI bundle. */
export const LAZY_CHUNKS = [
    { library: 'pdfkit', chunk: 'pdfkit' },
    { library: 'date-holidays', chunk: 'holidays' },
];

/** The chunks' builds (esbuild options): each re-exports its library's default export. */
export function lazyChunkBuilds(plugins) {
    return LAZY_CHUNKS.map(({ library, chunk }) => ({
        stdin: { contents: `export { default } from '${library}';\n`, resolveDir: fileURLToPath(new URL('..', import.meta.url)), sourcefile: `${chunk}-chunk.js` },
        outfile: `dist/cli/${chunk}.cjs`,
        plugins: [...plugins, oneMomentTimezone],
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

// date-holidays-parser and caldate each carry their own moment-timezone 0.5.48 (733 KB of code and zone data,
// loaded into the one moment they share: the second copy only reloads the same zones). One copy in the chunk.
const momentTimezone = fileURLToPath(new URL('../node_modules/date-holidays-parser/node_modules/moment-timezone/index.js', import.meta.url));
const oneMomentTimezone = {
    name: 'one-moment-timezone',
    setup(build) {
        build.onResolve({ filter: /^moment-timezone$/ }, (args) => (args.importer.includes('/node_modules/caldate/') ? { path: momentTimezone } : undefined));
    },
};
