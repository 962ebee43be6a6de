/**
 * The telling moments at which worked examples open a ticket, chosen from the contract alone (never from
 * the system clock, so a hover reads the same tomorrow and in a test):
 *
 * - the reference week: the first Monday-to-Sunday week starting on or after the term's first day whose
 *   days all have their regular weekly hours (no holiday, no special hours); the first full week of the
 *   term when no such week comes within a year;
 * - mid-morning (10:00) of the week's first open day, or an hour after its opening when it is closed at 10:00;
 * - 15 minutes before that day's last closing;
 * - half an hour after the last closing of the week's last open day ("Friday after closing");
 * - 15 minutes before the last closing of the eve of the next holiday: the first holiday after the term's
 *   first open day that closes a day the weekly hours would open, and the last open day before it;
 * - around the zone's first change of UTC offset after the term starts: an hour before it for wall-clock
 *   time, 15 minutes before the calendar's last closing before it for business time.
 *
 * Wall-clock time ignores closings and holidays, so its examples keep only mid-morning, the end of the
 * week (nights and weekends count) and the change of offset (real hours differ from the wall clock's).
 */
import {
    BusinessCalendar,
    DAY_MS,
    HOUR_MS,
    MINUTE_MS,
    LocalDays,
    ZoneTimeline,
    dayOfIsoDate,
    isoDateOfDay,
    isoWeekdayOfDay,
    type Calendar,
    type OpenInterval,
} from '../../runtime/index.js';
import { shortDate, weekdayName } from './time-words.js';

export type MomentKind = 'midMorning' | 'beforeClosing' | 'endOfWeek' | 'holidayEve' | 'dstChange';

export interface ExampleMoment {
    readonly kind: MomentKind;
    /** "Mid-morning", "Friday after closing", "Eve of Carnaval (Mon 16 Feb)". */
    readonly label: string;
    readonly opened: number;
}

export interface ReferenceMoments {
    readonly zone: string;
    /** Local midnight starting the reference week (a Monday). */
    readonly weekStart: number;
    /** True when the week is free of holidays and special hours (false: the fallback week). */
    readonly regularWeek: boolean;
    readonly moments: readonly ExampleMoment[];
}

/** How far ahead a holiday, a regular week or an offset change is looked for. */
const HORIZON_DAYS = 366;

/** 15 minutes before a closing (the interval's start when it is shorter). */
function beforeClosing(interval: OpenInterval): number {
    return Math.max(interval.start, interval.end - 15 * MINUTE_MS);
}

function holidayEve(days: LocalDays, firstDay: number, zone: string, year: number): ExampleMoment | undefined {
    const calendar = days.calendar;
    if (!(calendar instanceof BusinessCalendar)) return undefined;
    const spec = calendar.spec;
    if (spec.holidays.length === 0 && spec.holidayRegions.length === 0) return undefined;
    const weekdays = new Set(spec.weekly.map((w) => w.day as number));
    let firstOpen = firstDay;
    while (firstOpen < firstDay + 14 && days.open(firstOpen).length === 0) firstOpen++;
    for (let day = firstOpen + 1; day <= firstOpen + HORIZON_DAYS; day++) {
        const plan = calendar.dayPlan(isoDateOfDay(day));
        if (plan.source !== 'holiday' || !weekdays.has(isoWeekdayOfDay(day))) continue;
        let eve = day - 1;
        while (eve >= firstOpen && days.open(eve).length === 0) eve--;
        const closing = eve >= firstOpen ? days.lastClosing(eve) : undefined;
        if (!closing) return undefined;
        const name = plan.holidays.join(' / ');
        return { kind: 'holidayEve', label: `Eve of ${name} (${shortDate(days.start(day), zone, year)})`, opened: beforeClosing(closing) };
    }
    return undefined;
}

function dstMoment(days: LocalDays, firstDay: number, wallClock: boolean, zone: string, year: number): ExampleMoment | undefined {
    const from = days.start(firstDay);
    const change = ZoneTimeline.of(zone).transitionsBetween(from, from + HORIZON_DAYS * DAY_MS)[0];
    if (!change) return undefined;
    const label = `Before the clocks change (${shortDate(change.at, zone, year)})`;
    const hourBefore = change.at - HOUR_MS;
    if (wallClock || days.calendar.isOpen(hourBefore)) return { kind: 'dstChange', label, opened: hourBefore };
    const last = days.calendar.openIntervals(change.at - 14 * DAY_MS, change.at).at(-1);
    return last ? { kind: 'dstChange', label, opened: beforeClosing(last) } : undefined;
}

/**
 * The moments for examples counted on (or, for wall-clock time, shown in the hours of) `calendar`,
 * starting from the term's first day `termStart` ("YYYY-MM-DD"). Undefined for a date that is not one.
 */
export function referenceMoments(calendar: Calendar, termStart: string, wallClock: boolean): ReferenceMoments | undefined {
    const firstDay = dayOfIsoDate(termStart);
    if (!Number.isFinite(firstDay)) return undefined;
    const zone = calendar.zone;
    const days = new LocalDays(calendar);
    const { monday, regular } = days.referenceWeek(firstDay, HORIZON_DAYS);
    const year = new Date(monday * DAY_MS).getUTCFullYear();
    const week = Array.from({ length: 7 }, (_, i) => monday + i);
    const moments: ExampleMoment[] = [];

    const typical = week.find((d) => days.open(d).length > 0);
    if (typical !== undefined) {
        const ten = days.at(typical, 10 * 60);
        if (calendar.isOpen(ten)) moments.push({ kind: 'midMorning', label: 'Mid-morning', opened: ten });
        else {
            const first = days.open(typical)[0]!;
            const offset = Math.floor(Math.min(HOUR_MS, (first.end - first.start) / 2) / MINUTE_MS) * MINUTE_MS;
            moments.push({ kind: 'midMorning', label: 'Soon after opening', opened: first.start + offset });
        }
        const closing = wallClock ? undefined : days.lastClosing(typical);
        if (closing) moments.push({ kind: 'beforeClosing', label: '15 min before closing', opened: beforeClosing(closing) });
        const lastDay = [...week].reverse().find((d) => days.open(d).length > 0)!;
        const last = days.lastClosing(lastDay);
        const after = last && last.end + 30 * MINUTE_MS;
        if (after !== undefined && !calendar.isOpen(after)) {
            moments.push({ kind: 'endOfWeek', label: `${weekdayName(last!.start, zone)} after closing`, opened: after });
        }
    }
    const eve = wallClock ? undefined : holidayEve(days, firstDay, zone, year);
    if (eve) moments.push(eve);
    const dst = dstMoment(days, firstDay, wallClock, zone, year);
    if (dst) moments.push(dst);
    return { zone, weekStart: days.start(monday), regularWeek: regular, moments };
}
