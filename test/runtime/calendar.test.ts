import { describe, expect, test } from 'vitest';
import { alwaysCalendar } from '../../runtime/calendar/always.js';
import { BusinessCalendar } from '../../runtime/calendar/business-calendar.js';
import { formatInstant } from '../../runtime/time/format.js';
import { HOUR_MS, MINUTE_MS } from '../../runtime/time/units.js';
import { COMERCIAL, OFICINA, PLANTAO, at, caracas, hm, interval, saoPaulo, weekly } from './fixtures.js';

const oficina = BusinessCalendar.fromSpec(OFICINA);
const comercial = BusinessCalendar.fromSpec(COMERCIAL);
const ve = (ms: number) => formatInstant(ms, oficina);
const br = (ms: number) => formatInstant(ms, comercial);

describe('Oficina (America/Caracas, Mon–Fri 08–12, 13–17, VE holidays, 2026-08-14)', () => {
    test.each([
        // start, business hours, due
        ['2026-03-02T11:30', 1, '2026-03-02T13:30:00-04:00'], // lunch is skipped
        ['2026-03-02T11:30', 4, '2026-03-02T16:30:00-04:00'],
        ['2026-03-02T08:00', 4, '2026-03-02T12:00:00-04:00'], // lands on a closing instant: that instant
        ['2026-03-02T08:00', 8, '2026-03-02T17:00:00-04:00'],
        ['2026-03-02T12:00', 1, '2026-03-02T14:00:00-04:00'], // a closing instant is closed
        ['2026-03-02T12:30', 1, '2026-03-02T14:00:00-04:00'], // inside closed time: starts at 13:00
        ['2026-03-06T17:00', 1, '2026-03-09T09:00:00-04:00'], // Friday close to Monday
        ['2026-03-07T10:00', 2, '2026-03-09T10:00:00-04:00'], // Saturday
        ['2026-02-13T16:00', 4, '2026-02-18T11:00:00-04:00'], // Carnaval Monday and Tuesday
        ['2026-04-01T15:00', 20, '2026-04-08T10:00:00-04:00'], // Holy Thursday and Good Friday
        ['2026-08-13T15:00', 4, '2026-08-17T10:00:00-04:00'], // the company's own holiday
        ['2026-12-23T10:00', 16, '2026-12-29T10:00:00-04:00'], // Christmas Eve and Day
        ['2026-03-02T08:00', 240, '2026-04-14T17:00:00-04:00'], // Requerimiento: 30 business days, six weeks
        ['2026-12-16T09:00', 112, '2027-01-11T09:00:00-04:00'], // Menor across the new year
    ])('%s + %d business hours = %s', (start, hours, due) => {
        expect(ve(oficina.addBusiness(caracas(start), hours * 60))).toBe(due);
    });

    test('zero duration: the start when open, else the next opening', () => {
        expect(ve(oficina.addBusiness(caracas('2026-03-02T10:00'), 0))).toBe('2026-03-02T10:00:00-04:00');
        expect(ve(oficina.addBusiness(caracas('2026-03-02T12:00'), 0))).toBe('2026-03-02T13:00:00-04:00');
        expect(ve(oficina.addBusiness(caracas('2026-03-02T08:00'), 0))).toBe('2026-03-02T08:00:00-04:00');
        expect(ve(oficina.addBusiness(caracas('2026-04-02T09:00'), 0))).toBe('2026-04-06T08:00:00-04:00');
    });

    test('seconds and milliseconds are kept', () => {
        expect(ve(oficina.addBusiness(caracas('2026-03-02T11:59:30'), 1))).toBe('2026-03-02T13:00:30-04:00');
        expect(ve(oficina.addBusiness(caracas('2026-03-02T16:59:59.250'), 0.5))).toBe('2026-03-03T08:00:29.250-04:00');
        expect(ve(oficina.addBusiness(caracas('2026-03-02T08:00'), 0.5 / 60))).toBe('2026-03-02T08:00:00.500-04:00');
    });

    test('pauses', () => {
        const start = caracas('2026-03-02T11:30');
        // 15 minutes before the pause, 3½ hours after it on Monday, the last 15 minutes on Tuesday.
        const pause = [[caracas('2026-03-02T11:45'), caracas('2026-03-02T13:30')]] as const;
        expect(ve(oficina.addBusiness(start, 240, pause))).toBe('2026-03-03T08:15:00-04:00');
        // A start inside a pause waits for its end.
        const around = [[caracas('2026-03-02T11:30'), caracas('2026-03-02T14:00')]] as const;
        expect(ve(oficina.addBusiness(caracas('2026-03-02T11:40'), 60, around))).toBe('2026-03-02T15:00:00-04:00');
        expect(ve(oficina.addBusiness(caracas('2026-03-02T11:40'), 0, around))).toBe('2026-03-02T14:00:00-04:00');
        // A deadline reached exactly when a pause begins is that instant.
        const later = [[caracas('2026-03-02T09:00'), caracas('2026-03-02T10:00')]] as const;
        expect(ve(oficina.addBusiness(caracas('2026-03-02T08:00'), 60, later))).toBe('2026-03-02T09:00:00-04:00');
        // Unsorted, overlapping pauses are normalised.
        const messy = [
            [caracas('2026-03-02T13:00'), caracas('2026-03-02T14:00')],
            [caracas('2026-03-02T08:30'), caracas('2026-03-02T09:00')],
            [caracas('2026-03-02T08:45'), caracas('2026-03-02T09:30')],
        ] as const;
        expect(ve(oficina.addBusiness(caracas('2026-03-02T08:00'), 180, messy))).toBe('2026-03-02T12:00:00-04:00');
        expect(ve(oficina.addBusiness(caracas('2026-03-02T08:00'), 181, messy))).toBe('2026-03-02T14:01:00-04:00');
        // A pause that never ends.
        expect(oficina.addBusiness(caracas('2026-03-02T08:00'), 60, [[caracas('2026-03-02T08:30'), Infinity]])).toBe(Infinity);
    });

    test('elapsed business time', () => {
        const from = caracas('2026-02-13T16:00');
        const to = caracas('2026-02-18T11:00');
        expect(oficina.elapsedBusiness(from, to)).toBe(4 * HOUR_MS);
        expect(oficina.elapsedBusiness(from, to, [[caracas('2026-02-18T08:30'), caracas('2026-02-18T09:30')]])).toBe(3 * HOUR_MS);
        expect(oficina.elapsedBusiness(to, from)).toBe(0);
        expect(oficina.elapsedBusiness(caracas('2026-03-02T11:59:59'), caracas('2026-03-02T13:00:01'))).toBe(2000);
        // A whole year: 261 weekdays less 12 VE holidays on weekdays and the company's own day.
        expect(oficina.elapsedBusiness(caracas('2026-01-01T00:00'), caracas('2027-01-01T00:00')) / (8 * HOUR_MS)).toBe(248);
    });

    test('open, next opening, next closing', () => {
        expect(oficina.isOpen(caracas('2026-03-02T08:00'))).toBe(true);
        expect(oficina.isOpen(caracas('2026-03-02T11:59:59.999'))).toBe(true);
        expect(oficina.isOpen(caracas('2026-03-02T12:00'))).toBe(false);
        expect(oficina.isOpen(caracas('2026-08-14T10:00'))).toBe(false);
        expect(ve(oficina.nextOpening(caracas('2026-03-02T12:00')))).toBe('2026-03-02T13:00:00-04:00');
        expect(ve(oficina.nextOpening(caracas('2026-03-02T10:00')))).toBe('2026-03-02T10:00:00-04:00');
        expect(ve(oficina.nextOpening(caracas('2026-12-23T17:00')))).toBe('2026-12-28T08:00:00-04:00');
        expect(ve(oficina.nextClosing(caracas('2026-03-02T10:00')))).toBe('2026-03-02T12:00:00-04:00');
        expect(ve(oficina.nextClosing(caracas('2026-03-02T12:30')))).toBe('2026-03-02T12:30:00-04:00');
    });

    test('business days on the office calendar', () => {
        expect(ve(oficina.addBusinessDays(caracas('2026-03-02T10:00'), 1))).toBe('2026-03-03T10:00:00-04:00');
        expect(ve(oficina.addBusinessDays(caracas('2026-03-02T10:00'), 5))).toBe('2026-03-09T10:00:00-04:00');
        // Saturday: the clock starts Monday 08:00.
        expect(ve(oficina.addBusinessDays(caracas('2026-03-07T10:00'), 1))).toBe('2026-03-10T08:00:00-04:00');
        // Lunch time: starts at 13:00, so 13:00 the next open day.
        expect(ve(oficina.addBusinessDays(caracas('2026-03-02T12:15'), 1))).toBe('2026-03-03T13:00:00-04:00');
        expect(ve(oficina.addBusinessDays(caracas('2026-04-01T10:00'), 1))).toBe('2026-04-06T10:00:00-04:00');
        expect(ve(oficina.addBusinessDays(caracas('2026-03-02T10:00'), 0))).toBe('2026-03-02T10:00:00-04:00');
        expect(ve(oficina.addBusinessDays(caracas('2026-03-02T12:10'), 0))).toBe('2026-03-02T13:00:00-04:00');
    });
});

