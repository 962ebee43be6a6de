import { afterEach, describe, expect, it } from 'vitest';
import { isKnownHolidayRegion, publicHolidays } from '../../runtime/holidays.js';

// ICU's collator costs ~3 ms to make: a check asks whether a region exists and which dates a year closes on,
// and neither needs it (a set has no order; ISO dates sort as their digits).
const realCompare = String.prototype.localeCompare;
afterEach(() => {
    String.prototype.localeCompare = realCompare;
});
function withoutCollator<T>(body: () => T): T {
    String.prototype.localeCompare = () => {
        throw new Error('localeCompare called');
    };
    try {
        return body();
    } finally {
        String.prototype.localeCompare = realCompare;
    }
}

describe('holiday look-ups of a check make no collator', () => {
    it('a region is known or not without sorting the regions', () => {
        expect(withoutCollator(() => [isKnownHolidayRegion('BR', 'SP'), isKnownHolidayRegion('BR', 'XX'), isKnownHolidayRegion('VE', 'SP')])).toEqual([true, false, false]);
    });

    it("a year's public holidays come sorted by date as localeCompare sorted them", () => {
        const list = withoutCollator(() => publicHolidays({ country: 'VE' }, 2031));
        expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort((a, b) => a.localeCompare(b)));
        expect(list.map((h) => h.date)).toEqual([
            '2031-01-01', '2031-02-24', '2031-02-25', '2031-04-10', '2031-04-11', '2031-04-13', '2031-04-19', '2031-05-01',
            '2031-06-24', '2031-07-05', '2031-07-24', '2031-10-12', '2031-12-24', '2031-12-25', '2031-12-31',
        ]);
    });
});
