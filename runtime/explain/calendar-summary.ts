/**
 * A calendar's regular week (its weekly hours, no holidays or special hours) summed up: how long its open
 * days are, and the week in words. Hovers and inlay hints say "≈ 1.5 business days" with it; the language
 * compares hours with days; documents skip calendars that never open.
 */
import { t } from '../i18n/catalogue.js';
import type { CalendarSpec, LocalInterval, Weekday } from '../model.js';
import { formatHoursMinutes, formatNumber, timeOfDay, weekdayName } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';

function openMinutes(intervals: readonly LocalInterval[]): number {
    return intervals.reduce((sum, i) => sum + Math.max(0, i.end - i.start), 0);
}

/** Weekly intervals of each weekday, 1 = Monday … 7 = Sunday (closed days: empty), sorted by start. */
export function intervalsByWeekday(spec: CalendarSpec): Map<Weekday, LocalInterval[]> {
    const byDay = new Map<Weekday, LocalInterval[]>();
    for (let d = 1; d <= 7; d++) byDay.set(d as Weekday, []);
    for (const w of spec.weekly) byDay.get(w.day)?.push({ start: w.start, end: w.end });
    for (const list of byDay.values()) list.sort((a, b) => a.start - b.start);
    return byDay;
}

/** Minutes open in a regular week. */
export function weeklyOpenMinutes(spec: CalendarSpec): number {
    return openMinutes(spec.weekly);
}

/**
 * Open minutes of the open weekdays of a regular week: the shortest, the longest and the average ("a
 * business day" on this calendar). Undefined when no weekday is open. Monday–Friday 08:00-12:00,
 * 13:00-17:00 gives 480 for all three.
 */
export function openDayMinutes(spec: CalendarSpec): { min: number; max: number; average: number } | undefined {
    const lengths = [...intervalsByWeekday(spec).values()].map(openMinutes).filter((n) => n > 0);
    if (lengths.length === 0) return undefined;
    return {
        min: Math.min(...lengths),
        max: Math.max(...lengths),
        average: lengths.reduce((a, b) => a + b, 0) / lengths.length,
    };
}

/** Average open minutes per open weekday: the length of "a business day" on the calendar. Undefined when no weekday is open. */
export function averageOpenDayMinutes(spec: CalendarSpec): number | undefined {
    return openDayMinutes(spec)?.average;
}

/** The length of a business day on the built-in `always` calendar. */
export const ALWAYS_DAY_MINUTES = 24 * 60;

/**
 * "≈ 1.5 business days" for 720 business minutes on a 480-minute day; one decimal, singular for exactly 1,
 * "< 0.1 business days" when it rounds to zero. In the reader's locale: "≈ 1,5 días hábiles".
 */
export function approximateBusinessDays(businessMinutes: number, dayMinutes: number, locale: SupportedLocale = DEFAULT_LOCALE): string {
    const days = Math.round((businessMinutes / dayMinutes) * 10) / 10;
    if (days === 0) return t(locale, 'explainUnderTenthBusinessDay', { tenth: formatNumber(0.1, locale) });
    return t(locale, days === 1 ? 'explainBusinessDayOne' : 'explainBusinessDays', { days: formatNumber(days, locale, { grouping: false }) });
}

/** "Monday"; in es and pt-BR the weekday starts with a capital only where a line starts ("Lunes a viernes"). */
function dayName(day: Weekday, locale: SupportedLocale, initial: boolean): string {
    const name = weekdayName(day, locale);
    return initial || locale === DEFAULT_LOCALE ? name : name.toLocaleLowerCase(locale);
}

function intervalsText(intervals: readonly LocalInterval[]): string {
    return intervals.map((i) => `${timeOfDay(i.start)}-${timeOfDay(i.end)}`).join(', ');
}

function dayRange(first: Weekday, last: Weekday, locale: SupportedLocale): string {
    if (first === last) return dayName(first, locale, true);
    const words = { first: dayName(first, locale, true), last: dayName(last, locale, false) };
    return t(locale, last === first + 1 ? 'explainDayAndDay' : 'explainDayToDay', words);
}

/**
 * The regular week in lines, consecutive days with the same hours grouped:
 * ["Monday to Friday: 09:00-12:00, 13:00-18:00 (8 h)", "Saturday: 09:00-13:00 (4 h)", "Sunday: closed"].
 */
export function weeklySummary(spec: CalendarSpec, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    const byDay = intervalsByWeekday(spec);
    const keys = [...byDay.entries()].map(([day, list]) => ({ day, key: intervalsText(list), minutes: openMinutes(list) }));
    if (keys.every((k) => k.key === keys[0]!.key)) {
        const only = keys[0]!;
        if (only.minutes === 0) return [t(locale, 'explainClosedEveryDay')];
        if (only.minutes === ALWAYS_DAY_MINUTES) return [t(locale, 'explainAroundTheClock')];
        return [t(locale, 'explainEveryDay', { hours: only.key, total: formatHoursMinutes(only.minutes) })];
    }
    const lines: string[] = [];
    let start = 0;
    while (start < keys.length) {
        let end = start;
        while (end + 1 < keys.length && keys[end + 1]!.key === keys[start]!.key) end++;
        const { key, minutes } = keys[start]!;
        const days = dayRange(keys[start]!.day, keys[end]!.day, locale);
        lines.push(minutes === 0 ? t(locale, 'explainDaysClosed', { days }) : t(locale, 'explainDaysHours', { days, hours: key, total: formatHoursMinutes(minutes) }));
        start = end + 1;
    }
    return lines;
}