describe('Comercial (America/Sao_Paulo, Mon–Fri 09–18, Sat 09–13, BR/SP, 12-24 special hours, 12-31 holiday)', () => {
    test.each([
        ['2026-03-06T16:00', 8, '2026-03-09T11:00:00-03:00'], // Friday, Saturday morning, Monday
        ['2026-03-07T12:00', 1, '2026-03-07T13:00:00-03:00'], // Saturday closes at 13:00: that instant
        ['2026-12-23T16:00', 8, '2026-12-26T12:00:00-03:00'], // 2 h Wed, 3 h on the 24th, Christmas, Saturday 09–12
        ['2026-12-30T17:00', 1, '2026-12-30T18:00:00-03:00'],
        ['2026-12-30T17:30', 1, '2027-01-02T09:30:00-03:00'], // own holiday on the 31st, New Year
        ['2026-04-20T17:30', 1, '2026-04-22T09:30:00-03:00'], // Tiradentes
    ])('%s + %d business hours = %s', (start, hours, due) => {
        expect(br(comercial.addBusiness(saoPaulo(start), hours * 60))).toBe(due);
    });

    test.each([
        ['2026-03-05T15:00', 2, '2026-03-09T11:00:00-03:00'], // Saturday closes at 13:00: 2 h carry to Monday
        ['2026-03-04T10:00', 2, '2026-03-06T10:00:00-03:00'],
        ['2026-03-06T10:00', 1, '2026-03-07T10:00:00-03:00'], // Saturday is an open day
        ['2026-03-08T10:00', 1, '2026-03-10T09:00:00-03:00'], // Sunday: the clock starts Monday 09:00
        ['2026-12-23T10:00', 2, '2026-12-26T10:00:00-03:00'], // the 24th (special hours) counts, the 25th not
        ['2026-12-22T15:00', 2, '2026-12-26T12:00:00-03:00'], // day 2 is the 24th, closing 12:00: 3 h carry
        ['2026-12-30T10:00', 1, '2027-01-02T10:00:00-03:00'],
        ['2026-03-05T18:00', 1, '2026-03-07T09:00:00-03:00'], // closed at 18:00: starts Friday 09:00
    ])('%s + %d business days = %s', (start, days, due) => {
        expect(br(comercial.addBusinessDays(saoPaulo(start), days))).toBe(due);
    });

    test('special hours replace the day; a holiday closes it', () => {
        expect(comercial.isOpen(saoPaulo('2026-12-24T11:59'))).toBe(true);
        expect(comercial.isOpen(saoPaulo('2026-12-24T12:00'))).toBe(false);
        expect(comercial.isOpen(saoPaulo('2026-12-31T10:00'))).toBe(false);
        expect(comercial.isOpen(saoPaulo('2026-12-25T10:00'))).toBe(false);
        expect(comercial.dayPlan('2026-12-24').source).toBe('special');
        expect(comercial.dayPlan('2026-12-25')).toMatchObject({ source: 'holiday', intervals: [] });
    });

    test('special hours on a holiday win (documented policy)', () => {
        const spec = { ...COMERCIAL, name: 'X', holidays: [{ date: '2026-12-24' }] };
        const calendar = BusinessCalendar.fromSpec(spec);
        expect(calendar.isOpen(saoPaulo('2026-12-24T10:00'))).toBe(true);
        expect(calendar.dayPlan('2026-12-24')).toMatchObject({ source: 'special', holidays: ['2026-12-24'] });
        // Special hours with no interval close the day.
        const closed = BusinessCalendar.fromSpec({ ...COMERCIAL, specialHours: [{ date: '2026-03-04', intervals: [] }] });
        expect(closed.elapsedBusiness(saoPaulo('2026-03-04T00:00'), saoPaulo('2026-03-05T00:00'))).toBe(0);
    });

    test('business days with pauses push the deadline by the paused open time', () => {
        const start = saoPaulo('2026-03-04T10:00');
        const pause = [[saoPaulo('2026-03-04T14:00'), saoPaulo('2026-03-04T16:30')]] as const;
        expect(br(comercial.addBusinessDays(start, 2, pause))).toBe('2026-03-06T12:30:00-03:00');
        // A pause over the would-be deadline (Friday 10:00): it covers 2 open hours before it (Thursday
        // 17–18, Friday 09–10), counted from Friday 10:00 once the pause ends at 12:00 → 14:00.
        const over = [[saoPaulo('2026-03-05T17:00'), saoPaulo('2026-03-06T12:00')]] as const;
        expect(br(comercial.addBusinessDays(start, 1, over))).toBe('2026-03-05T10:00:00-03:00');
        expect(br(comercial.addBusinessDays(start, 2, over))).toBe('2026-03-06T14:00:00-03:00');
    });
});

