// Simulation throughput: tickets simulated per second by runtime/simulate on the scenarios of
// examples/helpdesk-br.pacto and on a plain M/M/c queue (λ = 20/h, mean handling 10 min, c = 4, 1,000,000
// tickets), on one thread and on all cores, side by side with SimPy running the same M/M/c model (Debian's
// python3-simpy3; skipped with a message when missing) and with the Erlang C closed form.
//
//   node bench/simulate/run.mjs            # full run; writes bench/simulate/RESULTS.md
//   node bench/simulate/run.mjs --quick    # smaller, for a smoke test; writes nothing
//
// The sources are bundled by esbuild into node_modules/.cache, dependencies included, with the worker entry
// (runtime/simulate/worker.ts) bundled apart as the shipped dist/simulate-worker.cjs is: the bench passes it as
// `workerScript`, as the CLI does. Figures are the best of a few runs (the simulator is deterministic, only the
// timings vary).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeShimBanner, pdfkitCjs } from '../../scripts/esbuild-plugins.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const quick = process.argv.includes('--quick');
const require = createRequire(import.meta.url);

const cache = path.join(root, 'node_modules/.cache/pacto-bench');
const outfile = path.join(cache, 'simulate.cjs');
const workerScript = path.join(cache, 'simulate-worker.cjs');
// As the shipped bundles (esbuild.mjs): langium is ESM-only, so it cannot stay an external require, and pdfkit,
// which the runtime's exports pull in, goes in as its CJS build.
const options = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', banner: nodeShimBanner, plugins: [pdfkitCjs] };
await Promise.all([
    build({ ...options, entryPoints: [path.join(here, 'entry.ts')], outfile }),
    build({ ...options, entryPoints: [path.join(root, 'runtime/simulate/worker.ts')], outfile: workerScript }),
]);
const sim = require(outfile);
const cores = availableParallelism();

