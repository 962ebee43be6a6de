import { DateTime } from 'luxon';
import { intervalsByWeekday } from './explain/calendar-summary.js';
import { publicHolidays } from './holidays.js';
import { mergeIntervals } from './time/intervals.js';
import { dayOfWall } from './time/local-date.js';
import { ZoneTimeline } from './time/zone-timeline.js';
import { dueAfter, type CalendarLookup } from './calendar/duration.js';
import { MINUTE_MS } from './time/units.js';
import type { CalendarSpec, Contract, Duration } from './model.js';
import { HORIZON_MS, HORIZON_YEARS, LATEST_MS } from './calendar/horizon.js';

const YEAR_MS = 365 * 86_400_000;

/** Where a contract's horizon counts from and where it ends (see calendar/horizon.ts). */
export interface ContractHorizon {
    /** The term's first instant (its first date at UTC midnight), or the instant asked about without a term. */
    readonly originMs: number;
    readonly limitMs: number;
}

/**
 * The horizon of computations under `contract`: HORIZON_YEARS from the term's start, or from `askedMs` (the
 * ticket's opening, the span's start) when the contract has no term. No deadline, elapsed time, simulation
 * or report reaches past `limitMs`.
 */
export function contractHorizon(contract: Contract, askedMs: number): ContractHorizon {
    const start = contract.term ? Date.parse(`${contract.term.start}T00:00:00Z`) : NaN;
    const originMs = Number.isFinite(start) ? start : askedMs;
    // Calendar years, so the message names the same date a hundred years on (2026-01-01 → 2126-01-01).
    const limit = new Date(originMs);
    limit.setUTCFullYear(limit.getUTCFullYear() + HORIZON_YEARS);
    return { originMs, limitMs: Math.min(limit.getTime(), LATEST_MS) };
}

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
 *
 * Bounded by the term, whatever the duration: it compares the duration with the open time (or the open days)
 * the term holds, and computes a due instant only when that instant lies within the term. A typo such as
 * `240240 business hours` on a calendar open 8 hours a week must not make the editor compute 577 years.
 */
export function exceedsTerm(contract: Contract, duration: Duration, calendars: CalendarLookup): boolean {
    if (!contract.term) return false;
    const spec = duration.kind === 'wall' ? undefined : contract.calendars.find((c) => c.name === duration.calendar);
    const zone = spec?.zone ?? 'UTC';
    const whole = termInstants(contract.term, zone);
    if (!whole || whole.endMs <= whole.startMs) return false;
    // A term longer than the horizon is judged within it; beyond, nothing is computed (the term gets its own warning).
    const limit = Math.min(whole.startMs + HORIZON_MS, LATEST_MS);
    const clipped = whole.endMs > limit;
    const term = clipped ? { startMs: whole.startMs, endMs: limit } : whole;
    if (duration.kind === 'wall') return !clipped && duration.minutes * MINUTE_MS > term.endMs - term.startMs;
    const calendar = calendars(duration.calendar);
    if (duration.kind === 'business') {
        const amount = duration.minutes * MINUTE_MS;
        // Most targets fit in the term's first year: its open time settles them without tables for the rest.
        const firstYear = Math.min(term.endMs, term.startMs + YEAR_MS);
        // Most fit by far: a floor of that open time from the week's hours settles them without any table (the
        // year's tables were a third of a `pacto check` of the examples, issue 14). Both branches below answer
        // false whenever the first year's (or the whole term's) open time reaches the amount.
        if (spec !== undefined) {
            const days = firstYear < term.endMs ? 364 : termDates(contract.term);
            if (openTimeFloor(spec, contract.term.start, days, term.startMs, firstYear) >= amount) return false;
        }
        if (firstYear < term.endMs && calendar.elapsedBusiness(term.startMs, firstYear) >= amount) return false;
        return !clipped && calendar.elapsedBusiness(term.startMs, term.endMs) < amount;
    }
    // Business days: more than the term's open days cannot fit; otherwise the due instant is near the term.
    const openDays = new Set<number>();
    // Local dates as day numbers of the zone's timeline: a luxon date per interval and per day was most of a
    // check's time here (issue 14).
    const timeline = ZoneTimeline.of(zone);
    // An interval may run over several days (a calendar open around the clock): count each local date it touches.
    outer: for (const interval of calendar.openIntervals(term.startMs, term.endMs)) {
        const last = dayOfWall(timeline.wallOf(interval.end - 1));
        for (let day = dayOfWall(timeline.wallOf(interval.start)); ; day++) {
            openDays.add(day);
            if (openDays.size > duration.days) break outer;
            if (day >= last) break;
        }
    }
    if (duration.days > openDays.size) return !clipped;
    return dueAfter(duration, term.startMs, calendars) > term.endMs;
}

