import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../runtime/calendar/business-calendar.js';
import type { CalendarSpec, Weekday } from '../../runtime/model.js';
import { openTimeFloor, termInstants } from '../../runtime/term.js';
import { calendarCases, DST_AND_HALF_HOUR_PLACES, propertyRuns } from './random-calendars.js';

/**
 * runtime/term.ts settles most "target longer than the term" checks with a floor of the term's open time taken
 * from the week's hours, without building a year's tables. The answer stays the engine's only if the floor never
 * exceeds the open time the calendar really has: exact floors on known calendars, and the bound on random calendars
 * over DST-change days, holidays and special hours.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;
const runs = propertyRuns(20261201);

const weekdays = (start: number, end: number) => [1, 2, 3, 4, 5].map((day) => ({ day: day as Weekday, start, end }));
const office = (zone: string, extra: Partial<CalendarSpec> = {}): CalendarSpec => ({
    name: 'Office', zone, weekly: weekdays(540, 1080), holidayRegions: [], holidays: [], specialHours: [], ...extra,
});

function floorOfYear(spec: CalendarSpec, start: string): { floor: number; open: number } {
    const instants = termInstants({ start, end: start }, spec.zone)!;
    const end = instants.startMs + 365 * DAY;
    return {
        floor: openTimeFloor(spec, start, 364, instants.startMs, end),
        open: BusinessCalendar.fromSpec(spec).elapsedBusiness(instants.startMs, end),
    };
}

describe('the floor of a term’s open time', () => {
    test('is 52 weeks of the weekly hours when nothing closes a day', () => {
        // From Monday 2026-03-02, 364 days: 260 weekdays of 9 hours; Caracas keeps one offset all year.
        expect(floorOfYear(office('America/Caracas'), '2026-03-02')).toEqual({ floor: 2340 * HOUR, open: 2340 * HOUR + 9 * HOUR });
    });

    test('takes off a closed weekday’s hours, not a weekend’s, and each date once', () => {
        const spec = office('America/Caracas', {
            holidays: [{ date: '2026-03-04' }, { date: '2026-03-07' }],
            specialHours: [{ date: '2026-03-04', intervals: [] }, { date: '2026-03-05', intervals: [{ start: 600, end: 660 }] }],
        });
        // Wednesday and Thursday off (the Thursday keeps an hour, which the floor leaves out); Saturday was closed.
        expect(openTimeFloor(spec, '2026-03-02', 364, termInstants({ start: '2026-03-02', end: '2026-03-02' }, 'America/Caracas')!.startMs, Date.parse('2027-03-01T04:00:00Z')))
            .toBe((2340 - 18) * HOUR);
    });

    test('merges overlapping weekly hours of a day', () => {
        const spec = office('UTC', { weekly: [{ day: 1, start: 540, end: 720 }, { day: 1, start: 600, end: 780 }, { day: 1, start: 780, end: 840 }] });
        // One Monday of 09:00–14:00 in the first 7 days.
        expect(openTimeFloor(spec, '2026-03-02', 7, Date.parse('2026-03-02T00:00:00Z'), Date.parse('2026-03-09T00:00:00Z'))).toBe(5 * HOUR);
    });

    test('takes off the public holidays of the calendar’s region', () => {
        const spec = office('America/Caracas', { holidayRegions: [{ country: 'VE' }] });
        const { floor, open } = floorOfYear(spec, '2026-03-02');
        expect(floor).toBeLessThan(2340 * HOUR);
        expect(floor).toBeLessThanOrEqual(open);
    });

    test('takes off each change of offset in the span', () => {
        // New York 2026: clocks jump on 8 March and fall back on 1 November, an hour each.
        expect(floorOfYear(office('America/New_York'), '2026-03-02').floor).toBe(2338 * HOUR);
    });

    test('never exceeds the open time of random calendars, over DST days, holidays and special hours', () => {
        fc.assert(
            fc.property(calendarCases(DST_AND_HALF_HOUR_PLACES), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (c, before, length, year) => {
                const start = new Date(c.centre - before * DAY).toISOString().slice(0, 10);
                const end = new Date(c.centre - before * DAY + (length - 1) * DAY).toISOString().slice(0, 10);
                const instants = termInstants({ start, end }, c.spec.zone)!;
                const to = year ? instants.startMs + 365 * DAY : instants.endMs;
                const floor = openTimeFloor(c.spec, start, year ? 364 : length, instants.startMs, to);
                expect(floor).toBeLessThanOrEqual(BusinessCalendar.fromSpec(c.spec).elapsedBusiness(instants.startMs, to));
            }),
            runs(300),
        );
    });
});
