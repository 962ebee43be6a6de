// Bundles the three entry points as CommonJS (the VS Code extension host loads CJS; the CLI and the
// language server start fast from one file). The Node 20 shim goes in as a banner so it runs before
// any bundled module, chevrotain included.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const shim = readFileSync(new URL('./language/node-shim.cjs', import.meta.url), 'utf8');

// pdfkit's ESM build reads `import.meta.url` at load, which is empty in a CJS bundle (the bundle would throw
// on start): bundle its CommonJS build, which finds its files from __filename and loads them only on demand.
const pdfkitCjs = {
    name: 'pdfkit-cjs',
    setup(build) {
        build.onResolve({ filter: /^pdfkit$/ }, () => ({ path: fileURLToPath(new URL('./node_modules/pdfkit/js/pdfkit.js', import.meta.url)) }));
    },
};

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: shim },
    define: { PACTO_VERSION: JSON.stringify(pkg.version) },
    plugins: [pdfkitCjs],
};

const builds = [
    { entryPoints: { 'extension/main': 'extension/main.ts' }, external: ['vscode'] },
    { entryPoints: { 'language/server': 'language/server.ts' } },
    { entryPoints: { 'cli/main': 'cli/main.ts' } },
].map((options) => ({ ...common, outdir: 'dist', outExtension: { '.js': '.cjs' }, ...options }));

// The PDF export embeds these DejaVu faces (runtime/export/fonts.ts, PDF_FONT_FILES): the bundles find them in
// dist/fonts, next to dist/cli and dist/language.
const fonts = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf'];
mkdirSync(new URL('./dist/fonts/', import.meta.url), { recursive: true });
for (const font of fonts) {
    copyFileSync(new URL(`./node_modules/dejavu-fonts-ttf/ttf/${font}`, import.meta.url), new URL(`./dist/fonts/${font}`, import.meta.url));
}

// chart.js draws the simulation report's charts; the .vsix has no node_modules, so the bundles find it in
// dist/vendor (runtime/simulate/report.ts loadChartJs), copied from the installed dependency at each build.
mkdirSync(new URL('./dist/vendor/', import.meta.url), { recursive: true });
copyFileSync(new URL('./node_modules/chart.js/dist/chart.umd.min.js', import.meta.url), new URL('./dist/vendor/chart.umd.min.js', import.meta.url));

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
}
