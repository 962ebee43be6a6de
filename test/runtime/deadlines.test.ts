import { describe, expect, test } from 'vitest';
import * as runtime from '../../runtime/index.js';
import { BusinessCalendar } from '../../runtime/calendar/business-calendar.js';
import { dueAfter, durationAllowance, percentOfDuration } from '../../runtime/calendar/duration.js';
import { explainDeadline } from '../../runtime/calendar/explain.js';
import { holidayDataCovers, holidayDataGaps, isAmbiguousLocalTime, isEverOpen, isInDstGap, specialHoursInDstGap } from '../../runtime/calendar/checks.js';
import { calendarLookup, calendarOf } from '../../runtime/clock/contract-calendars.js';
import { deadlines, elapsed } from '../../runtime/clock/deadlines.js';
import { formatInstant } from '../../runtime/time/format.js';
import { HOUR_MS } from '../../runtime/time/units.js';
import { COMERCIAL, HELPDESK_BR, IMOLKO, OFICINA, at, businessDays, caracas, interval, saoPaulo, wall } from './fixtures.js';

const ve = (ms: number) => formatInstant(ms, 'America/Caracas');
const br = (ms: number) => formatInstant(ms, 'America/Sao_Paulo');

describe('deadlines() and elapsed() for the CLI', () => {
    test('Imolko Critica opened Monday 11:30', () => {
        const result = deadlines(IMOLKO, 'Critica', caracas('2026-03-02T11:30'));
        expect(ve(result.response!.due)).toBe('2026-03-02T13:30:00-04:00');
        expect(ve(result.resolution!.due)).toBe('2026-03-02T16:30:00-04:00');
        expect(result.escalations.map((e) => [e.percent, ve(e.at), e.notify, e.contact])).toEqual([
            [50, '2026-03-02T14:30:00-04:00', 'Líder de guardia', 'guardia@imolko.example'],
            [100, '2026-03-02T16:30:00-04:00', 'Gerente de soporte', 'soporte@imolko.example'],
            [150, '2026-03-03T09:30:00-04:00', 'Dirección', 'direccion@imolko.example'],
        ]);
    });

    test('a category without a response target, and pauses', () => {
        const result = deadlines(IMOLKO, 'Informacion', caracas('2026-12-23T10:00'), [[caracas('2026-12-28T08:00'), caracas('2026-12-28T12:00')]]);
        expect(result.response).toBeNull();
        expect(ve(result.resolution!.due)).toBe('2026-12-29T15:00:00-04:00');
        expect(result.escalations).toEqual([]);
        expect(() => deadlines(IMOLKO, 'Nope', 0)).toThrow(/no category/);
    });

    test('helpdesk-br: wall-clock and business-days targets', () => {
        const down = deadlines(HELPDESK_BR, 'Indisponibilidade', saoPaulo('2026-03-07T22:00'));
        expect(br(down.response!.due)).toBe('2026-03-07T22:15:00-03:00');
        expect(br(down.resolution!.due)).toBe('2026-03-08T02:00:00-03:00');
        expect(down.escalations.map((e) => br(e.at))).toEqual(['2026-03-07T23:00:00-03:00', '2026-03-08T02:00:00-03:00']);
        const question = deadlines(HELPDESK_BR, 'Duvida', saoPaulo('2026-03-05T15:00'));
        expect(br(question.response!.due)).toBe('2026-03-06T10:00:00-03:00');
        expect(br(question.resolution!.due)).toBe('2026-03-09T11:00:00-03:00');
    });

    test('elapsed on a named calendar or always', () => {
        expect(elapsed(IMOLKO, 'Oficina', caracas('2026-02-13T16:00'), caracas('2026-02-18T11:00'))).toBe(4 * HOUR_MS);
        expect(elapsed(IMOLKO, 'always', caracas('2026-02-13T16:00'), caracas('2026-02-13T18:00'), [[caracas('2026-02-13T17:00'), caracas('2026-02-13T17:30')]])).toBe(1.5 * HOUR_MS);
        expect(() => elapsed(IMOLKO, 'Nope', 0, 1)).toThrow(/no calendar/);
    });

    test('calendars are built once per contract', () => {
        expect(calendarOf(IMOLKO, 'Oficina')).toBe(calendarOf(IMOLKO, 'Oficina'));
        // A re-lowered contract with the same calendar shares it; a changed calendar is built anew.
        expect(calendarOf({ ...IMOLKO }, 'Oficina')).toBe(calendarOf(IMOLKO, 'Oficina'));
        const changed = { ...IMOLKO, calendars: [{ ...OFICINA, holidays: [] }] };
        expect(calendarOf(changed, 'Oficina')).not.toBe(calendarOf(IMOLKO, 'Oficina'));
        expect(calendarOf(changed, 'Oficina').isOpen(caracas('2026-08-14T10:00'))).toBe(true);
        expect(calendarOf(IMOLKO, 'always').name).toBe('always');
    });
});

