import { DateTime } from 'luxon';
import { dueAfter, type CalendarLookup } from './calendar/duration.js';
import type { Contract, Duration } from './model.js';

/**
 * The contract term as instants in a zone: from local midnight of the first day to local midnight after
 * the last day ([start, end)). Undefined when the dates or the zone are not valid.
 */
export function termInstants(term: { start: string; end: string }, zone: string): { startMs: number; endMs: number } | undefined {
    const start = DateTime.fromISO(term.start, { zone });
    const end = DateTime.fromISO(term.end, { zone }).plus({ days: 1 });
    if (!start.isValid || !end.isValid) return undefined;
    return { startMs: start.toMillis(), endMs: end.toMillis() };
}

/**
 * True when a ticket opened at the very start of the term would fall due only after the term ends: the
 * target is longer than the whole contract. The term is read in the zone of the duration's calendar
 * (UTC for wall-clock durations).
 */
export function exceedsTerm(contract: Contract, duration: Duration, calendars: CalendarLookup): boolean {
    if (!contract.term) return false;
    const zone = duration.kind === 'wall' ? 'UTC' : contract.calendars.find((c) => c.name === duration.calendar)?.zone ?? 'UTC';
    const term = termInstants(contract.term, zone);
    if (!term || term.endMs <= term.startMs) return false;
    return dueAfter(duration, term.startMs, calendars) > term.endMs;
}
