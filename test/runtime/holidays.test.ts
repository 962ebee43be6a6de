import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../runtime/holidays.js';

const dates = (list: { date: string }[]) => list.map((h) => h.date);

describe('holidays of a country and region', () => {
    it('a region adds to its country: BR/SP 2026 keeps Dia da Consciência Negra (national since 2024)', () => {
        const sp = publicHolidays({ country: 'BR', region: 'SP' }, 2026);
        expect(sp.find((h) => h.date === '2026-11-20')).toEqual({ date: '2026-11-20', name: 'Dia da Consciência Negra' });
        // The state's own: Revolução Constitucionalista, 9 July.
        expect(dates(sp)).toContain('2026-07-09');
        // Every national public holiday is there.
        for (const date of dates(publicHolidays({ country: 'BR' }, 2026))) expect(dates(sp)).toContain(date);
        expect(dates(sp)).toEqual([
            // 4 and 25 October: the two rounds of the 2026 general election, public holidays in the library's data.
            '2026-01-01', '2026-04-03', '2026-04-21', '2026-05-01', '2026-07-09', '2026-09-07', '2026-10-04',
            '2026-10-12', '2026-10-25', '2026-11-02', '2026-11-15', '2026-11-20', '2026-12-25',
        ]);
    });

    it('other types only when the contract includes them: Carnaval is a bank holiday', () => {
        expect(dates(publicHolidays({ country: 'BR', region: 'SP' }, 2026))).not.toContain('2026-02-16');
        const withBank = dates(publicHolidays({ country: 'BR', region: 'SP', types: ['bank'] }, 2026));
        expect(withBank).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-06-04']));
        expect(withBank).not.toContain('2026-02-14');
        const withOptional = dates(publicHolidays({ country: 'BR', region: 'SP', types: ['bank', 'optional'] }, 2026));
        expect(withOptional).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-16', '2026-02-18', '2026-12-24']));
    });
});