describe('durations', () => {
    const lookup = calendarLookup(HELPDESK_BR);
    test('dueAfter dispatches on the kind', () => {
        const t = saoPaulo('2026-03-05T15:00');
        expect(dueAfter(wall(90), t, lookup) - t).toBe(1.5 * HOUR_MS);
        expect(br(dueAfter(businessDays(2), t, lookup))).toBe('2026-03-09T11:00:00-03:00');
        expect(br(dueAfter({ kind: 'business', minutes: 240, calendar: 'Comercial', text: '' }, t, lookup))).toBe('2026-03-06T10:00:00-03:00');
    });
    test('the allowance of business days depends on the days crossed', () => {
        expect(durationAllowance(businessDays(2), saoPaulo('2026-03-04T10:00'), lookup)).toBe(18 * HOUR_MS);
        // Thursday 15:00 → Monday 11:00: 3 + 9 + 4 + 2 hours.
        expect(durationAllowance(businessDays(2), saoPaulo('2026-03-05T15:00'), lookup)).toBe(18 * HOUR_MS);
        expect(durationAllowance(businessDays(1), saoPaulo('2026-03-06T10:00'), lookup)).toBe(9 * HOUR_MS);
    });
    test('percent of a business-days duration; 100 % is the due instant itself', () => {
        const t = saoPaulo('2026-03-04T09:00');
        // Due Thursday 09:00 (an opening); the 9 open hours end Wednesday 18:00, but 100 % is the due instant.
        expect(br(percentOfDuration(businessDays(1), 100, t, lookup))).toBe('2026-03-05T09:00:00-03:00');
        expect(br(percentOfDuration(businessDays(1), 50, t, lookup))).toBe('2026-03-04T13:30:00-03:00');
    });
});

describe('explainDeadline', () => {
    const oficina = BusinessCalendar.fromSpec(OFICINA);
    test('holidays, weekends and counted intervals', () => {
        const explanation = explainDeadline(oficina, caracas('2026-04-01T15:00'), { minutes: 20 * 60 });
        expect(ve(explanation.due)).toBe('2026-04-08T10:00:00-04:00');
        expect(explanation.countedMs).toBe(20 * HOUR_MS);
        expect(explanation.closedDays.map((d) => [d.date, d.reason, d.holidays[0]])).toEqual([
            ['2026-04-02', 'holiday', 'Jueves Santo'],
            ['2026-04-03', 'holiday', 'Viernes Santo'],
            ['2026-04-04', 'weekly', undefined],
            ['2026-04-05', 'holiday', 'Pascua'],
        ]);
        expect(explanation.counted.map((i) => `${ve(i.start)}/${ve(i.end)}`).slice(0, 2)).toEqual([
            '2026-04-01T15:00:00-04:00/2026-04-01T17:00:00-04:00',
            '2026-04-06T08:00:00-04:00/2026-04-06T12:00:00-04:00',
        ]);
        expect(explanation.dstChanges).toEqual([]);
    });

    test('DST changes, special days, pauses, business days', () => {
        const comercial = BusinessCalendar.fromSpec({ ...COMERCIAL, holidays: [{ date: '2026-12-24', title: 'Natal (véspera)' }] });
        const e = explainDeadline(comercial, saoPaulo('2026-12-22T15:00'), { days: 2 }, [[saoPaulo('2026-12-23T09:00'), saoPaulo('2026-12-23T10:00')]]);
        expect(e.specialDays).toEqual([{ date: '2026-12-24', intervals: [interval('09:00-12:00')], overriddenHolidays: ['Natal (véspera)'] }]);
        expect(e.closedDays.map((d) => d.date)).toEqual(['2026-12-25']);
        expect(e.pauses).toHaveLength(1);
        const ny = BusinessCalendar.fromSpec({ ...OFICINA, name: 'NY', zone: 'America/New_York', holidayRegions: [] });
        const dst = explainDeadline(ny, at('2026-03-06T16:00', 'America/New_York'), { minutes: 120 });
        expect(dst.dstChanges).toEqual([{ at: Date.UTC(2026, 2, 8, 7), offsetBefore: -300, offsetAfter: -240 }]);
    });
});

