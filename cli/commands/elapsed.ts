import { elapsed as elapsedMs, formatClockSpan, formatInstant, formatNumber, terminalInstant, ALWAYS, MINUTE_MS, calendarOf } from '../../runtime/index.js';
import type { Command } from '../command.js';
import { inContract, loadContract, unknownName } from '../contract-loader.js';
import { usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { cliLocale, m, mn } from '../i18n.js';
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
    get summary() {
        return m('cliSummaryElapsed');
    },
    get help() {
        return m('cliHelpElapsed');
    },
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
        if (to < from) throw usageError(m('cliToBeforeFrom', { to: toText, from: fromText }), NAME);
        const pauses = pausesOf(args, NAME);
        const contract = await loadContract(file, args.string('contract'), NAME);
        const declared = contract.calendars.map((c) => c.name);
        if (calendarName !== ALWAYS && !declared.includes(calendarName)) {
            throw unknownName('calendar', calendarName, inContract(contract.name), [...declared, ALWAYS]);
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
        const locale = cliLocale();
        const minutes = formatNumber(json.businessMinutes, locale);
        out.stdout(
            `${mn('cliElapsedSummary', json.businessMinutes, {
                minutes,
                span: formatClockSpan(ms),
                calendar: calendarName,
                from: terminalInstant(from, calendar.zone, locale),
                to: terminalInstant(to, calendar.zone, locale),
            })}\n`,
        );
        return ExitCode.ok;
    },
};