describe('lunch breaks and early closings in business days', () => {
    const office = BusinessCalendar.fromSpec({ ...OFICINA, name: 'Split', weekly: [...weekly([1, 2, 3], '09:00-18:00'), ...weekly([4, 5], '08:00-12:00', '13:00-17:00')] });
    test('the remainder after a closing carries to the next opening', () => {
        // Wednesday 12:30 → Thursday 12:30 falls in the lunch break: 30 min carry → 13:30.
        expect(ve(office.addBusinessDays(caracas('2026-03-04T12:30'), 1))).toBe('2026-03-05T13:30:00-04:00');
        // Wednesday 17:30 → Thursday closes at 17:00: 30 min carry → Friday 08:30.
        expect(ve(office.addBusinessDays(caracas('2026-03-04T17:30'), 1))).toBe('2026-03-06T08:30:00-04:00');
        // Friday 08:00 → Monday opens at 09:00: the day's first opening.
        expect(ve(office.addBusinessDays(caracas('2026-03-06T08:00'), 1))).toBe('2026-03-09T09:00:00-04:00');
    });
});

describe('DST: local wall-clock intervals', () => {
    test('São Paulo 2017–2018: an around-the-clock day holds 23, 24 or 25 real hours', () => {
        const plantao = BusinessCalendar.fromSpec(PLANTAO);
        const day = (date: string, next: string) => plantao.elapsedBusiness(plantao.startOfDate(date), plantao.startOfDate(next)) / HOUR_MS;
        expect(day('2017-10-15', '2017-10-16')).toBe(23); // 00:00 does not exist: the day starts at 01:00
        expect(plantao.localDate(plantao.startOfDate('2017-10-15'))).toBe('2017-10-15');
        expect(formatInstant(plantao.startOfDate('2017-10-15'), plantao)).toBe('2017-10-15T01:00:00-02:00');
        // Clocks went from 2018-02-18 00:00 (−02) back to 2018-02-17 23:00 (−03): 00:00 on the 18th is first
        // reached an hour later, so the 17th holds 25 hours, its 23:xx hour twice.
        expect(day('2018-02-17', '2018-02-18')).toBe(25);
        expect(day('2018-02-18', '2018-02-19')).toBe(24);
        expect(plantao.isOpen(saoPaulo('2018-02-17T23:30'))).toBe(true);
        expect(plantao.nextClosing(saoPaulo('2018-02-17T23:30'))).toBe(Infinity);
        // Wall-clock durations across the change are real hours.
        expect(alwaysCalendar().addBusiness(saoPaulo('2017-10-14T22:00'), 240) - saoPaulo('2017-10-14T22:00')).toBe(4 * HOUR_MS);
    });

    const ny = (local: string) => at(local, 'America/New_York');
    const newYork = BusinessCalendar.fromSpec({
        name: 'NY',
        zone: 'America/New_York',
        weekly: weekly([7], '00:00-12:00'),
        holidayRegions: [],
        holidays: [],
        specialHours: [
            { date: '2026-03-15', intervals: [interval('02:30-04:00')] },
            { date: '2026-03-22', intervals: [interval('02:10-02:50')] },
            { date: '2026-11-08', intervals: [interval('01:30-03:00')] },
        ],
    });
    test('New York: spring forward shortens, fall back lengthens', () => {
        const hours = (date: string) => newYork.elapsedBusiness(ny(`${date}T00:00`), ny(`${date}T23:00`)) / HOUR_MS;
        expect(hours('2026-03-01')).toBe(12);
        expect(hours('2026-03-08')).toBe(11);
        expect(hours('2026-11-01')).toBe(13);
        // A 09:00-18:00-style interval holding the change keeps its wall-clock ends.
        expect(formatInstant(newYork.addBusiness(ny('2026-03-08T00:00'), 11 * 60), newYork)).toBe('2026-03-08T12:00:00-04:00');
        expect(formatInstant(newYork.addBusiness(ny('2026-11-01T00:00'), 13 * 60), newYork)).toBe('2026-11-01T12:00:00-05:00');
        expect(formatInstant(newYork.addBusiness(ny('2026-11-01T00:00'), 90), newYork)).toBe('2026-11-01T01:30:00-04:00');
        expect(formatInstant(newYork.addBusiness(ny('2026-11-01T00:00'), 150), newYork)).toBe('2026-11-01T01:30:00-05:00');
    });
    test('a start in a gap begins at the first instant after it; ambiguous times take the earlier offset', () => {
        const march15 = BusinessCalendar.fromSpec({ ...newYork.spec, weekly: [], specialHours: [{ date: '2026-03-08', intervals: [interval('02:30-04:00')] }] });
        expect(formatInstant(march15.nextOpening(ny('2026-03-07T12:00')), newYork)).toBe('2026-03-08T03:00:00-04:00');
        expect(march15.elapsedBusiness(ny('2026-03-08T00:00'), ny('2026-03-08T12:00'))).toBe(HOUR_MS);
        const gapOnly = BusinessCalendar.fromSpec({ ...newYork.spec, weekly: [], specialHours: [{ date: '2026-03-08', intervals: [interval('02:10-02:50')] }] });
        expect(gapOnly.nextOpening(ny('2026-03-07T12:00'))).toBe(Infinity);
        const fallBack = BusinessCalendar.fromSpec({ ...newYork.spec, weekly: [], specialHours: [{ date: '2026-11-01', intervals: [interval('01:30-03:00')] }] });
        expect(formatInstant(fallBack.nextOpening(ny('2026-10-31T12:00')), newYork)).toBe('2026-11-01T01:30:00-04:00');
        expect(fallBack.elapsedBusiness(ny('2026-11-01T00:00'), ny('2026-11-01T12:00'))).toBe(2.5 * HOUR_MS);
        // An ambiguous end also takes the first occurrence.
        const earlyEnd = BusinessCalendar.fromSpec({ ...newYork.spec, weekly: [], specialHours: [{ date: '2026-11-01', intervals: [interval('00:00-01:30')] }] });
        expect(earlyEnd.elapsedBusiness(ny('2026-11-01T00:00'), ny('2026-11-01T12:00'))).toBe(1.5 * HOUR_MS);
    });

    test('Lord Howe: a 30-minute shift', () => {
        const lh = (local: string) => at(local, 'Australia/Lord_Howe');
        const calendar = BusinessCalendar.fromSpec({ name: 'LH', zone: 'Australia/Lord_Howe', weekly: weekly([7], '01:00-03:00'), holidayRegions: [], holidays: [], specialHours: [] });
        expect(calendar.elapsedBusiness(lh('2026-04-05T00:00'), lh('2026-04-05T12:00'))).toBe(2.5 * HOUR_MS);
        expect(calendar.elapsedBusiness(lh('2026-10-04T00:00'), lh('2026-10-04T12:00'))).toBe(1.5 * HOUR_MS);
        expect(calendar.elapsedBusiness(lh('2026-04-12T00:00'), lh('2026-04-12T12:00'))).toBe(2 * HOUR_MS);
    });
});

