import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../../runtime/calendar/business-calendar.js';
import { CalendarDays } from '../../../runtime/calendar/days.js';
import { BeyondHorizon, HORIZON_MS } from '../../../runtime/calendar/horizon.js';
import { unitBudget, withWorkBudget, WorkCutShort } from '../../../runtime/calendar/work-budget.js';
import type { CalendarSpec, HolidayRegion, Weekday } from '../../../runtime/model.js';
import { normalizePauses, type Pauses } from '../../../runtime/time/pauses.js';
import { ZoneTimeline } from '../../../runtime/time/zone-timeline.js';
import { FlatOpenTable } from '../flat-open-table.js';
import { calendarCases, outcome, propertyRuns, type CalendarCase } from '../random-calendars.js';

/**
 * The hot paths of issue 14 against what they replaced, over random calendars on DST-change days (São Paulo
 * 2018 with its midnight changes, Madrid 2026), with holidays and special hours:
 * - deadlines with pauses merged into the walk = the old walk, stretch by stretch (a deadline without pauses
 *   per stretch, the open time up to each pause subtracted), and elapsed time with pauses in one walk = the
 *   old subtract-after (the open time inside each pause subtracted from the span's);
 * - the open time → range index = the flat table's binary search, at every amount;
 * - a warm calendar (the hot paths) = a fresh one (the long way) for every answer, also when starts jump
 *   years apart in either direction.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const runs = propertyRuns(20261201);

const ZONES: { zone: string; region: HolidayRegion; dates: string[] }[] = [
    { zone: 'America/Sao_Paulo', region: { country: 'BR' }, dates: ['2018-02-17', '2018-11-04', '2018-11-02', '2018-12-24'] },
    { zone: 'Europe/Madrid', region: { country: 'ES' }, dates: ['2026-03-29', '2026-10-25', '2026-01-06', '2026-12-31'] },
];

const caseArb = calendarCases(ZONES);
type Case = CalendarCase;

/** Starts: near the case's date (to the minute, to the millisecond), now and then years away either side. */
const offsetArb = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -3 * 1440, max: 3 * 1440 }).map((m) => m * MINUTE) },
    { weight: 1, arbitrary: fc.integer({ min: -3 * DAY, max: 3 * DAY }) },
    { weight: 1, arbitrary: fc.integer({ min: -9, max: 9 }).map((y) => y * 365 * DAY + 10 * 3_600_000) },
);
/** Amounts: none, a millisecond, minutes up to 240 hours, odd milliseconds. */
const amountArb = fc.oneof(
    fc.constantFrom(0, 1, 59_999, 60_000),
    fc.integer({ min: 1, max: 240 * 60 }).map((m) => m * MINUTE),
    fc.integer({ min: 1, max: 30 * 3_600_000 }),
);
/** Pauses relative to the start: before it, holding it, after it, overlapping, touching, unsorted, endless. */
const pausesArb = fc.array(
    fc.record({
        at: fc.integer({ min: -2 * 1440, max: 10 * 1440 }),
        length: fc.oneof(fc.integer({ min: 0, max: 3 * 1440 }), fc.constant(Infinity)),
        seconds: fc.integer({ min: 0, max: 59 }),
    }),
    { maxLength: 4 },
);
const toPauses = (start: number, list: { at: number; length: number; seconds: number }[]): [number, number][] =>
    list.map(({ at, length, seconds }) => {
        const s = start + at * MINUTE + seconds * 1000;
        return [s, length === Infinity ? Infinity : s + length * MINUTE];
    });

/** The old deadline with pauses: a deadline without pauses per stretch between them (CalendarBase's walk). */
function oldPausedDeadline(calendar: BusinessCalendar, start: number, amount: number, pauses: Pauses): number {
    const p = normalizePauses(pauses);
    if (amount === 0) return calendar.clockStart(start, p);
    let at = start;
    let remaining = amount;
    let j = 0;
    for (;;) {
        while (j < p.length && p[j]![1] <= at) j++;
        for (let pause = p[j]; pause !== undefined && pause[0] <= at; pause = p[++j]) at = Math.max(at, pause[1]);
        if (at === Infinity) return at;
        const nextPause = p[j]?.[0] ?? Infinity;
        const due = calendar.addBusinessMs(at, remaining);
        if (due <= nextPause) return due;
        remaining -= calendar.elapsedBusiness(at, nextPause);
        at = nextPause;
    }
}

