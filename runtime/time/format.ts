/**
 * Every instant, date, time of day, span, duration and number Pacto shows, in one place, so the editor,
 * the CLI and the documents never write the same instant two ways. Wall-clock fields come from the
 * runtime's ZoneTimeline (the calendars' own reading of the zone); the documents' long forms come from
 * luxon, whose locale data spells months and weekdays as each language does.
 *
 * The compact forms of the editor and the CLI ("Fri 06 Mar 17:30", "Mon 2026-03-09 12:30 -03:00") keep
 * the ISO order of date fields in every locale: only the weekday and month names are translated.
 */
import { DateTime } from 'luxon';
import type { Duration } from '../model.js';
import { DAY_MS } from './units.js';
import { DEFAULT_LOCALE, supportedLocale, type SupportedLocale } from './locales.js';
import { ZoneTimeline } from './zone-timeline.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------------
// ISO 8601

/**
 * An instant as ISO 8601 with the zone's UTC offset at that instant, e.g. "2026-03-02T12:30:00-03:00".
 * Seconds are always written; milliseconds only when not zero. The UTC zone itself is written with "Z".
 * Accepts a zone name or anything with a zone (a Calendar, a CalendarSpec).
 */
export function formatInstant(ms: number, zoneOrCalendar: string | { readonly zone: string }): string {
    const zone = typeof zoneOrCalendar === 'string' ? zoneOrCalendar : zoneOrCalendar.zone;
    if (!Number.isFinite(ms)) throw new RangeError(`Cannot format a non-finite instant (${ms})`);
    const offsetMs = ZoneTimeline.of(zone).offsetAt(ms);
    const local = new Date(ms + offsetMs);
    const year = local.getUTCFullYear();
    const date = `${year < 0 ? '-' + pad(-year, 6) : year > 9999 ? '+' + pad(year, 6) : pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    const millis = local.getUTCMilliseconds();
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${millis ? '.' + pad(millis, 3) : ''}`;
    return `${date}T${time}${isUtcZone(zone) && offsetMs === 0 ? 'Z' : formatOffset(offsetMs / 60_000, '-')}`;
}

function isUtcZone(zone: string): boolean {
    return zone === 'UTC' || zone === 'Etc/UTC';
}

/**
 * "−03:00", "+05:30", "+00:00". `minus` is the typographic minus by default (hovers and previews are
 * typeset); ISO 8601 and the CLI use the ASCII hyphen, which shells and scripts expect.
 */
