import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../../runtime/calendar/business-calendar.js';
import { normalizePauses, TicketPauses, type Pause } from '../../../runtime/time/pauses.js';
import { calendarCases, outcome, propertyRuns, SAO_PAULO_MADRID_PLACES } from '../random-calendars.js';

/**
 * Many tickets' pauses in one TicketPauses, carried once per calendar, answer each ticket's deadlines and
 * elapsed times exactly as its pair list does on a fresh calendar: DST-change days (São Paulo 2018, Madrid
 * 2026), holidays and special hours, pauses touching, overlapping, unsorted, endless, holding the start or the
 * end or outside the span, zero amounts and spans; on a warm table, on a cold one (the set carried before the
 * table held the pauses, carried again as it grows, backward too), and shared by two calendars in turn.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const runs = propertyRuns(20261203);

const pauseArb = fc.record({
    at: fc.integer({ min: -3 * 1440, max: 12 * 1440 }),
    length: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * 1440 }) }, { weight: 1, arbitrary: fc.constant(Infinity) }),
    seconds: fc.integer({ min: 0, max: 59 }),
});
const ticketsArb = fc.array(fc.array(pauseArb, { maxLength: 10 }), { minLength: 1, maxLength: 6 });
const questionArb = fc.record({
    ticket: fc.nat(),
    from: fc.integer({ min: -2 * 1440, max: 12 * 1440 }),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 15 * 1440 })),
    amount: fc.oneof(fc.constantFrom(0, 1, MINUTE), fc.integer({ min: 1, max: 40 * 60 }).map((m) => m * MINUTE), fc.integer({ min: 1, max: 30 * 3_600_000 })),
    // From a pause's own bounds now and then: held by a pause, just before or just after one.
    onPause: fc.option(fc.record({ index: fc.nat(), end: fc.boolean(), nudge: fc.constantFrom(-1, 0, 1) })),
});

function pauseLists(centre: number, tickets: { at: number; length: number; seconds: number }[][]): Pause[][] {
    return tickets.map((list) =>
        list.map(({ at, length, seconds }) => {
            const s = centre + at * MINUTE + seconds * 1000;
            return [s, length === Infinity ? Infinity : s + length * MINUTE] as const;
        }),
    );
}

describe('TicketPauses: many tickets pauses in one struct of arrays', () => {
    test('each ticket answers as its pair list, on warm, cold, carried up front and shared tables', () => {
        fc.assert(
            fc.property(calendarCases(SAO_PAULO_MADRID_PLACES), ticketsArb, fc.array(questionArb, { minLength: 1, maxLength: 8 }), (c, tickets, questions) => {
                const lists = pauseLists(c.centre, tickets);
                const set = TicketPauses.of(lists);
                expect(set.tickets).toBe(lists.length);
                lists.forEach((list, i) => expect(set.pairs(i)).toEqual(normalizePauses(list)));
                const warm = BusinessCalendar.fromSpec(c.spec);
                warm.addBusinessMs(c.centre - 400 * DAY, 1);
                warm.addBusinessMs(c.centre + 400 * DAY, 1);
                // Cold: its table starts at the first question's year and grows as the questions need.
                const cold = BusinessCalendar.fromSpec(c.spec);
                // Carried up front: the table grown over the pauses first.
                const upFront = BusinessCalendar.fromSpec(c.spec);
                upFront.carryPauses(set);
                for (const q of questions) {
                    const ticket = q.ticket % lists.length;
                    const pauses = lists[ticket]!;
                    const normal = normalizePauses(pauses);
                    let from = c.centre + q.from * MINUTE;
                    const pause = q.onPause && normal.length > 0 ? q.onPause : null;
                    if (pause) {
                        const bound = normal[pause.index % normal.length]![pause.end ? 1 : 0];
                        if (Number.isFinite(bound)) from = bound + pause.nudge * MINUTE;
                    }
                    const to = from + q.span * MINUTE;
                    const reference = BusinessCalendar.fromSpec(c.spec);
                    const due = outcome(() => reference.addBusinessMs(from, q.amount, pauses));
                    const elapsed = outcome(() => BusinessCalendar.fromSpec(c.spec).elapsedBusiness(from, to, pauses));
                    // The same set asked of both calendars in turn: each carries it again for its own table.
                    for (const calendar of [upFront, warm, cold, warm]) {
                        expect(outcome(() => calendar.addBusinessTicket(from, q.amount, set, ticket))).toBe(due);
                        expect(outcome(() => calendar.elapsedTicket(from, to, set, ticket))).toBe(elapsed);
                    }
                    // A span ending on another pause's bound: held by it, or just touching it.
                    if (pause) {
                        const bound = normal[(pause.index + 1) % normal.length]![0];
                        if (Number.isFinite(bound) && bound > from) {
                            expect(outcome(() => warm.elapsedTicket(from, bound, set, ticket))).toBe(outcome(() => BusinessCalendar.fromSpec(c.spec).elapsedBusiness(from, bound, pauses)));
                        }
                    }
                }
                // After the warm table grew backward two years, every ticket once more at the centre.
                warm.addBusinessMs(c.centre - 800 * DAY, 1);
                lists.forEach((pauses, i) => {
                    expect(outcome(() => warm.addBusinessTicket(c.centre, 8 * 3_600_000, set, i))).toBe(outcome(() => BusinessCalendar.fromSpec(c.spec).addBusinessMs(c.centre, 8 * 3_600_000, pauses)));
                    expect(outcome(() => warm.elapsedTicket(c.centre, c.centre + 9 * DAY, set, i))).toBe(outcome(() => BusinessCalendar.fromSpec(c.spec).elapsedBusiness(c.centre, c.centre + 9 * DAY, pauses)));
                });
            }),
            runs(250),
        );
    });

    test('hand-counted deadlines and elapsed times of three tickets on a weekday office', () => {
        const calendar = BusinessCalendar.fromSpec({ name: 'Office', zone: 'UTC', weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, start: 480, end: 1020 })), holidayRegions: [], holidays: [], specialHours: [] });
        const monday = Date.UTC(2026, 5, 1);
        const h = 3_600_000;
        const set = TicketPauses.of([
            // Friday 16:00 to Tuesday 09:00, and Monday 10:00-12:00, unsorted.
            [[monday + 4 * DAY + 16 * h, monday + 8 * DAY + 9 * h], [monday + 10 * h, monday + 12 * h]],
            [],
            // Touching pauses merge: Monday 09:00-11:00; then one from Tuesday 12:00 without end.
            [[monday + 9 * h, monday + 10 * h], [monday + 10 * h, monday + 11 * h], [monday + DAY + 12 * h, Infinity]],
        ]);
        expect(set.pairs(2)).toEqual([[monday + 9 * h, monday + 11 * h], [monday + DAY + 12 * h, Infinity]]);
        calendar.carryPauses(set);
        expect(set.heldAll).toBe(true);
        for (let round = 0; round < 2; round++) {
            // Ticket 0: Monday 7 h, Tuesday-Thursday 27 h, 6 h on Friday: 14:00; 43 h: Tuesday 10:00.
            expect(calendar.addBusinessTicket(monday + 8 * h, 40 * h, set, 0)).toBe(monday + 4 * DAY + 14 * h);
            expect(calendar.addBusinessTicket(monday + 8 * h, 43 * h, set, 0)).toBe(monday + 8 * DAY + 10 * h);
            expect(calendar.elapsedTicket(monday, monday + 9 * DAY, set, 0)).toBe(50 * h);
            expect(calendar.elapsedTicket(monday + 10.5 * h, monday + 11 * h, set, 0)).toBe(0);
            // Ticket 1, no pauses: 9 h from Monday 08:00 is Monday 17:00.
            expect(calendar.addBusinessTicket(monday + 8 * h, 9 * h, set, 1)).toBe(monday + 17 * h);
            expect(calendar.elapsedTicket(monday, monday + 7 * DAY, set, 1)).toBe(45 * h);
            // Ticket 2: Monday 08-09 and 11-17 (7 h), Tuesday 08-12 (4 h), then paused for good.
            expect(calendar.addBusinessTicket(monday + 8 * h, 10 * h, set, 2)).toBe(monday + DAY + 11 * h);
            expect(calendar.addBusinessTicket(monday + 8 * h, 11 * h, set, 2)).toBe(monday + DAY + 12 * h);
            expect(calendar.addBusinessTicket(monday + 8 * h, 12 * h, set, 2)).toBe(Infinity);
            expect(calendar.elapsedTicket(monday, monday + 30 * DAY, set, 2)).toBe(11 * h);
            expect(calendar.addBusinessTicket(monday + 8 * h, 0, set, 2)).toBe(monday + 8 * h);
        }
    });

    test('a ticket the set does not hold is refused, on the hot path too', () => {
        const calendar = BusinessCalendar.fromSpec({ name: 'Office', zone: 'UTC', weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, start: 480, end: 1020 })), holidayRegions: [], holidays: [], specialHours: [] });
        const monday = Date.UTC(2026, 5, 1);
        const set = TicketPauses.of([[[monday + 9 * 3_600_000, monday + 10 * 3_600_000]]]);
        // 08:00-09:00, paused 09:00-10:00, 10:00-11:00; asked twice, the second time on the carried set.
        expect(calendar.addBusinessTicket(monday, 2 * 3_600_000, set, 0)).toBe(monday + 11 * 3_600_000);
        expect(calendar.addBusinessTicket(monday, 2 * 3_600_000, set, 0)).toBe(monday + 11 * 3_600_000);
        for (const ticket of [1, -1, 0.5, NaN]) {
            expect(() => calendar.addBusinessTicket(monday, 3_600_000, set, ticket)).toThrow(RangeError);
            expect(() => calendar.elapsedTicket(monday, monday + DAY, set, ticket)).toThrow(RangeError);
        }
        expect(() => TicketPauses.of([[[NaN, monday]]])).toThrow(RangeError);
    });
});
