import { describe, expect, it } from 'vitest';
import { compileScenario, simulateOnce, simulateSync } from '../../../runtime/simulate/index.js';
import type { Contract } from '../../../runtime/model.js';
import { contractOf, exampleContract } from './helpers.js';

/**
 * One agent, two hours a ticket, wall-clock targets. With four tickets of A at 00:00-00:03 only the first is
 * answered within the hour (25 %: the 20 % tier and the 400 EUR fine, three breaches at 10 EUR); the ticket
 * of B at 10:00 is resolved at 12:00, an hour late (0 %: the 10 % tier, one breach at 1 % of the fee).
 */
const multas = (caps: string) => `
contract Multas {
  fee 1000 EUR monthly
  category A { response within 1 hour }
  category B { resolution within 1 hour }
  objective OA { 90% of responses on time for A per month }
  objective OB { 90% of resolutions on time for B per month }
  penalties {
    when OA below 90% credit 5% of fee
    when OA below 50% credit 20% of fee
    when OA below 80% pay 300 EUR
    when OA below 50% pay 400 EUR
    when OB below 90% credit 10% of fee
    per breach of A response pay 10 EUR
    per breach of B resolution credit 1% of fee
    ${caps}
  }
  scenario Janeiro {
    period 1 month starting 2026-01-01
    arrivals { A 2 per day  B 1 per day }
    team T { agents 1 on always  handles A, B }
    handling { A fixed 2 hours  B fixed 2 hours }
  }
}
`;

const at = (iso: string) => Date.parse(iso);
const HAND_WORKED = [
    { category: 'A', at: at('2026-01-01T00:00:00Z') },
    { category: 'A', at: at('2026-01-01T00:01:00Z') },
    { category: 'A', at: at('2026-01-01T00:02:00Z') },
    { category: 'A', at: at('2026-01-01T00:03:00Z') },
    { category: 'B', at: at('2026-01-01T10:00:00Z') },
];

