import * as path from 'node:path';
import {
    BadRowsError,
    DAY_MS,
    DEFAULT_REOPEN_WINDOW_MS,
    HistoryError,
    LISTED_PROBLEMS,
    PERIOD_UNITS,
    REPORT_FORMATS,
    complianceReport,
    complianceReportPdf,
    formatNumber,
    historyFormatOf,
    isDate,
    errorMessageIn,
    namedPeriod,
    renderReport,
    type PeriodUnit,
    type ReportFormat,
    type ReportInput,
} from '../../runtime/index.js';
import { cliAssets } from '../assets.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, cannotWrite, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { cliLocale, m } from '../i18n.js';
import { wholeNumberOption } from '../numbers.js';
import { progressBar } from '../progress.js';
import { requiredString, singleFile } from './clock-options.js';
import { badRowsRefusal, bytesLabel, historyReadError, openInput, readMapping, zoneOption } from './history-options.js';
import { processStdout, type BinaryStdout } from '../binary-stdout.js';

const NAME = 'report';

/** The text formats of the runtime, and the PDF the customer receives. */
type Format = ReportFormat | 'pdf';
const FORMATS: readonly Format[] = [...REPORT_FORMATS, 'pdf'];
const BY_EXTENSION: Record<string, Format> = { '.txt': 'text', '.json': 'json', '.md': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };
/** Up to 100 years: a window is days a ticket may still be reopened, not the history's length. */
const REOPEN_WINDOW_DAYS = { min: 1, max: 36_500 };

/** --format, else what -o's name says (report.pdf), else text: a report is read on the terminal first. */
function formatOf(given: string | undefined, output: string | undefined): Format {
    if (given !== undefined) return given as Format;
    return (output !== undefined && BY_EXTENSION[path.extname(output).toLowerCase()]) || 'text';
}

function rangeOf(period: string | undefined, from: string | undefined, to: string | undefined): ReportInput['range'] {
    if (period !== undefined && (from !== undefined || to !== undefined)) throw usageError(m('cliPeriodOrRange'), NAME);
    if (period !== undefined) {
        const named = namedPeriod(period);
        if (named instanceof Error) throw usageError(`--period ${errorMessageIn(named, cliLocale())}`, NAME);
        return named;
    }
    if (from === undefined && to === undefined) return null;
    if (from === undefined || to === undefined) throw usageError(m('cliFromToTogether'), NAME);
    for (const [option, value] of [['--from', from], ['--to', to]] as const) {
        if (!isDate(value)) throw usageError(m('cliNotADate', { option, value }), NAME);
    }
    if (to <= from) throw usageError(m('cliToNotAfterFrom', { from, to }), NAME);
    // No unit: the range is cut into the periods of the contract's reports (or --every's).
    return { from, to };
}

export function makeReportCommand(stdout: BinaryStdout): Command {
    return {
        name: NAME,
        get summary() {
            return m('cliSummaryReport');
        },
        get help() {
            return m('cliHelpReport', {
                formats: FORMATS.join('|'),
                defaultWindow: String(DEFAULT_REOPEN_WINDOW_MS / DAY_MS),
                listed: String(LISTED_PROBLEMS),
            });
        },
        options: {
            tickets: { type: 'string' },
            outages: { type: 'string' },
            mapping: { type: 'string' },
            period: { type: 'string' },
            from: { type: 'string' },
            to: { type: 'string' },
            every: { type: 'string', choices: PERIOD_UNITS },
            format: { type: 'string', choices: FORMATS },
            output: { type: 'string', short: 'o' },
            zone: { type: 'string' },
            'skip-bad-rows': { type: 'boolean' },
            'reopen-window': { type: 'string', numeric: true },
            contract: { type: 'string' },
        },
        async run(args, out) {
            const file = singleFile(args, NAME);
            const tickets = requiredString(args, 'tickets', NAME);
            const range = rangeOf(args.string('period'), args.string('from'), args.string('to'));
            const zone = zoneOption(args.string('zone'), NAME);
            const windowDays = wholeNumberOption(args.string('reopen-window'), 'reopen-window', REOPEN_WINDOW_DAYS, NAME);
            const mappingFile = args.string('mapping');
            const mapping: ReportInput['mapping'] = mappingFile === undefined ? null : readMapping(mappingFile);
            const outputArg = args.string('output');
            const output = outputArg === '-' ? undefined : outputArg;
            const format = formatOf(args.string('format'), output);
            if (format === 'pdf' && output === undefined && stdout.isTTY) {
                throw usageError(m('cliBinaryNotToTerminal', { format: 'pdf', extension: 'pdf' }), NAME);
            }
            const contract = await loadContract(file, args.string('contract'), NAME);
            const outagesFile = args.string('outages');
            const historyFormat = mapping?.format === 'zendesk' ? 'zendesk' : mapping ? 'csv' : historyFormatOf(tickets);
            const locale = cliLocale();
            const bar = progressBar();
            const label = (done: number, total: number) => bytesLabel(done, total, (value) => formatNumber(value, locale));
            let result;
            try {
                result = await complianceReport({
                    contract,
                    history: { source: openInput(tickets, '--tickets', { bar, label }), file: tickets, format: historyFormat },
                    outages: outagesFile === undefined ? null : { source: openInput(outagesFile, '--outages'), file: outagesFile },
                    mapping,
                    range,
                    every: (args.string('every') as PeriodUnit | undefined) ?? null,
                    zone,
                    skipBadRows: args.flag('skip-bad-rows'),
                    ...(windowDays !== undefined ? { reopenWindowMs: windowDays * DAY_MS } : {}),
                });
            } catch (error) {
                bar.clear();
                if (error instanceof BadRowsError) throw badRowsRefusal(error, (text) => out.stderr(text), 'cliBadRowsReport');
                if (error instanceof HistoryError) throw new CliError(errorMessageIn(error, locale), ExitCode.problems);
                throw historyReadError(error) ?? error;
            }
            bar.clear();
            const content =
                format === 'pdf'
                    ? await complianceReportPdf(result, contract.locale, { fontsDir: cliAssets().fontsDir, title: contract.title ?? null })
                    : renderReport(result, format, contract.locale);
            if (output === undefined) {
                if (typeof content === 'string') out.stdout(content);
                else stdout.write(content);
                return ExitCode.ok;
            }
            try {
                await writeFileAtomic(output, content);
            } catch (error) {
                throw cannotWrite(output, error);
            }
            return ExitCode.ok;
        },
    };
}

export const report: Command = makeReportCommand(processStdout);
