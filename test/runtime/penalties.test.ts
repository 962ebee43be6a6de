// The one penalty rule (runtime/penalties.ts) that the simulator and the compliance report both use: each
// piece by hand, then the same quarter owed the same by both.
import { describe, expect, it } from 'vitest';
import { complianceReport } from '../../runtime/replay/index.js';
import { capLimit, capped, capsOf, creditAmount, feeScale, objectiveOwed, penaltyAmount, periodLimit, yearLimit } from '../../runtime/penalties.js';
import { simulateOnce } from '../../runtime/simulate/index.js';
import type { Fee, Penalties, Threshold } from '../../runtime/model.js';
import { contractOf } from './simulate/helpers.js';

const MONTHLY: Fee = { amount: 1200, currency: 'EUR', period: 'monthly' } as Fee;
const YEARLY: Fee = { amount: 12000, currency: 'EUR', period: 'yearly' } as Fee;
const pct = (value: number): Threshold => ({ kind: 'percent', value });

describe('the penalty rule, piece by piece', () => {
    it("reads 'P% of fee' as a month's fee for credits and every cap shorter than a year, the fee as written for a year", () => {
        expect([feeScale(MONTHLY), feeScale(YEARLY), feeScale(null)]).toEqual([1200, 1000, 100]);
        expect([feeScale(MONTHLY, 'year'), feeScale(YEARLY, 'year')]).toEqual([1200, 12000]);
        expect([creditAmount(5, MONTHLY), creditAmount(5, YEARLY), creditAmount(5, null)]).toEqual([60, 50, 5]);
        expect(penaltyAmount({ kind: 'pay', amount: { amount: 300, currency: 'EUR' } }, MONTHLY)).toBe(300);
        expect(penaltyAmount({ kind: 'credit', percent: 10 }, YEARLY)).toBe(100);
        expect([capLimit({ percent: 30, period: 'month' }, MONTHLY), capLimit({ percent: 30, period: 'month' }, YEARLY)]).toEqual([360, 300]);
        // A quarter's cap is a share of a month's fee too, not of three.
        expect([capLimit({ percent: 50, period: 'quarter' }, MONTHLY), capLimit({ percent: 50, period: 'quarter' }, YEARLY)]).toEqual([600, 500]);
        expect([capLimit({ percent: 150, period: 'year' }, MONTHLY), capLimit({ percent: 20, period: 'year' }, YEARLY), capLimit({ percent: 150, period: 'year' }, null)]).toEqual([1800, 2400, 150]);
    });

    it('takes the caps of v1 and v2 contracts, the lowest cap of those that apply to a period, and the yearly one', () => {
        const v1 = { tiers: [], cap: { percent: 20, period: 'month' } } as unknown as Penalties;
        const v2 = { tiers: [], cap: { percent: 20, period: 'month' }, caps: [{ percent: 20, period: 'month' }, { percent: 40, period: 'quarter' }, { percent: 100, period: 'year' }] } as unknown as Penalties;
        expect(capsOf(v1)).toEqual([{ percent: 20, period: 'month' }]);
        expect(capsOf(v2)).toHaveLength(3);
        expect(capsOf(null)).toEqual([]);
        const caps = capsOf(v2);
        expect(periodLimit(caps, MONTHLY, (c) => c.period === 'quarter')).toBe(480);
        expect(periodLimit(caps, MONTHLY, (c) => c.period === 'month')).toBe(240);
        expect(periodLimit(caps, MONTHLY, () => true)).toBe(240);
        expect(periodLimit(caps, MONTHLY, () => false)).toBe(Infinity);
        expect(yearLimit(caps, MONTHLY)).toBe(1200);
        expect(yearLimit(capsOf(v1), MONTHLY)).toBe(Infinity);
    });

    it('owes per objective the worst credit tier and the worst fine it falls below, both', () => {
        const penalties = {
            tiers: [
                { objective: 'OA', below: pct(90), creditPercent: 5 },
                { objective: 'OA', below: pct(50), creditPercent: 20 },
                { objective: 'OB', below: pct(90), creditPercent: 10 },
            ],
            cap: null,
            fines: [
                { objective: 'OA', below: pct(80), amount: { amount: 300, currency: 'EUR' } },
                { objective: 'OA', below: pct(50), amount: { amount: 400, currency: 'EUR' } },
            ],
        } as unknown as Penalties;
        const at = (value: number) => (t: Threshold) => value * 100 < t.value;
        expect(objectiveOwed(penalties, 'OA', at(0.25))).toEqual({ creditPercent: 20, fine: { amount: 400, currency: 'EUR' } });
        expect(objectiveOwed(penalties, 'OA', at(0.7))).toEqual({ creditPercent: 5, fine: { amount: 300, currency: 'EUR' } });
        expect(objectiveOwed(penalties, 'OA', at(0.85))).toEqual({ creditPercent: 5, fine: null });
        expect(objectiveOwed(penalties, 'OA', at(0.95))).toEqual({ creditPercent: null, fine: null });
        expect(objectiveOwed(penalties, 'OB', at(0.25))).toEqual({ creditPercent: 10, fine: null });
        expect(objectiveOwed(null, 'OA', at(0))).toEqual({ creditPercent: null, fine: null });
    });

    it("caps a period's total by its cap, then by what is left of the year's", () => {
        expect(capped(740, Infinity, Infinity)).toEqual({ amount: 740, byPeriod: false, byYear: false });
        expect(capped(740, 500, Infinity)).toEqual({ amount: 500, byPeriod: true, byYear: false });
        expect(capped(740, 500, 300)).toEqual({ amount: 300, byPeriod: true, byYear: true });
        expect(capped(200, 500, 300)).toEqual({ amount: 200, byPeriod: false, byYear: false });
        expect(capped(200, 500, -50)).toEqual({ amount: 0, byPeriod: false, byYear: true });
    });
});

