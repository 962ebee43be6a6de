import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../../runtime/calendar/business-calendar.js';
import { FlatPauses } from '../../../runtime/time/pauses.js';
import { calendarCases, outcome, propertyRuns, SAO_PAULO_MADRID_PLACES } from '../random-calendars.js';

/**
 * One FlatPauses asked many questions on one warm table (its carried open time reused, the paused elapsed
 * time and deadline read from it) answers as the pair list on a fresh calendar: DST-change days, holidays,
 * pauses across weekends, overlapping ones, ones holding the start or the end, zero durations and spans.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const runs = propertyRuns(20261202);

const ZONES = SAO_PAULO_MADRID_PLACES;

// Pauses in minutes from the case's centre: up to three days long (across a weekend), some endless.
const pausesArb = fc.array(
    fc.record({
        at: fc.integer({ min: -3 * 1440, max: 12 * 1440 }),
        length: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * 1440 }) }, { weight: 1, arbitrary: fc.constant(Infinity) }),
    }),
    { maxLength: 14 },
);
const questionArb = fc.record({
    from: fc.integer({ min: -2 * 1440, max: 12 * 1440 }),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 15 * 1440 })),
    amount: fc.oneof(fc.constantFrom(0, 1, MINUTE), fc.integer({ min: 1, max: 40 * 60 }).map((m) => m * MINUTE)),
    // Ask from a pause's own bounds now and then: a start or an end held by a pause, or just touching it.
    onPause: fc.option(fc.record({ index: fc.nat(), end: fc.boolean(), nudge: fc.constantFrom(-1, 0, 1) })),
});

describe('carried pauses: many questions about the same FlatPauses', () => {
    test('paused elapsed times and deadlines from the carried open time equal the pair list', () => {
        fc.assert(
            fc.property(calendarCases(ZONES), pausesArb, fc.array(questionArb, { minLength: 1, maxLength: 8 }), (c, list, questions) => {
                const pauses: [number, number][] = list.map(({ at, length }) => {
                    const s = c.centre + at * MINUTE;
                    return [s, length === Infinity ? Infinity : s + length * MINUTE];
                });
                const flat = FlatPauses.of(pauses);
                const warm = BusinessCalendar.fromSpec(c.spec);
                warm.addBusinessMs(c.centre - 400 * DAY, 1);
                warm.addBusinessMs(c.centre + 400 * DAY, 1);
                const reference = BusinessCalendar.fromSpec(c.spec);
                for (const q of questions) {
                    let from = c.centre + q.from * MINUTE;
                    const pause = q.onPause && flat.count > 0 ? q.onPause : null;
                    if (pause) {
                        const bound = flat.bounds[2 * (pause.index % flat.count) + (pause.end ? 1 : 0)]!;
                        if (Number.isFinite(bound)) from = bound + pause.nudge * MINUTE;
                    }
                    const to = from + q.span * MINUTE;
                    expect(outcome(() => warm.elapsedFlat(from, to, flat))).toBe(outcome(() => reference.elapsedBusiness(from, to, pauses)));
                    expect(outcome(() => warm.addBusinessFlat(from, q.amount, flat))).toBe(outcome(() => reference.addBusinessMs(from, q.amount, pauses)));
                    // A span ending on a pause's bound: the pause holding the end, or one just after it.
                    if (pause) {
                        const bound = flat.bounds[2 * ((pause.index + 1) % flat.count)]!;
                        if (Number.isFinite(bound) && bound > from) expect(outcome(() => warm.elapsedFlat(from, bound, flat))).toBe(outcome(() => reference.elapsedBusiness(from, bound, pauses)));
                    }
                }
            }),
            runs(300),
        );
    });

    test('a span inside one pause, and one across two pauses over a weekend, on a weekday office', () => {
        const calendar = BusinessCalendar.fromSpec({ name: 'Office', zone: 'UTC', weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, start: 480, end: 1020 })), holidayRegions: [], holidays: [], specialHours: [] });
        const monday = Date.UTC(2026, 5, 1);
        const h = 3_600_000;
        // Pauses: Monday 10:00-12:00, Friday 16:00 to Tuesday 09:00.
        const flat = FlatPauses.of([[monday + 4 * DAY + 16 * h, monday + 8 * DAY + 9 * h], [monday + 10 * h, monday + 12 * h]]);
        expect(calendar.elapsedFlat(monday + 10.5 * h, monday + 11 * h, flat)).toBe(0);
        // Monday 8-17 less 2 h, Tuesday-Thursday 9 h each, Friday 8-16, Tuesday 9-17: 7 + 27 + 8 + 8 = 50 h.
        expect(calendar.elapsedFlat(monday, monday + 9 * DAY, flat)).toBe(50 * h);
        expect(calendar.elapsedFlat(monday, monday + 9 * DAY, flat)).toBe(50 * h);
        // 40 h from Monday 8:00: Monday 7 h, Tuesday-Thursday 27 h, 6 h on Friday: 14:00.
        expect(calendar.addBusinessFlat(monday + 8 * h, 40 * h, flat)).toBe(monday + 4 * DAY + 14 * h);
        // 42 h: Friday's last hour is paused, so the last hour falls on Tuesday 9:00-10:00.
        expect(calendar.addBusinessFlat(monday + 8 * h, 43 * h, flat)).toBe(monday + 8 * DAY + 10 * h);
    });
});
