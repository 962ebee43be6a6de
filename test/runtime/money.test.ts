/** The one fee rule (runtime/money.ts): the JSON export prices credits as the simulator and the documents do. */
import { describe, expect, it } from 'vitest';
import { contractJson, feeBase, feePercentAmount } from '../../runtime/index.js';
import { contractOf } from './simulate/helpers.js';

describe('percent of fee', () => {
    it('is of a month\'s fee (a twelfth of a yearly one), except a yearly cap, of the fee as written', () => {
        expect(feeBase({ amount: 120000, period: 'yearly' })).toBe(10000);
        expect(feeBase({ amount: 120000, period: 'yearly' }, 'year')).toBe(120000);
        expect(feePercentAmount({ amount: 8000, period: 'monthly' }, 150, 'year')).toBe(12000);
    });

    it('gives the JSON export the same amounts for a yearly fee', async () => {
        const contract = await contractOf(`contract Yearly {
  fee 120000 USD yearly
  category Incident { resolution within 4 hours }
  objective OnTime { 90% of resolutions on time per month }
  penalties {
    when OnTime below 90% credit 5% of fee
    cap 30% of fee per month
    cap 20% of fee per year
  }
}`);
        const json = contractJson(contract, { pactoVersion: 'test' });
        expect(json.penalties?.tiers[0]?.credit).toEqual({ amount: 500, currency: 'USD' });
        expect(json.penalties?.caps.map((c) => [c.period, c.amount?.amount])).toEqual([['month', 3000], ['year', 24000]]);
    });
});
