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

/** The last date plainInstant read and its day number: a log in time order has thousands of rows per date. */
let lastYear = -1;
let lastMonth = -1;
let lastDay = -1;
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
    const units = scratch;
    for (let k = 0; k < n; k++) units[k] = text.charCodeAt(from + k);
    return plainInstantIn(units, 0, n);
}

/** A text's code units (plainInstant's lengths at most), for plainInstantIn. */
const scratch = new Uint16Array(29);

/** A line's characters as code units: its bytes when each is one character (LineBlock.bytes), else its UTF-16 units. */
export type CodeUnits = Uint8Array | Uint16Array;

/**
 * plainInstant of the characters [from, to) of `s` given as code units: the replay's fast path reads a line's
 * bytes (a typed array's element is one load; a string's character checks the string's kind each time).
 */
export function plainInstantIn(s: CodeUnits, from: number, to: number): number {
    const n = to - from;
    if (n !== 20 && n !== 24 && n !== 25 && n !== 29) return NaN;
    const o = from;
    if (s[o + 4]! !== 45 || s[o + 7]! !== 45 || s[o + 10]! !== 84 || s[o + 13]! !== 58 || s[o + 16]! !== 58) return NaN;
    // Digits as small integers, a non-digit flagged once for all by an unsigned compare (code − 48 outside 0..9):
    // integer arithmetic throughout, where NaN for a non-digit kept every value a double (a third of a row's
    // reading). Every position read lies inside the field, so no read past the text gives NaN.
    const y0 = s[o]! - 48;
    const y1 = s[o + 1]! - 48;
    const y2 = s[o + 2]! - 48;
    const y3 = s[o + 3]! - 48;
    const mo0 = s[o + 5]! - 48;
    const mo1 = s[o + 6]! - 48;
    const d0 = s[o + 8]! - 48;
    const d1 = s[o + 9]! - 48;
    const h0 = s[o + 11]! - 48;
    const h1 = s[o + 12]! - 48;
    const mi0 = s[o + 14]! - 48;
    const mi1 = s[o + 15]! - 48;
    const s0 = s[o + 17]! - 48;
    const s1 = s[o + 18]! - 48;
    let bad = (y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (mo0 >>> 0) > 9 || (mo1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9;
    bad = bad || (h0 >>> 0) > 9 || (h1 >>> 0) > 9 || (mi0 >>> 0) > 9 || (mi1 >>> 0) > 9 || (s0 >>> 0) > 9 || (s1 >>> 0) > 9;
    if (bad) return NaN;
    let i = 19;
    let millis = 0;
    if (s[o + 19]! === 46) {
        // A fraction needs 4 characters before the zone: shorter texts are of no accepted shape.
        if (n < 24) return NaN;
        const f0 = s[o + 20]! - 48;
        const f1 = s[o + 21]! - 48;
        const f2 = s[o + 22]! - 48;
        if ((f0 >>> 0) > 9 || (f1 >>> 0) > 9 || (f2 >>> 0) > 9) return NaN;
        millis = f0 * 100 + f1 * 10 + f2;
        i = 23;
    }
    let offsetMinutes = 0;
    const z = s[o + i]!;
    if (z === 90) {
        if (n !== i + 1) return NaN;
    } else if (z === 43 || z === 45) {
        if (n !== i + 6 || s[o + i + 3]! !== 58) return NaN;
        const oh0 = s[o + i + 1]! - 48;
        const oh1 = s[o + i + 2]! - 48;
        const om0 = s[o + i + 4]! - 48;
        const om1 = s[o + i + 5]! - 48;
        if ((oh0 >>> 0) > 9 || (oh1 >>> 0) > 9 || (om0 >>> 0) > 9 || (om1 >>> 0) > 9) return NaN;
        const oh = oh0 * 10 + oh1;
        const om = om0 * 10 + om1;
        if (!(oh <= 23 && om <= 59)) return NaN;
        offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
    } else return NaN;
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = mo0 * 10 + mo1;
    const day = d0 * 10 + d1;
    const hour = h0 * 10 + h1;
    const minute = mi0 * 10 + mi1;
    const second = s0 * 10 + s1;
    if (!(hour <= 23 && minute <= 59 && second <= 59)) return NaN;
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
