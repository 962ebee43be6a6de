// Simulation throughput (issue 14, "Simulator"), each case against a peer measured in the same run:
//
//   (1) runtime/simulate on a plain M/M/c queue (λ = 20/h, mean handling 10 min, c = 4) against a bare
//       event-heap M/M/c (bench/simulate/bare-mmc.mjs) drawing from the same random streams: the same
//       answers, to the last digit, or the bench fails;
//   (2) the same M/M/c in SimPy (bench/simulate/mmc.py; Debian's python3-simpy3), tickets per second;
//   (3) the scenarios of examples/helpdesk-br.pacto, 200 runs, on 1 thread and on 2 (the calling thread and a
//       worker, as `pacto simulate --workers 2`): the same results, or the bench fails;
//   (3b) the whole process, `pacto simulate helpdesk-br --scenario MesNormal --runs 200` from dist/ with
//       --workers 1 and 2, beside `node -e 0`: the same output, or the bench fails;
//   (4) memory: peak RSS of one replication of 10× more tickets (each size in a process of its own).
//
//   node bench/simulate/run.mjs            # full run (medians of 5); writes bench/simulate/RESULTS.md
//   node bench/simulate/run.mjs --quick    # seconds, one repetition, nothing judged or written (CI)
//
// The sources are bundled by esbuild into node_modules/.cache, dependencies included, with the worker entry
// (runtime/simulate/worker.ts) bundled apart as the shipped dist/simulate-worker.cjs is: the bench passes it as
// `workerScript`, as the CLI does. Pacto and each peer are timed the same way, alternately, in one process
// (SimPy in its own); absolute times move with the machine's load, the ratios less.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeShimBanner, pdfkitCjs } from '../../scripts/esbuild-plugins.mjs';
import { bareMmc } from './bare-mmc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const quick = process.argv.includes('--quick');
const memoryCase = process.argv.indexOf('--memory-case');
const require = createRequire(import.meta.url);

const cache = path.join(root, 'node_modules/.cache/pacto-bench');
const outfile = path.join(cache, 'simulate.cjs');
const workerScript = path.join(cache, 'simulate-worker.cjs');

const LAMBDA = 20;
const MEAN = 10;
const C = 4;
const TARGET = 5;

/** The M/M/c queue as a plain contract on `always`, with about `tickets` arrivals in its period. */
function mmcContract(tickets) {
    return {
        name: 'MMc', provider: null, customer: null, term: null, fee: null, locale: 'en', services: [], calendars: [], defaultCalendar: null, channels: [],
        categories: [{ name: 'Q', description: [], priority: 1, response: { kind: 'wall', minutes: TARGET, text: '5 minutes' }, resolution: null }],
        objectives: [{ name: 'Responses', measure: { kind: 'onTime', target: 'response', percent: 50, period: 'month', categories: [] } }],
        escalations: [], customerObligations: null, breach: null, penalties: null, termination: null, reporting: [],
        scenarios: [{
            name: 'MMc', extends: null,
            period: { start: '2026-01-05', length: { kind: 'wall', minutes: (tickets / LAMBDA) * 60, text: `${tickets / LAMBDA} hours` } },
            arrivals: [{ category: 'Q', rate: LAMBDA, per: 'hour' }], arrivalsFollow: null,
            teams: [{ name: 'Agents', agents: C, calendar: 'always', handles: ['Q'] }],
            handling: [{ category: 'Q', distribution: { kind: 'exponential', meanMinutes: MEAN } }],
            customerReplies: [],
        }],
    };
}

const phaseCase = process.argv.indexOf('--phase-case');
if (phaseCase >= 0) {
    // Child process of case (3c): as \`pacto simulate\` does, the contract loaded, then the simulation alone
    // timed (wall and this process's CPU, worker threads included), cold, as in every CLI run.
    const sim = require(outfile);
    const [workers, runs] = process.argv.slice(phaseCase + 1).map(Number);
    // As the CLI: the cores' counters before the contract is loaded, so a worker can start with the simulation.
    const coresSince = workers > 1 ? sim.coreTimes() : undefined;
    const contract = await sim.loadContract(path.join(root, 'examples/helpdesk-br.pacto'), undefined, 'bench');
    let byWorker = 0;
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    const results = await sim.simulate(contract, 'MesNormal', { runs, seed: 1, workers, workerScript, workerCodeCache: path.join(cache, 'worker-code-cache'), coresSince, onProgress: (_, __, w) => (byWorker = w) });
    const wall = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1e6, byWorker, results: JSON.stringify(results) }));
    process.exit(0);
}

