import {
    coreTimes,
    DEFAULT_RUNS,
    DEFAULT_SEED,
    SimulationError,
    errorMessageIn,
    findScenario,
    formatNumber,
    simulate as runSimulation,
    simulationReportHtml,
    simulationReportText,
    staffingAdvice,
    type SimulationResults,
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
        // What the cores do while this thread loads the contract tells the simulation, once it starts, whether
        // a worker would find a core of its own: it can then start the worker before its first replication.
        const coresSince = workers !== undefined && workers > 1 ? coreTimes() : undefined;
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
                workerCodeCache: cliAssets().workerCodeCache,
                ...(coresSince !== undefined ? { coresSince } : {}),
                ...(workers !== undefined ? { workers } : {}),
                ...(bar.visible
                    ? { onProgress: (done: number, total: number) => bar.update(done, total, m('cliProgressRuns', { done: formatNumber(done, locale), total: formatNumber(total, locale) })) }
                    : {}),
            });
            bar.clear();
            if (args.flag('staffing')) advice = staffingAdvice(contract, scenario, { runs: Math.min(runs, 100), seed });
        } catch (error) {
            bar.clear();
            if (error instanceof SimulationError) throw new CliError(errorMessageIn(error, locale), ExitCode.usage);
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
        // The summary is the simulation's text report: in the contract's language, like its HTML report and
        // `pacto report`; only the tool's own lines (staffing, where the report went) follow the reader's.
        let text = simulationReportText(results, contract.locale);
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
