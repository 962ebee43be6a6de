// Writes every export of examples/*.pacto, through the built CLI, into DIR, so that a change to a writer can be
// shown byte-identical on the examples: `node bench/export/snapshot.mjs /tmp/before`, change, bundle,
// `node bench/export/snapshot.mjs /tmp/after`, `diff -r /tmp/before /tmp/after`. `--cli FILE` takes another
// build's dist/cli/main.cjs (a copy of the bundle before the change), so both can be written at any time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? path.resolve(args.splice(cliAt, 2)[1] ?? '') : path.join(root, 'dist/cli/main.cjs');
const out = args[0];
if (!out) {
    console.error('usage: node bench/export/snapshot.mjs DIR [--cli dist/cli/main.cjs]');
    process.exit(2);
}
mkdirSync(out, { recursive: true });
let failed = 0;
for (const name of readdirSync(path.join(root, 'examples')).filter((n) => n.endsWith('.pacto')).sort()) {
    for (const format of ['pdf', 'html', 'markdown', 'json']) {
        const target = path.join(out, `${path.basename(name, '.pacto')}.${format}`);
        const run = spawnSync(process.execPath, [cli, 'export', path.join(root, 'examples', name), '--format', format, '-o', target], { encoding: 'utf8' });
        if (run.status !== 0) {
            failed++;
            console.error(`${name} ${format}: exit ${run.status}\n${run.stderr}`);
        }
    }
}
process.exitCode = failed ? 1 : 0;
