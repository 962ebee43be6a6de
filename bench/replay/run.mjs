// Replay throughput (issue 11, "Performance"): `pacto report`'s replay (runtime/replay: its CSV reader, the
// event-log reader, the SLA clock ticket by ticket, the compliance figures) against merely reading the same
// file with the same CSV reader, and against csv-parse alone, streamed, in the same run. The replay's reader
// reads lines without quotes itself and hands anything quoted to csv-parse (runtime/replay/quote-free-csv.ts);
// Pacto's own log has no quotes, so (b) is that fast path and (a) what csv-parse alone takes. The replay reads
// the plain lines of Pacto's log without making rows of strings (runtime/replay/pacto-lines.ts): (d) is that
// reading alone, with the contract loaded and a Replay that keeps nothing. CPU time is printed beside the wall
// time: on a shared machine it is the figure load disturbs least.
//
//   node bench/replay/run.mjs                    # 1,000,000 tickets (≈ 5 M events), 5 repetitions, medians
//   node bench/replay/run.mjs --quick            # 5,000 tickets, one repetition: figures printed, goals not judged
//   node bench/replay/run.mjs --tickets N --reps R [--keep] [--cpu-prof DIR] [--no-peer]
//
// --no-peer leaves out case (a), csv-parse alone (≈ 30 s a repetition at 1,000,000 tickets, 4–10× the other cases),
// for quicker iterations: the goal's ratio is (c) against (b) and does not need it.
//
// The history is generated (seeded, streamed, bench/replay/generate.mjs) into a directory of the OS temp
// directory, with the bundle, and deleted afterwards unless --keep. Each repetition runs each case in a fresh
// process (bench/replay/case.mjs) pinned to one core with taskset when it is there, so each case's peak RSS
// (process.resourceUsage().maxRSS) is its own and neither warms the other's JIT. The runtime is bundled by
// esbuild from the sources as the shipped CLI is (dependencies inside; the peer loads the same csv-parse 6.2.1
// from node_modules). Exits 1 when a case fails or the replay disagrees with the generator (tickets, events,
// rows skipped, tickets left open, tickets counted by the objectives). Goals are reported, not enforced.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleReplay } from './bundle.mjs';
import { generateHistory } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const { values } = parseArgs({
    options: {
        quick: { type: 'boolean', default: false },
        tickets: { type: 'string' },
        reps: { type: 'string' },
        seed: { type: 'string', default: '1' },
        keep: { type: 'boolean', default: false },
        'cpu-prof': { type: 'string' },
        'no-peer': { type: 'boolean', default: false },
    },
});
const quick = values.quick;
const withPeer = !values['no-peer'];
const TICKETS = Number(values.tickets ?? (quick ? 5_000 : 1_000_000));
const REPS = Number(values.reps ?? (quick ? 1 : 5));
const CONTRACT = path.join(root, 'examples/imolko.pacto');
const GOALS = { seconds: 10, ratio: 0.5, rssMB: 300 };

const failures = [];
const fail = (message) => {
    failures.push(message);
    console.error(`FAIL: ${message}`);
};

// ---------------------------------------------------------------------------------------------------------
// Into a temporary directory of this run's own, so that two runs at once (a test and a bench) never share it.
const dir = mkdtempSync(path.join(tmpdir(), 'pacto-bench-replay-'));
const bundle = path.join(dir, 'replay.cjs');
await bundleReplay(bundle);

