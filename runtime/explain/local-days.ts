import { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Calendar, OpenInterval } from '../calendar/calendar.js';
import { isoOfDay, weekdayOfDay } from '../time/local-date.js';
import { DAY_MS, MINUTE_MS } from '../time/units.js';
import { ZoneTimeline } from '../time/zone-timeline.js';

/**
 * A calendar seen day by day in its own zone, for choosing example moments. Days are day numbers
 * (runtime/time/local-date.ts): local dates, without the zone, so a week is seven consecutive numbers.
 */
export class LocalDays {
    private readonly timeline: ZoneTimeline;

    constructor(readonly calendar: Calendar) {
        this.timeline = ZoneTimeline.of(calendar.zone);
    }

    /** Local midnight starting the day. */
    start(day: number): number {
        return this.timeline.instantOf(day * DAY_MS);
    }

    /** The instant of a local time (minutes after midnight) of a day. */
    at(day: number, minutes: number): number {
        return this.timeline.instantOf(day * DAY_MS + minutes * MINUTE_MS);
    }

    open(day: number): OpenInterval[] {
        return this.calendar.openIntervals(this.start(day), this.start(day + 1));
    }

    /** Regular weekly hours: no holiday, no special hours (any day of a calendar without such rules). */
    regular(day: number): boolean {
        if (!(this.calendar instanceof BusinessCalendar)) return true;
        const plan = this.calendar.dayPlan(isoOfDay(day));
        return plan.source === 'weekly' && plan.holidays.length === 0;
    }

    /** The day's last closing, unless the calendar stays open past midnight (around-the-clock days). */
    lastClosing(day: number): OpenInterval | undefined {
        const last = this.open(day).at(-1);
        if (!last || (last.end >= this.start(day + 1) && this.calendar.isOpen(last.end))) return undefined;
        return last;
    }

    /**
     * The first Monday-to-Sunday week on or after `firstDay` whose days all have their regular hours and
     * some open time; if none comes within `horizonDays`, the first week (`regular: false`).
     */
    referenceWeek(firstDay: number, horizonDays = 366): { monday: number; regular: boolean } {
        const monday = firstDay + ((8 - weekdayOfDay(firstDay)) % 7);
        for (let week = monday; week < monday + horizonDays; week += 7) {
            const dates = Array.from({ length: 7 }, (_, i) => week + i);
            if (dates.every((d) => this.regular(d)) && dates.some((d) => this.open(d).length > 0)) return { monday: week, regular: true };
        }
        return { monday, regular: false };
    }
}
