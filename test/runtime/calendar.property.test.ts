import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../runtime/calendar/business-calendar.js';
import { formatInstant } from '../../runtime/time/format.js';
import type { CalendarSpec, HolidayRegion, LocalInterval, Weekday, WeeklyHours } from '../../runtime/model.js';
import { ReferenceCalendar, type RefPauses } from './reference.js';
import { propertyRuns } from './random-calendars.js';

/**
 * The engine against the naive reference (reference.ts) over random calendars, zones, holidays, special
 * hours, pauses and instants, concentrated around DST changes. Runs are seeded for a reproducible CI;
 * set PACTO_PROPERTY_SEED to explore other seeds and PACTO_PROPERTY_RUNS to run more cases.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const runs = propertyRuns(20260302);

interface Scenario {
    zone: string;
    /** Local dates to build cases around: DST changes, holidays, ordinary days. */
    dates: string[];
    region: HolidayRegion;
}

const SCENARIOS: Scenario[] = [
    // Brazil's last DST years: clocks jumped at midnight, so whole local midnights go missing or repeat.
    { zone: 'America/Sao_Paulo', dates: ['2017-10-15', '2018-02-17', '2018-11-04', '2019-02-16', '2026-12-24'], region: { country: 'BR', region: 'SP' } },
    { zone: 'America/New_York', dates: ['2026-03-08', '2026-11-01', '2026-07-03'], region: { country: 'US' } },
    { zone: 'Europe/London', dates: ['2026-03-29', '2026-10-25', '2026-12-25'], region: { country: 'GB', region: 'ENG' } },
    { zone: 'Australia/Lord_Howe', dates: ['2026-04-05', '2026-10-04'], region: { country: 'AU', region: 'NSW' } },
    // Caracas moved from UTC−4:30 to UTC−4 at 2016-05-01 02:30, a one-off 30-minute gap.
    { zone: 'America/Caracas', dates: ['2016-05-01', '2026-04-02', '2026-08-14'], region: { country: 'VE' } },
    { zone: 'Asia/Tokyo', dates: ['2026-05-04', '2026-03-02'], region: { country: 'JP' } },
];

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** Interval bounds: often on the early-morning hours where DST changes happen, often on round times. */
const bound = fc.oneof(
    fc.integer({ min: 0, max: 48 }).map((x) => x * 30),
    fc.integer({ min: 0, max: 240 }),
    fc.integer({ min: 0, max: 1440 }),
);
const localInterval: fc.Arbitrary<LocalInterval> = fc
    .tuple(bound, bound)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
const dayHours = fc.oneof({ weight: 1, arbitrary: fc.constant([] as LocalInterval[]) }, { weight: 3, arbitrary: fc.array(localInterval, { minLength: 1, maxLength: 3 }) });

interface Case {
    scenario: Scenario;
    centre: number;
    spec: CalendarSpec;
    start: number;
    pauses: [number, number][];
}

