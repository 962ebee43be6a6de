import type { Duration } from '../model.js';
import { FlatPauses, type Pauses } from '../time/pauses.js';
import { MINUTE_MS } from '../time/units.js';
import { alwaysCalendar } from './always.js';
import type { Calendar } from './calendar.js';

/** Finds a calendar by name (including `always`); throws for an unknown name. */
export type CalendarLookup = (name: string) => Calendar;

/** The calendar a duration is counted on: its own for business durations, `always` for wall-clock ones. */
export function durationCalendar(duration: Duration, calendars: CalendarLookup): Calendar {
    return duration.kind === 'wall' ? alwaysCalendar() : calendars(duration.calendar);
}

/**
 * The instant a contract duration is due after `startMs`. Wall-clock durations are real time on the
 * instant timeline (4 hours across a DST change are 4 real hours), but pauses stop them too: the spec says
 * time inside a pause never counts, business or not.
 */
export function dueAfter(duration: Duration, startMs: number, calendars: CalendarLookup, pauses?: Pauses | FlatPauses): number {
    const calendar = durationCalendar(duration, calendars);
    if (duration.kind === 'businessDays') return calendar.addBusinessDays(startMs, duration.days, pauses instanceof FlatPauses ? pauses.pairs : pauses);
    return addOpenTime(calendar, startMs, duration.minutes * MINUTE_MS, pauses);
}

/** `amountMs` of open time on `calendar`, through the flat entry point when the pauses are flat. */
function addOpenTime(calendar: Calendar, startMs: number, amountMs: number, pauses: Pauses | FlatPauses | undefined): number {
    return pauses instanceof FlatPauses ? calendar.addBusinessFlat(startMs, amountMs, pauses) : calendar.addBusinessMs(startMs, amountMs, pauses);
}

/**
 * The open time (ms, on the duration's calendar) a duration grants when started at `startMs`: its length
 * for minutes and hours; for business days, the open time from the clock start to the pause-free due
 * instant, which varies with the start and with the days crossed. Pauses do not change it (see
 * CalendarBase.addBusinessDays), so it is what "P% of the target's duration" and "remaining" refer to.
 */
export function durationAllowance(duration: Duration, startMs: number, calendars: CalendarLookup): number {
    if (duration.kind !== 'businessDays') return duration.minutes * MINUTE_MS;
    const calendar = calendars(duration.calendar);
    const due = calendar.addBusinessDays(startMs, duration.days);
    return Number.isFinite(due) ? calendar.elapsedBusiness(startMs, due) : Infinity;
}

/**
 * The instant at which `percent` % of a duration has elapsed on its clock, started at `startMs` (rounded
 * to the millisecond). 100 % is exactly the due instant, also for business days (whose due instant may be
 * an opening rather than the closing before it).
 */
export function percentOfDuration(duration: Duration, percent: number, startMs: number, calendars: CalendarLookup, pauses?: Pauses | FlatPauses): number {
    if (percent === 100) return dueAfter(duration, startMs, calendars, pauses);
    const allowance = durationAllowance(duration, startMs, calendars);
    if (!Number.isFinite(allowance)) return Infinity;
    return addOpenTime(durationCalendar(duration, calendars), startMs, Math.round((allowance * percent) / 100), pauses);
}
