// Bundles bench/replay/entry.ts as the shipped CLI is bundled (dependencies inside): run.mjs's bundle, and, run
// as a script, a "before" bundle kept apart for interleaved before/after runs of case.mjs and for comparing reports.
//   node bench/replay/bundle.mjs OUT.cjs
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { nodeShimBanner, pdfkitCjs } from '../../scripts/esbuild-plugins.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Writes the bench's bundle of the replay to `outfile`. */
export async function bundleReplay(outfile) {
    await build({
        entryPoints: [path.join(here, 'entry.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        logLevel: 'error',
        banner: nodeShimBanner,
        plugins: [pdfkitCjs],
        define: { PACTO_VERSION: JSON.stringify('bench') },
    });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    if (!process.argv[2]) {
        console.error('usage: node bench/replay/bundle.mjs OUT.cjs');
        process.exit(2);
    }
    await bundleReplay(path.resolve(process.argv[2]));
}
