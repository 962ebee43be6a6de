/**
 * A business-days target past the horizon is refused at once (issue 13): 999999999999999 business days built
 * a century of tables (about 1.3 s) before BeyondHorizon. The N-th following open day is at least N days
 * away, so more days than the horizon holds are refused before any table work.
 */
import { describe, expect, test } from 'vitest';
import { BusinessCalendar } from '../../runtime/calendar/business-calendar.js';
import { BeyondHorizon } from '../../runtime/calendar/horizon.js';
import { unitBudget, withWorkBudget } from '../../runtime/calendar/work-budget.js';
import type { CalendarSpec } from '../../runtime/model.js';

const MONDAYS: CalendarSpec = { name: 'Mondays', zone: 'America/Sao_Paulo', weekly: [{ day: 1, start: 540, end: 600 }], holidayRegions: [], holidays: [], specialHours: [] };
const MONDAY = Date.UTC(2026, 2, 2, 12); // 09:00 in São Paulo

function refusal(body: () => unknown): BeyondHorizon {
    try {
        body();
    } catch (error) {
        expect(error).toBeInstanceOf(BeyondHorizon);
        return error as BeyondHorizon;
    }
    throw new Error('expected BeyondHorizon');
}

describe('business days past the horizon', () => {
    test('999999999999999 business days are refused with no table built, within a budget of one step', () => {
        const calendar = BusinessCalendar.fromSpec(MONDAYS);
        const error = refusal(() => withWorkBudget(unitBudget(1), () => calendar.addBusinessDays(MONDAY, 999_999_999_999_999)));
        expect(error.reason).toBe('deadline');
        expect(error.message).toBe('This would fall due after 2126-03-02 12:00 UTC, more than 100 years after 2026-03-02 12:00 UTC: Pacto computes nothing beyond that horizon.');
        expect(calendar.tableYears).toBe(0);
    });

    test('so are 36,527: past the century’s 36,524 days and the margin of two for clock changes', () => {
        const calendar = BusinessCalendar.fromSpec(MONDAYS);
        refusal(() => calendar.addBusinessDays(MONDAY, 36_527));
        expect(calendar.tableYears).toBe(0);
    });

    test('a number of days the century could hold is still computed, or refused at the horizon as before', () => {
        const calendar = BusinessCalendar.fromSpec(MONDAYS);
        expect(new Date(calendar.addBusinessDays(MONDAY, 10)).toISOString()).toBe('2026-05-11T12:00:00.000Z');
        // 36,000 Mondays are 690 years: fewer days than the century's 36,524, so the tables find the horizon.
        refusal(() => calendar.addBusinessDays(MONDAY, 36_000));
    });
});
