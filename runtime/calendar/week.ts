import type { CalendarSpec, LocalInterval, Weekday } from '../model.js';

/**
 * The regular week of a calendar (its weekly hours, no holidays or special hours): how long its open days
 * are. Editors use it to say "≈ 1.5 business days"; the language to compare hours with days.
 */

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