/** A random calendar around one scenario date, and a start instant within three days of it. */
function caseArb(secondAligned: boolean): fc.Arbitrary<Case> {
    return fc
        .record({
            scenario: fc.constantFrom(...SCENARIOS),
            pick: fc.nat(),
            weekly: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
            useRegion: fc.boolean(),
            holidays: fc.array(fc.integer({ min: -4, max: 4 }), { maxLength: 2 }),
            special: fc.array(fc.record({ offset: fc.integer({ min: -4, max: 4 }), intervals: fc.array(localInterval, { maxLength: 2 }) }), { maxLength: 2 }),
            startMinute: fc.integer({ min: -3 * 1440, max: 3 * 1440 }),
            startSecond: secondAligned ? fc.integer({ min: 0, max: 59 }) : fc.constant(0),
            pauses: fc.array(fc.record({ at: fc.integer({ min: -2 * 1440, max: 5 * 1440 }), length: fc.integer({ min: 1, max: 900 }) }), { maxLength: 3 }),
        })
        .map((r) => {
            const date = r.scenario.dates[r.pick % r.scenario.dates.length]!;
            const centreDay = dayOf(date);
            const weekly: WeeklyHours[] = r.weekly.flatMap((intervals, i) => intervals.map((iv) => ({ day: (i + 1) as Weekday, ...iv })));
            const seen = new Set<number>();
            const spec: CalendarSpec = {
                name: 'Random',
                zone: r.scenario.zone,
                weekly,
                holidayRegions: r.useRegion ? [r.scenario.region] : [],
                holidays: r.holidays.map((o) => ({ date: isoOf(centreDay + o) })),
                specialHours: r.special
                    .filter(({ offset }) => !seen.has(offset) && seen.add(offset) !== undefined)
                    .map(({ offset, intervals }) => ({ date: isoOf(centreDay + offset), intervals })),
            };
            const centre = centreDay * DAY; // midnight UTC of the scenario date: close enough to local midnight
            const start = centre + r.startMinute * MINUTE + r.startSecond * 1000;
            const pauses = r.pauses.map(({ at, length }) => [centre + at * MINUTE, centre + (at + length) * MINUTE] as [number, number]);
            return { scenario: r.scenario, centre, spec, start, pauses };
        });
}

function describeCase(c: Case, extra: Record<string, unknown> = {}): string {
    return JSON.stringify({ zone: c.spec.zone, start: formatInstant(c.start, c.spec.zone), spec: c.spec, pauses: c.pauses, ...extra });
}

const LIMIT = 21 * DAY;

describe('business calendar = naive reference (minute steps)', () => {
    test('addBusiness', () => {
        fc.assert(
            fc.property(caseArb(false), fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 3000 })), fc.boolean(), (c, minutes, withPauses) => {
                const pauses: RefPauses = withPauses ? c.pauses : [];
                const engine = BusinessCalendar.fromSpec(c.spec).addBusiness(c.start, minutes, pauses);
                const reference = new ReferenceCalendar(c.spec).addBusiness(c.start, minutes * MINUTE, pauses, MINUTE, LIMIT);
                if (reference === undefined) expect(engine, describeCase(c, { minutes })).toBeGreaterThan(c.start + LIMIT);
                else expect(engine, describeCase(c, { minutes, reference: formatInstant(reference, c.spec.zone) })).toBe(reference);
            }),
            runs(120),
        );
    });

    test('elapsedBusiness', () => {
        fc.assert(
            fc.property(caseArb(false), fc.integer({ min: 0, max: 4 * 1440 }), fc.boolean(), (c, span, withPauses) => {
                const pauses: RefPauses = withPauses ? c.pauses : [];
                const to = c.start + span * MINUTE;
                const engine = BusinessCalendar.fromSpec(c.spec).elapsedBusiness(c.start, to, pauses);
                expect(engine, describeCase(c, { span })).toBe(new ReferenceCalendar(c.spec).elapsed(c.start, to, pauses, MINUTE));
            }),
            runs(100),
        );
    });

    test('isOpen, nextOpening, nextClosing', () => {
        fc.assert(
            fc.property(caseArb(false), fc.array(fc.integer({ min: 0, max: 3 * 1440 }), { minLength: 1, maxLength: 6 }), (c, offsets) => {
                const calendar = BusinessCalendar.fromSpec(c.spec);
                const reference = new ReferenceCalendar(c.spec);
                for (const offset of offsets) {
                    const t = c.start + offset * MINUTE;
                    expect(calendar.isOpen(t), describeCase(c, { t })).toBe(reference.isOpen(t));
                    const opening = reference.clockStart(t, [], MINUTE, LIMIT);
                    if (opening === undefined) expect(calendar.nextOpening(t)).toBeGreaterThan(t + LIMIT);
                    else expect(calendar.nextOpening(t), describeCase(c, { t })).toBe(opening);
                    const closing = reference.nextClosing(t, MINUTE, LIMIT);
                    if (closing === undefined) expect(calendar.nextClosing(t)).toBeGreaterThan(t + LIMIT);
                    else expect(calendar.nextClosing(t), describeCase(c, { t })).toBe(closing);
                }
            }),
            runs(80),
        );
    });

    test('addBusinessDays', () => {
        fc.assert(
            fc.property(caseArb(false), fc.integer({ min: 0, max: 4 }), fc.boolean(), (c, days, withPauses) => {
                const pauses: RefPauses = withPauses ? c.pauses : [];
                const engine = BusinessCalendar.fromSpec(c.spec).addBusinessDays(c.start, days, pauses);
                const reference = new ReferenceCalendar(c.spec).addBusinessDays(c.start, days, pauses, MINUTE, LIMIT);
                if (reference === undefined) expect(engine, describeCase(c, { days })).toBeGreaterThan(c.start + LIMIT - 2 * DAY);
                else expect(engine, describeCase(c, { days, reference: formatInstant(reference, c.spec.zone) })).toBe(reference);
            }),
            runs(100),
        );
    });
});

