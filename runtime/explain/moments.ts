/**
 * The moments at which worked examples open a ticket, chosen from the contract alone (never from the
 * system clock, so a hover or a document reads the same tomorrow and in a test). Hovers and documents
 * take them from here; a document shows a subset (DocumentMoment).
 *
 * - the reference week: the first Monday-to-Sunday week starting on or after the term's first day whose
 *   days all have their regular weekly hours (no holiday, no special hours); the first full week of the
 *   term when no such week comes within a year;
 * - mid-morning (10:00) of the week's first open day, or soon after its opening when it is closed at 10:00;
 * - before closing: 15 minutes before that day's last closing (the overnight carry-over);
 * - end of the week: 15 minutes before the last closing of the week's last open day, the ticket opened
 *   just before the weekend (Friday 16:45 for an office closing at 17:00); none when that day does not
 *   close (a calendar open around the clock has no weekend to show);
 * - holiday eve: 15 minutes before the last closing of the eve of the first holiday after the term's first
 *   open day that closes a day the weekly hours would open;
 * - change of offset: around the zone's first change of UTC offset after the term starts, an hour before
 *   it for wall-clock time, 15 minutes before the calendar's last closing before it for business time.
 *
 * Every moment placed before a closing uses the same 15 minutes, so a reader compares like with like:
 * a quarter of an hour counted that day, the rest carried over the night, the weekend or the holiday.
 *
 * Wall-clock time ignores closings and holidays, so its moments are only mid-morning, the end of the week
 * (nights and weekends count) and the change of offset (real hours differ from the wall clock's).
 */
import { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Calendar, OpenInterval } from '../calendar/calendar.js';
import type { HolidayRegion } from '../model.js';
import { dayOfIso, isoOfDay, weekdayOfDay } from '../time/local-date.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { LocalDays } from './local-days.js';

export type MomentKind = 'midMorning' | 'beforeClosing' | 'endOfWeek' | 'holidayEve' | 'dstChange';

export type ExampleMoment =
    /** `afterOpening`: the calendar is closed at 10:00, so the ticket opens soon after the day's opening. */
    | { readonly kind: 'midMorning'; readonly opened: number; readonly afterOpening: boolean }
    | { readonly kind: 'beforeClosing'; readonly opened: number }
    | { readonly kind: 'endOfWeek'; readonly opened: number }
    /** `holiday`: the holiday's names joined with " / " (the data's own); `date`: its local date (YYYY-MM-DD); `regions`: the calendar's, to name it for a reader (holidayNamesOn). */
    | { readonly kind: 'holidayEve'; readonly opened: number; readonly holiday: string; readonly date: string; readonly regions: readonly HolidayRegion[] }
    /** `change`: the first instant in the new offset. */
    | { readonly kind: 'dstChange'; readonly opened: number; readonly change: number };

/** The moments a contract document shows: one each for a day, a weekend and a holiday. */
export type DocumentMoment = Extract<ExampleMoment, { kind: 'midMorning' | 'endOfWeek' | 'holidayEve' }>;

export function isDocumentMoment(moment: ExampleMoment): moment is DocumentMoment {
    return moment.kind === 'midMorning' || moment.kind === 'endOfWeek' || moment.kind === 'holidayEve';
}

export interface ReferenceMoments {
    /** The zone of the calendar whose hours chose the moments. */
    readonly zone: string;
    /** Local midnight starting the reference week (a Monday). */
    readonly weekStart: number;
    /** True when the week is free of holidays and special hours (false: the fallback week). */
    readonly regularWeek: boolean;
    readonly moments: readonly ExampleMoment[];
}

/** How far ahead a holiday, a regular week or an offset change is looked for. */
const HORIZON_DAYS = 366;

/** How long before a closing a "before closing" ticket opens. */
export const BEFORE_CLOSING_MS = 15 * MINUTE_MS;

function beforeClosing(interval: OpenInterval): number {
    return Math.max(interval.start, interval.end - BEFORE_CLOSING_MS);
}

