// OpenDates bounds a target of business days from below with comparisons only (the judge's shortcut for the
// tickets the elapsed time leaves undecided): never after the due instant the calendar gives, pauses or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../../runtime/clock/contract-calendars.js';
import { OpenDates } from '../../../runtime/simulate/open-dates.js';
import { propertyRuns } from '../random-calendars.js';
import { contractOf, exampleContract, NEW_YORK_OFFICE } from './helpers.js';

const runs = propertyRuns(1415);
const DAY = 86_400_000;

const NEW_YORK = `
contract Dates "Dates" {${NEW_YORK_OFFICE}}
`;

async function cases() {
    const ny = calendarOf(await contractOf(NEW_YORK), 'Office');
    const br = calendarOf(await exampleContract('helpdesk-br.pacto'), 'Comercial');
    return [
        // Over the DST change of 8 March 2026 in New York, a half day, a holiday and a special date.
        { calendar: ny, from: Date.parse('2026-03-02T05:00:00Z') },
        { calendar: br, from: Date.parse('2026-03-02T03:00:00Z') },
    ];
}

describe('OpenDates', () => {
    it('is never after addBusinessDays, with or without a pause', async () => {
        for (const { calendar, from } of await cases()) {
            const to = from + 90 * DAY;
            const dates = new OpenDates(calendar, calendar.zone, from, to);
            const ticket = fc.record({
                opened: fc.double({ min: from, max: from + 30 * DAY, noNaN: true }),
                days: fc.integer({ min: 1, max: 10 }),
                pause: fc.option(fc.record({ after: fc.double({ min: 0, max: 3 * DAY, noNaN: true }), length: fc.double({ min: 1, max: 5 * DAY, noNaN: true }) })),
            });
            fc.assert(
                fc.property(ticket, ({ opened, days, pause }) => {
                    const floor = dates.dueFloor(opened, days);
                    const pauses = pause ? [[opened + pause.after, opened + pause.after + pause.length] as [number, number]] : undefined;
                    const due = calendar.addBusinessDays(opened, days, pauses);
                    expect(floor).not.toBeNaN();
                    expect(floor).toBeLessThanOrEqual(due);
                }),
                runs(400),
            );
        }
    });

    it('is the first opening of the due date at an opening, and NaN past the dates held', async () => {
        const { calendar, from } = (await cases())[0]!;
        const dates = new OpenDates(calendar, calendar.zone, from, from + 20 * DAY);
        // Monday 2 March 2026 08:00 in New York: two business days on is Wednesday 4 March, 08:00.
        const monday = Date.parse('2026-03-02T13:00:00Z');
        expect(dates.dueFloor(monday, 2)).toBe(Date.parse('2026-03-04T13:00:00Z'));
        expect(calendar.addBusinessDays(monday, 2)).toBe(Date.parse('2026-03-04T13:00:00Z'));
        // Sunday: the first open instant is Monday's.
        expect(dates.dueFloor(Date.parse('2026-03-01T18:00:00Z'), 1)).toBe(Date.parse('2026-03-03T13:00:00Z'));
        expect(dates.dueFloor(monday, 40)).toBeNaN();
        expect(OpenDates.NONE.dueFloor(monday, 1)).toBeNaN();
    });
});
