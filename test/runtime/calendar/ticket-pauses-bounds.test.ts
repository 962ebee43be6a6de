import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../../runtime/calendar/business-calendar.js';
import { BeyondHorizon, HORIZON_MS } from '../../../runtime/calendar/horizon.js';
import { unitBudget, withWorkBudget, WorkCutShort } from '../../../runtime/calendar/work-budget.js';
import type { CalendarSpec, Weekday } from '../../../runtime/model.js';
import { TicketPauses } from '../../../runtime/time/pauses.js';

/** The ticket-set entry points keep the engine's bounds: the horizon, the work budgets, the tables grown. */

const MINUTE = 60_000;
const DAY = 86_400_000;
const spec: CalendarSpec = {
    name: 'Comercial',
    zone: 'America/Sao_Paulo',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as Weekday, start: 540, end: 1080 })),
    holidayRegions: [{ country: 'BR' }],
    holidays: [],
    specialHours: [],
};
const start = Date.UTC(2018, 10, 5, 12); // Monday 2018-11-05 10:00 in São Paulo, the day after DST began

describe('TicketPauses within the bounds', () => {
    test('a deadline beyond the horizon is refused, on a table that reaches past it too', () => {
        const warm = BusinessCalendar.fromSpec({ ...spec, name: 'Century' });
        const century = warm.elapsedBusiness(start, start + HORIZON_MS);
        const set = TicketPauses.of([[[start + DAY, start + DAY + 1]], []]);
        warm.carryPauses(set);
        expect(() => warm.addBusinessTicket(start, century + MINUTE, set, 0)).toThrow(BeyondHorizon);
        expect(() => warm.addBusinessTicket(start, century + MINUTE, set, 1)).toThrow(BeyondHorizon);
        // All of it is due within the horizon without the pause; with it (a millisecond of Tuesday's open time
        // paused) a millisecond more is needed, beyond the horizon, as the pair list says.
        expect(warm.addBusinessTicket(start, century, set, 1)).toBe(warm.addBusinessMs(start, century));
        expect(() => warm.addBusinessMs(start, century, [[start + DAY, start + DAY + 1]])).toThrow(BeyondHorizon);
        expect(() => warm.addBusinessTicket(start, century, set, 0)).toThrow(BeyondHorizon);
        expect(warm.addBusinessTicket(start, century - 1, set, 0)).toBe(warm.addBusinessMs(start, century));
    });

    test('a work budget stops a deadline that would grow the table; what the table holds is answered within any', () => {
        const warm = BusinessCalendar.fromSpec({ ...spec, name: 'Budget' });
        const set = TicketPauses.of([[[start, start + 30 * MINUTE]], [[start + DAY, start + 2 * DAY]]]);
        expect(warm.addBusinessTicket(start, 3_600_000, set, 0)).toBe(Date.UTC(2018, 10, 5, 13, 30));
        const far = 20 * 2_300 * MINUTE * 60;
        expect(() => withWorkBudget(unitBudget(5), () => warm.addBusinessTicket(start, far, set, 1))).toThrow(WorkCutShort);
        expect(withWorkBudget(unitBudget(0), () => warm.addBusinessTicket(start, 3_600_000, set, 0))).toBe(Date.UTC(2018, 10, 5, 13, 30));
        expect(withWorkBudget(unitBudget(0), () => warm.elapsedTicket(start, start + DAY, set, 0))).toBe(8.5 * 3_600_000);
    });

    test('carrying up front grows the table over the pauses, not over pauses more than a horizon apart', () => {
        const near = BusinessCalendar.fromSpec({ ...spec, name: 'Near' });
        near.carryPauses(TicketPauses.of([[[start, start + DAY]], [[start + 400 * DAY, start + 401 * DAY]]]));
        // 2018 and 2019: the years of both tickets' pauses.
        expect(near.tableYears).toBe(2);
        expect(near.addBusinessTicket(start, 3_600_000, TicketPauses.of([[[start, start + DAY]]]), 0)).toBe(Date.UTC(2018, 10, 6, 13));
        const apart = BusinessCalendar.fromSpec({ ...spec, name: 'Apart' });
        const set = TicketPauses.of([[[start, start + DAY]], [[start + HORIZON_MS, start + HORIZON_MS + DAY]]]);
        apart.carryPauses(set);
        expect(apart.tableYears).toBe(0);
        expect(set.heldAll).toBe(false);
        // The questions grow it as they need, and the set is carried again as it grows. Sunday 10:00 to
        // Wednesday 10:00 less Monday 10:00 to Tuesday 10:00: Monday 09-10, Tuesday 10-18, Wednesday 09-10.
        expect(apart.addBusinessTicket(start, 3_600_000, set, 0)).toBe(Date.UTC(2018, 10, 6, 13));
        expect(apart.addBusinessTicket(start, 3_600_000, set, 0)).toBe(Date.UTC(2018, 10, 6, 13));
        expect(apart.elapsedTicket(start - DAY, start + 2 * DAY, set, 0)).toBe(10 * 3_600_000);
    });
});