describe('always', () => {
    const always = alwaysCalendar();
    test('business time is real time minus pauses', () => {
        const t = Date.UTC(2026, 2, 8, 5);
        expect(always.addBusiness(t, 90)).toBe(t + 90 * MINUTE_MS);
        expect(always.addBusiness(t, 90, [[t + 10 * MINUTE_MS, t + 40 * MINUTE_MS]])).toBe(t + 120 * MINUTE_MS);
        expect(always.elapsedBusiness(t, t + HOUR_MS, [[t - HOUR_MS, t + 15 * MINUTE_MS]])).toBe(45 * MINUTE_MS);
        expect(always.isOpen(t)).toBe(true);
        expect(always.nextClosing(t)).toBe(Infinity);
        expect(always.addBusinessDays(t, 2)).toBe(t + 48 * HOUR_MS);
        expect(always.addBusiness(t, 0, [[t, t + 5]])).toBe(t + 5);
    });
    test('business days in a zone keep the local time across DST', () => {
        const nyAlways = alwaysCalendar('America/New_York');
        const start = at('2026-03-07T10:00', 'America/New_York');
        expect(formatInstant(nyAlways.addBusinessDays(start, 1), nyAlways)).toBe('2026-03-08T10:00:00-04:00');
    });
});

describe('never-open and odd calendars', () => {
    test('a calendar with only past special hours never opens again', () => {
        const calendar = BusinessCalendar.fromSpec({ ...OFICINA, name: 'Once', weekly: [], holidayRegions: [], specialHours: [{ date: '2026-03-02', intervals: [interval('09:00-10:00')] }] });
        expect(calendar.addBusiness(caracas('2026-03-02T09:30'), 30)).toBe(caracas('2026-03-02T10:00'));
        expect(calendar.addBusiness(caracas('2026-03-02T09:30'), 31)).toBe(Infinity);
        expect(calendar.nextOpening(caracas('2026-03-02T10:00'))).toBe(Infinity);
        expect(calendar.nextClosing(caracas('2026-03-02T09:00'))).toBe(caracas('2026-03-02T10:00'));
        expect(calendar.addBusinessDays(caracas('2026-03-01T10:00'), 1)).toBe(Infinity);
        expect(calendar.elapsedBusiness(caracas('2020-01-01T00:00'), caracas('2030-01-01T00:00'))).toBe(HOUR_MS);
    });
    test('far-apart queries and long spans', () => {
        expect(ve(oficina.addBusiness(caracas('2031-06-02T08:00'), 8))).toBe('2031-06-02T08:08:00-04:00');
        expect(ve(oficina.addBusiness(caracas('2019-06-03T08:00'), 8 * 60))).toBe('2019-06-03T17:00:00-04:00');
        const years = oficina.elapsedBusiness(caracas('2020-01-01T00:00'), caracas('2030-01-01T00:00')) / (8 * HOUR_MS);
        expect(years).toBeGreaterThan(2400);
        expect(years).toBeLessThan(2520);
        // Three years of business hours, computed in one call.
        const due = oficina.addBusiness(caracas('2026-01-05T08:00'), years * 8 * 60);
        expect(ve(due)).toBe(ve(oficina.addBusiness(caracas('2026-01-05T08:00'), years * 8 * 60)));
    });
    test('input validation', () => {
        expect(() => oficina.addBusiness(NaN, 1)).toThrow(RangeError);
        expect(() => oficina.addBusiness(0, -1)).toThrow(RangeError);
        expect(() => oficina.addBusinessDays(0, 1.5)).toThrow(RangeError);
        expect(() => BusinessCalendar.fromSpec({ ...OFICINA, zone: 'Mars/Olympus' })).toThrow(/Unknown time zone/);
    });
    test('hm helper', () => expect(hm('24:00')).toBe(1440));
});

describe('formatInstant', () => {
    test('ISO 8601 with the zone offset, seconds kept, milliseconds only when set', () => {
        expect(formatInstant(saoPaulo('2026-03-02T12:30'), 'America/Sao_Paulo')).toBe('2026-03-02T12:30:00-03:00');
        expect(formatInstant(saoPaulo('2026-03-02T12:30:05.120'), COMERCIAL)).toBe('2026-03-02T12:30:05.120-03:00');
        expect(formatInstant(Date.UTC(2026, 0, 1), 'UTC')).toBe('2026-01-01T00:00:00Z');
        expect(formatInstant(Date.UTC(2026, 0, 1), 'Europe/London')).toBe('2026-01-01T00:00:00+00:00');
        expect(formatInstant(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).toBe('2026-01-01T05:30:00+05:30');
        expect(formatInstant(Date.UTC(2026, 0, 1), 'Australia/Lord_Howe')).toBe('2026-01-01T11:00:00+11:00');
        expect(formatInstant(Date.UTC(2026, 6, 1), 'Australia/Lord_Howe')).toBe('2026-07-01T10:30:00+10:30');
    });
});