const DAY_MS = 86_400_000;
/** Larger offset changes (a day skipped or repeated) break the floor's count of whole days: no floor then. */
const FLOOR_MAX_SHIFT_MS = 3 * 3_600_000;

/** The number of dates of a term, its last included. */
function termDates(term: { start: string; end: string }): number {
    return Math.round((Date.parse(`${term.end}T00:00:00Z`) - Date.parse(`${term.start}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * A floor of the open time (ms) of `spec` over its first `days` whole local days from `startDate`, all of which lie
 * in [startMs, endMs): each weekday's weekly hours, less every day that a holiday or special hours may close or
 * shorten (its weekly hours all taken off), less each change of offset in the span (a jump forward inside open
 * hours shortens them by at most its size). Never above the calendar's open time in the span, so a target under
 * it fits; 0 when the zone jumps by more than a few hours (the count of whole days no longer holds).
 */
export function openTimeFloor(spec: CalendarSpec, startDate: string, days: number, startMs: number, endMs: number): number {
    const perWeekday = new Array<number>(8).fill(0);
    for (const [day, intervals] of intervalsByWeekday(spec)) {
        perWeekday[day] = mergeIntervals(intervals).reduce((sum, interval) => sum + interval.end - interval.start, 0);
    }
    const first = Date.parse(`${startDate}T00:00:00Z`);
    if (!Number.isFinite(first) || days <= 0) return 0;
    const firstWeekday = ((new Date(first).getUTCDay() + 6) % 7) + 1;
    const weekdayOf = (dayMs: number): number => ((firstWeekday - 1 + Math.round((dayMs - first) / DAY_MS)) % 7) + 1;
    let minutes = 0;
    for (let i = 0; i < days; i++) minutes += perWeekday[((firstWeekday - 1 + i) % 7) + 1]!;
    const lastMs = first + (days - 1) * DAY_MS;
    const closed = new Set<string>();
    const consider = (date: string): void => {
        const dayMs = Date.parse(`${date}T00:00:00Z`);
        if (dayMs >= first && dayMs <= lastMs && !closed.has(date)) {
            closed.add(date);
            minutes -= perWeekday[weekdayOf(dayMs)]!;
        }
    };
    for (const holiday of spec.holidays) consider(holiday.date);
    for (const special of spec.specialHours) consider(special.date);
    const firstYear = Number(startDate.slice(0, 4));
    const lastYear = new Date(lastMs).getUTCFullYear();
    // The holiday data files a holiday under the year its rule belongs to, which may be a neighbour of the
    // date's (the calendar's days look there too, calendar/days.ts): each date counts once, if in the span.
    for (const region of spec.holidayRegions) {
        for (let year = firstYear - 1; year <= lastYear + 1; year++) for (const holiday of publicHolidays(region, year)) consider(holiday.date);
    }
    let shifts = 0;
    for (const change of ZoneTimeline.of(spec.zone).transitionsBetween(startMs, endMs)) {
        const shift = Math.abs(change.offsetAfter - change.offsetBefore) * MINUTE_MS;
        if (shift > FLOOR_MAX_SHIFT_MS) return 0;
        shifts += shift;
    }
    // The days counted must still end within [startMs, endMs) however the offsets moved.
    if (shifts > 4 * FLOOR_MAX_SHIFT_MS) return 0;
    return minutes * MINUTE_MS - shifts;
}
