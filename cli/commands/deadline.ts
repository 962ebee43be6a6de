import { deadlines, formatInstant, type Contract, type Duration } from '../../runtime/index.js';
import type { Command } from '../command.js';
import { loadContract, unknownName } from '../contract-loader.js';
import { ExitCode } from '../exit-codes.js';
import { humanInstant } from '../human-time.js';
import { parseInstant } from '../instant.js';
import { pausesOf, requiredString, singleFile } from './clock-options.js';

const NAME = 'deadline';

/** The JSON `pacto deadline --json` prints; its shape is an interface for scripts, keep it stable. */
export interface DeadlineJson {
    contract: string;
    category: string;
    opened: string;
    /** null: the category sets no such target. `due` null: the target can never fall due (its calendar never opens again). */
    response: { due: string | null } | null;
    resolution: { due: string | null } | null;
    escalations: { at: string; notify: string }[];
}

/**
 * The zone the instants are written in: the calendar the category's targets count on (resolution first,
 * it is the one a ticket lives by), else the contract's default calendar, else UTC.
 */
function displayZone(contract: Contract, durations: readonly (Duration | null)[]): string {
    const business = durations.find((d) => d !== null && d.kind !== 'wall');
    const name = business ? business.calendar : contract.defaultCalendar;
    return contract.calendars.find((c) => c.name === name)?.zone ?? 'UTC';
}

export const deadline: Command = {
    name: NAME,
    summary: "compute a ticket's response and resolution deadlines and escalations",
    help: `Usage: pacto deadline FILE --category NAME --opened INSTANT [--pause START/END]... [--contract NAME] [--json]

Computes when a ticket of a category, opened at an instant, is due for response and resolution, and when
each escalation step fires, on the contract's calendars. The file must have no errors.

Options:
  --category NAME      the ticket's category (required)
  --opened INSTANT     when the ticket was opened: ISO 8601 with a UTC offset or Z (required),
                       e.g. 2026-03-02T09:00-03:00 or 2026-03-02T12:00Z
  --pause START/END    a span during which the clock stands still (e.g. awaiting the customer); repeatable
  --contract NAME      the contract, when the file declares several
  --json               print {"contract", "category", "opened", "response": {"due"} | null,
                       "resolution": {"due"} | null, "escalations": [{"at", "notify"}]}
  -h, --help           show this help

Instants are printed with the UTC offset of the calendar the category's targets count on.
Exit status: 0 computed, 1 the contract has errors, 2 bad usage (unknown name, instant without offset,
unreadable file), 70 internal error.
`,
    options: {
        category: { type: 'string' },
        opened: { type: 'string' },
        pause: { type: 'string', multiple: true },
        contract: { type: 'string' },
        json: { type: 'boolean' },
    },
    async run(args, out) {
        const file = singleFile(args, NAME);
        const categoryName = requiredString(args, 'category', NAME);
        const opened = parseInstant(requiredString(args, 'opened', NAME), '--opened', NAME);
        const pauses = pausesOf(args, NAME);
        const contract = await loadContract(file, args.string('contract'), NAME);
        const category = contract.categories.find((c) => c.name === categoryName);
        if (!category) {
            throw unknownName('category', categoryName, `contract ${contract.name}`, contract.categories.map((c) => c.name));
        }
        const result = deadlines(contract, category.name, opened, pauses);
        const zone = displayZone(contract, [category.resolution, category.response]);
        const instant = (ms: number) => (Number.isFinite(ms) ? formatInstant(ms, zone) : null);
        const json: DeadlineJson = {
            contract: contract.name,
            category: category.name,
            opened: formatInstant(opened, zone),
            response: result.response && { due: instant(result.response.due) },
            resolution: result.resolution && { due: instant(result.resolution.due) },
            escalations: result.escalations.map((e) => ({ at: formatInstant(e.at, zone), notify: e.notify })),
        };
        if (args.flag('json')) {
            out.stdout(`${JSON.stringify(json, null, 2)}\n`);
            return ExitCode.ok;
        }
        const when = (ms: number) => (Number.isFinite(ms) ? humanInstant(ms, zone) : 'never (the calendar does not open again)');
        const target = (label: string, due: { due: number } | null, duration: Duration | null) =>
            `  ${label.padEnd(12)}${due && duration ? `${when(due.due)}  within ${duration.text}` : 'no target'}`;
        const lines = [
            `${contract.name} / ${category.name}${category.title ? ` "${category.title}"` : ''}, times in ${zone}`,
            `  ${'opened'.padEnd(12)}${humanInstant(opened, zone)}`,
            target('response', result.response, category.response),
            target('resolution', result.resolution, category.resolution),
            ...result.escalations.map(
                (e) => `  escalation  ${humanInstant(e.at, zone)}  ${e.percent}% of ${e.target}: notify ${e.notify}${e.contact ? ` <${e.contact}>` : ''}`,
            ),
        ];
        out.stdout(`${lines.join('\n')}\n`);
        return ExitCode.ok;
    },
};
