// Bundles bench/replay/entry.ts as run.mjs does, to a file of one's choosing: a "before" bundle kept apart for
// interleaved before/after runs of case.mjs and for comparing reports.
//   node bench/replay/bundle.mjs OUT.cjs
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeShimBanner, pdfkitCjs } from '../../scripts/esbuild-plugins.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
await build({
    entryPoints: [path.join(here, 'entry.ts')],
    outfile: path.resolve(process.argv[2]),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    banner: nodeShimBanner,
    plugins: [pdfkitCjs],
    define: { PACTO_VERSION: JSON.stringify('bench') },
});