/** The old elapsed time with pauses: the span's open time less the open time inside each pause. */
function oldPausedElapsed(calendar: BusinessCalendar, from: number, to: number, pauses: Pauses): number {
    let total = calendar.elapsedBusiness(from, to);
    for (const [s, e] of normalizePauses(pauses)) {
        const a = Math.max(s, from);
        const b = Math.min(e, to);
        if (b > a) total -= calendar.elapsedBusiness(a, b);
    }
    return total;
}

describe('pauses merged into the walk', () => {
    test('a deadline with pauses is the old stretch-by-stretch walk, on a warm calendar and on a fresh one', () => {
        fc.assert(
            fc.property(caseArb, offsetArb, amountArb, pausesArb, (c, offset, amount, list) => {
                const start = c.centre + offset;
                const pauses = toPauses(start, list);
                const old = outcome(() => oldPausedDeadline(BusinessCalendar.fromSpec(c.spec), start, amount, pauses));
                const warm = BusinessCalendar.fromSpec(c.spec);
                // Warm: the table covers the start's year and the next, so the hot path answers.
                warm.elapsedBusiness(start - 40 * DAY, start + 300 * DAY);
                const label = JSON.stringify({ spec: c.spec, start, amount, pauses });
                expect(outcome(() => warm.addBusinessMs(start, amount, pauses)), label).toBe(old);
                expect(outcome(() => BusinessCalendar.fromSpec(c.spec).addBusinessMs(start, amount, pauses)), label).toBe(old);
                // Unsorted and overlapping lists mean the same as their normal form.
                expect(outcome(() => warm.addBusinessMs(start, amount, [...pauses].reverse())), label).toBe(old);
            }),
            runs(100),
        );
    });

    test('an elapsed time with pauses is the old subtract-after result', () => {
        fc.assert(
            fc.property(caseArb, offsetArb, fc.integer({ min: 0, max: 40 * 1440 }), fc.integer({ min: 0, max: 59_999 }), pausesArb, (c, offset, minutes, ms, list) => {
                const from = c.centre + offset;
                const to = from + minutes * MINUTE + ms;
                const pauses = toPauses(from, list);
                const old = outcome(() => oldPausedElapsed(BusinessCalendar.fromSpec(c.spec), from, to, pauses));
                const warm = BusinessCalendar.fromSpec(c.spec);
                warm.elapsedBusiness(from - 40 * DAY, from + 300 * DAY);
                const label = JSON.stringify({ spec: c.spec, from, to, pauses });
                expect(outcome(() => warm.elapsedBusiness(from, to, pauses)), label).toBe(old);
                expect(outcome(() => BusinessCalendar.fromSpec(c.spec).elapsedBusiness(from, to, pauses)), label).toBe(old);
            }),
            runs(100),
        );
    });
});

describe('the open time → range index', () => {
    test('due instants are the flat table binary search at every amount', () => {
        fc.assert(
            fc.property(caseArb, fc.array(fc.tuple(offsetArb, amountArb), { minLength: 1, maxLength: 6 }), (c, queries) => {
                const calendar = BusinessCalendar.fromSpec(c.spec);
                const flat = new FlatOpenTable(new CalendarDays(c.spec), ZoneTimeline.of(c.spec.zone));
                for (const [offset, amount] of queries) {
                    if (amount === 0) continue;
                    const start = c.centre + offset;
                    flat.cover(start, start);
                    const i = flat.rangeAt(start);
                    const expected = flat.instantAtOpen(flat.openBefore(start, i) + amount, i);
                    const label = JSON.stringify({ spec: c.spec, start, amount });
                    // Twice: the first call may grow the table (the long way), the second is the hot path.
                    expect(calendar.addBusinessMs(start, amount), label).toBe(expected);
                    expect(calendar.addBusinessMs(start, amount), label).toBe(expected);
                }
            }),
            runs(100),
        );
    });
});

