import { DateTime } from 'luxon';

import { FIRST_YEAR, LAST_YEAR } from './years.js';

export { FIRST_YEAR, LAST_YEAR };

/** Why "YYYY-MM-DD" is not a date Pacto computes with, or undefined when it is one. */
export function dateProblem(date: string): string | undefined {
    if (!DateTime.fromISO(date, { zone: 'UTC' }).isValid) return `${date} is not a date`;
    const year = Number(date.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) return `${date} is outside the years Pacto computes with (${FIRST_YEAR} to ${LAST_YEAR})`;
    return undefined;
}

/** True when "YYYY-MM-DD" is a real calendar date (not 2026-02-30) within FIRST_YEAR–LAST_YEAR. */
export function isRealDate(date: string): boolean {
    return dateProblem(date) === undefined;
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