export function formatOffset(offsetMinutes: number, minus: '−' | '-' = '−'): string {
    const abs = Math.abs(Math.round(offsetMinutes));
    return `${offsetMinutes < 0 ? minus : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Names

interface Names {
    /** Sunday first, as Date.getUTCDay() counts. */
    readonly weekdays: readonly string[];
    readonly months: readonly string[];
}

/** English is spelt out rather than taken from ICU, whose abbreviations change between Node versions ("Sep", "Sept"). */
const ENGLISH: Names = {
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const namesCache = new Map<SupportedLocale, Names>([['en', ENGLISH]]);

function names(locale: SupportedLocale): Names {
    let found = namesCache.get(locale);
    if (!found) {
        const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
        const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
        // 2024-01-07 was a Sunday.
        found = {
            weekdays: Array.from({ length: 7 }, (_, i) => weekday.format(Date.UTC(2024, 0, 7 + i))),
            months: Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2024, i, 15))),
        };
        namesCache.set(locale, found);
    }
    return found;
}

// ---------------------------------------------------------------------------------------------------------
// Compact forms (editor and CLI)

export interface CompactOptions {
    /** The year the reader is in: a date in another year carries its year ("Mon 04 Jan 2027"). */
    readonly year?: number;
    readonly locale?: string;
}

/** The local wall time of an instant, as a Date whose UTC fields are the local fields. */
function wall(ms: number, zone: string): Date {
    return new Date(ZoneTimeline.of(zone).wallOf(ms));
}

/** "17:30", or "17:30:15" when the seconds are not zero. */
function clock(local: Date): string {
    const seconds = local.getUTCSeconds();
    return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
}

function compactDateOf(local: Date, options: CompactOptions): string {
    const n = names(supportedLocale(options.locale));
    const y = local.getUTCFullYear();
    const year = options.year !== undefined && y !== options.year ? ` ${y}` : '';
    return `${n.weekdays[local.getUTCDay()]} ${pad(local.getUTCDate())} ${n.months[local.getUTCMonth()]}${year}`;
}

/** "Fri 06 Mar"; the year is added when it is not `options.year` ("Mon 04 Jan 2027"). */
export function compactDate(ms: number, zone: string, options: CompactOptions = {}): string {
    return compactDateOf(wall(ms, zone), options);
}

/** "Fri 06 Mar 17:30" (seconds when not zero); the year as for compactDate. */
export function compactInstant(ms: number, zone: string, options: CompactOptions = {}): string {
    const local = wall(ms, zone);
    return `${compactDateOf(local, options)} ${clock(local)}`;
}

/** A local date "YYYY-MM-DD" as a Date whose UTC fields are its fields. */
function localDate(date: string): Date {
    return new Date(Date.parse(`${date}T00:00:00Z`));
}

/** "Fri 06 Mar" for the local date "2026-03-06" (with its year when it is not `options.year`). */
export function compactLocalDate(date: string, options: CompactOptions = {}): string {
    return compactDateOf(localDate(date), options);
}

function weekdayDateOf(local: Date, locale: string): string {
    return `${names(supportedLocale(locale)).weekdays[local.getUTCDay()]} ${local.toISOString().slice(0, 10)}`;
}

/** "Mon 2026-03-09": weekday and ISO date. */
export function weekdayDate(ms: number, zone: string, locale: string = DEFAULT_LOCALE): string {
    return weekdayDateOf(wall(ms, zone), locale);
}

/** "Mon 2026-03-09" for the local date "2026-03-09". */
export function weekdayLocalDate(date: string, locale: string = DEFAULT_LOCALE): string {
    return weekdayDateOf(localDate(date), locale);
}

/** "Mon 2026-03-09 12:30 (−03:00)": unambiguous, with the offset in effect at that instant. */
export function offsetInstant(ms: number, zone: string, locale: string = DEFAULT_LOCALE): string {
    return `${weekdayDate(ms, zone, locale)} ${clock(wall(ms, zone))} (${formatOffset(ZoneTimeline.of(zone).offsetMinutesAt(ms))})`;
}

/**
 * "Mon 2026-03-09 12:30 -03:00", for a terminal: the weekday first, since business time is about which
 * day it is; seconds (and milliseconds) only when not zero; the offset kept, so DST is never a guess;
 * "UTC" for the UTC zone.
 */
export function terminalInstant(ms: number, zone: string, locale: string = DEFAULT_LOCALE): string {
    const local = wall(ms, zone);
    const seconds = local.getUTCSeconds();
    const millis = local.getUTCMilliseconds();
    const fraction = seconds || millis ? `:${pad(seconds)}${millis ? `.${pad(millis, 3)}` : ''}` : '';
    const offsetMinutes = ZoneTimeline.of(zone).offsetMinutesAt(ms);
    const offset = isUtcZone(zone) && offsetMinutes === 0 ? 'UTC' : formatOffset(offsetMinutes, '-');
    return `${weekdayDate(ms, zone, locale)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${fraction} ${offset}`;
}

/** "12:30" (seconds when not zero): the local time of day of an instant. */
export function localTime(ms: number, zone: string): string {
    return clock(wall(ms, zone));
}

/** "09:00" for 540 minutes after midnight; "24:00" for 1440. */
export function timeOfDay(minutes: number): string {
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes - h * 60);
    return `${pad(h)}:${pad(m)}`;
}

/** Local year of an instant. */
export function localYear(ms: number, zone: string): number {
    return wall(ms, zone).getUTCFullYear();
}

/** True when two instants fall on the same local date. */
export function sameLocalDate(a: number, b: number, zone: string): boolean {
    const timeline = ZoneTimeline.of(zone);
    return Math.floor(timeline.wallOf(a) / DAY_MS) === Math.floor(timeline.wallOf(b) / DAY_MS);
}

// ---------------------------------------------------------------------------------------------------------
// Spans of time. The unit abbreviations (d, h, min, s) read the same in every supported locale.

/** "4 h", "3 h 30 min", "45 min", "1 d 2 h", "30 s": a span of (open) time, to the second; "0 min" for none. */
export function formatSpan(ms: number): string {
    const seconds = Math.round(ms / 1000);
    const d = Math.floor(seconds / 86_400);
    const h = Math.floor((seconds % 86_400) / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`, s && `${s} s`].filter((p): p is string => typeof p === 'string');
    return parts.length > 0 ? parts.join(' ') : '0 min';
}

