import { DateTime } from 'luxon';

/** True when "YYYY-MM-DD" is a real calendar date (not 2026-02-30). */
export function isRealDate(date: string): boolean {
    return DateTime.fromISO(date, { zone: 'UTC' }).isValid;
}

/** The ISO date `days` after `date` (calendar dates: no zone, no DST). */
export function addDays(date: string, days: number): string {
    return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

/** The ISO date `months` calendar months after `date` (the 31st of a short month is its last day). */
export function addMonths(date: string, months: number): string {
    return DateTime.fromISO(date, { zone: 'UTC' }).plus({ months }).toISODate() ?? date;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
    return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}
