import { deadlineTrace, formatInstant, termInstants, terminalInstant, type Duration } from '../../runtime/index.js';
import type { Command } from '../command.js';
import { loadContract, unknownName } from '../contract-loader.js';
import { ExitCode } from '../exit-codes.js';
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

Instants are printed with the UTC offset of the calendar the category's response counts on (else its
resolution's, else the default calendar's, else UTC), as the editor and the documents show them.
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
        // One zone for every line: a terminal reader compares instants by eye, the offsets tell the rest.
        const trace = deadlineTrace(contract, category.name, opened, pauses);
        const zone = trace.zone;
        const due = (kind: 'response' | 'resolution') => trace.targets.find((t) => t.kind === kind) ?? null;
        const instant = (ms: number) => (Number.isFinite(ms) ? formatInstant(ms, zone) : null);
        const response = due('response');
        const resolution = due('resolution');
        const json: DeadlineJson = {
            contract: contract.name,
            category: category.name,
            opened: formatInstant(opened, zone),
            response: response && { due: instant(response.due) },
            resolution: resolution && { due: instant(resolution.due) },
            escalations: trace.escalations.map((e) => ({ at: formatInstant(e.at, zone), notify: e.notify })),
        };
        // A deadline outside the term is computed all the same (the calendars say what they say), but the
        // contract no longer promises it: say so on stderr, so --json stays one object on stdout.
        const term = contract.term && termInstants(contract.term, zone);
        if (contract.term && term && (opened < term.startMs || opened >= term.endMs)) {
            out.stderr(`pacto: warning: the ticket opens on ${formatInstant(opened, zone).slice(0, 10)}, outside the contract's term (${contract.term.start} to ${contract.term.end}): the contract does not promise these deadlines\n`);
        }
        if (args.flag('json')) {
            out.stdout(`${JSON.stringify(json, null, 2)}\n`);
            return ExitCode.ok;
        }
        const when = (ms: number) => (Number.isFinite(ms) ? terminalInstant(ms, zone) : 'never (the calendar does not open again)');
        const target = (label: string, t: { due: number; duration: Duration } | null) =>
            `  ${label.padEnd(12)}${t ? `${when(t.due)}  within ${t.duration.text}` : 'no target'}`;
        const lines = [
            `${contract.name} / ${category.name}${category.title ? ` "${category.title}"` : ''}, times in ${zone}`,
            `  ${'opened'.padEnd(12)}${terminalInstant(opened, zone)}`,
            target('response', response),
            target('resolution', resolution),
            ...trace.escalations.map(
                (e) => `  escalation  ${terminalInstant(e.at, zone)}  ${e.percent}% of ${e.target}: notify ${e.notify}${e.contact ? ` <${e.contact}>` : ''}`,
            ),
        ];
        out.stdout(`${lines.join('\n')}\n`);
        return ExitCode.ok;
    },
};