function holidayEve(days: LocalDays, firstDay: number): ExampleMoment | undefined {
    const calendar = days.calendar;
    if (!(calendar instanceof BusinessCalendar)) return undefined;
    const spec = calendar.spec;
    if (spec.holidays.length === 0 && spec.holidayRegions.length === 0) return undefined;
    const weekdays = new Set(spec.weekly.map((w) => w.day as number));
    let firstOpen = firstDay;
    while (firstOpen < firstDay + 14 && days.open(firstOpen).length === 0) firstOpen++;
    for (let day = firstOpen + 1; day <= firstOpen + HORIZON_DAYS; day++) {
        const date = isoOfDay(day);
        const plan = calendar.dayPlan(date);
        if (plan.source !== 'holiday' || !weekdays.has(weekdayOfDay(day))) continue;
        let eve = day - 1;
        while (eve >= firstOpen && days.open(eve).length === 0) eve--;
        const closing = eve >= firstOpen ? days.lastClosing(eve) : undefined;
        if (!closing) return undefined;
        return { kind: 'holidayEve', opened: beforeClosing(closing), holiday: plan.holidays.join(' / '), date, regions: spec.holidayRegions };
    }
    return undefined;
}

function dstMoment(days: LocalDays, firstDay: number, wallClock: boolean): ExampleMoment | undefined {
    const from = days.start(firstDay);
    const change = ZoneTimeline.of(days.calendar.zone).transitionsBetween(from, from + HORIZON_DAYS * DAY_MS)[0];
    if (!change) return undefined;
    const hourBefore = change.at - HOUR_MS;
    if (wallClock || days.calendar.isOpen(hourBefore)) return { kind: 'dstChange', opened: hourBefore, change: change.at };
    const last = days.calendar.openIntervals(change.at - 14 * DAY_MS, change.at).at(-1);
    return last ? { kind: 'dstChange', opened: beforeClosing(last), change: change.at } : undefined;
}

function weekMoments(days: LocalDays, monday: number, wallClock: boolean): ExampleMoment[] {
    const calendar = days.calendar;
    const week = Array.from({ length: 7 }, (_, i) => monday + i);
    const firstDay = week.find((d) => days.open(d).length > 0);
    if (firstDay === undefined) return [];
    const moments: ExampleMoment[] = [];
    const ten = days.at(firstDay, 10 * 60);
    if (calendar.isOpen(ten)) moments.push({ kind: 'midMorning', opened: ten, afterOpening: false });
    else {
        const first = days.open(firstDay)[0]!;
        const offset = Math.floor(Math.min(HOUR_MS, (first.end - first.start) / 2) / MINUTE_MS) * MINUTE_MS;
        moments.push({ kind: 'midMorning', opened: first.start + offset, afterOpening: true });
    }
    const lastDay = [...week].reverse().find((d) => days.open(d).length > 0)!;
    // A week open on one day only has one closing to show: the end of the week.
    const closing = wallClock || lastDay === firstDay ? undefined : days.lastClosing(firstDay);
    if (closing) moments.push({ kind: 'beforeClosing', opened: beforeClosing(closing) });
    const last = days.lastClosing(lastDay);
    if (last) moments.push({ kind: 'endOfWeek', opened: beforeClosing(last) });
    return moments;
}

/**
 * The moments for examples counted on (or, for wall-clock time, shown in the hours of) `calendar`,
 * starting from the term's first day `termStart` ("YYYY-MM-DD"). Undefined for a date that is not one.
 */
export function referenceMoments(calendar: Calendar, termStart: string, wallClock: boolean): ReferenceMoments | undefined {
    let firstDay: number;
    try {
        firstDay = dayOfIso(termStart);
    } catch {
        return undefined;
    }
    const days = new LocalDays(calendar);
    const { monday, regular } = days.referenceWeek(firstDay, HORIZON_DAYS);
    const moments = weekMoments(days, monday, wallClock);
    const eve = wallClock ? undefined : holidayEve(days, firstDay);
    if (eve) moments.push(eve);
    const dst = dstMoment(days, firstDay, wallClock);
    if (dst) moments.push(dst);
    return { zone: calendar.zone, weekStart: days.start(monday), regularWeek: regular, moments };
}

const cache = new WeakMap<Calendar, Map<string, ReferenceMoments | undefined>>();

/**
 * referenceMoments, kept per built calendar: calendars are shared between lowerings whose calendar text
 * did not change (runtime/clock/contract-calendars.ts), so a hover after an edit elsewhere costs nothing.
 */
export function cachedReferenceMoments(calendar: Calendar, termStart: string, wallClock: boolean): ReferenceMoments | undefined {
    let byTerm = cache.get(calendar);
    if (!byTerm) cache.set(calendar, (byTerm = new Map()));
    const key = `${termStart}|${wallClock}`;
    if (!byTerm.has(key)) byTerm.set(key, referenceMoments(calendar, termStart, wallClock));
    return byTerm.get(key);
}
