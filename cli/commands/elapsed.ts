import { elapsed as elapsedMs, formatClockSpan, formatInstant, terminalInstant, ALWAYS, MINUTE_MS, calendarOf } from '../../runtime/index.js';
import type { Command } from '../command.js';
import { loadContract, unknownName } from '../contract-loader.js';
import { usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { parseInstant } from '../instant.js';
import { pausesOf, requiredString, singleFile } from './clock-options.js';

const NAME = 'elapsed';

/** The JSON `pacto elapsed --json` prints; its shape is an interface for scripts, keep it stable. */
export interface ElapsedJson {
    calendar: string;
    from: string;
    to: string;
    businessMinutes: number;
}

export const elapsed: Command = {
    name: NAME,
    summary: 'measure the open (business) time of a calendar between two instants',
    help: `Usage: pacto elapsed FILE --calendar NAME --from INSTANT --to INSTANT [--pause START/END]... [--contract NAME] [--json]

Counts the time the calendar is open, minus pauses, in [from, to): what an SLA clock on that calendar
would have run. The file must have no errors. The built-in calendar 'always' counts all time.

Options:
  --calendar NAME      a calendar of the contract, or 'always' (required)
  --from INSTANT       start, ISO 8601 with a UTC offset or Z (required), e.g. 2026-03-02T09:00-03:00
  --to INSTANT         end, not before --from (required)
  --pause START/END    a span that does not count; repeatable
  --contract NAME      the contract, when the file declares several
  --json               print {"calendar", "from", "to", "businessMinutes"}
  -h, --help           show this help

Instants are printed with the calendar's UTC offset.
Exit status: 0 computed, 1 the contract has errors, 2 bad usage (unknown name, instant without offset,
--to before --from, unreadable file), 70 internal error.
`,
    options: {
        calendar: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        pause: { type: 'string', multiple: true },
        contract: { type: 'string' },
        json: { type: 'boolean' },
    },
    async run(args, out) {
        const file = singleFile(args, NAME);
        const calendarName = requiredString(args, 'calendar', NAME);
        const fromText = requiredString(args, 'from', NAME);
        const toText = requiredString(args, 'to', NAME);
        const from = parseInstant(fromText, '--from', NAME);
        const to = parseInstant(toText, '--to', NAME);
        if (to < from) throw usageError(`--to ${toText} is before --from ${fromText}`, NAME);
        const pauses = pausesOf(args, NAME);
        const contract = await loadContract(file, args.string('contract'), NAME);
        const declared = contract.calendars.map((c) => c.name);
        if (calendarName !== ALWAYS && !declared.includes(calendarName)) {
            throw unknownName('calendar', calendarName, `contract ${contract.name}`, [...declared, ALWAYS]);
        }
        const calendar = calendarOf(contract, calendarName);
        const ms = elapsedMs(contract, calendarName, from, to, pauses);
        const json: ElapsedJson = {
            calendar: calendarName,
            from: formatInstant(from, calendar),
            to: formatInstant(to, calendar),
            businessMinutes: ms / MINUTE_MS,
        };
        if (args.flag('json')) {
            out.stdout(`${JSON.stringify(json, null, 2)}\n`);
            return ExitCode.ok;
        }
        out.stdout(`${json.businessMinutes} business minutes (${formatClockSpan(ms)}) on ${calendarName} from ${terminalInstant(from, calendar.zone)} to ${terminalInstant(to, calendar.zone)}\n`);
        return ExitCode.ok;
    },
};