/**
 * A quarterly objective: four tickets of A in each quarter, only the first answered within the hour (25 %):
 * the 20 % tier (240 EUR of a 1200 EUR month) and the 400 EUR fine, 640 EUR, capped at 50 % of a month's fee
 * (600 EUR) per quarter; the yearly cap of 75 % of the fee (900 EUR) leaves 300 EUR for the second quarter.
 */
const QUARTERLY = `
contract Trimestral {
  fee 1200 EUR monthly
  category A { response within 1 hour }
  objective OA { 90% of responses on time for A per quarter }
  penalties {
    when OA below 90% credit 5% of fee
    when OA below 50% credit 20% of fee
    when OA below 80% pay 300 EUR
    when OA below 50% pay 400 EUR
    cap 50% of fee per quarter
    cap 75% of fee per year
  }
  scenario Q1 {
    period 3 months starting 2026-01-01
    arrivals { A 1 per day }
    team T { agents 1 on always  handles A }
    handling { A fixed 2 hours }
  }
}
`;

/** Four tickets opened a minute apart; the first answered at once, the others two, four and six hours later. */
function quarterHistory(month: string): string {
    return [0, 1, 2, 3]
        .map((k) => `Q${month}-${k},2026-${month}-05T00:0${k}:00Z,opened,A,\nQ${month}-${k},2026-${month}-05T0${2 * k}:${k === 0 ? '00' : '30'}:00Z,responded,,`)
        .join('\n');
}

describe('one rule for the simulator and the compliance report', () => {
    it('owes the same for a quarter, a quarterly cap of a month’s fee, and the yearly cap of the fee as written', async () => {
        const contract = await contractOf(QUARTERLY);
        const csv = `ticket,at,event,category,channel\n${quarterHistory('01')}\n${quarterHistory('04')}\n`;
        async function* source() {
            yield csv;
        }
        const report = await complianceReport({ contract, history: { source: source(), file: 'q.csv', format: 'csv' }, range: { from: '2026-01-01', to: '2026-07-01', unit: 'quarter' } });
        expect(report.periods.map((p) => [p.objectives[0]!.achieved, p.penalties.subtotal, p.penalties.amount, p.penalties.percentOfFee, p.penalties.capped])).toEqual([
            [0.25, 640, 600, 50, ['quarter']],
            [0.25, 640, 300, 25, ['quarter', 'year']],
        ]);
        expect(report.periods[0]!.penalties.items).toEqual([
            { kind: 'tier', of: 'OA', amount: 240, percentOfFee: 20 },
            { kind: 'fine', of: 'OA', amount: 400, percentOfFee: 33.333333 },
        ]);

        // The simulator, the same four tickets in its quarter: the same amount before and after the caps.
        const arrivals = [0, 1, 2, 3].map((k) => ({ category: 'A', at: Date.parse(`2026-01-05T00:0${k}:00Z`) }));
        const { results } = simulateOnce(contract, 'Q1', { arrivals });
        expect(results.objectives['OA']).toMatchObject({ perRun: [0.25] });
        expect(results.penalties).toMatchObject({ perRun: [600], beforeCaps: { credits: 240, fines: 400, perBreach: 0 } });
        expect(results.penalties.perYear).toBeNull();
    });
});
