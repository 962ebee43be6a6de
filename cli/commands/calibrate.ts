import { createReadStream, readFileSync, statSync } from 'node:fs';
import {
    BadRowsError,
    CalibrationError,
    HistoryError,
    LISTED_PROBLEMS,
    calibrate as fitScenario,
    formatProblem,
    historyFormatOf,
    isKnownZone,
    parseMapping,
    suggestZone,
    type ByteSource,
    type Mapping,
} from '../../runtime/index.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { requiredString, singleFile } from './clock-options.js';

const NAME = 'calibrate';

const REASONS: Record<string, string> = { ENOENT: 'no such file or directory', EACCES: 'permission denied', EISDIR: 'is a directory', ENOTDIR: 'not a directory' };
const reasonOf = (error: unknown) => REASONS[(error as NodeJS.ErrnoException | undefined)?.code ?? ''] ?? (error instanceof Error ? error.message : String(error));

/** Checked before streaming so that a missing file is a usage error, not a failure halfway through. */
function openInput(file: string): ByteSource {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) throw new CliError(`cannot read --tickets ${file}: no such file or directory`, ExitCode.usage);
    if (stat.isDirectory()) throw new CliError(`cannot read --tickets ${file}: is a directory`, ExitCode.usage);
    return createReadStream(file);
}

function readMapping(file: string): Mapping {
    let json: unknown;
    try {
        json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        throw new CliError(`cannot read --mapping ${file}: ${error instanceof SyntaxError ? `not JSON: ${error.message}` : reasonOf(error)}`, ExitCode.usage);
    }
    const parsed = parseMapping(json);
    if (parsed instanceof Error) throw new CliError(`${file}: ${parsed.message}`, ExitCode.usage);
    return parsed;
}

export const calibrate: Command = {
    name: NAME,
    summary: 'fit a simulation scenario to a ticket history',
    help: `Usage: pacto calibrate FILE --tickets HISTORY [--name NAME] [--mapping JSON] [--zone ZONE] [--skip-bad-rows] [--contract NAME]

Reads a ticket history with the same readers and checks as 'pacto report' and prints a scenario block to
paste into the contract: the period the tickets were opened in, arrival rates per category and channel
(per open day of the calendar they arrive on), handling times (a lognormal fit of the worked time: first
response to resolution, minus the pauses awaiting the customer), and the share of tickets that waited for
the customer with the wait's distribution. The team's size is an estimate: set it. docs/compliance.md says how.

Options:
  --tickets HISTORY    the ticket history (required), in any format 'pacto report' reads
  --name NAME          the scenario's name (default: Calibrated, or the first CalibratedN the contract does not use)
  --mapping JSON       how another help desk's export reads as events
  --zone ZONE          the IANA zone of times written without a UTC offset (else they are bad rows)
  --skip-bad-rows      go on past bad rows, listing them on stderr (else: refuse)
  --contract NAME      the contract, when the file declares several
  -h, --help           show this help

Exit status: 0 printed, 1 the contract has errors or the history has bad rows (the first ${LISTED_PROBLEMS} are listed,
with a count) or nothing to fit, 2 bad usage (unreadable file, bad name or zone), 70 internal error.
`,
    options: {
        tickets: { type: 'string' },
        name: { type: 'string' },
        mapping: { type: 'string' },
        zone: { type: 'string' },
        'skip-bad-rows': { type: 'boolean' },
        contract: { type: 'string' },
    },
    async run(args, out) {
        const file = singleFile(args, NAME);
        const tickets = requiredString(args, 'tickets', NAME);
        const name = args.string('name');
        if (name !== undefined && !/^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_\u00C0-\u024F]*$/.test(name)) {
            throw usageError(`--name must be a name the language accepts (letters, digits, _; not starting with a digit), not '${name}'`, NAME);
        }
        const zone = args.string('zone') ?? null;
        if (zone !== null && !isKnownZone(zone)) {
            const near = suggestZone(zone);
            throw usageError(`--zone '${zone}' is not an IANA time zone${near ? `; did you mean '${near}'?` : ''}`, NAME);
        }
        const mappingFile = args.string('mapping');
        const mapping = mappingFile === undefined ? null : readMapping(mappingFile);
        const contract = await loadContract(file, args.string('contract'), NAME);
        if (name !== undefined && contract.scenarios.some((s) => s.name === name)) {
            throw usageError(`the contract already has a scenario ${name}; choose another --name`, NAME);
        }
        const format = mapping?.format === 'zendesk' ? 'zendesk' : mapping ? 'csv' : historyFormatOf(tickets);
        try {
            const result = await fitScenario({
                contract,
                history: { source: openInput(tickets), file: tickets, format },
                mapping,
                zone,
                skipBadRows: args.flag('skip-bad-rows'),
                ...(name !== undefined ? { name } : {}),
            });
            if (result.skipped.length > 0) out.stderr(`${result.skipped.map((p) => `${formatProblem(p)} (skipped)`).join('\n')}\n`);
            out.stdout(result.text);
            return ExitCode.ok;
        } catch (error) {
            if (error instanceof BadRowsError) {
                const listed = error.problems.slice(0, LISTED_PROBLEMS).map(formatProblem);
                const more = error.problems.length > LISTED_PROBLEMS ? `\n… and ${error.problems.length - LISTED_PROBLEMS} more` : '';
                out.stderr(`${listed.join('\n')}${more}\n`);
                throw new CliError(`the history has ${error.problems.length} bad row${error.problems.length === 1 ? '' : 's'}, nothing calibrated (--skip-bad-rows goes on without them)`, ExitCode.problems);
            }
            if (error instanceof HistoryError || error instanceof CalibrationError) throw new CliError(error.message, ExitCode.problems);
            const code = (error as NodeJS.ErrnoException | undefined)?.code;
            if (code && REASONS[code]) throw new CliError(`cannot read the history: ${reasonOf(error)}`, ExitCode.usage);
            throw error;
        }
    },
};