/** "9 h", "8 h 30 min", "45 min", "0 min": minutes of a day or a week, never in days. */
export function formatHoursMinutes(minutes: number): string {
    const total = Math.round(minutes);
    const h = Math.floor(total / 60);
    const m = total % 60;
    if (h === 0) return `${m} min`;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "2 h 05 min", "45 min", "1 h 00 min 30 s": a measured span next to its exact figure, like a stopwatch. */
export function formatClockSpan(ms: number): string {
    const seconds = Math.round(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const parts = h > 0 ? [`${h} h`, `${pad(m)} min`] : [`${m} min`];
    if (s > 0) parts.push(`${pad(s)} s`);
    return parts.join(' ');
}

/**
 * A downtime in human units: "43 min 12 s", "2 h 11 min 2.4 s", "9 d 4 h 48 min", "0.3 s", "none".
 * Seconds keep one decimal (the amount is rounded to a tenth of a second first), so budgets of
 * 99.9 % and above read exactly; a non-zero amount under 0.05 s is "< 0.1 s". The unit abbreviations read
 * the same in every supported locale; the decimal separator and "none" are the locale's.
 */
export function formatDowntime(ms: number, locale: string = DEFAULT_LOCALE): string {
    if (!(ms >= 0) || ms === Infinity) throw new RangeError(`A downtime must be a finite amount ≥ 0, not ${ms}`);
    const tag = supportedLocale(locale);
    if (ms === 0) return NONE[tag];
    const tenths = Math.round(ms / 100);
    if (tenths === 0) return `< ${formatNumber(0.1, tag)} s`;
    const days = Math.floor(tenths / 864_000);
    const hours = Math.floor((tenths % 864_000) / 36_000);
    const minutes = Math.floor((tenths % 36_000) / 600);
    const secondTenths = tenths % 600;
    const parts: string[] = [];
    if (days > 0) parts.push(`${days} d`);
    if (hours > 0) parts.push(`${hours} h`);
    if (minutes > 0) parts.push(`${minutes} min`);
    if (secondTenths > 0) parts.push(`${formatNumber(secondTenths / 10, tag, { grouping: false, maximumFractionDigits: 1 })} s`);
    return parts.join(' ');
}

const NONE: Record<SupportedLocale, string> = { en: 'none', es: 'ninguna', 'pt-BR': 'nenhuma' };

// ---------------------------------------------------------------------------------------------------------
// Numbers

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: SupportedLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    const key = `${locale}|${JSON.stringify(options)}`;
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format;
}

export interface NumberOptions {
    /** Thousands separators; off in the editor, where figures sit next to code. */
    readonly grouping?: boolean;
    readonly maximumFractionDigits?: number;
}

/** 1234.5 → "1,234.5" (en), "1234,5" (es), "1.234,5" (pt-BR): up to 3 decimals unless told. */
export function formatNumber(value: number, locale: string = DEFAULT_LOCALE, options: NumberOptions = {}): string {
    const fraction = { maximumFractionDigits: options.maximumFractionDigits ?? 3 };
    // Left unset, grouping follows the locale ("1500" in Spanish, "1,500" in English).
    return numberFormat(supportedLocale(locale), options.grouping === false ? { ...fraction, useGrouping: false } : fraction).format(value);
}

/**
 * The decimals a number was written with: JavaScript prints the shortest decimal that reads back as the same
 * number, which is the decimal as the contract wrote it (99.4444 → 4). Exponent forms (1e-7) get the most
 * Intl allows, so that no written digit is lost.
 */
function writtenDecimals(value: number): number {
    const match = /^-?\d+(?:\.(\d+))?$/.exec(String(value));
    return match ? Math.min(match[1]?.length ?? 0, 20) : 20;
}

/**
 * 99.9 → "99.9%" (en, pt-BR "99,9%"), "99,9 %" (es): as each locale writes percentages, with every decimal
 * the contract wrote (99.4444 stays 99.4444, never 99.444). A computed share is the caller's to round.
 */
export function formatPercent(value: number, locale: string = DEFAULT_LOCALE): string {
    const digits = writtenDecimals(value);
    // Intl multiplies by 100 itself; giving it value / 100 would bring back the binary error that the
    // written decimals hide, so the digits are fixed to the written ones.
    return numberFormat(supportedLocale(locale), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value / 100);
}

/** An amount with its ISO 4217 currency as the locale writes it; "12 XYZ" for a code Intl does not know. */
export function formatMoney(amount: number, currency: string, locale: string = DEFAULT_LOCALE): string {
    try {
        return numberFormat(supportedLocale(locale), { style: 'currency', currency }).format(amount);
    } catch {
        return `${formatNumber(amount, locale)} ${currency}`;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Long forms (documents)

/** "2026-03-01" → "March 1, 2026" / "1 de marzo de 2026" / "1 de março de 2026"; the text itself when it is no date. */
export function longDate(iso: string, locale: string = DEFAULT_LOCALE): string {
    const date = DateTime.fromISO(iso, { zone: 'UTC' });
    return date.isValid ? date.setLocale(supportedLocale(locale)).toLocaleString(DateTime.DATE_FULL) : iso;
}

/** Two dates as one span, said once: "March 2 – 8, 2026" / "2–8 de marzo de 2026" (ICU's range patterns). */
export function longDateRange(first: string, last: string, locale: string = DEFAULT_LOCALE): string {
    const a = DateTime.fromISO(first, { zone: 'UTC' });
    const b = DateTime.fromISO(last, { zone: 'UTC' });
    if (!a.isValid || !b.isValid) return `${first} – ${last}`;
    const format = new Intl.DateTimeFormat(supportedLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    // ICU puts thin spaces around the dash; the documents' fonts and plain terminals want plain ones.
    return format.formatRange(a.toMillis(), b.toMillis()).replace(/\u2009/g, ' ');
}

/** A day of a month, short: "Mar 2" / "2 mar" / "2 de mar.". */
export function shortDayMonth(iso: string, locale: string = DEFAULT_LOCALE): string {
    const date = DateTime.fromISO(iso, { zone: 'UTC' });
    return date.isValid ? date.setLocale(supportedLocale(locale)).toLocaleString({ day: 'numeric', month: 'short' }) : iso;
}

/** A date with its weekday, short: "Fri, Jan 9, 2026" / "vie, 9 ene 2026". */
export function longWeekdayDate(iso: string, locale: string = DEFAULT_LOCALE): string {
    const date = DateTime.fromISO(iso, { zone: 'UTC' });
    return date.isValid
        ? date.setLocale(supportedLocale(locale)).toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })
        : iso;
}

/** An instant in a zone, weekday first (business time is about which day it is): "Fri 9 Jan 2026, 16:30". */
export function longInstant(ms: number, zone: string, locale: string = DEFAULT_LOCALE): string {
    if (!Number.isFinite(ms)) throw new RangeError(`Cannot format a non-finite instant (${ms})`);
    return DateTime.fromMillis(ms, { zone }).setLocale(supportedLocale(locale)).toFormat('ccc d LLL yyyy, HH:mm');
}

/** The weekday's full name, capitalised (1 = Monday): "Monday", "Lunes", "Segunda-feira". */
export function weekdayName(isoWeekday: number, locale: string = DEFAULT_LOCALE): string {
    const tag = supportedLocale(locale);
    const name = DateTime.fromISO('2024-01-01', { zone: 'UTC' }).plus({ days: isoWeekday - 1 }).setLocale(tag).toFormat('cccc');
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

// ---------------------------------------------------------------------------------------------------------
// Durations in words

type Plural = readonly [one: string, other: string];

type WordUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month';

interface UnitWords {
    readonly wall: Record<WordUnit, Plural>;
    readonly business: Record<'second' | 'minute' | 'hour' | 'day', Plural>;
}

// As a contract manager of each language writes them: "horas hábiles", "horas úteis", never "horas de negocio".
const UNIT_WORDS: Record<SupportedLocale, UnitWords> = {
    en: {
        wall: {
            second: ['second', 'seconds'], minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'],
            week: ['week', 'weeks'], month: ['month', 'months'],
        },
        business: {
            second: ['business second', 'business seconds'], minute: ['business minute', 'business minutes'],
            hour: ['business hour', 'business hours'], day: ['business day', 'business days'],
        },
    },
    es: {
        wall: {
            second: ['segundo', 'segundos'], minute: ['minuto', 'minutos'], hour: ['hora', 'horas'], day: ['día', 'días'],
            week: ['semana', 'semanas'], month: ['mes', 'meses'],
        },
        business: {
            second: ['segundo hábil', 'segundos hábiles'], minute: ['minuto hábil', 'minutos hábiles'],
            hour: ['hora hábil', 'horas hábiles'], day: ['día hábil', 'días hábiles'],
        },
    },
    'pt-BR': {
        wall: {
            second: ['segundo', 'segundos'], minute: ['minuto', 'minutos'], hour: ['hora', 'horas'], day: ['dia', 'dias'],
            week: ['semana', 'semanas'], month: ['mês', 'meses'],
        },
        business: {
            second: ['segundo útil', 'segundos úteis'], minute: ['minuto útil', 'minutos úteis'],
            hour: ['hora útil', 'horas úteis'], day: ['dia útil', 'dias úteis'],
        },
    },
};

const UNIT_MINUTES: Record<Exclude<WordUnit, 'month'>, number> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080 };

/** The unit the contract wrote ("30 seconds" → second), if its text names one. */
function writtenUnit(text: string): WordUnit | undefined {
    const unit = /([a-z]+?)s?\s*$/i.exec(text)?.[1]?.toLowerCase();
    return unit === 'second' || unit === 'minute' || unit === 'hour' || unit === 'day' || unit === 'week' || unit === 'month' ? unit : undefined;
}

/** The largest unit that measures `minutes` whole, for a duration whose text names none. */
function wholeUnit(minutes: number, business: true): 'second' | 'minute' | 'hour';
function wholeUnit(minutes: number, business: false): 'second' | 'minute' | 'hour' | 'day';
function wholeUnit(minutes: number, business: boolean): 'second' | 'minute' | 'hour' | 'day' {
    // A business day is a day of the calendar, not 1440 open minutes.
    if (!business && minutes % 1440 === 0) return 'day';
    if (minutes % 60 === 0) return 'hour';
    return Number.isInteger(minutes) ? 'minute' : 'second';
}

/**
 * A duration's amount in words, in the unit the contract wrote: "4 horas hábiles", "2 dias úteis", "30
 * seconds" (not "0.5 minutes"), "24 hours" (not "1 day": a day of wall-clock time and 24 hours differ to a
 * reader across a change of offset). Without a written unit, the largest whole one. The calendar it counts
 * on is the caller's to add.
 */
export function durationAmount(d: Duration, locale: string = DEFAULT_LOCALE): string {
    const tag = supportedLocale(locale);
    const words = UNIT_WORDS[tag];
    // No grouping: a contract's 240240 hours is shown as written ("240.240" reads as a decimal to some).
    const count = (value: number, forms: Plural) => `${formatNumber(value, tag, { grouping: false })} ${value === 1 ? forms[0] : forms[1]}`;
    if (d.kind === 'businessDays') return count(d.days, words.business.day);
    const written = writtenUnit(d.text);
    // Months are not a fixed length: their minutes say nothing of how many were written.
    if (written === 'month' && d.kind === 'wall') {
        const value = Number(/^\s*([\d.]+)/.exec(d.text)?.[1]);
        if (Number.isFinite(value)) return count(value, words.wall.month);
    }
    // Seconds are lowered as fractions of a minute (45 seconds = 0.75 min): rounded to a billionth.
    const amount = (unit: Exclude<WordUnit, 'month'>) => Math.round((d.minutes / UNIT_MINUTES[unit]) * 1e9) / 1e9;
    if (d.kind === 'business') {
        const unit = written === 'second' || written === 'minute' || written === 'hour' ? written : wholeUnit(d.minutes, true);
        return count(amount(unit), words.business[unit]);
    }
    const unit = written === undefined || written === 'month' ? wholeUnit(d.minutes, false) : written;
    return count(amount(unit), words.wall[unit]);
}
