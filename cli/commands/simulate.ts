import * as path from 'node:path';
import {
    DEFAULT_RUNS,
    DEFAULT_SEED,
    SimulationError,
    findScenario,
    simulate as runSimulation,
    simulationReportHtml,
    staffingAdvice,
    type SimulationResults,
} from '../../runtime/index.js';
import { cliAssets } from '../assets.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Command, Output } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, cannotWrite, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { requiredString, singleFile } from './clock-options.js';

const NAME = 'simulate';

function wholeNumber(text: string | undefined, option: string, min: number, max: number, fallback: number): number {
    if (text === undefined) return fallback;
    const value = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) throw usageError(`--${option} must be a whole number from ${min} to ${max}, not '${text}'`, NAME);
    return value;
}

/** A progress bar redrawn in place on stderr (only when stderr is a terminal). */
function progressBar(out: Output): { update(done: number, total: number): void; clear(): void } {
    let last = -1;
    return {
        update(done, total) {
            const width = 30;
            const filled = Math.round((done / total) * width);
            if (filled === last && done !== total) return;
            last = filled;
            out.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} runs`);
        },
        clear() {
            if (last >= 0) out.stderr(`\r${' '.repeat(60)}\r`);
        },
    };
}

const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const minutes = (x: number | null) => (x === null ? '—' : x < 120 ? `${x.toFixed(1)} min` : `${(x / 60).toFixed(1)} h`);

function humanSummary(r: SimulationResults): string {
    const lines: string[] = [];
    lines.push(`Scenario ${r.scenario}${r.title ? ` "${r.title}"` : ''} of contract ${r.contract}: ${r.runs} runs, seed ${r.seed}`);
    lines.push(`Period ${r.period.start} to ${r.period.end} (${r.period.zone}); agents: ${Object.entries(r.agents).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    lines.push('');
    lines.push('Categories (per period; times in business minutes of each target\'s calendar)');
    for (const [name, c] of Object.entries(r.categories)) {
        if (c.tickets === 0) continue;
        lines.push(
            `  ${name}: ${c.tickets.toFixed(1)} tickets; response on time ${pct(c.responseOnTime)} (mean ${minutes(c.meanResponseMinutes)}, p90 ${minutes(c.p90ResponseMinutes)}); resolution on time ${pct(c.resolutionOnTime)} (mean ${minutes(c.meanResolutionMinutes)}, p90 ${minutes(c.p90ResolutionMinutes)}); ${c.breaches.toFixed(1)} breaches, ${c.escalations.toFixed(1)} escalations${c.unfinished > 0 ? `, ${c.unfinished.toFixed(1)} never started` : ''}`,
        );
    }
    lines.push('');
    lines.push('Objectives');
    for (const [name, o] of Object.entries(r.objectives)) {
        if (!o.simulated) lines.push(`  ${name}: not simulated (${o.reason})`);
        else lines.push(`  ${name}: target ${pct(o.target).trim()}, mean ${pct(o.mean).trim()}, met in ${pct(o.probabilityMet).trim()} of periods: ${o.verdict}`);
    }
    const p = r.penalties;
    const money = (x: number) => (p.currency ? `${x.toFixed(2)} ${p.currency}` : `${x.toFixed(2)}% of the fee`);
    lines.push('');
    lines.push(`Penalties per period: expected ${money(p.expected)}, 95th percentile ${money(p.p95)}, worst ${money(p.worst)}`);
    for (const note of p.notes) lines.push(`  (${note})`);
    lines.push('');
    lines.push(`Verdict: ${r.verdict}${r.verdictReason ? ` (${r.verdictReason})` : ''}`);
    return `${lines.join('\n')}\n`;
}

export const simulate: Command = {
    name: NAME,
    summary: 'simulate a scenario of tickets: will the contract hold?',
    help: `Usage: pacto simulate FILE --scenario NAME [--runs N] [--seed S] [--json] [--html OUT] [--staffing] [--contract NAME]

Simulates the scenario's period N times (Monte Carlo) with its arrivals, teams and handling times, and
judges every response and resolution by the contract's SLA clock. Each objective is 'realistic' (met in
at least 90% of periods), 'at risk', or 'unrealistic' (met in fewer than 50%). Availability, first contact
resolution and satisfaction objectives are not simulated. The same file, scenario and seed always give the
same results. See docs/simulation.md.

Options:
  --scenario NAME    the scenario to simulate (required)
  --runs N           periods to simulate, 1 to 1000000 (default ${DEFAULT_RUNS})
  --seed S           seed of the random streams, 0 to 4294967295 (default ${DEFAULT_SEED})
  --json             print the results as one JSON object
  --html OUT         also write a self-contained HTML report with charts to OUT
  --staffing         also search the smallest team sizes that make every objective realistic
  --workers N        worker threads (default: one per core; the results do not depend on it)
  --contract NAME    the contract, when the file declares several
  -h, --help         show this help

Exit status: 0 simulated (whatever the verdict), 1 the contract has errors, 2 bad usage (unknown scenario,
bad number, a scenario that cannot be simulated, unreadable file), 70 internal error.
`,
    options: {
        scenario: { type: 'string' },
        runs: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
        html: { type: 'string' },
        staffing: { type: 'boolean' },
        workers: { type: 'string' },
        contract: { type: 'string' },
    },
    async run(args, out) {
        const file = singleFile(args, NAME);
        const scenario = requiredString(args, 'scenario', NAME);
        const runs = wholeNumber(args.string('runs'), 'runs', 1, 1_000_000, DEFAULT_RUNS);
        const seed = wholeNumber(args.string('seed'), 'seed', 0, 0xffffffff, DEFAULT_SEED);
        const workersText = args.string('workers');
        const workers = workersText === undefined ? undefined : wholeNumber(workersText, 'workers', 1, 256, 1);
        const html = args.string('html');
        const contract = await loadContract(file, args.string('contract'), NAME);
        const bar = process.stderr.isTTY ? progressBar(out) : null;
        let results: SimulationResults;
        let advice: ReturnType<typeof staffingAdvice> | null = null;
        try {
            findScenario(contract, scenario);
            results = await runSimulation(contract, scenario, {
                runs,
                seed,
                workerScript: cliAssets().workerScript,
                ...(workers !== undefined ? { workers } : {}),
                ...(bar ? { onProgress: (done: number, total: number) => bar.update(done, total) } : {}),
            });
            bar?.clear();
            if (args.flag('staffing')) advice = staffingAdvice(contract, scenario, { runs: Math.min(runs, 100), seed });
        } catch (error) {
            bar?.clear();
            if (error instanceof SimulationError) throw new CliError(error.message, ExitCode.usage);
            throw error;
        }
        if (html !== undefined) {
            try {
                await writeFileAtomic(html, simulationReportHtml(results, { chartJs: cliAssets().chartJs() }));
            } catch (error) {
                throw cannotWrite(html, error);
            }
        }
        if (args.flag('json')) {
            const json = advice ? { ...results, staffing: { feasible: advice.feasible, current: advice.current, agents: advice.agents } } : results;
            out.stdout(`${JSON.stringify(json, null, 2)}\n`);
            return ExitCode.ok;
        }
        let text = humanSummary(results);
        if (advice) {
            text += advice.feasible
                ? `Staffing for every objective realistic: ${Object.entries(advice.agents!).map(([t, n]) => `${t} ${n} (now ${advice!.current[t]})`).join(', ')}\n`
                : 'Staffing: no team sizes tried make every objective realistic\n';
        }
        if (html !== undefined) text += `Report written to ${html}\n`;
        out.stdout(text);
        return ExitCode.ok;
    },
};
