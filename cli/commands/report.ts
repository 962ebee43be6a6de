import { createReadStream, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
    BadRowsError,
    DAY_MS,
    DEFAULT_REOPEN_WINDOW_MS,
    HistoryError,
    LISTED_PROBLEMS,
    REPORT_FORMATS,
    complianceReport,
    complianceReportPdf,
    formatProblem,
    historyFormatOf,
    isDate,
    isKnownZone,
    namedPeriod,
    parseMapping,
    renderReport,
    suggestZone,
    type ByteSource,
    type ReportFormat,
    type ReportInput,
} from '../../runtime/index.js';
import { cliAssets } from '../assets.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { requiredString, singleFile } from './clock-options.js';
import { processStdout, type BinaryStdout } from '../binary-stdout.js';

const NAME = 'report';

/** The text formats of the runtime, and the PDF the customer receives. */
type Format = ReportFormat | 'pdf';
const FORMATS: readonly Format[] = [...REPORT_FORMATS, 'pdf'];
const BY_EXTENSION: Record<string, Format> = { '.txt': 'text', '.json': 'json', '.md': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };


/** --format, else what -o's name says (report.pdf), else text: a report is read on the terminal first. */
function formatOf(given: string | undefined, output: string | undefined): Format {
    if (given !== undefined) return given as Format;
    return (output !== undefined && BY_EXTENSION[path.extname(output).toLowerCase()]) || 'text';
}

const REASONS: Record<string, string> = { ENOENT: 'no such file or directory', EACCES: 'permission denied', EISDIR: 'is a directory', ENOTDIR: 'not a directory' };
const reasonOf = (error: unknown) => REASONS[(error as NodeJS.ErrnoException | undefined)?.code ?? ''] ?? (error instanceof Error ? error.message : String(error));

/** A file's bytes as a stream; it is checked first so that "no such file" is a usage error, not a failure halfway. */
function openInput(file: string, option: string): ByteSource {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) throw new CliError(`cannot read ${option} ${file}: no such file or directory`, ExitCode.usage);
    if (stat.isDirectory()) throw new CliError(`cannot read ${option} ${file}: is a directory`, ExitCode.usage);
    return createReadStream(file);
}

function rangeOf(period: string | undefined, from: string | undefined, to: string | undefined): ReportInput['range'] {
    if (period !== undefined && (from !== undefined || to !== undefined)) throw usageError('give --period or --from/--to, not both', NAME);
    if (period !== undefined) {
        const named = namedPeriod(period);
        if (named instanceof Error) throw usageError(`--period ${named.message}`, NAME);
        return named;
    }
    if (from === undefined && to === undefined) return null;
    if (from === undefined || to === undefined) throw usageError('--from and --to go together', NAME);
    for (const [option, value] of [['--from', from], ['--to', to]] as const) {
        if (!isDate(value)) throw usageError(`${option} must be a date such as 2026-03-01, not '${value}'`, NAME);
    }
    if (to <= from) throw usageError(`--to (${to}) must be after --from (${from})`, NAME);
    return { from, to, unit: 'month' };
}

