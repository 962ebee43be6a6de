import { FIRST_YEAR, LAST_YEAR } from '../util/years.js';

/**
 * The one syntax of instants a person types: the CLI's `--opened`/`--pause`, the editor's "ticket opened
 * at…" box and the server's requests all read them here, so a value one accepts the others accept.
 *
 * ISO 8601 with a date, a time and a UTC offset (or Z), in the extended form (2026-03-02T09:30:00-03:00) or
 * the basic one (20260302T093000-0300), optional fractional seconds, and 24:00 for the end of a day. An
 * offset is required: a local time alone names different instants in different zones, and guessing which
 * one the user meant is how deadlines end up an hour off. Years lie within FIRST_YEAR–LAST_YEAR, as dates do.
 */
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(.*)$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?(.*)$/;
const OFFSET = /^(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** An example of the syntax, for messages and placeholders. */
export const INSTANT_EXAMPLE = '2026-03-06T17:30:00-03:00';

/** A parsed instant (epoch milliseconds) or why the text is not one, as luxon's invalid values carry a reason. */
export type InstantParse = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly reason: string };

function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function invalid(reason: string): InstantParse {
    return { ok: false, reason };
}

/** Reads an instant; surrounding blanks are ignored. */
export function parseInstantText(input: string): InstantParse {
    const text = input.trim();
    const match = EXTENDED.exec(text) ?? BASIC.exec(text);
    if (!match) {
        if (/^\d{4}-?\d{2}-?\d{2}$/.test(text)) return invalid('a date is not an instant; give a time and a UTC offset, e.g. 2026-03-02T09:00-03:00');
        return invalid('not an ISO 8601 instant such as 2026-03-02T09:00-03:00 or 2026-03-02T12:00Z');
    }
    const [, y, mo, d, h, mi, s = '0', fraction = '', offsetText = ''] = match;
    if (offsetText === '') return invalid('no UTC offset; add one, e.g. -03:00, +01:00 or Z, so the instant is not ambiguous');
    const offset = OFFSET.exec(offsetText);
    if (!offset) return invalid(`'${offsetText}' is not a UTC offset such as -03:00, +0530 or Z`);
    const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
    // Year 0001 or 9999 is a typo, and the engine would build centuries of tables to answer it.
    if (year < FIRST_YEAR || year > LAST_YEAR) return invalid(`year ${y} is outside the years Pacto computes with (${FIRST_YEAR} to ${LAST_YEAR})`);
    if (month < 1 || month > 12) return invalid(`month ${mo} does not exist`);
    if (day < 1 || day > daysInMonth(year, month)) return invalid(`day ${d} does not exist in ${y}-${mo}`);
    const endOfDay = hour === 24 && minute === 0 && second === 0 && /^0*$/.test(fraction);
    if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) return invalid('not a time of day');
    const offsetHours = offset[1] ? 0 : Number(offset[3]);
    const offsetMinutes = offset[1] ? 0 : Number(offset[4] ?? '0');
    if (offsetHours > 23 || offsetMinutes > 59) return invalid(`'${offsetText}' is not a UTC offset`);
    const sign = offset[2] === '-' ? -1 : 1;
    const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
    // Not Date.UTC: it reads years 0-99 as 1900-1999.
    const local = new Date(0);
    local.setUTCFullYear(year, month - 1, day);
    local.setUTCHours(hour, minute, second, millis);
    return { ok: true, ms: local.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000 };
}