/** Best wall time of `repeat` runs of an async function, in seconds, and its last result. */
async function best(repeat, fn) {
    let seconds = Infinity;
    let result;
    for (let i = 0; i < repeat; i++) {
        const started = performance.now();
        result = await fn();
        seconds = Math.min(seconds, (performance.now() - started) / 1000);
    }
    return { seconds, result };
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const ticketsOf = (results) => Object.values(results.categories).reduce((s, c) => s + c.tickets, 0) * results.runs;

// ---------------------------------------------------------------------------------------------------------
// M/M/c: λ = 20/h, 10 min, c = 4, as a plain contract on `always`.
const LAMBDA = 20;
const MEAN = 10;
const C = 4;
const TARGET = 5;
const TICKETS = quick ? 100_000 : 1_000_000;
const mmc = {
    name: 'MMc', provider: null, customer: null, term: null, fee: null, locale: 'en', services: [], calendars: [], defaultCalendar: null, channels: [],
    categories: [{ name: 'Q', description: [], priority: 1, response: { kind: 'wall', minutes: TARGET, text: '5 minutes' }, resolution: null }],
    objectives: [{ name: 'Responses', measure: { kind: 'onTime', target: 'response', percent: 50, period: 'month', categories: [] } }],
    escalations: [], customerObligations: null, breach: null, penalties: null, termination: null, reporting: [],
    scenarios: [{
        name: 'MMc', extends: null,
        period: { start: '2026-01-05', length: { kind: 'wall', minutes: (TICKETS / LAMBDA) * 60, text: `${TICKETS / LAMBDA} hours` } },
        arrivals: [{ category: 'Q', rate: LAMBDA, per: 'hour' }], arrivalsFollow: null,
        teams: [{ name: 'Agents', agents: C, calendar: 'always', handles: ['Q'] }],
        handling: [{ category: 'Q', distribution: { kind: 'exponential', meanMinutes: MEAN } }],
        customerReplies: [],
    }],
};
const erlang = sim.erlangC(LAMBDA, 60 / MEAN, C);

const rows = [];
const single = await best(quick ? 1 : 3, () => sim.simulate(mmc, 'MMc', { runs: 1, seed: 1, workers: 1 }));
const mmcTickets = ticketsOf(single.result);
rows.push({ what: `M/M/c, 1 × ${fmt(TICKETS)} tickets`, threads: 1, tickets: mmcTickets, seconds: single.seconds });
const parallelRuns = cores * 2;
const multi = await best(quick ? 1 : 3, () => sim.simulate(mmc, 'MMc', { runs: parallelRuns, seed: 1, workers: cores, workerScript }));
rows.push({ what: `M/M/c, ${parallelRuns} × ${fmt(TICKETS)} tickets`, threads: cores, tickets: ticketsOf(multi.result), seconds: multi.seconds });

// ---------------------------------------------------------------------------------------------------------
// The example scenarios, 200 runs of their period.
const helpdesk = await sim.loadContract(path.join(root, 'examples/helpdesk-br.pacto'), undefined, 'bench');
const runs = quick ? 20 : 200;
for (const scenario of helpdesk.scenarios.map((s) => s.name)) {
    for (const threads of [1, cores]) {
        const r = await best(quick ? 1 : 3, () => sim.simulate(helpdesk, scenario, { runs, seed: 1, workers: threads, workerScript }));
        rows.push({ what: `helpdesk-br ${scenario}, ${runs} runs`, threads, tickets: ticketsOf(r.result), seconds: r.seconds });
    }
}

// ---------------------------------------------------------------------------------------------------------
// SimPy on the same M/M/c model.
const simpyTickets = quick ? 50_000 : 200_000;
let simpy = null;
let simpyNote = '';
for (const python of ['/usr/bin/python3', 'python3']) {
    const run = spawnSync(python, [path.join(here, 'mmc.py'), String(LAMBDA), String(MEAN), String(C), String(simpyTickets), String(TARGET), '1'], { encoding: 'utf8' });
    if (run.status === 0) {
        simpy = JSON.parse(run.stdout);
        simpyNote = `${python}, SimPy ${spawnSync(python, ['-c', 'import simpy; print(simpy.__version__)'], { encoding: 'utf8' }).stdout.trim()}`;
        break;
    }
}
if (!simpy) console.log('SimPy skipped: no python3 with the simpy module (Debian: apt-get install python3-simpy3).');

// ---------------------------------------------------------------------------------------------------------
const table = [
    '| workload | threads | tickets | seconds | tickets/s |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.what} | ${r.threads} | ${fmt(r.tickets)} | ${r.seconds.toFixed(3)} | ${fmt(r.tickets / r.seconds)} |`),
];
if (simpy) table.push(`| M/M/c in SimPy (${simpyNote}) | 1 | ${fmt(simpy.tickets)} | ${simpy.seconds.toFixed(3)} | ${fmt(simpy.tickets / simpy.seconds)} |`);
const q = single.result.categories.Q;
const accuracy = [
    '| M/M/c λ = 20/h, 10 min, c = 4 | P(wait ≤ 5 min) | mean wait (min) |',
    '|---|---:|---:|',
    `| Erlang C | ${erlang.withinTarget(TARGET / 60).toFixed(4)} | ${(erlang.meanWait * 60).toFixed(3)} |`,
    `| Pacto, ${fmt(mmcTickets)} tickets | ${q.responseOnTime.toFixed(4)} | ${q.meanResponseMinutes.toFixed(3)} |`,
    ...(simpy ? [`| SimPy, ${fmt(simpy.tickets)} tickets | ${simpy.withinTarget.toFixed(4)} | ${simpy.meanWaitMinutes.toFixed(3)} |`] : []),
];
const perCore = mmcTickets / single.seconds;
const summary = [
    `Single-thread M/M/c: ${fmt(perCore)} tickets/s (aim ≥ 2,000,000)` + (simpy ? `, ${(perCore / (simpy.tickets / simpy.seconds)).toFixed(1)}× SimPy (aim ≥ 20×)` : ''),
    `200 runs of helpdesk-br MesNormal on ${cores} threads: ${rows.find((r) => r.what.startsWith('helpdesk-br MesNormal') && r.threads === cores)?.seconds.toFixed(3)} s (aim < 2 s)`,
];
const text = `${table.join('\n')}\n\n${accuracy.join('\n')}\n\n${summary.join('\n')}\n`;
console.log(text);

if (!quick) {
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    writeFileSync(
        path.join(here, 'RESULTS.md'),
        `# Simulation throughput\n\nWritten by \`node bench/simulate/run.mjs\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cores} cores (${cpu}).\nBest of 3 runs; tickets counted are those arriving in the simulated periods. Multi-threaded rows include\nstarting the workers (each loads the simulator's worker bundle, a few hundred ms), which dominates small jobs: that is\nwhy \`simulate()\` keeps jobs under about 2 million tickets on the calling thread unless told otherwise.\nThe machine may be shared with other work while the bench runs; compare rows of the same run.\n\n${text}`,
    );
}
