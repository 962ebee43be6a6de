// Bundles the language services for the benchmark from source, into the OS temp directory (nothing is
// written to the repository), so the bench measures the code as it is now, not a stale dist/.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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
        // Same Node 20 shim as the shipped bundles (see esbuild.mjs).
        banner: { js: readFileSync(path.join(ROOT, 'language', 'node-shim.cjs'), 'utf8') },
        define: { PACTO_VERSION: JSON.stringify('bench') },
    });
    return createRequire(import.meta.url)(outfile);
}
