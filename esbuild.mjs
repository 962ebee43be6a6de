// Bundles the entry points as CommonJS (the VS Code extension host loads CJS; the CLI and the language
// server start fast from one file), and the simulation worker apart, so its threads load only the simulator.
// Every bundle gets the Node 20 shim as a banner and pdfkit's CJS build (scripts/esbuild-plugins.mjs).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiBundle } from './scripts/ascii-bundle.mjs';
import { chevrotainCharCodes } from './scripts/chevrotain-char-codes.mjs';
import { nodeShimBanner, pdfkitCjs } from './scripts/esbuild-plugins.mjs';
import { lazyChunkBuilds, lazyChunks } from './scripts/lazy-chunks.mjs';

const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    banner: nodeShimBanner,
    define: { PACTO_VERSION: JSON.stringify(pkg.version) },
    plugins: [pdfkitCjs],
};

// The bundles a process or a worker loads at every start (issue 14): without comments and indentation a quarter
// smaller (pacto.cjs 3.06 -> 2.31 MB), so less to read and to scan for the functions V8 compiles as they are first
// called; the comments of some libraries also held the only non-Latin-1 characters, which made V8 keep the whole
// source in two bytes a character. Names and syntax are kept (stack traces and the source maps stay readable).
const startsOften = { minifyWhitespace: true };

// What the command line imports for its other commands only is required by the first call instead of at every
// start (issue 14): the top level of the bundle evaluates every module it holds, so `pacto check` built yaml's 72
// modules and loaded crypto, fs/promises, worker_threads and zlib from Node. Each name below becomes a function
// that requires the real module on first call and calls (or, with `new`, constructs) the real export; a name not
// listed fails the build ("No matching export"), so nothing is made lazy unseen. Only Pacto's own imports.
const LAZY_IMPORTS = {
    yaml: ['Document', 'isScalar'],
    'node:crypto': ['randomBytes'],
    'node:fs/promises': ['chmod', 'chown', 'lstat', 'open', 'readFile', 'readlink', 'realpath', 'rename', 'stat', 'unlink'],
    'node:worker_threads': ['Worker'],
    'node:zlib': ['deflateSync'],
};
const lazyImports = {
    name: 'lazy-imports',
    setup(build) {
        const filter = new RegExp(`^(${Object.keys(LAZY_IMPORTS).map((name) => name.replace(/[-/.]/g, '\\$&')).join('|')})$`);
        build.onResolve({ filter }, (args) =>
            args.namespace === 'lazy-import' || args.importer.includes('node_modules') ? undefined : { path: args.path, namespace: 'lazy-import' },
        );
        build.onLoad({ filter: /.*/, namespace: 'lazy-import' }, (args) => ({
            loader: 'js',
            resolveDir: fileURLToPath(new URL('.', import.meta.url)),
            contents: [
                `let real;`,
                `const load = () => (real ??= require(${JSON.stringify(args.path)}));`,
                ...LAZY_IMPORTS[args.path].map((name) => `export function ${name}(...args) { return new.target ? new (load().${name})(...args) : load().${name}.apply(this, args); }`),
            ].join('\n'),
        }));
    },
};

// esbuild gives each ES module that imports a CommonJS one its own copy of the exports (__toESM): twenty copies
// of vscode-languageserver's hundreds of names at every start. Through one ES module that re-exports it, one copy.
const INTEROP_ONCE = /^vscode-languageserver(-protocol)?$/;
const interopOnce = {
    name: 'interop-once',
    setup(build) {
        build.onResolve({ filter: INTEROP_ONCE }, async (args) => {
            // Only ES imports: a CommonJS require of it gets the library's own exports, no copy.
            if (args.pluginData === 'interop-once' || args.kind !== 'import-statement') return undefined;
            const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'interop-once' });
            return real.errors.length > 0 ? real : { path: real.path, namespace: 'interop-once' };
        });
        build.onLoad({ filter: /.*/, namespace: 'interop-once' }, (args) => ({ loader: 'js', resolveDir: path.dirname(args.path), contents: `export * from ${JSON.stringify(args.path)};\n` }));
    },
};

