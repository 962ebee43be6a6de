// Runs every benchmark in bench/: each bench/NAME.mjs and each bench/NAME/run.mjs (bench/deadlines.mjs, bench/export/run.mjs,
// bench/lsp/run.mjs, bench/replay/run.mjs, bench/simulate/run.mjs, bench/startup.mjs: the CLI's start against bare
// node, from the built bundle), one after another in separate processes so
// none warms up another's JIT. Exits non-zero if any benchmark fails. `node bench/run.mjs --quick` runs every
// bench's quick mode (seconds each, figures not judged), as test/bench/quick.test.ts does one by one in CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benches = [];
for (const entry of readdirSync(here, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isFile() && entry.name.endsWith('.mjs') && entry.name !== 'run.mjs') benches.push(path.join(here, entry.name));
    if (entry.isDirectory() && existsSync(path.join(here, entry.name, 'run.mjs'))) benches.push(path.join(here, entry.name, 'run.mjs'));
}

let failed = 0;
for (const bench of benches) {
    const name = path.relative(path.dirname(here), bench);
    console.log(`\n=== ${name}\n`);
    const { status, signal } = spawnSync(process.execPath, [bench, ...(process.argv.includes('--quick') ? ['--quick'] : [])], { stdio: 'inherit' });
    if (status !== 0) {
        failed++;
        console.error(`${name} failed (${signal ?? `exit ${status}`})`);
    }
}
console.log(`\n${benches.length - failed} of ${benches.length} benchmarks ran.`);
process.exitCode = failed > 0 ? 1 : 0;
