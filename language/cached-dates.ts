/**
 * The runtime's date helpers, remembered: each asks luxon to parse an ISO date (microseconds a call), and a
 * contract repeats the same few dates (its term, its holidays, its scenarios' starts) in every check of every
 * build. Pure functions of their arguments, so the answers are kept across builds, bounded.
 */
import { addDays as addDaysNow, addMonths as addMonthsNow, daysBetween as daysBetweenNow, isRealDate as isRealDateNow } from '../runtime/index.js';
import { Lru } from './lru.js';

const realDates = new Lru<string, boolean>(4096);
const shifted = new Lru<string, string>(4096);
const spans = new Lru<string, number>(4096);

/** Forgets every remembered date (tests compare builds with and without them). */
export function forgetDates(): void {
    realDates.clear();
    shifted.clear();
    spans.clear();
}

/** As runtime's isRealDate: a real calendar date within the years Pacto computes with. */
export function isRealDate(date: string): boolean {
    return realDates.through(date, () => isRealDateNow(date));
}

export function addDays(date: string, days: number): string {
    return shifted.through(`${date}+${days}d`, () => addDaysNow(date, days));
}

export function addMonths(date: string, months: number): string {
    return shifted.through(`${date}+${months}m`, () => addMonthsNow(date, months));
}

export function daysBetween(from: string, to: string): number {
    return spans.through(`${from}/${to}`, () => daysBetweenNow(from, to));
}
