import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../runtime/calendar/business-calendar.js';
import { alwaysCalendar } from '../../runtime/calendar/always.js';
import { BeyondHorizon, HORIZON_YEARS } from '../../runtime/calendar/horizon.js';
import { unitBudget, withWorkBudget, WorkCutShort } from '../../runtime/calendar/work-budget.js';
import { deadlines, elapsed } from '../../runtime/clock/deadlines.js';
import { calendarLookup } from '../../runtime/clock/contract-calendars.js';
import { contractHorizon, exceedsTerm } from '../../runtime/term.js';
import { parseInstantText } from '../../runtime/time/instant.js';
import type { CalendarSpec, Contract } from '../../runtime/model.js';
import { IMOLKO, business, wall } from './fixtures.js';

/** Issue 13: no input makes the engine work without bound; past the horizon it refuses, in words. */

const HOUR_A_WEEK: CalendarSpec = { name: 'Weekly', zone: 'UTC', weekly: [{ day: 1, start: 540, end: 600 }], holidayRegions: [], holidays: [], specialHours: [] };
const MONDAY = Date.UTC(2026, 2, 2, 9);

function refusal(body: () => unknown): BeyondHorizon {
    try {
        body();
    } catch (error) {
        expect(error).toBeInstanceOf(BeyondHorizon);
        return error as BeyondHorizon;
    }
    throw new Error('expected BeyondHorizon');
}

describe('the engine stops at its horizon', () => {
    test('an amount the calendar cannot hold in a century is refused before any table is built', () => {
        const calendar = BusinessCalendar.fromSpec({ ...HOUR_A_WEEK, name: 'Typo' });
        const error = refusal(() => calendar.addBusiness(MONDAY, 99_999_999_999 * 60));
        expect(error.reason).toBe('deadline');
        expect(error.message).toBe('This would fall due after 2126-03-02 09:00 UTC, more than 100 years after 2026-03-02 09:00 UTC: Pacto computes nothing beyond that horizon.');
        expect(error.messageIn('es')).toBe('Vencería después de 2126-03-02 09:00 UTC, más de 100 años después de 2026-03-02 09:00 UTC: Pacto no calcula nada más allá de ese horizonte.');
        expect(calendar.tableYears).toBe(0);
    });

    test('an amount it could hold, but not within the century, stops at the horizon after at most a century of tables', () => {
        const calendar = BusinessCalendar.fromSpec({ ...HOUR_A_WEEK, name: 'Slow' });
        // 6,000 hours at one hour a week take 115 years: within the bound of the quick check, past the horizon.
        refusal(() => calendar.addBusiness(MONDAY, 6000 * 60));
        expect(calendar.tableYears).toBeLessThanOrEqual(HORIZON_YEARS + 2);
    });

    test('wall-clock time and business days on always stop there too', () => {
        expect(refusal(() => alwaysCalendar().addBusiness(MONDAY, 99_999_999_999 * 60)).reason).toBe('deadline');
        expect(refusal(() => alwaysCalendar().addBusinessDays(MONDAY, 40_000)).reason).toBe('deadline');
        // 99 years is within it.
        expect(alwaysCalendar().addBusiness(MONDAY, 99 * 365 * 24 * 60)).toBe(MONDAY + 99 * 365 * 86_400_000);
    });

    test('a span longer than the horizon, and an instant outside the years, are refused', () => {
        const calendar = BusinessCalendar.fromSpec({ ...HOUR_A_WEEK, name: 'Spans' });
        expect(refusal(() => calendar.elapsedBusiness(Date.UTC(1950, 0, 1), Date.UTC(2060, 0, 1))).reason).toBe('span');
        const early = refusal(() => calendar.isOpen(new Date(0).setUTCFullYear(1, 0, 1)));
        expect(early.reason).toBe('instant');
        expect(calendar.tableYears).toBe(0);
    });

    test('business days beyond the horizon are refused', () => {
        const calendar = BusinessCalendar.fromSpec({ ...HOUR_A_WEEK, name: 'Days' });
        expect(refusal(() => calendar.addBusinessDays(MONDAY, 6000)).reason).toBe('deadline');
        // The 1,000th Monday after 2026-03-02, 19 years away, within the horizon (the 1,000 hours of the test below end a week earlier).
        expect(new Date(calendar.addBusinessDays(MONDAY, 1000)).toISOString()).toBe('2045-05-01T09:00:00.000Z');
    });

    test('a work budget cuts the table short and leaves it whole', () => {
        const calendar = BusinessCalendar.fromSpec({ ...HOUR_A_WEEK, name: 'Budget' });
        expect(() => withWorkBudget(unitBudget(4), () => calendar.addBusiness(MONDAY, 1000 * 60))).toThrow(WorkCutShort);
        expect(calendar.tableYears).toBe(4);
        // Without the budget the same question gets its answer, on the years already built and the rest.
        expect(new Date(calendar.addBusiness(MONDAY, 1000 * 60)).toISOString()).toBe('2045-04-24T10:00:00.000Z');
    });
});

