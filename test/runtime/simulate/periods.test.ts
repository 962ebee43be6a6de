import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsAfter } from '../../../runtime/simulate/model.js';
import { dayOfIso, isoOfDay } from '../../../runtime/time/local-date.js';
import { addMonths } from '../../../runtime/util/dates.js';
import { simulateSync } from '../../../runtime/simulate/index.js';
import { contractOf } from './helpers.js';

/** A contract in Madrid (DST from 2026-03-29 02:00 to 2026-10-25 03:00) with one scenario of `period`. */
const madrid = (period: string) => `
contract Desk {
  term 2026-01-01 to 2026-12-31
  calendar Office {
    time zone "Europe/Madrid"
    monday to friday 09:00-18:00
  }
  default calendar Office
  category Q { response within 1 business hour }
  objective R { 90% of responses on time per month }
  scenario S {
    ${period}
    arrivals { Q 5 per day }
    arrivals follow Office
    team T { agents 2 on Office  handles Q }
    handling { Q fixed 10 minutes }
  }
}
`;

describe('scenario periods end at local midnight', () => {
    it('30 days across the end of DST end at midnight, not at 23:00', async () => {
        const results = simulateSync(await contractOf(madrid('period 30 days starting 2026-10-10')), 'S', { runs: 1 });
        expect(results.period).toEqual({ start: '2026-10-10T00:00:00+02:00', end: '2026-11-09T00:00:00+01:00', zone: 'Europe/Madrid' });
    });

    it('1 month is that calendar month, across the start of DST too', async () => {
        const march = simulateSync(await contractOf(madrid('period 1 month starting 2026-03-01')), 'S', { runs: 1 });
        expect(march.period).toEqual({ start: '2026-03-01T00:00:00+01:00', end: '2026-04-01T00:00:00+02:00', zone: 'Europe/Madrid' });
        const april = simulateSync(await contractOf(madrid('period 1 month starting 2026-04-01')), 'S', { runs: 1 });
        expect(april.period).toEqual({ start: '2026-04-01T00:00:00+02:00', end: '2026-05-01T00:00:00+02:00', zone: 'Europe/Madrid' });
        const quarter = simulateSync(await contractOf(madrid('period 3 months starting 2026-01-01')), 'S', { runs: 1 });
        expect(quarter.period.end).toBe('2026-04-01T00:00:00+02:00');
    });

    it('a model of Pacto 0.1 (a length, no end) still ends where its length says', async () => {
        const contract = await contractOf(madrid('period 2 weeks starting 2026-01-05'));
        const period = contract.scenarios[0]!.period!;
        const old = { ...contract, scenarios: [{ ...contract.scenarios[0]!, period: { start: period.start, length: period.length } }] };
        expect(simulateSync(old, 'S', { runs: 1 }).period.end).toBe('2026-01-19T00:00:00+01:00');
    });
});

describe('monthsAfter (the yearly cap’s periods in a year)', () => {
    it('is util/dates.ts addMonths: the same date N months on, the 31st of a short month its last day', () => {
        fc.assert(
            fc.property(fc.integer({ min: dayOfIso('1900-01-01'), max: dayOfIso('2200-12-31') }), fc.integer({ min: 0, max: 120 }), (day, months) => {
                const date = isoOfDay(day);
                return monthsAfter(date, months) === addMonths(date, months);
            }),
            { numRuns: 5_000, seed: 31 },
        );
        expect([monthsAfter('2026-01-31', 1), monthsAfter('2024-01-31', 1), monthsAfter('2026-03-31', 6), monthsAfter('2026-12-15', 1)]).toEqual(['2026-02-28', '2024-02-29', '2026-09-30', '2027-01-15']);
    });
});
