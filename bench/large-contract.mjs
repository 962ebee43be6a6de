// How `pacto check` scales with the size of a contract (issue 13: a 5 MB contract is checked in linear time
// with bounded memory). Generates seeded contracts of growing size (categories with business-hour targets on
// a calendar with public holidays), checks each with the built CLI in a child process, and prints the time
// and peak memory per size with the growth exponent against the smallest size, measured in the same run.
//
//   node bench/large-contract.mjs           # 1 MB and 5 MB, three runs each (build first: npm run bundle)
//   node bench/large-contract.mjs --quick   # 100 KB and 500 KB, one run each
//
// Then one file of garbage (10 MB of stray names, 1 MB in --quick): answered with the parser's cut, not a crash.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/main.cjs');
const quick = process.argv.includes('--quick');
const sizes = quick ? [100_000, 500_000] : [1_000_000, 5_000_000];
const runs = quick ? 1 : 3;

/** A contract of about `bytes` bytes: one calendar, one objective, categories of distinct targets. */
function contract(bytes) {
    const lines = [
        'contract Large "A very large contract" {',
        '  term 2026-01-01 to 2026-12-31',
        '  calendar Oficina {',
        '    time zone "America/Caracas"',
        '    monday to friday 08:00-12:00, 13:00-17:00',
        '    holidays of "VE"',
        '  }',
        '  default calendar Oficina',
        '  objective OnTime { 90% of resolutions on time per month }',
    ];
    let size = lines.join('\n').length;
    for (let i = 0; size < bytes; i++) {
        const block = `  category C${i} "Category ${i}" {\n    response within 1 business hour\n    resolution within ${4 + (i % 50)} business hours\n  }`;
        lines.push(block);
        size += block.length + 1;
    }
    lines.push('}');
    return { text: `${lines.join('\n')}\n`, categories: lines.length - 10 };
}

const dir = mkdtempSync(path.join(tmpdir(), 'pacto-large-'));
// Peak memory of the child, written when it exits.
const preload = path.join(dir, 'peak.cjs');
writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\nPEAK_RSS ${process.resourceUsage().maxRSS}\\n`));\n");

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

const rows = [];
let failed = false;
for (const bytes of sizes) {
    const { text, categories } = contract(bytes);
    const file = path.join(dir, `large-${bytes}.pacto`);
    writeFileSync(file, text);
    const times = [];
    const peaks = [];
    for (let r = 0; r < runs; r++) {
        const started = process.hrtime.bigint();
        const run = spawnSync(process.execPath, ['--require', preload, cli, 'check', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
        times.push(Number(process.hrtime.bigint() - started) / 1e9);
        const peak = /PEAK_RSS (\d+)/.exec(run.stderr);
        peaks.push(peak ? Number(peak[1]) / 1024 : NaN);
        // The contract is valid: anything but "no problems" is a wrong answer, and fails the bench.
        if (run.status !== 0 || !run.stdout.includes('no problems')) {
            failed = true;
            console.error(`check of ${bytes} bytes: exit ${run.status}\n${run.stdout.slice(0, 500)}${run.stderr.slice(0, 500)}`);
        }
    }
    rows.push({ bytes, categories, seconds: median(times), peakMiB: median(peaks) });
}

// Garbage (issue 13): one block of stray names, each an error the parser recovers from inside the block.
// 50,000 of them overflowed the parser's stack; past 500 errors the rest is now not read, in about the time
// of lexing it. Answered means exit 1 with the one "could not be parsed" error, not a crash (70) or a hang.
const garbageBytes = quick ? 1_000_000 : 10_000_000;
const garbageFile = path.join(dir, 'stray-names.pacto');
{
    const lines = ['contract A {'];
    for (let i = 0, size = 0; size < garbageBytes; i++) {
        const line = `  N${i} provider "x"`;
        lines.push(line);
        size += line.length + 1;
    }
    lines.push('}');
    writeFileSync(garbageFile, `${lines.join('\n')}\n`);
}
const garbageStarted = process.hrtime.bigint();
const garbage = spawnSync(process.execPath, ['--require', preload, cli, 'check', garbageFile], { encoding: 'utf8', maxBuffer: 1 << 26 });
const garbageSeconds = Number(process.hrtime.bigint() - garbageStarted) / 1e9;
const garbagePeak = Number(/PEAK_RSS (\d+)/.exec(garbage.stderr)?.[1] ?? NaN) / 1024;
const garbageCut = garbage.stdout.includes('could not be parsed from line');
if (garbage.status !== 1 || !garbageCut) {
    failed = true;
    console.error(`check of ${garbageBytes} bytes of stray names: exit ${garbage.status}, ${garbageCut ? '' : 'no '}cut\n${garbage.stderr.slice(0, 500)}`);
}
rmSync(dir, { recursive: true, force: true });

const [base] = rows;
console.log(`Node ${process.version}, ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; median of ${runs} run(s) of 'pacto check' per size:\n`);
console.table(
    rows.map((r) => ({
        size: `${(r.bytes / 1e6).toFixed(1)} MB`,
        categories: r.categories.toLocaleString('en'),
        seconds: r.seconds.toFixed(2),
        'peak RSS': `${r.peakMiB.toFixed(0)} MiB`,
        'time exponent': r === base ? '—' : (Math.log(r.seconds / base.seconds) / Math.log(r.bytes / base.bytes)).toFixed(2),
        'memory per MB': `${(r.peakMiB / (r.bytes / 1e6)).toFixed(0)} MiB`,
    })),
);
console.log('\nA time exponent near 1 is linear growth (goal: below 1.1); the memory per MB stays flat when memory is bounded by the text.');
console.log(
    `\n${(garbageBytes / 1e6).toFixed(0)} MB of stray names in one block: exit ${garbage.status} in ${garbageSeconds.toFixed(2)} s, peak RSS ${garbagePeak.toFixed(0)} MiB, ${garbageCut ? 'cut after 500 errors' : 'NOT cut'}.`,
);
process.exitCode = failed ? 1 : 0;
