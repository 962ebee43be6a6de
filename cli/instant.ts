import { usageError } from './errors.js';

/**
 * ISO 8601 instants as command-line arguments: a date, a time and a UTC offset (or Z), in the extended form
 * (2026-03-02T09:30:00-03:00) or the basic one (20260302T093000-0300), with optional fractional seconds.
 * An offset is required: a local time alone names different instants in different zones, and guessing
 * which one the user meant is how deadlines end up an hour off.
 */
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(.*)$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?(.*)$/;
const OFFSET = /^(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses an instant given to `option`; every rejection is a one-line usage error naming the option. */
export function parseInstant(text: string, option: string, command: string): number {
    const invalid = (why: string) => usageError(`${option} ${text}: ${why}`, command);
    const match = EXTENDED.exec(text) ?? BASIC.exec(text);
    if (!match) {
        if (/^\d{4}-?\d{2}-?\d{2}$/.test(text)) throw invalid('a date is not an instant; give a time and a UTC offset, e.g. 2026-03-02T09:00-03:00');
        throw invalid('not an ISO 8601 instant such as 2026-03-02T09:00-03:00 or 2026-03-02T12:00Z');
    }
    const [, y, mo, d, h, mi, s = '0', fraction = '', offsetText = ''] = match;
    if (offsetText === '') {
        throw invalid('no UTC offset; add one, e.g. -03:00, +01:00 or Z, so the instant is not ambiguous');
    }
    const offset = OFFSET.exec(offsetText);
    if (!offset) throw invalid(`'${offsetText}' is not a UTC offset such as -03:00, +0530 or Z`);
    const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
    if (month < 1 || month > 12) throw invalid(`month ${mo} does not exist`);
    if (day < 1 || day > daysInMonth(year, month)) throw invalid(`day ${d} does not exist in ${y}-${mo}`);
    const endOfDay = hour === 24 && minute === 0 && second === 0 && /^0*$/.test(fraction);
    if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) throw invalid('not a time of day');
    const offsetHours = offset[1] ? 0 : Number(offset[3]);
    const offsetMinutes = offset[1] ? 0 : Number(offset[4] ?? '0');
    if (offsetHours > 23 || offsetMinutes > 59) throw invalid(`'${offsetText}' is not a UTC offset`);
    const sign = offset[2] === '-' ? -1 : 1;
    const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
    // Not Date.UTC: it reads years 0-99 as 1900-1999.
    const local = new Date(0);
    local.setUTCFullYear(year, month - 1, day);
    local.setUTCHours(hour, minute, second, millis);
    return local.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/** A pause `START/END`: two instants, the end after the start. */
export function parsePause(text: string, command: string): readonly [number, number] {
    const parts = text.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
        throw usageError(`--pause ${text}: expected START/END, two instants such as 2026-03-02T10:00-03:00/2026-03-02T11:30-03:00`, command);
    }
    const start = parseInstant(parts[0], '--pause', command);
    const end = parseInstant(parts[1], '--pause', command);
    if (end <= start) throw usageError(`--pause ${text}: the pause must end after it starts`, command);
    return [start, end];
}
