import { deadlineTrace, durationAmount, formatInstant, formatPercent, termInstants, terminalInstant, type Duration } from '../../runtime/index.js';
import type { Command } from '../command.js';
import { inContract, loadContract, unknownName } from '../contract-loader.js';
import { ExitCode } from '../exit-codes.js';
import { cliLocale, m } from '../i18n.js';
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
    get summary() {
        return m('cliSummaryDeadline');
    },
    get help() {
        return m('cliHelpDeadline');
    },
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
            throw unknownName('category', categoryName, inContract(contract.name), contract.categories.map((c) => c.name));
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
            const day = formatInstant(opened, zone).slice(0, 10);
            out.stderr(`pacto: ${m('cliWarningOutsideTerm', { day, start: contract.term.start, end: contract.term.end })}\n`);
        }
        if (args.flag('json')) {
            out.stdout(`${JSON.stringify(json, null, 2)}\n`);
            return ExitCode.ok;
        }
        const locale = cliLocale();
        const labels = {
            opened: m('cliDeadlineOpened'),
            response: m('cliDeadlineResponse'),
            resolution: m('cliDeadlineResolution'),
            escalation: m('cliDeadlineEscalation'),
        };
        // The labels' column is as wide as the longest label of the reader's language, plus two spaces.
        const width = Math.max(...Object.values(labels).map((label) => label.length)) + 2;
        const at = (ms: number) => terminalInstant(ms, zone, locale);
        const when = (ms: number) => (Number.isFinite(ms) ? at(ms) : m('cliDeadlineNever'));
        const target = (label: string, t: { due: number; duration: Duration } | null) =>
            `  ${label.padEnd(width)}${t ? `${when(t.due)}  ${m('cliDeadlineWithin', { duration: durationAmount(t.duration, locale) })}` : m('cliDeadlineNoTarget')}`;
        const ofTarget = { response: 'cliEscalationOfResponse', resolution: 'cliEscalationOfResolution' } as const;
        const lines = [
            m(category.title ? 'cliDeadlineHeaderTitled' : 'cliDeadlineHeader', { contract: contract.name, category: category.name, title: category.title ?? '', zone }),
            `  ${labels.opened.padEnd(width)}${at(opened)}`,
            target(labels.response, response),
            target(labels.resolution, resolution),
            ...trace.escalations.map((e) => {
                const step = m(ofTarget[e.target], { percent: formatPercent(e.percent, locale) });
                const notify = m(e.contact ? 'cliEscalationNotifyContact' : 'cliEscalationNotify', { step, notify: e.notify, contact: e.contact ?? '' });
                return `  ${labels.escalation.padEnd(width)}${at(e.at)}  ${notify}`;
            }),
        ];
        out.stdout(`${lines.join('\n')}\n`);
        return ExitCode.ok;
    },
};