if (memoryCase >= 0) {
    // Child process of case (4): one replication of N tickets, then the peak RSS.
    const sim = require(outfile);
    const tickets = Number(process.argv[memoryCase + 1]);
    const r = sim.simulateSync(mmcContract(tickets), 'MMc', { runs: 1, seed: 1 });
    console.log(JSON.stringify({ tickets: r.categories.Q.tickets, maxRSS: process.resourceUsage().maxRSS * 1024 }));
    process.exit(0);
}

const options = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', banner: nodeShimBanner, plugins: [pdfkitCjs] };
await Promise.all([
    build({ ...options, entryPoints: [path.join(here, 'entry.ts')], outfile }),
    // As esbuild.mjs builds dist/simulate-worker.cjs: without date-holidays (the calling thread hands over the lists).
    build({ ...options, entryPoints: [path.join(root, 'runtime/simulate/worker.ts')], outfile: workerScript, alias: { 'date-holidays': './runtime/simulate/worker-holidays.ts' }, absWorkingDir: root }),
]);
const sim = require(outfile);
const cores = availableParallelism();
const REPS = quick ? 1 : 5;
const failures = [];
const fail = (message) => {
    failures.push(message);
    console.error(`FAIL: ${message}`);
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round6 = (x) => Number(x.toFixed(6));
const seconds = async (fn) => {
    const started = performance.now();
    const result = await fn();
    return { seconds: (performance.now() - started) / 1000, result };
};
/** Medians of `REPS` alternating timings of each function (a, b, b, a, …), and each one's last result. */
async function sideBySide(fns) {
    const times = fns.map(() => []);
    const results = [];
    for (let rep = 0; rep < REPS; rep++) {
        const order = rep % 2 === 0 ? fns.map((_, i) => i) : fns.map((_, i) => fns.length - 1 - i);
        for (const i of order) {
            const r = await seconds(fns[i]);
            times[i].push(r.seconds);
            results[i] = r.result;
        }
    }
    return fns.map((_, i) => ({ seconds: median(times[i]), min: Math.min(...times[i]), max: Math.max(...times[i]), result: results[i] }));
}
const span = (s) => `${s.seconds.toFixed(3)} s (${s.min.toFixed(3)}–${s.max.toFixed(3)})`;

console.log(`Machine: ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start; ${REPS} repetition${REPS === 1 ? '' : 's'}, medians (min–max)\n`);
const lines = [];
const say = (line = '') => {
    lines.push(line);
    console.log(line);
};

// ---------------------------------------------------------------------------------------------------------
// (1) M/M/c: the engine against the bare event heap, the same streams, the same answers.
const TICKETS = quick ? 100_000 : 1_000_000;
const mmc = mmcContract(TICKETS);
const model = sim.compileScenario(mmc, 'MMc');
const source = model.sources[0];
const bareArgs = { start: model.start, length: source.clock.length, ratePerMs: source.rate, meanMs: MEAN * 60_000, c: C, targetMs: TARGET * 60_000, seed: 1, index: 0, arrivalKeys: source.streamKeys, ticketKeys: [0] };
const [pacto, bare] = await sideBySide([() => sim.simulate(mmc, 'MMc', { runs: 1, seed: 1, workers: 1 }), () => bareMmc(bareArgs)]);
const q = pacto.result.categories.Q;
const peer = bare.result;
const answers = [
    ['tickets', q.tickets, peer.tickets],
    ['share answered within 5 min', q.responseOnTime, round6(peer.onTime)],
    ['mean wait (min)', q.meanResponseMinutes, round6(peer.meanWaitMs / 60_000 / 1)],
];
for (const [what, a, b] of answers) if (a !== b) fail(`M/M/c: Pacto and the bare event heap disagree on ${what}: ${a} ≠ ${b}`);
const pactoRate = q.tickets / pacto.seconds;
say(`(1) M/M/c λ = ${LAMBDA}/h, ${MEAN} min, c = ${C}, one replication of ${fmt(q.tickets)} tickets, 1 thread:`);
say('');
say('| case | time | tickets/s | answers (tickets, within 5 min, mean wait) |');
say('|---|---:|---:|---|');
say(`| Pacto (runtime/simulate) | ${span(pacto)} | ${fmt(pactoRate)} | ${q.tickets}, ${q.responseOnTime}, ${q.meanResponseMinutes} |`);
say(`| bare event-heap M/M/c (the peer) | ${span(bare)} | ${fmt(peer.tickets / bare.seconds)} | ${peer.tickets}, ${round6(peer.onTime)}, ${round6(peer.meanWaitMs / 60_000)} |`);
const bareRatio = pacto.seconds / bare.seconds;
say('');
say(`Pacto's time / the bare heap's: ${bareRatio.toFixed(2)}× (goal ≤ 1.3×)`);

// ---------------------------------------------------------------------------------------------------------
// (2) SimPy on the same M/M/c model (its own Mersenne Twister streams: statistics agree, tickets do not).
const simpyTickets = quick ? 20_000 : 200_000;
let simpy = null;
let simpyNote = '';
for (const python of ['/usr/bin/python3', 'python3']) {
    const runs = [];
    for (let rep = 0; rep < REPS; rep++) {
        const run = spawnSync(python, [path.join(here, 'mmc.py'), String(LAMBDA), String(MEAN), String(C), String(simpyTickets), String(TARGET), '1'], { encoding: 'utf8' });
        if (run.status !== 0) break;
        runs.push(JSON.parse(run.stdout));
    }
    if (runs.length === REPS) {
        simpy = { ...runs[0], seconds: median(runs.map((r) => r.seconds)), min: Math.min(...runs.map((r) => r.seconds)), max: Math.max(...runs.map((r) => r.seconds)) };
        simpyNote = `${python}, SimPy ${spawnSync(python, ['-c', 'import simpy; print(simpy.__version__)'], { encoding: 'utf8' }).stdout.trim()}`;
        break;
    }
}
const erlang = sim.erlangC(LAMBDA, 60 / MEAN, C);
say('');
if (simpy) {
    const simpyRate = simpy.tickets / simpy.seconds;
    say(`(2) The same M/M/c in SimPy (${simpyNote}), ${fmt(simpy.tickets)} tickets: ${span(simpy)}, ${fmt(simpyRate)} tickets/s; Pacto ${(pactoRate / simpyRate).toFixed(1)}× SimPy's tickets/s (goal ≥ 40×)`);
    say('');
    say('| M/M/c λ = 20/h, 10 min, c = 4 | P(wait ≤ 5 min) | mean wait (min) |');
    say('|---|---:|---:|');
    say(`| Erlang C | ${erlang.withinTarget(TARGET / 60).toFixed(4)} | ${(erlang.meanWait * 60).toFixed(3)} |`);
    say(`| Pacto, ${fmt(q.tickets)} tickets | ${q.responseOnTime.toFixed(4)} | ${q.meanResponseMinutes.toFixed(3)} |`);
    say(`| SimPy, ${fmt(simpy.tickets)} tickets | ${simpy.withinTarget.toFixed(4)} | ${simpy.meanWaitMinutes.toFixed(3)} |`);
    if (Math.abs(simpy.withinTarget - erlang.withinTarget(TARGET / 60)) > 0.05 || Math.abs(q.responseOnTime - erlang.withinTarget(TARGET / 60)) > 0.05) {
        fail('M/M/c: Pacto or SimPy is more than 5 points from Erlang C on P(wait ≤ 5 min)');
    }
} else say('(2) SimPy skipped: no python3 with the simpy module (Debian: apt-get install python3-simpy3).');

// ---------------------------------------------------------------------------------------------------------
// (3) The example's scenarios on 1 and 2 threads.
const helpdesk = await sim.loadContract(path.join(root, 'examples/helpdesk-br.pacto'), undefined, 'bench');
const runs = quick ? 20 : 200;
say('');
say(`(3) examples/helpdesk-br.pacto, ${runs} runs of each scenario, and 4 long M/M/c runs, 1 thread against 2 (the calling thread and one worker, whose start-up is in its time):`);
say('');
say('| scenario | tickets | 1 thread | 2 threads | time 2 / time 1 | runs the worker took |');
say('|---|---:|---:|---:|---:|---:|');
const threadRatios = [];
// Jobs under 100,000 expected tickets stay on the calling thread whatever `workers` says (a worker's start-up
// costs more); 200 runs of each of the example's scenarios are above that, and so are 4 long M/M/c runs.
const mmcRuns = { contract: mmcContract(quick ? 150_000 : 500_000), runs: 4 };
const threadCases = [
    ...helpdesk.scenarios.map((s) => ({ name: s.name, contract: helpdesk, scenario: s.name, runs })),
    { name: `M/M/c, ${mmcRuns.runs} runs`, contract: mmcRuns.contract, scenario: 'MMc', runs: mmcRuns.runs },
];
for (const c of threadCases) {
    // Replications the worker ran in the last 2-thread repetition (none: no core was idle while the calling thread
    // compiled the model and ran its first replications, so no worker was started: runtime/simulate/idle-cores.ts).
    let byWorker = 0;
    const [one, two] = await sideBySide([
        () => sim.simulate(c.contract, c.scenario, { runs: c.runs, seed: 1, workers: 1, workerScript }),
        () => sim.simulate(c.contract, c.scenario, { runs: c.runs, seed: 1, workers: 2, workerScript, onProgress: (_, __, w) => (byWorker = w) }),
    ]);
    if (JSON.stringify(one.result) !== JSON.stringify(two.result)) fail(`${c.name}: 1 and 2 threads give different results`);
    const tickets = Object.values(one.result.categories).reduce((s, x) => s + x.tickets, 0) * c.runs;
    const ratio = two.seconds / one.seconds;
    threadRatios.push([c.name, ratio, byWorker]);
    say(`| ${c.name} | ${fmt(tickets)} | ${span(one)} | ${span(two)} | ${ratio.toFixed(2)} | ${byWorker} of ${c.runs} |`);
}

// Whether this machine has a second core for us right now: a CPU-bound loop alone and beside a thread that
// spins (1.0: a free core; 2.0: none, the threads share one, and 2 threads cannot beat 1 at anything).
const spinLoop = () => {
    let x = 0;
    for (let i = 0; i < (quick ? 3e7 : 2e8); i++) x += Math.sqrt(i);
    return x;
};
const { Worker } = await import('node:worker_threads');
const alone = await seconds(spinLoop);
const spinner = new Worker('let x = 0; for (;;) x += Math.sqrt(x + 1);', { eval: true });
await new Promise((resolve) => setTimeout(resolve, 100));
const beside = await seconds(spinLoop);
await spinner.terminate();
const share = beside.seconds / alone.seconds;
say('');
say(`A CPU-bound loop beside a spinning thread took ${share.toFixed(2)}× its time alone (1.00: a free second core; 2.00: none, so 2 threads cannot beat 1 in this run).`);

// ---------------------------------------------------------------------------------------------------------
// (3b) The whole process as a user runs it, `pacto simulate helpdesk-br --scenario MesNormal --runs 200`, with 1
// and 2 threads, beside `node -e 0` (the floor of any process), from the built CLI (dist/, `npm run bundle`):
// interleaved, wall and CPU (user + sys of the child, from /usr/bin/time where there is one), each sample's load.
const cli = path.join(root, 'dist/cli/main.cjs');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuFile = path.join(cache, 'child-cpu.txt');
/** One child run: its stdout, wall seconds, CPU seconds (null without /usr/bin/time) and the 1-minute load before it. */
const child = (argv) => {
    const load = loadavg()[0];
    const started = performance.now();
    const run = gnuTime
        ? spawnSync(gnuTime, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...argv], { encoding: 'utf8' })
        : spawnSync(process.execPath, argv, { encoding: 'utf8' });
    const wall = (performance.now() - started) / 1000;
    if (run.status !== 0) fail(`${argv.join(' ')} exited ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const cpu = gnuTime ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((sum, x) => sum + Number(x), 0) : null;
    return { stdout: run.stdout, wall, cpu, load };
};
/** `fns` interleaved (a, b, c, c, b, a, …) `reps` times: medians and ranges of wall and CPU, the loads seen, each one's last output. */
const interleaved = (fns, reps) => {
    const samples = fns.map(() => []);
    for (let rep = 0; rep < reps; rep++) {
        const order = rep % 2 === 0 ? fns.map((_, i) => i) : fns.map((_, i) => fns.length - 1 - i);
        for (const i of order) samples[i].push(fns[i]());
    }
    return samples.map((xs) => {
        const walls = xs.map((x) => x.wall);
        const cpus = xs.map((x) => x.cpu).filter((x) => x !== null);
        return { seconds: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: cpus.length ? median(cpus) : null, loads: xs.map((x) => x.load), last: xs[xs.length - 1] };
    });
};
const cpuText = (s) => (s.cpu === null ? 'n/a' : `${s.cpu.toFixed(3)} s`);
const loadsText = (all) => {
    const loads = all.flatMap((s) => s.loads);
    return `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
};
const processRuns = quick ? 20 : 200;
let wholeProcess = null;
if (existsSync(cli)) {
    const args = (workers) => [cli, 'simulate', path.join(root, 'examples/helpdesk-br.pacto'), '--scenario', 'MesNormal', '--runs', String(processRuns), '--workers', String(workers), '--json'];
    const [bareNode, one, two] = interleaved([() => child(['-e', '0']), () => child(args(1)), () => child(args(2))], quick ? 1 : 9);
    if (one.last.stdout !== two.last.stdout) fail('pacto simulate: --workers 1 and --workers 2 print different results');
    wholeProcess = { one: one.seconds, two: two.seconds, runs: processRuns };
    say('');
    say(`(3b) \`pacto simulate examples/helpdesk-br.pacto --scenario MesNormal --runs ${processRuns} --json\`, the whole process (dist/cli), ${quick ? 1 : 9} interleaved runs, 1-minute load ${loadsText([bareNode, one, two])} before them:`);
    say('');
    say('| process | wall | CPU (user + sys) |');
    say('|---|---:|---:|');
    say(`| \`node -e 0\` (the peer: any process's floor) | ${span(bareNode)} | ${cpuText(bareNode)} |`);
    say(`| --workers 1 | ${span(one)} | ${cpuText(one)} |`);
    say(`| --workers 2 | ${span(two)} | ${cpuText(two)} |`);
    say('');
    say(`Wall 2 / 1: ${(two.seconds / one.seconds).toFixed(2)}${one.cpu !== null && two.cpu !== null ? `; CPU 2 / 1: ${(two.cpu / one.cpu).toFixed(2)}` : ''}; pacto / bare node: ${(one.seconds / bareNode.seconds).toFixed(1)}×`);
} else say('\n(3b) skipped: no dist/cli/main.cjs (npm run bundle).');

// (3c) The simulation alone in a fresh process, as cold as in (3b) without the CLI's start-up: 1 thread against 2,
// and how many replications the worker took (0: none was started: no core measured idle, or too little left to
// repay its start, simulate.ts WORKER_PAYS_TICKETS), for the 200 runs of (3b) and for 8 times as many.
const phaseRatios = [];
for (const phaseRuns of quick ? [processRuns] : [processRuns, 8 * processRuns]) {
    const phase = (workers) => () => {
        const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase-case', String(workers), String(phaseRuns)], { encoding: 'utf8' });
        if (run.status !== 0) fail(`simulate phase with ${workers} workers exited ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
        const out = JSON.parse(run.stdout.trim() || '{"wall":0,"cpu":0,"byWorker":0,"results":""}');
        return { stdout: out.results, wall: out.wall, cpu: out.cpu, load: loadavg()[0], byWorker: out.byWorker };
    };
    const reps = quick ? 1 : phaseRuns > processRuns ? 5 : 9;
    const [one, two] = interleaved([phase(1), phase(2)], reps);
    if (one.last.stdout !== two.last.stdout) fail(`simulate phase, ${phaseRuns} runs: 1 and 2 threads give different results`);
    phaseRatios.push([phaseRuns, two.seconds / one.seconds, two.last.byWorker]);
    say('');
    say(`(3c) The simulation alone, MesNormal, ${phaseRuns} runs, in a fresh process each time (contract loaded first, untimed), ${reps} interleaved runs, load ${loadsText([one, two])}: 1 thread ${span(one)}, CPU ${cpuText(one)}; 2 threads ${span(two)}, CPU ${cpuText(two)} (the worker took ${two.last.byWorker} of ${phaseRuns} in the last); wall 2 / 1: ${(two.seconds / one.seconds).toFixed(2)}`);
}

// ---------------------------------------------------------------------------------------------------------
// (4) Memory of one replication, 10× more tickets.
const sizes = quick ? [20_000, 200_000] : [200_000, 2_000_000];
const rss = sizes.map((n) => {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--memory-case', String(n)], { encoding: 'utf8' });
    if (run.status !== 0) {
        fail(`memory case of ${n} tickets exited ${run.status}: ${run.stderr.trim().split('\n').slice(-5).join('\n')}`);
        return null;
    }
    return JSON.parse(run.stdout.trim());
});
say('');
if (rss.every((r) => r)) {
    say(`(4) Peak RSS of one M/M/c replication: ${fmt(rss[0].tickets)} tickets ${(rss[0].maxRSS / 2 ** 20).toFixed(0)} MiB, ${fmt(rss[1].tickets)} tickets ${(rss[1].maxRSS / 2 ** 20).toFixed(0)} MiB (${(rss[1].maxRSS / rss[0].maxRSS).toFixed(2)}× for 10× the tickets; flat is 1.00×)`);
}

// ---------------------------------------------------------------------------------------------------------
// `ok` null: this run cannot show it either way (2 threads ran as 1: no worker was started).
const goal = (ok, text) => say(`  ${quick ? '(not judged) ' : ok === null ? 'NOT SHOWN' : ok ? 'met   ' : 'MISSED'} ${text}`);
say('');
say(`Goals (issue 14)${quick ? ', quick mode: figures only' : ''}:`);
goal(bareRatio <= 1.3, `within 1.3× of the bare event heap: ${bareRatio.toFixed(2)}×`);
if (simpy) goal(pactoRate / (simpy.tickets / simpy.seconds) >= 40, `≥ 40× SimPy: ${(pactoRate / (simpy.tickets / simpy.seconds)).toFixed(1)}×`);
for (const [scenario, ratio, byWorker] of threadRatios) {
    const alone = byWorker === 0 ? ', the worker took no run (no idle core measured, idle-cores.ts, or too little work left to repay its start, simulate.ts), so both ran on one thread' : '';
    goal(byWorker === 0 ? null : ratio < 1, `2 threads faster than 1 on ${scenario}: time ratio ${ratio.toFixed(2)}${alone}${share > 1.5 ? ` (no free second core in this run: ${share.toFixed(2)}× above)` : ''}`);
}
if (wholeProcess) {
    goal(wholeProcess.one <= 0.4, `pacto simulate MesNormal --runs ${wholeProcess.runs} ≤ 0.40 s, whole process: ${wholeProcess.one.toFixed(3)} s with 1 thread${share > 1.5 ? ` (the machine is loaded: \`node -e 0\` above is its floor)` : ''}`);
    // 200 runs of MesNormal are too few to repay a worker's start (simulate.ts WORKER_PAYS_TICKETS): both ran on
    // one thread, so what is judged is that asking for 2 costs nothing; (3c) shows 2 threads faster where a worker starts.
    goal(wholeProcess.two <= 1.05 * wholeProcess.one, `pacto simulate MesNormal --runs ${wholeProcess.runs}, --workers 2 no slower than 1 (no worker for so little work; faster with one: (3c)): time ratio ${(wholeProcess.two / wholeProcess.one).toFixed(2)}`);
}
for (const [phaseRuns, ratio, byWorker] of phaseRatios) {
    // Without a worker both ran the same code on one thread: a ratio above 1 is then this run's noise, not the threads'.
    const why = byWorker === 0 ? `, no worker started (no idle core, or too little work left to repay it)${ratio >= 1.1 ? ': the same code on one thread both times, so the gap is noise' : ''}` : '';
    goal(byWorker === 0 ? (ratio < 1.1 ? true : null) : ratio < 1, `simulation alone, MesNormal ${phaseRuns} runs: 2 threads ${byWorker === 0 ? 'no slower than' : 'faster than'} 1: time ratio ${ratio.toFixed(2)}${why}`);
}
if (rss.every((r) => r)) goal(rss[1].maxRSS < 1.2 * rss[0].maxRSS, `memory flat in the tickets of a run: ${(rss[1].maxRSS / rss[0].maxRSS).toFixed(2)}× for 10× the tickets`);

if (!quick && failures.length === 0) {
    // The figures above replace the file's first part; the notes written by hand (from its first "## " heading on) stay.
    const results = path.join(here, 'RESULTS.md');
    const previous = existsSync(results) ? readFileSync(results, 'utf8') : '';
    const notes = previous.search(/^## /m);
    writeFileSync(
        results,
        `# Simulation throughput\n\nWritten by \`node bench/simulate/run.mjs\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end.\nMedians of ${REPS} alternating repetitions; the machine may be shared with other work while the bench runs, so compare the\nratios of one run rather than seconds across runs.\n\n${lines.join('\n')}\n${notes >= 0 ? `\n${previous.slice(notes)}` : ''}`,
    );
}
if (failures.length > 0) {
    console.error(`\n${failures.length} check${failures.length === 1 ? '' : 's'} failed.`);
    process.exitCode = 1;
}