describe('starts far apart', () => {
    test('a calendar asked in alternating years answers as a fresh calendar does, every time', () => {
        fc.assert(
            fc.property(
                caseArb,
                fc.array(fc.record({ years: fc.integer({ min: -12, max: 12 }), offset: offsetArb, amount: amountArb, list: pausesArb }), { minLength: 2, maxLength: 6 }),
                (c, queries) => {
                    const calendar = BusinessCalendar.fromSpec(c.spec);
                    for (const { years, offset, amount, list } of queries) {
                        const start = c.centre + years * 365 * DAY + offset;
                        const pauses = toPauses(start, list);
                        const label = JSON.stringify({ spec: c.spec, start, amount, pauses });
                        const fresh = () => BusinessCalendar.fromSpec(c.spec);
                        expect(outcome(() => calendar.addBusinessMs(start, amount)), label).toBe(outcome(() => fresh().addBusinessMs(start, amount)));
                        expect(outcome(() => calendar.addBusinessMs(start, amount, pauses)), label).toBe(outcome(() => fresh().addBusinessMs(start, amount, pauses)));
                        expect(outcome(() => calendar.elapsedBusiness(start, start + amount * 3, pauses)), label).toBe(outcome(() => fresh().elapsedBusiness(start, start + amount * 3, pauses)));
                        expect(outcome(() => calendar.addBusinessDays(start, 1 + (amount % 5), pauses)), label).toBe(outcome(() => fresh().addBusinessDays(start, 1 + (amount % 5), pauses)));
                    }
                },
            ),
            runs(40),
        );
    });
});

describe('the hot paths keep the bounds', () => {
    const spec: CalendarSpec = {
        name: 'Comercial',
        zone: 'America/Sao_Paulo',
        weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as Weekday, start: 540, end: 1080 })),
        holidayRegions: [{ country: 'BR' }],
        holidays: [],
        specialHours: [],
    };
    const start = Date.UTC(2018, 10, 5, 12); // Monday 2018-11-05 10:00 in São Paulo, the day after DST began

    test('a table that already reaches past the horizon still refuses a deadline beyond it, exactly at its edge', () => {
        const warm = BusinessCalendar.fromSpec({ ...spec, name: 'Century' });
        // The whole horizon's open time: the table now covers 2018 to 2118, as far as the horizon from the start.
        const century = warm.elapsedBusiness(start, start + HORIZON_MS);
        expect(warm.tableYears).toBe(101);
        // All of it is due within the horizon (on the last opening before it); a minute more is beyond.
        const due = warm.addBusinessMs(start, century);
        expect(due).toBeLessThanOrEqual(start + HORIZON_MS);
        expect(warm.elapsedBusiness(start, due)).toBe(century);
        expect(() => warm.addBusinessMs(start, century + MINUTE)).toThrow(BeyondHorizon);
        expect(() => warm.addBusinessMs(start, century + MINUTE, [[start + DAY, start + DAY + 1]])).toThrow(BeyondHorizon);
        // A fresh calendar says the same.
        expect(BusinessCalendar.fromSpec({ ...spec, name: 'Fresh' }).addBusinessMs(start, century)).toBe(due);
        expect(() => BusinessCalendar.fromSpec({ ...spec, name: 'Fresh2' }).addBusinessMs(start, century + MINUTE)).toThrow(BeyondHorizon);
    });

    test('instants outside the years are refused on a warm table too', () => {
        const warm = BusinessCalendar.fromSpec({ ...spec, name: 'Warm' });
        warm.addBusiness(start, 60);
        expect(() => warm.addBusiness(Number.NaN, 60)).toThrow(RangeError);
        expect(() => warm.addBusiness(Infinity, 60, [])).toThrow(RangeError);
        expect(() => warm.addBusiness(start, -1)).toThrow(RangeError);
        expect(() => warm.elapsedBusiness(start, Infinity)).toThrow(RangeError);
    });

    test('a work budget stops a deadline that would grow the table, with or without pauses', () => {
        const warm = BusinessCalendar.fromSpec({ ...spec, name: 'Budget' });
        expect(warm.addBusiness(start, 60)).toBe(Date.UTC(2018, 10, 5, 13));
        // 20 years of open time: twenty tables more than the budget allows.
        const far = 20 * 2_300 * 60;
        expect(() => withWorkBudget(unitBudget(5), () => warm.addBusiness(start, far))).toThrow(WorkCutShort);
        expect(() => withWorkBudget(unitBudget(5), () => warm.addBusiness(start, far, [[start + DAY, start + 2 * DAY]]))).toThrow(WorkCutShort);
        // What the table holds is answered within any budget, by the hot paths (Monday 10:00–18:00 and Tuesday
        // 09:00–10:00, less the half hour paused).
        expect(withWorkBudget(unitBudget(0), () => warm.addBusiness(start, 60, [[start, start + 30 * MINUTE]]))).toBe(Date.UTC(2018, 10, 5, 13, 30));
        expect(withWorkBudget(unitBudget(0), () => warm.elapsedBusiness(start, start + DAY, [[start, start + 30 * MINUTE]]))).toBe(8.5 * 3_600_000);
    });

    test('zero and tiny amounts: the clock start, and never before the start', () => {
        const warm = BusinessCalendar.fromSpec({ ...spec, name: 'Tiny' });
        const saturday = Date.UTC(2018, 10, 3, 15);
        const monday = Date.UTC(2018, 10, 5, 11); // 09:00 local (UTC−2 in DST)
        warm.addBusiness(saturday, 60);
        expect(warm.addBusinessMs(saturday, 0)).toBe(monday);
        expect(warm.addBusinessMs(saturday, 1)).toBe(monday + 1);
        expect(warm.addBusinessMs(saturday, 0.5)).toBe(monday + 0.5);
        expect(warm.addBusinessMs(saturday, 0, [[monday, monday + MINUTE]])).toBe(monday + MINUTE);
        // A closing instant: a deadline landing there is that instant.
        expect(warm.addBusinessMs(monday, 9 * 3_600_000)).toBe(monday + 9 * 3_600_000);
    });
});

