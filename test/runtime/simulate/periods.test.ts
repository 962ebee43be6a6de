import { describe, expect, it } from 'vitest';
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