describe('a contract horizon counts from the term', () => {
    const typo: Contract = {
        ...IMOLKO,
        name: 'Zenkiu',
        term: { start: '2026-01-01', end: '2026-12-31' },
        calendars: [HOUR_A_WEEK],
        defaultCalendar: 'Weekly',
        escalations: [],
        categories: [{ name: 'Requerimiento', description: [], priority: 5, response: null, resolution: business(99_999_999_999, 'Weekly') }],
    };

    test('its limit is the same date a hundred years on', () => {
        expect(contractHorizon(typo, MONDAY)).toEqual({ originMs: Date.UTC(2026, 0, 1), limitMs: Date.UTC(2126, 0, 1) });
        expect(contractHorizon({ ...typo, term: null }, MONDAY)).toEqual({ originMs: MONDAY, limitMs: Date.UTC(2126, 2, 2, 9) });
    });

    test('a deadline past it is refused naming the category and target', () => {
        expect(refusal(() => deadlines(typo, 'Requerimiento', MONDAY)).message).toBe(
            'Zenkiu / Requerimiento: the resolution target of 99999999999 business hours would fall due more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); Pacto computes no deadline beyond that horizon.',
        );
    });

    test('a ticket opened past it is refused', () => {
        expect(refusal(() => deadlines(typo, 'Requerimiento', Date.UTC(2150, 0, 1))).message).toBe(
            'the ticket opens on 2150-01-01 00:00 UTC, more than 100 years after the term starts (2026-01-01); Pacto computes no deadline beyond that horizon.',
        );
    });

    test('an elapsed time past it is refused', () => {
        expect(refusal(() => elapsed(typo, 'Weekly', Date.UTC(2026, 0, 1), Date.UTC(2130, 0, 1))).message).toBe(
            'from 2026-01-01 00:00 UTC to 2130-01-01 00:00 UTC is more than 100 years; Pacto measures no span beyond that horizon.',
        );
    });

    test('a term longer than the horizon is judged within it, in bounded work', () => {
        const long: Contract = { ...typo, term: { start: '1900-01-01', end: '2200-12-31' } };
        expect(exceedsTerm(long, business(4, 'Weekly'), calendarLookup(long))).toBe(false);
        expect(exceedsTerm(long, wall(99_999_999_999 * 60), calendarLookup(long))).toBe(false);
        expect(exceedsTerm(typo, wall(99_999_999_999 * 60), calendarLookup(typo))).toBe(true);
    });
});

describe('typed instants', () => {
    test('years outside 1900–2200 are refused with the range', () => {
        expect(parseInstantText('9999-12-30T12:00Z')).toMatchObject({ ok: false, reason: 'year 9999 is outside the years Pacto computes with (1900 to 2200)' });
        expect(parseInstantText('0001-01-01T00:00Z')).toMatchObject({ ok: false, reason: 'year 0001 is outside the years Pacto computes with (1900 to 2200)' });
        expect(parseInstantText('2200-12-31T23:59Z')).toEqual({ ok: true, ms: Date.UTC(2200, 11, 31, 23, 59) });
    });
});
