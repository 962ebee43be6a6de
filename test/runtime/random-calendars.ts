/**
 * Random calendars for the calendar engine's property tests: weekly hours (some always, so every year has
 * ranges), holidays and special hours a few days around a chosen date of a zone (DST-change days, holidays),
 * that zone's holiday region now and then. One generator, so every property test draws the same kind of case.
 */
import fc from 'fast-check';
import { BeyondHorizon } from '../../runtime/calendar/horizon.js';
import type { CalendarSpec, HolidayRegion, LocalInterval, Weekday, WeeklyHours } from '../../runtime/model.js';

const DAY = 86_400_000;

export interface CalendarPlace {
    readonly zone: string;
    readonly region: HolidayRegion;
    readonly dates: readonly string[];
}

export interface CalendarCase {
    spec: CalendarSpec;
    /** Midnight UTC of the chosen date: the queries are drawn around it. */
    centre: number;
}

const bound = fc.oneof(fc.integer({ min: 0, max: 48 }).map((x) => x * 30), fc.integer({ min: 0, max: 1440 }));
const interval: fc.Arbitrary<LocalInterval> = fc
    .tuple(bound, bound)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

export function calendarCases(places: readonly CalendarPlace[]): fc.Arbitrary<CalendarCase> {
    return fc
        .record({
            where: fc.constantFrom(...places),
            pick: fc.nat(),
            weekly: fc.array(fc.array(interval, { maxLength: 2 }), { minLength: 7, maxLength: 7 }),
            useRegion: fc.boolean(),
            holidays: fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 2 }),
            special: fc.array(fc.record({ offset: fc.integer({ min: -3, max: 3 }), intervals: fc.array(interval, { maxLength: 2 }) }), { maxLength: 2 }),
        })
        .map((r) => {
            const date = r.where.dates[r.pick % r.where.dates.length]!;
            const centreDay = Date.parse(`${date}T00:00:00Z`) / DAY;
            const iso = (offset: number) => new Date((centreDay + offset) * DAY).toISOString().slice(0, 10);
            const weekly: WeeklyHours[] = r.weekly.flatMap((list, i) => list.map((iv) => ({ day: (i + 1) as Weekday, ...iv })));
            // Some weekly hours always, so every year has ranges (a calendar of special hours only has its own test).
            if (weekly.length === 0) weekly.push({ day: 3, start: 540, end: 1020 });
            const seen = new Set<number>();
            return {
                centre: centreDay * DAY,
                spec: {
                    name: 'Random',
                    zone: r.where.zone,
                    weekly,
                    holidayRegions: r.useRegion ? [r.where.region] : [],
                    holidays: r.holidays.map((o) => ({ date: iso(o) })),
                    specialHours: r.special.filter(({ offset }) => !seen.has(offset) && seen.add(offset) !== undefined).map(({ offset, intervals }) => ({ date: iso(offset), intervals })),
                },
            };
        });
}

/** An answer, or the kind of refusal: two ways of computing it must agree on both. */
export function outcome(body: () => number): number | string {
    try {
        return body();
    } catch (error) {
        return error instanceof BeyondHorizon ? `beyond:${error.reason}` : `error:${(error as Error).message}`;
    }
}

/**
 * fast-check's settings for a property test: `n` cases (times PACTO_PROPERTY_RUNS) from the test's own `seed`,
 * or from PACTO_PROPERTY_SEED to explore other seeds.
 */
export function propertyRuns(seed: number): (n: number) => { numRuns: number; seed: number } {
    const fromEnv = process.env['PACTO_PROPERTY_SEED'];
    const chosen = fromEnv ? Number(fromEnv) : seed;
    const scale = Number(process.env['PACTO_PROPERTY_RUNS'] ?? 1);
    return (n) => ({ numRuns: Math.round(n * scale), seed: chosen });
}

/** Zones with DST (São Paulo until 2019, with midnight changes), a half-hour zone and one without DST. */
export const DST_AND_HALF_HOUR_PLACES: readonly CalendarPlace[] = [
    { zone: 'America/Sao_Paulo', region: { country: 'BR', region: 'SP' }, dates: ['2017-10-15', '2018-02-17', '2018-11-04'] },
    { zone: 'America/New_York', region: { country: 'US' }, dates: ['2026-03-08', '2026-11-01'] },
    { zone: 'Australia/Lord_Howe', region: { country: 'AU', region: 'NSW' }, dates: ['2026-04-05', '2026-10-04'] },
    { zone: 'America/Caracas', region: { country: 'VE' }, dates: ['2016-05-01', '2026-08-14'] },
];

/** São Paulo 2018 (midnight DST changes, Christmas Eve) and Madrid 2026 (DST changes, Epiphany). */
export const SAO_PAULO_MADRID_PLACES: readonly CalendarPlace[] = [
    { zone: 'America/Sao_Paulo', region: { country: 'BR' }, dates: ['2018-02-17', '2018-11-04', '2018-12-24'] },
    { zone: 'Europe/Madrid', region: { country: 'ES' }, dates: ['2026-03-29', '2026-10-25', '2026-01-06'] },
];
