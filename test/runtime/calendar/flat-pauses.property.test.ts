import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../../runtime/calendar/business-calendar.js';
import { FlatPauses, normalizePauses } from '../../../runtime/time/pauses.js';
import { calendarCases, outcome, propertyRuns, SAO_PAULO_MADRID_PLACES } from '../random-calendars.js';

/**
 * The flat paused entry points (pauses normalised once into a Float64Array) answer exactly as the pair-list
 * signatures do, on random calendars around DST-change days, holidays and special hours, with pauses before,
 * holding, after and across the start, touching, overlapping, unsorted, endless, and more than eight of them
 * (the walks' binary search), on warm tables (the hot paths) and fresh ones (the long way).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const runs = propertyRuns(20261201);

const ZONES = SAO_PAULO_MADRID_PLACES;

const offsetArb = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -3 * 1440, max: 3 * 1440 }).map((m) => m * MINUTE) },
    { weight: 1, arbitrary: fc.integer({ min: -3 * DAY, max: 3 * DAY }) },
);
const amountArb = fc.oneof(fc.constantFrom(0, 1, 60_000), fc.integer({ min: 1, max: 240 * 60 }).map((m) => m * MINUTE), fc.integer({ min: 1, max: 30 * 3_600_000 }));
const pausesArb = fc.array(
    fc.record({
        at: fc.integer({ min: -2 * 1440, max: 10 * 1440 }),
        length: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 2 * 1440 }) }, { weight: 1, arbitrary: fc.constant(Infinity) }),
        seconds: fc.integer({ min: 0, max: 59 }),
    }),
    { maxLength: 12 },
);

describe('FlatPauses: the flat entry points equal the pair-list ones', () => {
    test('deadlines and elapsed times, warm and fresh tables', () => {
        fc.assert(
            fc.property(calendarCases(ZONES), offsetArb, amountArb, pausesArb, fc.integer({ min: 0, max: 12 * 1440 }), (c, offset, amount, list, span) => {
                const start = c.centre + offset;
                const pauses: [number, number][] = list.map(({ at, length, seconds }) => {
                    const s = start + at * MINUTE + seconds * 1000;
                    return [s, length === Infinity ? Infinity : s + length * MINUTE];
                });
                const flat = FlatPauses.of(pauses);
                expect(flat.pairs).toEqual(normalizePauses(pauses));
                const warm = BusinessCalendar.fromSpec(c.spec);
                warm.addBusinessMs(start - 400 * DAY, 1);
                warm.addBusinessMs(start + 400 * DAY, 1);
                const end = start + span * MINUTE;
                for (const calendar of [warm, BusinessCalendar.fromSpec(c.spec)]) {
                    expect(outcome(() => calendar.addBusinessFlat(start, amount, flat))).toBe(outcome(() => calendar.addBusinessMs(start, amount, pauses)));
                    expect(outcome(() => calendar.elapsedFlat(start, end, flat))).toBe(outcome(() => calendar.elapsedBusiness(start, end, pauses)));
                }
                // The same pauses again on the warm table after it grew backward (their carried open time is
                // recomputed for the table's new first year) and at the first start again.
                const back = start - 800 * DAY;
                expect(outcome(() => warm.addBusinessFlat(back, amount, flat))).toBe(outcome(() => warm.addBusinessMs(back, amount, pauses)));
                expect(outcome(() => warm.addBusinessFlat(start, amount, flat))).toBe(outcome(() => BusinessCalendar.fromSpec(c.spec).addBusinessMs(start, amount, pauses)));
                const fresh = BusinessCalendar.fromSpec(c.spec);
                expect(outcome(() => fresh.elapsedFlat(start, end, flat))).toBe(outcome(() => BusinessCalendar.fromSpec(c.spec).elapsedBusiness(start, end, pauses)));
                expect(outcome(() => fresh.addBusinessFlat(start, amount, flat))).toBe(outcome(() => BusinessCalendar.fromSpec(c.spec).addBusinessMs(start, amount, pauses)));
            }),
            runs(300),
        );
    });

    test('no pauses, and pauses that normalise to none, answer as without pauses', () => {
        const calendar = BusinessCalendar.fromSpec({ name: 'Office', zone: 'America/Caracas', weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, start: 480, end: 1020 })), holidayRegions: [], holidays: [], specialHours: [] });
        const start = Date.UTC(2026, 5, 1, 12);
        expect(FlatPauses.of([[start, start]])).toBe(FlatPauses.NONE);
        expect(calendar.addBusinessFlat(start, 3_600_000, FlatPauses.NONE)).toBe(calendar.addBusinessMs(start, 3_600_000));
        expect(calendar.elapsedFlat(start, start + 3 * DAY, FlatPauses.NONE)).toBe(calendar.elapsedBusiness(start, start + 3 * DAY));
        expect(calendar.addBusinessFlat(start, 0, FlatPauses.NONE)).toBe(start);
    });
});