describe('the index look-ups at their edges', () => {
    const HOUR = 3_600_000;
    /** Fractions of a millisecond either side of a whole hour (2⁻¹² ms is an instant's resolution in these years). */
    const fractionArb = fc.constantFrom(0, 2 ** -12, -(2 ** -12), 0.001, -0.001, 0.5, -0.5, 0.999, -0.999);

    test('instants a fraction of a millisecond around whole hours, and amounts that end just past a whole hour of open time, are the flat table binary search', () => {
        fc.assert(
            fc.property(
                caseArb,
                fc.array(fc.tuple(fc.integer({ min: 0, max: 72 }), fractionArb, fc.integer({ min: 1, max: 240 }), fractionArb, fc.integer({ min: 0, max: 72 })), { minLength: 1, maxLength: 6 }),
                (c, queries) => {
                    const calendar = BusinessCalendar.fromSpec(c.spec);
                    const flat = new FlatOpenTable(new CalendarDays(c.spec), ZoneTimeline.of(c.spec.zone));
                    const first = Math.ceil(c.centre / HOUR) * HOUR;
                    // Both tables start at the same year, so their totals, and every rounding, are the same.
                    calendar.addBusinessMs(first, 1);
                    flat.cover(first, first);
                    for (const [hours, fraction, amountHours, amountFraction, spanHours] of queries) {
                        const start = first + hours * HOUR + fraction;
                        const amount = amountHours * HOUR + amountFraction;
                        flat.cover(start, start);
                        const i = flat.rangeAt(start);
                        const expected = flat.instantAtOpen(flat.openBefore(start, i) + amount, i);
                        const label = JSON.stringify({ spec: c.spec, start, amount });
                        expect(calendar.addBusinessMs(start, amount), label).toBe(expected);
                        expect(calendar.addBusinessMs(start, amount), label).toBe(expected);
                        const end = start + spanHours * HOUR - fraction;
                        flat.cover(start, end);
                        expect(calendar.elapsedBusiness(start, end), label).toBe(Math.max(0, flat.openUntil(end) - flat.openUntil(start)));
                    }
                },
            ),
            runs(60),
        );
    });

    test('deadlines and elapsed time before 1970 (negative instants: the look-ups round towards −∞) are the flat table binary search', () => {
        fc.assert(
            fc.property(caseArb, fc.constantFrom(-49, -60, -100), fc.array(fc.tuple(fc.integer({ min: -3 * 1440, max: 3 * 1440 }), amountArb), { minLength: 1, maxLength: 4 }), (c, years, queries) => {
                const calendar = BusinessCalendar.fromSpec(c.spec);
                const flat = new FlatOpenTable(new CalendarDays(c.spec), ZoneTimeline.of(c.spec.zone));
                const centre = c.centre + years * 365 * DAY;
                for (const [minutes, amount] of queries) {
                    if (amount === 0) continue;
                    const start = centre + minutes * MINUTE;
                    flat.cover(start, start);
                    const i = flat.rangeAt(start);
                    const expected = flat.instantAtOpen(flat.openBefore(start, i) + amount, i);
                    const label = JSON.stringify({ spec: c.spec, start, amount });
                    expect(calendar.addBusinessMs(start, amount), label).toBe(expected);
                    expect(calendar.addBusinessMs(start, amount), label).toBe(expected);
                    flat.cover(start, start + DAY);
                    expect(calendar.elapsedBusiness(start, start + DAY), label).toBe(flat.openUntil(start + DAY) - flat.openUntil(start));
                }
            }),
            runs(40),
        );
    });
});