export function makeReportCommand(stdout: BinaryStdout): Command {
    return {
        name: NAME,
        summary: 'measure a ticket history against the contract: objectives, breaches, credits owed',
        help: `Usage: pacto report FILE --tickets HISTORY [--outages CSV] [--mapping JSON] [--period P | --from D --to D]
                   [--format ${FORMATS.join('|')}] [-o OUT] [--zone ZONE] [--skip-bad-rows] [--contract NAME]

Replays a real ticket history against the contract with the same SLA clock as the previews and the
simulator, and reports per period (months by default, in the contract's zone) each objective's achieved
value against its target, every breach, escalations due, late customer replies, the penalties owed with
the contract's rule and caps, and the tickets still open at the end. docs/compliance.md says how.

Options:
  --tickets HISTORY    the ticket history (required): Pacto's event log as CSV (header ticket,at,event,
                       category,channel[,first_contact,satisfaction]) or JSON Lines (.jsonl), a Zendesk
                       ticket events export (.json), a Freshdesk ticket export (CSV), or any CSV with --mapping
  --outages CSV        an outage log, header start,end[,planned], for availability objectives
  --mapping JSON       how another help desk's export reads as events (columns, statuses, categories, channels)
  --period P           one month (2026-03) or quarter (2026-Q1)
  --from D --to D      local dates [from, to) in the contract's zone, cut into calendar months
  --format FORMAT      text (default), json (one object: schema/compliance-report.schema.json), md, html,
                       pdf (the report for the customer, in the contract's locale, with trend charts);
                       without it, -o's extension (.json, .md, .html, .pdf) says
  -o, --output OUT     write there (atomically) instead of standard output; a pdf goes to standard output
                       only when it is not a terminal
  --zone ZONE          the IANA zone of times written without a UTC offset (else they are bad rows); the
                       report states it
  --skip-bad-rows      go on past bad rows and list every skipped one in the report (else: refuse)
  --reopen-window DAYS how long a resolved ticket is remembered in case it is reopened (default ${DEFAULT_REOPEN_WINDOW_MS / DAY_MS})
  --contract NAME      the contract, when the file declares several
  -h, --help           show this help

Exit status: 0 reported, 1 the contract has errors or the history has bad rows (the first ${LISTED_PROBLEMS} are
listed, with a count), 2 bad usage (unreadable file, unknown option value), 70 internal error.
    `,
        options: {
            tickets: { type: 'string' },
            outages: { type: 'string' },
            mapping: { type: 'string' },
            period: { type: 'string' },
            from: { type: 'string' },
            to: { type: 'string' },
            format: { type: 'string', choices: FORMATS },
            output: { type: 'string', short: 'o' },
            zone: { type: 'string' },
            'skip-bad-rows': { type: 'boolean' },
            'reopen-window': { type: 'string' },
            contract: { type: 'string' },
        },
        async run(args, out) {
            const file = singleFile(args, NAME);
            const tickets = requiredString(args, 'tickets', NAME);
            const range = rangeOf(args.string('period'), args.string('from'), args.string('to'));
            const zone = args.string('zone') ?? null;
            if (zone !== null && !isKnownZone(zone)) {
                const near = suggestZone(zone);
                throw usageError(`--zone '${zone}' is not an IANA time zone${near ? `; did you mean '${near}'?` : ''}`, NAME);
            }
            const windowText = args.string('reopen-window');
            const windowDays = windowText === undefined ? undefined : /^\d+$/.test(windowText) ? Number(windowText) : NaN;
            if (windowDays !== undefined && !(windowDays >= 1)) throw usageError(`--reopen-window must be a whole number of days, at least 1, not '${windowText}'`, NAME);
            let mapping: ReportInput['mapping'] = null;
            const mappingFile = args.string('mapping');
            if (mappingFile !== undefined) {
                let json: unknown;
                try {
                    json = JSON.parse(readFileSync(mappingFile, 'utf8'));
                } catch (error) {
                    throw new CliError(`cannot read --mapping ${mappingFile}: ${error instanceof SyntaxError ? `not JSON: ${error.message}` : reasonOf(error)}`, ExitCode.usage);
                }
                const parsed = parseMapping(json);
                if (parsed instanceof Error) throw new CliError(`${mappingFile}: ${parsed.message}`, ExitCode.usage);
                mapping = parsed;
            }
            const outputArg = args.string('output');
            const output = outputArg === '-' ? undefined : outputArg;
            const format = formatOf(args.string('format'), output);
            if (format === 'pdf' && output === undefined && stdout.isTTY) {
                throw usageError("a pdf is not written to a terminal: give -o FILE.pdf, or redirect the output ('> FILE.pdf')", NAME);
            }
            const contract = await loadContract(file, args.string('contract'), NAME);
            const outagesFile = args.string('outages');
            const historyFormat = mapping?.format === 'zendesk' ? 'zendesk' : mapping ? 'csv' : historyFormatOf(tickets);
            let result;
            try {
                result = await complianceReport({
                    contract,
                    history: { source: openInput(tickets, '--tickets'), file: tickets, format: historyFormat },
                    outages: outagesFile === undefined ? null : { source: openInput(outagesFile, '--outages'), file: outagesFile },
                    mapping,
                    range,
                    zone,
                    skipBadRows: args.flag('skip-bad-rows'),
                    ...(windowDays !== undefined ? { reopenWindowMs: windowDays * DAY_MS } : {}),
                });
            } catch (error) {
                if (error instanceof BadRowsError) {
                    const listed = error.problems.slice(0, LISTED_PROBLEMS).map(formatProblem);
                    const more = error.problems.length > LISTED_PROBLEMS ? `\n… and ${error.problems.length - LISTED_PROBLEMS} more` : '';
                    out.stderr(`${listed.join('\n')}${more}\n`);
                    throw new CliError(`the history has ${error.problems.length} bad row${error.problems.length === 1 ? '' : 's'}, nothing computed (--skip-bad-rows goes on without them and lists them in the report)`, ExitCode.problems);
                }
                if (error instanceof HistoryError) throw new CliError(error.message, ExitCode.problems);
                const code = (error as NodeJS.ErrnoException | undefined)?.code;
                if (code && REASONS[code]) throw new CliError(`cannot read the history: ${reasonOf(error)}`, ExitCode.usage);
                throw error;
            }
            const content =
                format === 'pdf'
                    ? await complianceReportPdf(result, contract.locale, { fontsDir: cliAssets().fontsDir, title: contract.title ?? null })
                    : renderReport(result, format, contract.locale, { title: contract.title ?? null });
            if (output === undefined) {
                if (typeof content === 'string') out.stdout(content);
                else stdout.write(content);
                return ExitCode.ok;
            }
            try {
                await writeFileAtomic(output, content);
            } catch (error) {
                throw new CliError(`cannot write ${output}: ${reasonOf(error)}`, ExitCode.usage);
            }
            return ExitCode.ok;
        },
    };
}

export const report: Command = makeReportCommand(processStdout);
