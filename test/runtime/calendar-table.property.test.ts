import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CalendarDays } from '../../runtime/calendar/days.js';
import { OpenTable } from '../../runtime/calendar/open-table.js';
import { BusinessCalendar } from '../../runtime/calendar/business-calendar.js';
import { ZoneTimeline } from '../../runtime/time/zone-timeline.js';
import type { CalendarSpec, Weekday } from '../../runtime/model.js';
import { FlatOpenTable } from './flat-open-table.js';
import { calendarCases, DST_AND_HALF_HOUR_PLACES, propertyRuns, type CalendarCase } from './random-calendars.js';

/**
 * The chunked open table (per-year storage, per-year index, far queries filled in, never rebuilt) against
 * the flat table it replaced (flat-open-table.ts: every extension flattens all years, a far query resets
 * it), over random calendars on DST-change days, with holidays and special hours, queried in random order
 * across years (forward, backward and far jumps). Running totals have different origins in the two, so the
 * properties compare what the engine uses: open time between two instants, due instants, ranges and dates.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const runs = propertyRuns(20260301);

const ZONES = DST_AND_HALF_HOUR_PLACES;

const caseArb = calendarCases(ZONES);
type Case = CalendarCase;

/** Queries: instants near the case's date, a few years away and, now and then, a decade away either side. */
const offsetArb = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -4 * 1440, max: 4 * 1440 }).map((m) => m * MINUTE) },
    { weight: 2, arbitrary: fc.integer({ min: -4 * 366, max: 4 * 366 }).map((d) => d * DAY + 13 * 3_600_000) },
    { weight: 1, arbitrary: fc.integer({ min: -12, max: 12 }).map((y) => y * 365 * DAY + 9 * 3_600_000) },
);
/** Spans: none, up to a month, or across one or two New Years (where chunks meet). */
const spanArb = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 30 * 1440 }).map((m) => m * MINUTE),
    fc.integer({ min: 300, max: 800 }).map((d) => d * DAY + 7 * 3_600_000),
);
const queryArb = fc.record({ offset: offsetArb, span: spanArb, amount: fc.integer({ min: 0, max: 200 * 60 }).map((m) => m * MINUTE) });

function tables(spec: CalendarSpec): { chunked: OpenTable; flat: FlatOpenTable } {
    const days = new CalendarDays(spec);
    const zone = ZoneTimeline.of(spec.zone);
    return { chunked: new OpenTable(days, zone), flat: new FlatOpenTable(days, zone) };
}

/** One query as the engine asks it: cover, then extend forward only, reading through the table's own look-ups. */
function answer(table: OpenTable | FlatOpenTable, a: number, b: number, amount: number) {
    table.cover(a, b);
    const i = table.rangeAt(a);
    const base = table.openBefore(a, i);
    const elapsed = table.openUntil(b) - base;
    const due = table.instantAtOpen(base + amount, i);
    // Open dates from a's range to b's: ordinals must count on across the chunks' boundaries.
    const ib = table.rangeAt(b);
    const openDates = i < 0 || ib < 0 ? null : table.ords[ib]! - table.ords[i]!;
    const j = table.rangeAt(a);
    const range = j < 0 ? null : { start: table.starts[j], end: table.ends[j], day: table.days[j] };
    // The open date three open dates on: ordinals count dates, so this exercises them across years.
    const k = j < 0 ? -1 : table.firstOfOrdinal(table.ords[j]! + 3, j);
    const third = k < 0 ? null : table.days[k];
    return { elapsed, due, openDates, range, third };
}

describe('chunked open table = flat open table', () => {
    test('open time, due instants, ranges and ordinals, for queries in any order across years', () => {
        fc.assert(
            fc.property(caseArb, fc.array(queryArb, { minLength: 1, maxLength: 8 }), (c, queries) => {
                const { chunked, flat } = tables(c.spec);
                for (const q of queries) {
                    const a = c.centre + q.offset;
                    const b = a + q.span;
                    expect(answer(chunked, a, b, q.amount), JSON.stringify({ spec: c.spec, q })).toEqual(answer(flat, a, b, q.amount));
                }
            }),
            runs(60),
        );
    });

    test('zero durations and boundaries: a due instant of nothing is the start itself when open, else the next opening', () => {
        fc.assert(
            fc.property(caseArb, fc.array(offsetArb, { minLength: 1, maxLength: 6 }), (c, offsets) => {
                const { chunked, flat } = tables(c.spec);
                for (const offset of offsets) {
                    const a = c.centre + offset;
                    chunked.cover(a, a);
                    flat.cover(a, a);
                    const i = chunked.rangeAt(a);
                    const j = flat.rangeAt(a);
                    const atChunked = i >= 0 ? [chunked.starts[i], chunked.ends[i]] : null;
                    const atFlat = j >= 0 ? [flat.starts[j], flat.ends[j]] : null;
                    expect(atChunked).toEqual(atFlat);
                    // Every range boundary: a start is in its range, an end is not.
                    if (i >= 0) {
                        expect(chunked.rangeAt(chunked.starts[i]!)).toBe(i);
                        expect(chunked.rangeAt(chunked.ends[i]! - 1)).toBe(i);
                    }
                }
            }),
            runs(60),
        );
    });
});

describe('growth', () => {
    const spec: CalendarSpec = {
        name: 'Growth',
        zone: 'America/Sao_Paulo',
        weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as Weekday, start: 540, end: 1080 })),
        holidayRegions: [],
        holidays: [],
        specialHours: [],
    };

    test('queries far apart fill the years between once and never rebuild them', () => {
        const calendar = BusinessCalendar.fromSpec({ ...spec, name: 'Alternating' });
        const early = Date.UTC(2018, 1, 5, 12);
        const late = Date.UTC(2026, 1, 5, 12);
        const first = calendar.addBusiness(early, 60);
        expect(calendar.tableYears).toBe(1);
        const second = calendar.addBusiness(late, 60);
        expect(calendar.tableYears).toBe(9);
        for (let k = 0; k < 20; k++) {
            expect(calendar.addBusiness(early, 60)).toBe(first);
            expect(calendar.addBusiness(late, 60)).toBe(second);
        }
        expect(calendar.tableYears).toBe(9);
        // Backward as well: 2010 is prepended with the years up to 2018, nothing after is touched.
        calendar.addBusiness(Date.UTC(2010, 1, 5, 12), 60);
        expect(calendar.tableYears).toBe(17);
        expect(calendar.addBusiness(late, 60)).toBe(second);
    });

    test('elapsed time over spans built in any order is the same', () => {
        const forward = BusinessCalendar.fromSpec({ ...spec, name: 'Forward' });
        const backward = BusinessCalendar.fromSpec({ ...spec, name: 'Backward' });
        const from = Date.UTC(2000, 0, 1);
        const to = Date.UTC(2040, 0, 1);
        backward.elapsedBusiness(Date.UTC(2039, 5, 1), Date.UTC(2039, 6, 1));
        for (let year = 2038; year >= 2000; year--) backward.isOpen(Date.UTC(year, 5, 1));
        expect(backward.elapsedBusiness(from, to)).toBe(forward.elapsedBusiness(from, to));
    });
});