describe('calendar checks for diagnostics', () => {
    test('DST gaps and ambiguous local times', () => {
        expect(isInDstGap('America/New_York', '2026-03-08', 150)).toBe(true);
        expect(isInDstGap('America/New_York', '2026-03-08', 180)).toBe(false);
        expect(isInDstGap('America/New_York', '2026-03-08', 120)).toBe(true);
        expect(isInDstGap('America/Sao_Paulo', '2017-10-15', 0)).toBe(true);
        expect(isInDstGap('Australia/Lord_Howe', '2026-10-04', 135)).toBe(true);
        expect(isInDstGap('Australia/Lord_Howe', '2026-10-04', 150)).toBe(false);
        expect(isAmbiguousLocalTime('America/New_York', '2026-11-01', 90)).toBe(true);
        expect(isAmbiguousLocalTime('America/New_York', '2026-11-01', 120)).toBe(false);
        expect(isAmbiguousLocalTime('Asia/Tokyo', '2026-11-01', 90)).toBe(false);
        const spec = { ...OFICINA, zone: 'America/New_York', specialHours: [{ date: '2026-03-08', intervals: [interval('02:30-05:00'), interval('06:00-24:00')] }] };
        expect(specialHoursInDstGap(spec)).toEqual([{ date: '2026-03-08', minutes: 150, which: 'start' }]);
    });

    test('ever open', () => {
        expect(isEverOpen(OFICINA)).toBe(true);
        expect(isEverOpen({ ...OFICINA, weekly: [] })).toBe(false);
        expect(isEverOpen({ ...OFICINA, weekly: [{ day: 1, start: 600, end: 600 }] })).toBe(false);
        expect(isEverOpen({ ...OFICINA, weekly: [], specialHours: [{ date: '2026-03-02', intervals: [interval('09:00-10:00')] }] })).toBe(true);
        const gapOnly = { ...OFICINA, zone: 'America/New_York', weekly: [], specialHours: [{ date: '2026-03-08', intervals: [interval('02:10-02:50')] }] };
        expect(isEverOpen(gapOnly)).toBe(false);
    });

    test('holiday data coverage', () => {
        expect(holidayDataCovers(OFICINA, '2026-01-01', '2027-12-31')).toBe(true);
        expect(holidayDataCovers(COMERCIAL, '2026-03-01', '2027-02-28')).toBe(true);
        expect(holidayDataGaps({ ...OFICINA, holidayRegions: [{ country: 'XX' }] }, '2026-01-01', '2027-06-30')).toEqual([
            { region: { country: 'XX' }, year: 2026 },
            { region: { country: 'XX' }, year: 2027 },
        ]);
    });
});

describe('the public index', () => {
    test('re-exports the model helpers, the calendar and the clock', () => {
        for (const name of [
            'ALWAYS', 'knownZones', 'isKnownZone', 'publicHolidays', 'closest', 'editDistance',
            'BusinessCalendar', 'alwaysCalendar', 'dueAfter', 'explainDeadline', 'holidayDataCovers', 'isInDstGap', 'isEverOpen',
            'formatInstant', 'normalizePauses', 'TicketClock', 'deadlines', 'elapsed', 'calendarOf', 'EVENT_ORDER',
        ]) {
            expect(runtime, name).toHaveProperty(name);
        }
    });
});
