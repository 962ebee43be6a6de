// Bundles the language services for the benchmark from source, into the OS temp directory (nothing is
// written to the repository), so the bench measures the code as it is now, not a stale dist/.
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeShimBanner, pdfkitCjs } from '../../scripts/esbuild-plugins.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The language server as the extension ships it (language/server.ts), bundled into the OS temp directory. */
export async function bundleServer() {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'pacto-bench-')), 'server.cjs');
    await esbuild.build({
        entryPoints: [path.join(ROOT, 'language/server.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        logLevel: 'warning',
        banner: nodeShimBanner,
        plugins: [pdfkitCjs],
        define: { PACTO_VERSION: JSON.stringify('bench') },
    });
    return outfile;
}

export async function loadLanguage() {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'pacto-bench-')), 'language.cjs');
    await esbuild.build({
        stdin: {
            contents: `
                export { createPactoServices } from './language/pacto-module.js';
                export { lowerModel } from './language/lower.js';
                export { EmptyFileSystem, URI, TextDocument, DocumentState } from 'langium';
            `,
            resolveDir: ROOT,
            loader: 'ts',
        },
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        logLevel: 'warning',
        // As the shipped bundles (esbuild.mjs): the Node 20 shim, and pdfkit's CJS build, since the language
        // services reach the runtime's exports and pdfkit's ESM build throws on load in a CJS bundle.
        banner: nodeShimBanner,
        plugins: [pdfkitCjs],
        define: { PACTO_VERSION: JSON.stringify('bench') },
    });
    return createRequire(import.meta.url)(outfile);
}

/** Node's options the VS Code client starts the server with (extension/client-options.ts SERVER_NODE_ARGS). */
export async function serverNodeArgs() {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'pacto-bench-')), 'client-options.cjs');
    await esbuild.build({ entryPoints: [path.join(ROOT, 'extension/client-options.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
    return [...createRequire(import.meta.url)(outfile).SERVER_NODE_ARGS];
}
