import { DateTime } from 'luxon';
import type { MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import { parseInstantText } from '../time/instant.js';
import { wordsIn, type Words } from './problems.js';

/**
 * A time read, or why not: `message` in English (JSON, logs), `key`/`args`/`reason` for the row's problem to
 * say it in its reader's language (wordedProblem(file, row, column, time.key, time.args, time.reason)).
 */
export type EventTime = { readonly ok: true; readonly ms: number; readonly local: boolean } | ({ readonly ok: false; readonly message: string } & Words);

/** A refused time, worded from the catalogue. */
export function badTime(key: MessageKey, args: MessageArgs, reason?: Words): EventTime {
    const words: Words = reason ? { key, args, reason } : { key, args };
    return { ok: false, message: wordsIn(words, 'en'), ...words };
}

/** A local date-time without an offset: "2026-03-02T09:15", "2026-03-02 09:15:43", optional fraction. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;

/**
 * The instant of an event. An offset (or Z) is required, since a local time names different instants in
 * different zones; only when the caller names the zone the help desk wrote its times in (`zone`) is a
 * local time read in it, and `local` says so, for the report to state it. A local time that does not
 * exist there (a DST gap) is refused rather than moved.
 */
export function parseEventTime(text: string, zone: string | null): EventTime {
    const trimmed = text.trim();
    const fast = plainInstant(trimmed, 0, trimmed.length);
    if (fast === fast) return { ok: true, ms: fast, local: false };
    const local = LOCAL.exec(trimmed);
    if (!local) {
        const parsed = parseInstantText(trimmed.replace(' ', 'T'));
        return parsed.ok ? { ok: true, ms: parsed.ms, local: false } : badTime('eventTimeInvalid', { text }, { key: parsed.key, args: parsed.args });
    }
    if (zone === null) {
        return badTime('eventTimeNoOffset', { text });
    }
    const [, y, mo, d, h, mi, s = '0', fraction = ''] = local;
    const values = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s), millisecond: Math.floor(Number(`0.${fraction || '0'}`) * 1000) };
    const dt = DateTime.fromObject(values, { zone });
    if (!dt.isValid) {
        const { year, month, day, hour, minute, second } = values;
        const days = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : DAYS_IN_MONTH[month - 1];
        const why: Words | undefined = days === undefined || day < 1 || day > days ? { key: 'timeNoSuchDate' } : hour > 23 || minute > 59 || second > 59 ? { key: 'timeNotATimeOfDay' } : invalidTimeWords(dt);
        return why ? badTime('eventTimeNotInZone', { text, zone }, why) : badTime('eventTimeNotInZone', { text, zone, reason: luxonText(dt) });
    }
    if (dt.hour !== values.hour || dt.minute !== values.minute) return badTime('eventTimeSkipped', { text, zone });
    return { ok: true, ms: dt.toMillis(), local: true };
}


/** Why luxon found `dt` invalid, in Pacto's words where its reason is one Pacto knows (luxon explains in English only). */
export function invalidTimeWords(dt: DateTime): Words | undefined {
    switch (dt.invalidReason) {
        case 'unit out of range': return { key: 'timeOutOfRange' };
        case 'unparsable': return { key: 'timeUnparsable' };
        case 'unsupported zone': return { key: 'timeUnknownZone' };
        default: return undefined;
    }
}

/** luxon's own explanation: the last resort, for a reason Pacto cannot word itself. */
export function luxonText(dt: DateTime): string {
    return String(dt.invalidExplanation ?? dt.invalidReason);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at i as a number, NaN when it is not a digit (NaN then fails every check it reaches). */
function digit(s: string, i: number): number {
    const c = s.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : NaN;
}

/** The two digits at i as a number, or NaN. */
function two(s: string, i: number): number {
    return digit(s, i) * 10 + digit(s, i + 1);
}

/** The last date plainInstant read and its day number: a log in time order has thousands of rows per date. */
let lastYear = NaN;
let lastMonth = NaN;
let lastDay = NaN;
let lastDays = NaN;

/**
 * The instant text[from, to) names when it is of the shape help desks and Pacto's own log write,
 * `YYYY-MM-DDTHH:MM:SS(.sss)?(Z|±HH:MM)`, with valid values, read on a range of the line so that the replay's
 * fast path cuts no string out for it, and without regular expressions or Date.UTC (they were most of a
 * row's time); NaN for any other text and for any value parseInstantText would refuse or read differently,
 * which then decides (and explains).
 */
export function plainInstant(text: string, from: number, to: number): number {
    const n = to - from;
    if (n !== 20 && n !== 24 && n !== 25 && n !== 29) return NaN;
    const s = text;
    const o = from;
    if (s.charCodeAt(o + 4) !== 45 || s.charCodeAt(o + 7) !== 45 || s.charCodeAt(o + 10) !== 84 || s.charCodeAt(o + 13) !== 58 || s.charCodeAt(o + 16) !== 58) return NaN;
    let i = 19;
    let millis = 0;
    if (s.charCodeAt(o + 19) === 46) {
        millis = digit(s, o + 20) * 100 + two(s, o + 21);
        i = 23;
    }
    let offsetMinutes = 0;
    const z = s.charCodeAt(o + i);
    if (z === 90) {
        if (n !== i + 1) return NaN;
    } else if (z === 43 || z === 45) {
        if (n !== i + 6 || s.charCodeAt(o + i + 3) !== 58) return NaN;
        const oh = two(s, o + i + 1);
        const om = two(s, o + i + 4);
        if (!(oh <= 23 && om <= 59)) return NaN;
        offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
    } else return NaN;
    const year = two(s, o) * 100 + two(s, o + 2);
    const month = two(s, o + 5);
    const day = two(s, o + 8);
    const hour = two(s, o + 11);
    const minute = two(s, o + 14);
    const second = two(s, o + 17);
    if (!(hour <= 23 && minute <= 59 && second <= 59 && millis >= 0)) return NaN;
    let days: number;
    if (year === lastYear && month === lastMonth && day === lastDay) days = lastDays;
    else {
        if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1)) return NaN;
        const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return NaN;
        days = daysFromCivil(year, month, day);
        lastYear = year;
        lastMonth = month;
        lastDay = day;
        lastDays = days;
    }
    return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMinutes * 60_000;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil), as
 * Date.UTC counts them for years 100 on, without its call per row.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