// Chevrotain records the grammar by running every rule once (a third of its analysis, at every start): recorded
// here instead, by a parser built from the sources, and handed to the bundles' parsers as data
// (language/parser/recorded-gast.ts). A bundle of the sources is run for it, so the recording is this build's grammar.
async function recordedGrammar() {
    const { outputFiles } = await esbuild.build({
        ...common,
        sourcemap: false,
        write: false,
        outfile: 'record-grammar.cjs',
        stdin: {
            contents: `import { EmptyFileSystem } from 'langium';
import { createPactoServices } from './language/pacto-module.js';
import { recordGrammar } from './language/parser/record-grammar.js';
module.exports = recordGrammar(createPactoServices(EmptyFileSystem).Pacto);
`,
            resolveDir: fileURLToPath(new URL('.', import.meta.url)),
            sourcefile: 'record-grammar-entry.js',
            loader: 'ts',
        },
    });
    const module = { exports: {} };
    const file = fileURLToPath(new URL('./record-grammar.cjs', import.meta.url));
    new Function('module', 'exports', 'require', '__filename', '__dirname', outputFiles[0].text)(module, module.exports, createRequire(file), file, path.dirname(file));
    return module.exports;
}
const recorded = JSON.stringify(await recordedGrammar());
const builtGast = {
    name: 'built-gast',
    setup(build) {
        // As JSON text: V8 builds 50 KB of data faster from JSON.parse than from an object literal, run once.
        const contents = `export const BUILT_GAST = JSON.parse(${JSON.stringify(recorded)});\n`;
        build.onLoad({ filter: /[\\/]language[\\/]parser[\\/]built-gast\.ts$/ }, () => ({ loader: 'js', contents }));
    },
};

const builds = [
    { entryPoints: { 'extension/main': 'extension/main.ts' }, external: ['vscode'] },
    { entryPoints: { 'language/server': 'language/server.ts' }, plugins: [builtGast, chevrotainCharCodes, pdfkitCjs] },
    // The CLI: a launcher that keeps the compiled code on disk (cli/main.ts), the command line (dist/cli/pacto.cjs),
    // and pdfkit and date-holidays apart, loaded by their first use only (scripts/lazy-chunks.mjs): `pacto check`
    // starts faster.
    { entryPoints: { 'cli/main': 'cli/main.ts' }, external: ['./pacto.cjs'], ...startsOften },
    { entryPoints: { 'cli/pacto': 'cli/process-entry.ts' }, plugins: [lazyChunks, lazyImports, interopOnce, builtGast, chevrotainCharCodes, pdfkitCjs], ...startsOften },
    ...lazyChunkBuilds([pdfkitCjs]).map((options) => ({ ...options, ...startsOften })),
    // The library (`require('pacto')`, api/index.mjs for `import`): everything inlined, no runtime dependency.
    { entryPoints: { 'api/index': 'language/api.ts' }, plugins: [builtGast, chevrotainCharCodes, pdfkitCjs] },
    // dist/simulate-worker.cjs, one file for both hosts: language/assets.ts finds it next to dist/cli and dist/language.
    // Without date-holidays: the calling thread hands its workers the holiday lists (runtime/simulate/worker-holidays.ts).
    { entryPoints: { 'simulate-worker': 'runtime/simulate/worker.ts' }, alias: { 'date-holidays': './runtime/simulate/worker-holidays.ts' }, ...startsOften },
].map((options) => ({ ...common, ...(options.outfile ? {} : { outdir: 'dist', outExtension: { '.js': '.cjs' } }), ...options }));

// The PDF export embeds these DejaVu faces (runtime/export/fonts.ts, PDF_FONT_FILES): the hosts find them in
// dist/fonts, next to dist/cli and dist/language (language/assets.ts), and pass the folder to the runtime.
const fonts = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf'];
mkdirSync(new URL('./dist/fonts/', import.meta.url), { recursive: true });
for (const font of fonts) {
    copyFileSync(new URL(`./node_modules/dejavu-fonts-ttf/ttf/${font}`, import.meta.url), new URL(`./dist/fonts/${font}`, import.meta.url));
}

// chart.js draws the simulation report's charts; the .vsix has no node_modules, so the hosts find it in
// dist/vendor (language/assets.ts) and pass its source to the report, copied from the dependency at each build.
mkdirSync(new URL('./dist/vendor/', import.meta.url), { recursive: true });
copyFileSync(new URL('./node_modules/chart.js/dist/chart.umd.min.js', import.meta.url), new URL('./dist/vendor/chart.umd.min.js', import.meta.url));

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
    // The launcher reads ASCII bundles without decoding them (scripts/ascii-bundle.mjs); a watch build is read as UTF-8.
    for (const bundle of ['main', 'pacto', 'holidays', 'pdfkit']) asciiBundle(fileURLToPath(new URL(`./dist/cli/${bundle}.cjs`, import.meta.url)));
}
