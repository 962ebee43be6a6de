import { DateTime } from 'luxon';

/** True when "YYYY-MM-DD" is a real calendar date (not 2026-02-30). */
export function isRealDate(date: string): boolean {
    return DateTime.fromISO(date, { zone: 'UTC' }).isValid;
}
