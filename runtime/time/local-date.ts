import type { Weekday } from '../model.js';
import { DAY_MS } from './units.js';

/**
 * Local calendar dates as day numbers: whole days since 1970-01-01 on a zone-less calendar.
 *
 * A "wall" value is a local date and time written as if it were UTC (day number × 86 400 000 + ms of day);
 * it is not an instant until a zone turns it into one (see ZoneTimeline.instantOf). Keeping dates as plain
 * integers lets the calendar tables be built with arithmetic instead of a date library per day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date "YYYY-MM-DD"; throws on anything else. */
export function dayOfIso(date: string): number {
    const match = ISO_DATE.exec(date);
    if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${date}"`);
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) throw new RangeError(`No such date: "${date}"`);
    return Math.round(ms / DAY_MS);
}

/** ISO date "YYYY-MM-DD" of a day number (years 0000–9999). */
export function isoOfDay(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of January 1st of `year`. */
export function firstDayOfYear(year: number): number {
    return Math.round(Date.UTC(year, 0, 1) / DAY_MS);
}

/** Calendar year a day number falls in. */
export function yearOfDay(day: number): number {
    return new Date(day * DAY_MS).getUTCFullYear();
}

/** ISO weekday of a day number (1 = Monday … 7 = Sunday); 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): Weekday {
    return ((((day % 7) + 7 + 3) % 7) + 1) as Weekday;
}

/** The wall value of a local date and a time of day given in minutes since midnight. */
export function wallOf(day: number, minutes: number): number {
    return day * DAY_MS + minutes * 60_000;
}

/** Day number of a wall value. */
export function dayOfWall(wall: number): number {
    return Math.floor(wall / DAY_MS);
}
