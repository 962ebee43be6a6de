import {
    DEFAULT_RUNS,
    DEFAULT_SEED,
    SimulationError,
    findScenario,
    formatMoney,
    formatNumber,
    formatPercent,
    simulate as runSimulation,
    simulationReportHtml,
    staffingAdvice,
    type SimulationResults,
    type SupportedLocale,
} from '../../runtime/index.js';
import { cliAssets } from '../assets.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, cannotWrite } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { cliLocale, m } from '../i18n.js';
import { wholeNumberOption } from '../numbers.js';
import { progressBar } from '../progress.js';
import { requiredString, singleFile } from './clock-options.js';

const NAME = 'simulate';
const RUNS = { min: 1, max: 1_000_000 };
const SEEDS = { min: 0, max: 0xffffffff };
const WORKERS = { min: 1, max: 256 };

type Verdict = SimulationResults['verdict'];
const VERDICTS = { realistic: 'cliVerdictRealistic', 'at risk': 'cliVerdictAtRisk', unrealistic: 'cliVerdictUnrealistic', 'not simulated': 'cliVerdictNotSimulated' } as const;
const verdictWord = (verdict: Verdict) => m(VERDICTS[verdict]);

/** The summary printed on the terminal, in the reader's language and number format. */
function humanSummary(r: SimulationResults, locale: SupportedLocale): string {
    const one = (x: number) => formatNumber(x, locale, { maximumFractionDigits: 1 });
    // A share of periods or tickets, as a percentage with one decimal; a dash when nothing was measured.
    const pct = (x: number | null) => (x === null ? '—' : formatPercent(Math.round(x * 1000) / 10, locale));
    const minutes = (x: number | null) => (x === null ? '—' : x < 120 ? `${one(x)} min` : `${one(x / 60)} h`);
    const lines: string[] = [];
    const agents = Object.entries(r.agents).map(([team, n]) => `${team} ${n}`).join(', ');
    lines.push(m(r.title ? 'cliSimScenarioTitled' : 'cliSimScenario', { scenario: r.scenario, title: r.title ?? '', contract: r.contract, runs: String(r.runs), seed: String(r.seed) }));
    lines.push(m('cliSimPeriod', { start: r.period.start, end: r.period.end, zone: r.period.zone, agents }));
    lines.push('');
    lines.push(m('cliSimCategories'));
    for (const [name, c] of Object.entries(r.categories)) {
        if (c.tickets === 0) continue;
        const args = {
            name,
            tickets: one(c.tickets),
            responseOnTime: pct(c.responseOnTime),
            meanResponse: minutes(c.meanResponseMinutes),
            p90Response: minutes(c.p90ResponseMinutes),
            resolutionOnTime: pct(c.resolutionOnTime),
            meanResolution: minutes(c.meanResolutionMinutes),
            p90Resolution: minutes(c.p90ResolutionMinutes),
            breaches: one(c.breaches),
            escalations: one(c.escalations),
            unfinished: one(c.unfinished),
        };
        lines.push(`  ${m(c.unfinished > 0 ? 'cliSimCategoryUnfinished' : 'cliSimCategory', args)}`);
    }
    lines.push('');
    lines.push(m('cliSimObjectives'));
    for (const [name, o] of Object.entries(r.objectives)) {
        if (!o.simulated) lines.push(`  ${m('cliSimNotSimulated', { name, reason: o.reason })}`);
        else lines.push(`  ${m('cliSimObjective', { name, target: pct(o.target), mean: pct(o.mean), met: pct(o.probabilityMet), verdict: verdictWord(o.verdict) })}`);
    }
    const p = r.penalties;
    const money = (x: number) => (p.currency ? formatMoney(x, p.currency, locale) : m('cliSimShareOfFee', { percent: formatPercent(Math.round(x * 100) / 100, locale) }));
    lines.push('');
    lines.push(m('cliSimPenalties', { expected: money(p.expected), p95: money(p.p95), worst: money(p.worst) }));
    for (const note of p.notes) lines.push(`  (${note})`);
    lines.push('');
    const reason = verdictReason(r, pct);
    lines.push(reason ? m('cliSimVerdictBecause', { verdict: verdictWord(r.verdict), reason }) : m('cliSimVerdict', { verdict: verdictWord(r.verdict) }));
    return `${lines.join('\n')}\n`;
}

