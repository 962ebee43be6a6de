import { dayOfIso, isoOfDay } from '../time/local-date.js';
import { normalizePauses, type Pause, type Pauses } from '../time/pauses.js';
import { ZoneTimeline, type OffsetTransition } from '../time/zone-timeline.js';
import { BusinessCalendar } from './business-calendar.js';
import type { Calendar, OpenInterval } from './calendar.js';
import type { LocalInterval } from '../model.js';

/** How much business time a deadline is for. */
export type DeadlineAmount = { readonly minutes: number } | { readonly days: number };

/** A local date on which the calendar did not open, and why. */
export interface ClosedDay {
    readonly date: string;
    /**
     * holiday: a public or contract holiday; specialHours: special hours with no interval; weekly: not a
     * working weekday; dstGap: its hours fall wholly in a DST gap.
     */
    readonly reason: 'holiday' | 'specialHours' | 'weekly' | 'dstGap';
    readonly holidays: readonly string[];
}

/** A date whose special hours replaced the weekly hours (and overrode a holiday, when it is one). */
export interface SpecialDay {
    readonly date: string;
    readonly intervals: readonly LocalInterval[];
    readonly overriddenHolidays: readonly string[];
}

/** Everything that went into a deadline, for editor hovers and `pacto explain`-style output. */
export interface DeadlineExplanation {
    readonly calendar: string;
    readonly zone: string;
    readonly start: number;
    /** Where the clock began to run: the start, or the next open and unpaused instant. */
    readonly clockStart: number;
    readonly due: number;
    /** Open, unpaused stretches counted between clockStart and due. */
    readonly counted: readonly OpenInterval[];
    readonly countedMs: number;
    /** Local dates from the start's to the due date's on which the calendar stayed closed. */
    readonly closedDays: readonly ClosedDay[];
    readonly specialDays: readonly SpecialDay[];
    /** UTC offset changes crossed between start and due. */
    readonly dstChanges: readonly OffsetTransition[];
    /** The pauses that overlapped [start, due), clipped to it. */
    readonly pauses: readonly Pause[];
}

/** Dates looked at for closed and special days: about a year and a month, whatever the deadline. */
const MAX_LISTED_DAYS = 400;

/**
 * Explains the deadline `amount` after `startMs` on `calendar`. Closed and special days are listed for the
 * first MAX_LISTED_DAYS dates only, so a deadline decades away costs no more than one a year away.
 */
export function explainDeadline(calendar: Calendar, startMs: number, amount: DeadlineAmount, pauses?: Pauses): DeadlineExplanation {
    const p = normalizePauses(pauses);
    const due = 'days' in amount ? calendar.addBusinessDays(startMs, amount.days, p) : calendar.addBusiness(startMs, amount.minutes, p);
    const clockStart = calendar.clockStart(startMs, p);
    const end = Number.isFinite(due) ? due : startMs;
    const counted = Number.isFinite(clockStart) && due > clockStart ? calendar.openIntervals(clockStart, due, p) : [];
    const clipped: Pause[] = p
        .filter(([s, e]) => e > startMs && s < end)
        .map(([s, e]) => [Math.max(s, startMs), Math.min(e, end)] as const);
    const closedDays: ClosedDay[] = [];
    const specialDays: SpecialDay[] = [];
    if (calendar instanceof BusinessCalendar && end > startMs) {
        // A deadline decades away (within the horizon) would list every date it crosses: list the first ones.
        const last = Math.min(dayOfIso(calendar.localDate(end)), dayOfIso(calendar.localDate(startMs)) + MAX_LISTED_DAYS);
        for (let day = dayOfIso(calendar.localDate(startMs)); day <= last; day++) {
            const date = isoOfDay(day);
            const plan = calendar.dayPlan(date);
            if (plan.source === 'special') specialDays.push({ date, intervals: plan.intervals, overriddenHolidays: plan.holidays });
            const from = calendar.startOfDate(date);
            const to = calendar.startOfDate(isoOfDay(day + 1));
            if (calendar.elapsedBusiness(from, to) > 0) continue;
            const reason =
                plan.source === 'holiday' ? 'holiday' : plan.source === 'special' && plan.intervals.length === 0 ? 'specialHours' : plan.intervals.length === 0 ? 'weekly' : 'dstGap';
            closedDays.push({ date, reason, holidays: plan.holidays });
        }
    }
    return {
        calendar: calendar.name,
        zone: calendar.zone,
        start: startMs,
        clockStart,
        due,
        counted,
        countedMs: counted.reduce((sum, { start, end: stop }) => sum + (stop - start), 0),
        closedDays,
        specialDays,
        dstChanges: ZoneTimeline.of(calendar.zone).transitionsBetween(startMs, end),
        pauses: clipped,
    };
}
