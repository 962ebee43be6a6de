// How `pacto export` scales with the size of a contract (issue 14: a 2,000-category contract exports to PDF in
// linear time, ≤ 5 s and ≤ 400 MB). Generates contracts of growing size (bench/export/generate.mjs), exports
// each with the built CLI to every document format in a child process, and prints per size and format the
// wall time and peak memory, the time exponent against the previous size, and, measured in another child
// through the library API, the share of the time spent checking and lowering against rendering.
// Fails when an export fails or its output lacks a category.
//
//   node bench/export/run.mjs           # 500, 1,000 and 2,000 categories, three runs each (npm run bundle first)
//   node bench/export/run.mjs --quick   # 50 and 100 categories, one run
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractText } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/main.cjs');
const api = path.join(root, 'dist/api/index.cjs');
const quick = process.argv.includes('--quick');
const sizes = quick ? [50, 100] : [500, 1000, 2000];
const runs = quick ? 1 : 3;
const formats = ['pdf', 'html', 'md', 'json'];
const timeV = existsSync('/usr/bin/time');

const dir = mkdtempSync(path.join(tmpdir(), 'pacto-export-'));
// Without /usr/bin/time, the child reports its own peak when it exits.
const preload = path.join(dir, 'peak.cjs');
writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\nPEAK_RSS ${process.resourceUsage().maxRSS}\\n`));\n");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let failed = false;
const fail = (message) => {
    failed = true;
    console.error(`FAIL ${message}`);
};

/** One export through the CLI: wall seconds and peak RSS in MB. */
function exportOnce(file, format, output) {
    const args = [cli, 'export', file, '--format', format, '-o', output];
    const start = process.hrtime.bigint();
    const run = timeV
        ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
        : spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) return { error: `exit ${run.status}: ${run.stderr.slice(-2000)}` };
    const kb = timeV ? /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] : /PEAK_RSS (\d+)/.exec(run.stderr)?.[1];
    return { seconds, mb: Number(kb) / 1024 };
}

/** Whether the output holds every category: the last one's title in the text formats, a whole PDF. */
function complete(format, output, categories) {
    const bytes = readFileSync(output);
    if (format === 'pdf') return bytes.subarray(0, 5).toString() === '%PDF-' && bytes.subarray(-6).toString().includes('%%EOF');
    const text = bytes.toString('utf8');
    const count = format === 'json' ? JSON.parse(text).categories?.length : new Set(text.match(/Categoría \d+/g)).size;
    return count === categories;
}

// Check and lowering against rendering, in one child per size (the library API bundles the same code).
function split(file) {
    const script = `
const api = require(${JSON.stringify(api)});
const text = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8');
(async () => {
  const t0 = performance.now();
  const contract = await api.parseContract(text, { file: ${JSON.stringify(file)} });
  const out = { check: performance.now() - t0 };
  for (const f of ${JSON.stringify(formats)}) { const t = performance.now(); await api.exportContract(contract, f); out[f] = performance.now() - t; }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) {
        fail(`library API on ${path.basename(file)}: ${run.stderr.slice(-2000)}`);
        return null;
    }
    return JSON.parse(run.stdout);
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (shared: ratios within this run only)`);
console.log(`peak memory from ${timeV ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS in the child'}; ${runs} run(s) each, medians\n`);
const rows = new Map();
const splits = new Map();
for (const n of sizes) {
    const file = path.join(dir, `contract-${n}.pacto`);
    writeFileSync(file, contractText(n));
    for (const format of formats) {
        const output = path.join(dir, `contract-${n}.${format}`);
        const times = [];
        const peaks = [];
        for (let r = 0; r < runs; r++) {
            const result = exportOnce(file, format, output);
            if (result.error) {
                fail(`${format} at ${n} categories: ${result.error}`);
                break;
            }
            times.push(result.seconds);
            peaks.push(result.mb);
        }
        if (times.length === 0) continue;
        if (!complete(format, output, n)) fail(`${format} at ${n} categories: the output does not hold every category`);
        rows.set(`${n}|${format}`, { seconds: median(times), mb: Math.max(...peaks), bytes: statSync(output).size });
    }
    splits.set(n, split(file));
}

const pad = (s, w) => String(s).padStart(w);
console.log(`${'categories'.padEnd(11)}${'format'.padEnd(7)}${pad('wall s', 8)}${pad('peak MB', 9)}${pad('exponent', 10)}${pad('output KB', 11)}${pad('check+lower ms', 16)}${pad('render ms', 11)}${pad('check share', 13)}`);
for (const format of formats) {
    let previous;
    for (const n of sizes) {
        const row = rows.get(`${n}|${format}`);
        if (!row) continue;
        const s = splits.get(n);
        // The exponent of the whole process's time between this size and the previous one (1 is linear).
        const exponent = previous ? (Math.log(row.seconds / previous.seconds) / Math.log(n / previous.n)).toFixed(2) : '–';
        const share = s ? `${((100 * s.check) / (s.check + s[format])).toFixed(0)} %` : '?';
        console.log(`${String(n).padEnd(11)}${format.padEnd(7)}${pad(row.seconds.toFixed(2), 8)}${pad(row.mb.toFixed(0), 9)}${pad(exponent, 10)}${pad((row.bytes / 1024).toFixed(0), 11)}${pad(s ? s.check.toFixed(0) : '?', 16)}${pad(s ? s[format].toFixed(0) : '?', 11)}${pad(share, 13)}`);
        previous = { n, seconds: row.seconds };
    }
}
const goal = rows.get('2000|pdf');
if (goal) console.log(`\ngoal (issue 14): 2,000 categories to PDF ≤ 5 s and ≤ 400 MB: ${goal.seconds.toFixed(2)} s, ${goal.mb.toFixed(0)} MB (${goal.seconds <= 5 && goal.mb <= 400 ? 'met' : 'not met'})`);
rmSync(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