describe('business calendar = naive reference (second steps, inputs with seconds)', () => {
    const SHORT = 2 * DAY;
    test('addBusiness and elapsedBusiness to the second', () => {
        fc.assert(
            fc.property(caseArb(true), fc.integer({ min: 0, max: 90 * 60 }), fc.integer({ min: 0, max: 3 * 3600 }), (c, seconds, span) => {
                const calendar = BusinessCalendar.fromSpec(c.spec);
                const reference = new ReferenceCalendar(c.spec);
                const due = reference.addBusiness(c.start, seconds * 1000, c.pauses, 1000, SHORT);
                const engine = calendar.addBusinessMs(c.start, seconds * 1000, c.pauses);
                if (due === undefined) expect(engine).toBeGreaterThan(c.start + SHORT);
                else expect(engine, describeCase(c, { seconds })).toBe(due);
                const to = c.start + span * 1000;
                expect(calendar.elapsedBusiness(c.start, to, c.pauses), describeCase(c, { span })).toBe(reference.elapsed(c.start, to, c.pauses, 1000));
            }),
            runs(25),
        );
    });
});

describe('engine invariants (no reference needed, so many more cases)', () => {
    test('elapsed(start, addBusiness(start, N)) = N, and deadlines grow with N', () => {
        fc.assert(
            fc.property(caseArb(true), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 600 }), fc.boolean(), (c, minutes, more, withPauses) => {
                const calendar = BusinessCalendar.fromSpec(c.spec);
                const pauses = withPauses ? c.pauses : [];
                const due = calendar.addBusiness(c.start, minutes, pauses);
                if (!Number.isFinite(due)) return;
                expect(calendar.elapsedBusiness(c.start, due, pauses)).toBe(minutes * MINUTE);
                expect(calendar.addBusiness(c.start, minutes + more, pauses)).toBeGreaterThan(due);
                // The due instant is the earliest: one millisecond earlier, N has not yet accumulated.
                expect(calendar.elapsedBusiness(c.start, due - 1, pauses)).toBeLessThan(minutes * MINUTE);
                // Splitting the duration gives the same deadline.
                const half = calendar.addBusiness(c.start, Math.floor(minutes / 2), pauses);
                expect(calendar.addBusiness(half, minutes - Math.floor(minutes / 2), pauses)).toBe(due);
            }),
            runs(300),
        );
    });

    test('openIntervals sum to elapsed time', () => {
        fc.assert(
            fc.property(caseArb(false), fc.integer({ min: 0, max: 30 * 1440 }), (c, span) => {
                const calendar = BusinessCalendar.fromSpec(c.spec);
                const to = c.start + span * MINUTE;
                const intervals = calendar.openIntervals(c.start, to, c.pauses);
                const total = intervals.reduce((sum, { start, end }) => sum + end - start, 0);
                expect(total).toBe(calendar.elapsedBusiness(c.start, to, c.pauses));
                for (const { start, end } of intervals) {
                    expect(end).toBeGreaterThan(start);
                    expect(calendar.isOpen(start)).toBe(true);
                }
            }),
            runs(150),
        );
    });
});
