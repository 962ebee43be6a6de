/**
 * The rules runtime/explain settles for every reader (docs/time-semantics.md, "Explanations"): when the
 * example tickets open, and which zone a ticket is shown in.
 */
import { describe, expect, it } from 'vitest';
import {
    BEFORE_CLOSING_MS,
    MINUTE_MS,
    calendarOf,
    contractExamples,
    deadlineTrace,
    displayZone,
    explainCalendar,
    referenceMoments,
    targetExamples,
    type Category,
    type Contract,
    type Duration,
} from '../../../runtime/index.js';
import { BusinessCalendar } from '../../../runtime/calendar/business-calendar.js';
import { COMERCIAL, HELPDESK_BR, IMOLKO, OFICINA, PLANTAO, business, caracas, saoPaulo, wall } from '../fixtures.js';

const UTC_DESK = { ...PLANTAO, name: 'Desk', zone: 'UTC' };

function withCategory(base: Contract, response: Duration | null, resolution: Duration | null, calendars = [OFICINA, UTC_DESK]): { contract: Contract; category: Category } {
    const category: Category = { name: 'X', description: [], priority: 1, response, resolution };
    return { contract: { ...base, calendars, categories: [category] }, category };
}

describe('the end of the week', () => {
    it('opens 15 minutes before the last closing of the reference week, where business time carries over the weekend', () => {
        const moments = referenceMoments(calendarOf(IMOLKO, 'Oficina'), '2026-01-01', false)!.moments;
        expect(BEFORE_CLOSING_MS).toBe(15 * MINUTE_MS);
        expect(moments.find((m) => m.kind === 'endOfWeek')?.opened).toBe(caracas('2026-01-09T16:45'));
        // Saturday is the last open day of Comercial (09:00-13:00).
        const saturday = referenceMoments(calendarOf(HELPDESK_BR, 'Comercial'), '2026-03-01', false)!.moments;
        expect(saturday.find((m) => m.kind === 'endOfWeek')?.opened).toBe(saoPaulo('2026-03-07T12:45'));
    });

    it('is the same ticket in the hover and in the documents', () => {
        const hover = targetExamples(IMOLKO, 'Critica', 'resolution')!.examples.find((e) => e.moment.kind === 'endOfWeek')!;
        const documents = contractExamples(IMOLKO)[0]!.rows.find((r) => r.category.name === 'Critica' && r.moment.kind === 'endOfWeek')!;
        expect(documents.moment.opened).toBe(hover.moment.opened);
        expect(documents.resolution).toBe(hover.due);
        // 15 minutes on Friday, 08:00-11:45 on Monday.
        expect(hover.due).toBe(caracas('2026-01-12T11:45'));
    });

    it('does not exist on a calendar open around the clock (no weekend to show)', () => {
        const moments = referenceMoments(calendarOf(HELPDESK_BR, 'Plantao'), '2026-03-01', false)!.moments;
        expect(moments.map((m) => m.kind)).toEqual(['midMorning']);
    });

    it('is the only closing shown when the week opens on one day', () => {
        const sunday = BusinessCalendar.fromSpec({ ...OFICINA, name: 'Window', weekly: [{ day: 7, start: 120, end: 240 }], holidayRegions: [], holidays: [] });
        const moments = referenceMoments(sunday, '2026-01-01', false)!.moments;
        expect(moments.map((m) => [m.kind, m.opened])).toEqual([
            ['midMorning', caracas('2026-01-11T03:00')],
            ['endOfWeek', caracas('2026-01-11T03:45')],
        ]);
    });

    it('ends the holiday eve the same way: 15 minutes before the eve closes', () => {
        const eve = referenceMoments(calendarOf(IMOLKO, 'Oficina'), '2026-01-01', false)!.moments.find((m) => m.kind === 'holidayEve');
        expect(eve).toEqual({ kind: 'holidayEve', opened: caracas('2026-02-13T16:45'), holiday: 'Carnaval', date: '2026-02-16', regions: [{ country: 'VE' }] });
    });
});

describe('the display zone', () => {
    it("is the response target's calendar, then the resolution's, then the default calendar's, else UTC", () => {
        const both = withCategory(IMOLKO, business(1, 'Desk'), business(4, 'Oficina'));
        expect(explainCalendar(both.contract, both.category)).toEqual({ calendar: 'Desk', zone: 'UTC' });
        const resolutionOnly = withCategory(IMOLKO, wall(15), business(4, 'Oficina'), [UTC_DESK, OFICINA]);
        expect(displayZone(resolutionOnly.contract, resolutionOnly.category)).toBe('America/Caracas');
        const onAlways = withCategory({ ...IMOLKO, defaultCalendar: 'Oficina' }, business(1, 'always'), wall(60));
        expect(explainCalendar(onAlways.contract, onAlways.category)).toEqual({ calendar: 'Oficina', zone: 'America/Caracas' });
        const none = withCategory({ ...IMOLKO, defaultCalendar: null }, wall(15), wall(60), []);
        expect(explainCalendar(none.contract, none.category)).toEqual({ calendar: 'always', zone: 'UTC' });
    });

    it('shows a ticket in it, and each target in its own calendar', () => {
        const { contract } = withCategory(IMOLKO, business(1, 'Desk'), business(4, 'Oficina'));
        const trace = deadlineTrace(contract, 'X', Date.parse('2026-03-02T12:00:00Z'));
        expect(trace.zone).toBe('UTC');
        expect(trace.targets.map((t) => [t.kind, t.zone])).toEqual([['response', 'UTC'], ['resolution', 'America/Caracas']]);
    });

    it('chooses the documents\' table of a category and the moments of its wall-clock targets', () => {
        const { contract } = withCategory(IMOLKO, wall(30), business(4, 'Desk'), [OFICINA, UTC_DESK]);
        expect(contractExamples(contract).map((t) => [t.calendar, t.zone])).toEqual([['Desk', 'UTC']]);
        const examples = targetExamples(contract, 'X', 'response')!;
        expect([examples.momentsFrom, examples.zone]).toEqual(['Desk', 'UTC']);
        // A target that counts on a calendar is explained on it: its closings are its own.
        expect(targetExamples(contract, 'X', 'resolution')!.momentsFrom).toBe('Desk');
        const office = withCategory(IMOLKO, business(1, 'Desk'), business(4, 'Oficina'));
        expect(targetExamples(office.contract, 'X', 'resolution')!.zone).toBe('America/Caracas');
    });

    it('is what the documents group examples by: one table per calendar, in its zone', () => {
        expect(contractExamples(HELPDESK_BR).map((t) => [t.calendar, t.zone, t.rows.length])).toEqual([['Comercial', COMERCIAL.zone, 9]]);
    });
});