/** Why the verdict is not 'realistic': the worst objective, as the simulator ranks them (results.ts). */
function verdictReason(r: SimulationResults, pct: (x: number) => string): string | null {
    if (r.verdict === 'realistic' || r.verdict === 'not simulated') return null;
    const rank: Record<string, number> = { realistic: 0, 'at risk': 1, unrealistic: 2 };
    let worst: { p: number; clause: string; verdict: string } | null = null;
    for (const [name, o] of Object.entries(r.objectives)) {
        if (!o.simulated) continue;
        if (!worst || rank[o.verdict]! > rank[worst.verdict]! || (o.verdict === worst.verdict && o.probabilityMet < worst.p)) {
            const clause: string = o.title === undefined ? m('cliSimObjectiveNamed', { name }) : m('cliSimObjectiveTitled', { name, title: o.title });
            worst = { p: o.probabilityMet, clause, verdict: o.verdict };
        }
    }
    return worst && m('cliSimMetIn', { clause: worst.clause, percent: pct(Math.round(worst.p * 100) / 100) });
}

export const simulate: Command = {
    name: NAME,
    get summary() {
        return m('cliSummarySimulate');
    },
    get help() {
        return m('cliHelpSimulate', { defaultRuns: String(DEFAULT_RUNS), defaultSeed: String(DEFAULT_SEED), maxRuns: String(RUNS.max), maxSeed: String(SEEDS.max) });
    },
    options: {
        scenario: { type: 'string' },
        runs: { type: 'string', numeric: true },
        seed: { type: 'string', numeric: true },
        json: { type: 'boolean' },
        html: { type: 'string' },
        staffing: { type: 'boolean' },
        workers: { type: 'string', numeric: true },
        contract: { type: 'string' },
    },
    async run(args, out) {
        const file = singleFile(args, NAME);
        const scenario = requiredString(args, 'scenario', NAME);
        const runs = wholeNumberOption(args.string('runs'), 'runs', RUNS, NAME) ?? DEFAULT_RUNS;
        const seed = wholeNumberOption(args.string('seed'), 'seed', SEEDS, NAME) ?? DEFAULT_SEED;
        const workers = wholeNumberOption(args.string('workers'), 'workers', WORKERS, NAME);
        const html = args.string('html');
        const contract = await loadContract(file, args.string('contract'), NAME);
        const bar = progressBar();
        const locale = cliLocale();
        let results: SimulationResults;
        let advice: ReturnType<typeof staffingAdvice> | null = null;
        try {
            findScenario(contract, scenario);
            results = await runSimulation(contract, scenario, {
                runs,
                seed,
                workerScript: cliAssets().workerScript,
                ...(workers !== undefined ? { workers } : {}),
                ...(bar.visible
                    ? { onProgress: (done: number, total: number) => bar.update(done, total, m('cliProgressRuns', { done: formatNumber(done, locale), total: formatNumber(total, locale) })) }
                    : {}),
            });
            bar.clear();
            if (args.flag('staffing')) advice = staffingAdvice(contract, scenario, { runs: Math.min(runs, 100), seed });
        } catch (error) {
            bar.clear();
            if (error instanceof SimulationError) throw new CliError(error.message, ExitCode.usage);
            throw error;
        }
        if (html !== undefined) {
            try {
                await writeFileAtomic(html, simulationReportHtml(results, { chartJs: cliAssets().chartJs(), locale: contract.locale }));
            } catch (error) {
                throw cannotWrite(html, error);
            }
        }
        if (args.flag('json')) {
            const json = advice ? { ...results, staffing: { feasible: advice.feasible, current: advice.current, agents: advice.agents } } : results;
            out.stdout(`${JSON.stringify(json, null, 2)}\n`);
            return ExitCode.ok;
        }
        let text = humanSummary(results, locale);
        if (advice) {
            const found = advice;
            text += found.feasible
                ? `${m('cliSimStaffing', { teams: Object.entries(found.agents!).map(([team, n]) => m('cliSimStaffingTeam', { team, agents: String(n), now: String(found.current[team]) })).join(', ') })}\n`
                : `${m('cliSimStaffingNone')}\n`;
        }
        if (html !== undefined) text += `${m('cliSimReportWritten', { file: html })}\n`;
        out.stdout(text);
        return ExitCode.ok;
    },
};
