/**
 * Pure summaries of a runtime calendar (runtime/model.ts CalendarSpec) for editor features:
 * weekly hours in words, average open day, business days ≈ business hours.
 */
import type { CalendarSpec, LocalInterval, Weekday } from '../../runtime/index.js';
import { intervalsByWeekday, openDayMinutes, weeklyOpenMinutes } from '../../runtime/index.js';

const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "09:00" for 540; "24:00" for 1440. */
export function timeOfDay(minutes: number): string {
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes - h * 60);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "9 h", "8 h 30 min", "45 min", "0 min". */
export function hoursAndMinutes(minutes: number): string {
    const total = Math.round(minutes);
    const h = Math.floor(total / 60);
    const m = total % 60;
    if (h === 0) return `${m} min`;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * Average open minutes per open weekday of the calendar's regular week: the length of "a business day"
 * on it. Undefined when no weekday is open.
 */
export function averageOpenDayMinutes(spec: CalendarSpec): number | undefined {
    return openDayMinutes(spec)?.average;
}

export { intervalsByWeekday, weeklyOpenMinutes };

function openMinutes(intervals: readonly LocalInterval[]): number {
    return intervals.reduce((sum, i) => sum + Math.max(0, i.end - i.start), 0);
}

/** The length of a business day on the built-in `always` calendar. */
export const ALWAYS_DAY_MINUTES = 24 * 60;

/**
 * "≈ 1.5 business days" for 720 business minutes on a 480-minute day; one decimal, singular for exactly 1,
 * "< 0.1 business days" when it rounds to zero.
 */
export function approximateBusinessDays(businessMinutes: number, dayMinutes: number): string {
    const days = Math.round((businessMinutes / dayMinutes) * 10) / 10;
    if (days === 0) return '< 0.1 business days';
    return `≈ ${days} business ${days === 1 ? 'day' : 'days'}`;
}

function intervalsText(intervals: readonly LocalInterval[]): string {
    return intervals.map((i) => `${timeOfDay(i.start)}-${timeOfDay(i.end)}`).join(', ');
}

function dayRange(first: Weekday, last: Weekday): string {
    if (first === last) return DAY_NAMES[first];
    if (last === first + 1) return `${DAY_NAMES[first]} and ${DAY_NAMES[last]}`;
    return `${DAY_NAMES[first]} to ${DAY_NAMES[last]}`;
}

/**
 * The regular week in lines, consecutive days with the same hours grouped:
 * ["Monday to Friday: 09:00-12:00, 13:00-18:00 (8 h)", "Saturday: 09:00-13:00 (4 h)", "Sunday: closed"].
 */
export function weeklySummary(spec: CalendarSpec): string[] {
    const byDay = intervalsByWeekday(spec);
    const keys = [...byDay.entries()].map(([day, list]) => ({ day, key: intervalsText(list), minutes: openMinutes(list) }));
    if (keys.every((k) => k.key === keys[0]!.key)) {
        const only = keys[0]!;
        if (only.minutes === 0) return ['Closed every day'];
        if (only.minutes === ALWAYS_DAY_MINUTES) return ['Every day, around the clock (00:00-24:00)'];
        return [`Every day: ${only.key} (${hoursAndMinutes(only.minutes)})`];
    }
    const lines: string[] = [];
    let start = 0;
    while (start < keys.length) {
        let end = start;
        while (end + 1 < keys.length && keys[end + 1]!.key === keys[start]!.key) end++;
        const { key, minutes } = keys[start]!;
        const days = dayRange(keys[start]!.day, keys[end]!.day);
        lines.push(minutes === 0 ? `${days}: closed` : `${days}: ${key} (${hoursAndMinutes(minutes)})`);
        start = end + 1;
    }
    return lines;
}