describe('the combination rule', () => {
    it('owes, per objective, the worst tier and the worst fine; per-breach penalties for each breaching ticket; all added up', async () => {
        const { results } = simulateOnce(await contractOf(multas('')), 'Janeiro', { arrivals: HAND_WORKED });
        // 200 (OA's 20 %) + 100 (OB's 10 %) credits, 400 fine, 3 × 10 + 1 × 10 per breach.
        expect(results.penalties).toMatchObject({ currency: 'EUR', expected: 740, perRun: [740], beforeCaps: { credits: 300, fines: 400, perBreach: 40 } });
    });

    it('then applies the monthly cap', async () => {
        const { results } = simulateOnce(await contractOf(multas('cap 50% of fee per month')), 'Janeiro', { arrivals: HAND_WORKED });
        expect(results.penalties).toMatchObject({ expected: 500, worst: 500, perRun: [500], beforeCaps: { credits: 300, fines: 400, perBreach: 40 } });
    });

    it('then the yearly cap, over each year of 12 consecutive monthly periods', async () => {
        // Nobody works: every ticket breaches, every month owes more than the monthly cap of 500. The yearly
        // cap of 3000 is used up after six months; the next year starts afresh.
        const contract = await contractOf(multas('cap 50% of fee per month\n    cap 300% of fee per year'));
        expect(compileScenario(contract, 'Janeiro').periodsPerYear).toBe(12);
        const results = simulateSync(contract, 'Janeiro', { runs: 30, agents: { T: 0 } });
        const year = [...Array<number>(6).fill(500), ...Array<number>(6).fill(0)];
        expect(results.penalties.perRun).toEqual([...year, ...year, ...Array<number>(6).fill(500)]);
        expect(results.penalties).toMatchObject({ expected: 300, p95: 500, worst: 500 });
        expect(results.penalties.perYear).toEqual({ periods: 12, years: 2, cap: 3000, expected: 3000, p95: 3000, worst: 3000, perYear: [3000, 3000] });
    });

    it('never exceeds a cap, and owes exactly the sum of its parts when nothing caps it', async () => {
        // Two agents for about 3 tickets a day of two hours each: some months breach, some do not.
        const capped = await contractOf(multas('cap 30% of fee per month\n    cap 150% of fee per year').replace('agents 1', 'agents 2'));
        const results = simulateSync(capped, 'Janeiro', { runs: 120, seed: 3 });
        const perRun = results.penalties.perRun;
        expect(new Set(perRun).size).toBeGreaterThan(2);
        expect(Math.max(...perRun)).toBeLessThanOrEqual(300);
        for (let y = 0; y < 10; y++) expect(perRun.slice(12 * y, 12 * y + 12).reduce((s, v) => s + v, 0)).toBeLessThanOrEqual(1500 + 1e-9);
        expect(results.penalties.perYear!.worst).toBeLessThanOrEqual(1500);
        expect(results.penalties.perYear!.years).toBe(10);

        const free = simulateSync(await contractOf(multas('').replace('agents 1', 'agents 2')), 'Janeiro', { runs: 120, seed: 3 });
        const { credits, fines, perBreach } = free.penalties.beforeCaps;
        expect(free.penalties.expected).toBeCloseTo(credits + fines + perBreach, 1);
        expect(free.penalties.perYear!.cap).toBeNull();
        expect(free.penalties.perYear!.expected).toBeCloseTo(12 * free.penalties.expected, 1);
    });

    it('a per-breach penalty is the count of breaching tickets times its amount, period by period', async () => {
        const only = (await contractOf(multas(''))) as Contract;
        const contract: Contract = { ...only, penalties: { ...only.penalties!, tiers: [], fines: [], perBreach: only.penalties!.perBreach!.slice(0, 1) } };
        const all = simulateSync(contract, 'Janeiro', { runs: 8, seed: 5 });
        for (let index = 0; index < 8; index++) {
            const one = simulateOnce(contract, 'Janeiro', { seed: 5, index }).results;
            // A has only a response target: its breaches are its late responses.
            const breaches = one.categories['A']!.breaches;
            expect(breaches).toBeGreaterThan(0);
            expect(one.penalties.perRun).toEqual([10 * breaches]);
            expect(all.penalties.perRun[index]).toBe(10 * breaches);
        }
    });

    it('says what it leaves out: objectives not simulated, downtime, fixed amounts without a fee', async () => {
        const saas = simulateSync(await exampleContract('saas-hosting.pacto'), 'TypicalMonth', { runs: 4 });
        expect(saas.penalties.notes).toEqual([
            'credit for Uptime not included: that objective is not simulated',
            'fine for Uptime not included: that objective is not simulated',
            'downtime penalty of DowntimeBudget not included: availability depends on outages, not on tickets',
        ]);
        const base = await contractOf(multas(''));
        const noFee: Contract = { ...base, fee: null };
        const { results } = simulateOnce(noFee, 'Janeiro', { arrivals: HAND_WORKED });
        expect(results.penalties.notes).toEqual([
            'the contract states no fee: amounts are percentages of the fee',
            'fine for OA not included: the contract states no fee, so amounts are percentages of it',
            'per-breach penalty of A not included: the contract states no fee, so amounts are percentages of it',
        ]);
        // 20 % + 10 % credits and 1 % for B's breach, in percent of the fee.
        expect(results.penalties).toMatchObject({ currency: null, perRun: [31], beforeCaps: { credits: 30, fines: 0, perBreach: 1 } });
    });

    it('counts a year in periods of the scenario: 12 months, 4 quarters, 13 four-week periods, 52 weeks', async () => {
        const contract = await contractOf(multas(''));
        const scenario = contract.scenarios[0]!;
        const withPeriod = (start: string, end: string): Contract => ({ ...contract, scenarios: [{ ...scenario, period: { ...scenario.period!, start, end } }] });
        const years = (start: string, end: string) => compileScenario(withPeriod(start, end), 'Janeiro').periodsPerYear;
        expect(years('2026-02-01', '2026-03-01')).toBe(12);
        expect(years('2026-01-31', '2026-02-28')).toBe(12);
        expect(years('2026-01-01', '2026-04-01')).toBe(4);
        expect(years('2026-03-02', '2026-03-30')).toBe(13);
        expect(years('2026-11-23', '2026-11-30')).toBe(52);
        expect(years('2026-01-01', '2027-01-01')).toBe(1);
    });

    it('the help desk in April: the phone objective’s fine every month, within the monthly and yearly caps', async () => {
        const results = simulateSync(await exampleContract('helpdesk-br.pacto'), 'PorCanal', { runs: 24 });
        const p = results.penalties;
        expect(p.perYear).toMatchObject({ periods: 12, years: 2, cap: 12000 });
        for (const total of p.perYear!.perYear) expect(total).toBeLessThanOrEqual(12000);
        expect(Math.max(...p.perRun)).toBeLessThanOrEqual(2400);
        // The phone must answer in 30 s and the team works office hours: every month pays the 1000 BRL fine.
        expect(p.beforeCaps.fines).toBe(1000);
    });
});