const file = path.join(dir, 'history.csv');
let generated;
try {
    const started = performance.now();
    generated = await generateHistory(file, { tickets: TICKETS, seed: Number(values.seed) });
    const size = statSync(file).size;
    console.log(
        `History: ${fmt(generated.tickets)} tickets, ${fmt(generated.events)} events, ${(size / 2 ** 20).toFixed(0)} MiB, ${generated.first} … ${generated.last} (seed ${generated.seed}; generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    console.log(`  events: ${Object.entries(generated.byEvent).map(([e, n]) => `${e} ${fmt(n)}`).join(', ')}`);
    const pin = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', ['-c', '0']] : null;
    const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}${pin ? '; each case pinned to core 0 (taskset)' : '; not pinned (no taskset)'}`;
    console.log(`Machine: ${machine}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start`);
    console.log('');

    /** Runs one case in a fresh process and returns its JSON line. */
    const runCase = (mode, rep) => {
        const nodeArgs = [];
        if (values['cpu-prof'] && rep === 0) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`, `--cpu-prof-name=${mode}.cpuprofile`);
        const args = [...nodeArgs, path.join(here, 'case.mjs'), mode, file, bundle, CONTRACT];
        const [command, commandArgs] = pin ? [pin[0], [...pin[1], process.execPath, ...args]] : [process.execPath, args];
        const run = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 });
        if (run.status !== 0) {
            fail(`${mode} (repetition ${rep + 1}) exited ${run.signal ?? run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(-20).join('\n')}`);
            return null;
        }
        return JSON.parse(run.stdout.trim().split('\n').pop());
    };

    const results = { parse: [], read: [], lines: [], replay: [] };
    for (let rep = 0; rep < REPS; rep++) {
        const modes = (rep % 2 === 0 ? ['parse', 'read', 'lines', 'replay'] : ['replay', 'lines', 'read', 'parse']).filter((m) => withPeer || m !== 'parse');
        for (const mode of modes) {
            const r = runCase(mode, rep);
            if (r) results[mode].push(r);
        }
    }

    // Checks: the replay saw exactly what was generated.
    for (const [mode, name] of [['parse', 'csv-parse'], ['read', "Pacto's CSV reader"], ['lines', "the replay's reading"]]) {
        for (const r of results[mode]) {
            if (r.events !== generated.events) fail(`${name} read ${r.events} events, ${generated.events} were written`);
            if (r.tickets !== generated.tickets) fail(`${name} read ${r.tickets} 'opened' rows, ${generated.tickets} tickets were written`);
        }
    }
    const withResponse = generated.opened.Critica + generated.opened.Grave;
    for (const r of results.replay) {
        if (r.skippedRows !== 0) fail(`the replay skipped ${r.skippedRows} rows of a history with no bad row`);
        if (r.open !== 0) fail(`the replay left ${r.open} tickets open; every generated ticket ends resolved`);
        // Every category has a resolution target and every ticket is resolved: each is counted once.
        if (r.objectives.ResolucionATiempo !== generated.tickets) fail(`ResolucionATiempo counted ${r.objectives.ResolucionATiempo} tickets, ${generated.tickets} were generated`);
        // Critica and Grave have response targets; a category change (3%, after the response) may move a ticket in or out.
        const got = r.objectives.RespuestaATiempo;
        if (!(got >= withResponse - generated.changed && got <= withResponse + generated.changed)) {
            fail(`RespuestaATiempo counted ${got} tickets, expected ${withResponse} ± ${generated.changed} (opened as Critica or Grave, ± category changes)`);
        }
    }
    const first = results.replay[0];
    for (const r of results.replay.slice(1)) {
        for (const key of ['breaches', 'escalations', 'penalties', 'periods']) if (JSON.stringify(r[key]) !== JSON.stringify(first[key])) fail(`the replay is not deterministic: ${key} ${r[key]} ≠ ${first[key]}`);
    }

    console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (above ${availableParallelism()}, other work shared the cores)\n`);
    if ((results.parse.length > 0 || !withPeer) && results.read.length > 0 && results.replay.length > 0) {
        const stat = (rs) => ({
            seconds: median(rs.map((r) => r.seconds)),
            min: Math.min(...rs.map((r) => r.seconds)),
            max: Math.max(...rs.map((r) => r.seconds)),
            cpu: median(rs.map((r) => r.cpuSeconds)),
            rss: Math.max(...rs.map((r) => r.maxRSS)),
        });
        const p = withPeer ? stat(results.parse) : null;
        const r = stat(results.read);
        const l = stat(results.lines);
        const b = stat(results.replay);
        const row = (name, s) =>
            `| ${name} | ${s.seconds.toFixed(2)} s (${s.min.toFixed(2)}–${s.max.toFixed(2)}) | ${s.cpu.toFixed(2)} s | ${fmt(generated.tickets / s.seconds)} | ${fmt(generated.events / s.seconds)} | ${(s.rss / 2 ** 20).toFixed(0)} MiB |`;
        console.log(`${fmt(generated.tickets)} tickets, ${REPS} repetition${REPS === 1 ? '' : 's'}, medians (min–max), CPU time (user + system) median, peak RSS the highest of the repetitions:\n`);
        console.log('| case | time | CPU | tickets/s | events/s | peak RSS |');
        console.log('|---|---:|---:|---:|---:|---:|');
        if (p) console.log(row('(a) csv-parse only, streamed', p));
        console.log(row("(b) Pacto's CSV reader only (rows of strings: the peer)", r));
        console.log(row("(d) the replay's own reading only (plain lines, times read; contract loaded)", l));
        console.log(row('(c) replay + compliance report (runtime/replay)', b));
        const ratio = r.seconds / b.seconds;
        console.log(`\nThroughput of (c) / throughput of (b), the same CSV reader: ${ratio.toFixed(2)} (time (c)/(b): ${(b.seconds / r.seconds).toFixed(2)}×; in CPU time ${(r.cpu / b.cpu).toFixed(2)})`);
        console.log(`Throughput of (c) / throughput of (d), the replay's reading alone: ${(l.seconds / b.seconds).toFixed(2)} (CPU ${(l.cpu / b.cpu).toFixed(2)})`);
        if (p) console.log(`Throughput of (c) / throughput of (a), csv-parse alone: ${(p.seconds / b.seconds).toFixed(2)}; (b) / (a): ${(p.seconds / r.seconds).toFixed(2)}`);
        console.log(`Report: ${first.periods} months, ${fmt(first.breaches)} breaches, ${fmt(first.escalations)} escalations, penalties ${first.penalties.toFixed(2)} USD; RespuestaATiempo ${fmt(first.objectives.RespuestaATiempo)} tickets, ResolucionATiempo ${fmt(first.objectives.ResolucionATiempo)}`);
        const scale = 1_000_000 / generated.tickets;
        const goal = (ok, text) => console.log(`  ${quick ? '(not judged) ' : ok ? 'met   ' : 'MISSED'} ${text}`);
        console.log(`\nGoals (issue 11)${quick ? ', quick mode: figures only' : ''}:`);
        goal(b.seconds * scale < GOALS.seconds, `1,000,000 tickets in under ${GOALS.seconds} s on one core: ${(b.seconds * scale).toFixed(1)} s${scale !== 1 ? ' (scaled linearly)' : ''}${b.seconds * scale >= GOALS.seconds ? `, ${((b.seconds * scale) / GOALS.seconds).toFixed(1)}× the goal` : ''} (CPU time ${(b.cpu * scale).toFixed(1)} s)`);
        goal(ratio >= GOALS.ratio, `at least ${GOALS.ratio} of the reader's throughput: ${ratio.toFixed(2)}${ratio < GOALS.ratio ? ` (${(GOALS.ratio / ratio).toFixed(1)}× short)` : ''}`);
        goal(b.rss < GOALS.rssMB * 2 ** 20, `peak RSS under ${GOALS.rssMB} MB: replay ${(b.rss / 1e6).toFixed(0)} MB, reader ${(r.rss / 1e6).toFixed(0)} MB${p ? `, csv-parse ${(p.rss / 1e6).toFixed(0)} MB` : ''}`);
    }
} finally {
    if (values.keep) console.log(`\nKept ${file} (and the bundle ${bundle})`);
    else rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
    console.error(`\n${failures.length} check${failures.length === 1 ? '' : 's'} failed.`);
    process.exitCode = 1;
}

function fmt(n) {
    return Math.round(n).toLocaleString('en-US');
}
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
