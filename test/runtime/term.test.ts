import { describe, expect, test } from 'vitest';
import { calendarLookup } from '../../runtime/clock/contract-calendars.js';
import type { Contract, Duration } from '../../runtime/model.js';
import { exceedsTerm, termInstants } from '../../runtime/term.js';

const contract: Contract = {
    name: 'Short', provider: null, customer: null, term: { start: '2026-03-02', end: '2026-03-06' }, fee: null,
    locale: 'en', services: [], defaultCalendar: 'Office', channels: [], categories: [], objectives: [], escalations: [],
    customerObligations: null, breach: null, penalties: null, termination: null, reporting: [], scenarios: [],
    calendars: [{
        name: 'Office', zone: 'America/Sao_Paulo', holidayRegions: [], holidays: [], specialHours: [],
        weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, start: 9 * 60, end: 18 * 60 })),
    }],
};
const calendars = calendarLookup(contract);
const business = (hours: number): Duration => ({ kind: 'business', minutes: hours * 60, calendar: 'Office', text: `${hours} business hours` });

describe('the contract term as instants', () => {
    test('runs from local midnight of the first day to local midnight after the last', () => {
        expect(termInstants({ start: '2026-03-02', end: '2026-03-06' }, 'America/Sao_Paulo')).toEqual({
            startMs: Date.parse('2026-03-02T03:00:00Z'),
            endMs: Date.parse('2026-03-07T03:00:00Z'),
        });
    });

    test('is undefined for dates that do not exist', () => {
        expect(termInstants({ start: '2026-02-30', end: '2026-03-06' }, 'UTC')).toBeUndefined();
    });
});

describe('a target longer than the whole term', () => {
    // Monday to Friday, 9 open hours a day: the term holds exactly 45 business hours.
    test('45 business hours fit exactly: due at the last closing, which is inside the term', () => {
        expect(exceedsTerm(contract, business(45), calendars)).toBe(false);
    });

    test('46 business hours do not', () => {
        expect(exceedsTerm(contract, business(46), calendars)).toBe(true);
    });

    test('business days: 4 fit; counted from Monday opening, the 5th open day is next Monday, after the term', () => {
        const days = (n: number): Duration => ({ kind: 'businessDays', days: n, calendar: 'Office', text: `${n} business days` });
        expect(exceedsTerm(contract, days(4), calendars)).toBe(false);
        expect(exceedsTerm(contract, days(5), calendars)).toBe(true);
    });

    test('wall-clock: 5 days fit in a 5-day term, 5 days and a minute do not', () => {
        expect(exceedsTerm(contract, { kind: 'wall', minutes: 5 * 1440, text: '5 days' }, calendars)).toBe(false);
        expect(exceedsTerm(contract, { kind: 'wall', minutes: 5 * 1440 + 1, text: '' }, calendars)).toBe(true);
    });

    test('no term: nothing to exceed', () => {
        expect(exceedsTerm({ ...contract, term: null }, business(1000), calendars)).toBe(false);
    });
});

describe('a target longer than the term is found with work bounded by the term', () => {
    const days = (n: number, calendar = 'Office'): Duration => ({ kind: 'businessDays', days: n, calendar, text: `${n} business days` });
    const aroundTheClock: Contract = {
        ...contract,
        calendars: [...contract.calendars, { name: 'Always', zone: 'UTC', holidayRegions: [], holidays: [], specialHours: [], weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day: day as 1, start: 0, end: 1440 })) }],
    };
    const lookup = calendarLookup(aroundTheClock);

    test('business days: the five open days of the term fit, six do not', () => {
        expect(exceedsTerm(contract, days(4), calendars)).toBe(false);
        expect(exceedsTerm(contract, days(5), calendars)).toBe(true);
    });

    test('a calendar open around the clock counts every day its one long interval touches', () => {
        // From Monday 00:00, 5 business days fall due on Saturday 00:00: the term's very end, so they fit.
        expect(exceedsTerm(aroundTheClock, days(5, 'Always'), lookup)).toBe(false);
        expect(exceedsTerm(aroundTheClock, days(6, 'Always'), lookup)).toBe(true);
    });

    test('local dates counted in the zone across a DST change whose midnight does not exist', () => {
        // São Paulo, 2018-11-04: clocks jumped from 00:00 to 01:00. The term holds 7 local dates, each touched by
        // the one interval of a calendar open around the clock; from 1 November 00:00, 7 business days fall due
        // at the term's very end (8 November 00:00), 8 do not fit.
        const paulista: Contract = {
            ...aroundTheClock,
            term: { start: '2018-11-01', end: '2018-11-07' },
            calendars: [{ ...aroundTheClock.calendars[1]!, name: 'Paulista', zone: 'America/Sao_Paulo' }],
        };
        const paulistaLookup = calendarLookup(paulista);
        expect(exceedsTerm(paulista, days(6, 'Paulista'), paulistaLookup)).toBe(false);
        expect(exceedsTerm(paulista, days(7, 'Paulista'), paulistaLookup)).toBe(false);
        expect(exceedsTerm(paulista, days(8, 'Paulista'), paulistaLookup)).toBe(true);
    });

    test('a typo of a hundred billion business hours, or of days, answers at once', () => {
        expect(exceedsTerm(contract, business(99_999_999_999), calendars)).toBe(true);
        expect(exceedsTerm(contract, days(99_999_999), calendars)).toBe(true);
        expect(exceedsTerm(contract, { kind: 'wall', minutes: 99_999_999_999 * 60, text: '99999999999 hours' }, calendars)).toBe(true);
    });
});
