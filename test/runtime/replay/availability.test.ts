import { describe, expect, it } from 'vitest';
import { complianceReport } from '../../../runtime/index.js';
import { exampleContract } from '../export/examples.js';

async function* text(s: string): AsyncGenerator<string> {
    yield s;
}

describe('availability and money (saas-hosting, March 2026: London changes to BST on the 29th)', () => {
    it('merges and clips outages, leaves the maintenance window out, and adds tiers, per-breach and downtime penalties', async () => {
        const contract = await exampleContract('saas-hosting.pacto');
        const history = `ticket,at,event,category,channel
INC1,2026-03-10T10:05Z,opened,Outage,Phone
INC1,2026-03-10T10:15Z,responded,,
INC1,2026-03-10T14:30Z,resolved,,
`;
        const outages = `start,end,planned
2026-03-10T10:00Z,2026-03-10T13:00Z,false
2026-03-10T12:00Z,2026-03-10T14:00Z,
2026-03-15T01:30Z,2026-03-15T03:30Z,true
2026-02-28T23:00Z,2026-03-01T00:30Z,false
`;
        const r = await complianceReport({
            contract,
            history: { source: text(history), file: 'h.csv', format: 'csv' },
            outages: { source: text(outages), file: 'o.csv' },
            range: { from: '2026-03-01', to: '2026-04-01', unit: 'month' },
        });
        const [march] = r.periods;
        // 743 real hours (the 29th has 23); down 10:00–14:00 on the 10th (240 min), 01:30–02:00 on Sunday the
        // 15th (the window is 02:00–04:00), and the first 30 minutes of the month: 300 min.
        const length = 743 * 60;
        const byName = Object.fromEntries(march!.objectives.map((o) => [o.name, o]));
        expect(byName['Uptime']).toMatchObject({ achieved: 1 - 300 / length, met: false, downtimeMinutes: 300, plannedMinutes: 30, tickets: 0 });
        expect(byName['DowntimeBudget']).toMatchObject({ unit: 'minutes', target: 45, achieved: 300, met: false });
        expect(byName['IncidentsOnTime']).toMatchObject({ achieved: 0, met: false, tickets: 1 });
        expect(byName['RequestsOnTime']).toMatchObject({ achieved: null, met: null, tickets: 0 });
        // 99.33% is below 99.5% (10%) but not 99%; 255 min beyond the budget are 5 started hours (5%);
        // the Outage resolution was due 14:05 and came at 14:30 (750 GBP); incidents 0% < 95% (5%).
        expect(march!.penalties).toEqual({
            amount: 1200 + 600 + 750 + 600,
            currency: 'GBP',
            percentOfFee: 26.25,
            subtotal: 3150,
            items: [
                { kind: 'tier', of: 'Uptime', amount: 1200, percentOfFee: 10 },
                { kind: 'tier', of: 'IncidentsOnTime', amount: 600, percentOfFee: 5 },
                { kind: 'perBreach', of: 'Outage resolution', amount: 750, percentOfFee: 6.25, count: 1 },
                { kind: 'downtime', of: 'DowntimeBudget', amount: 600, percentOfFee: 5, count: 5 },
            ],
            capped: [],
        });
        expect(march!.breaches).toEqual([
            { ticket: 'INC1', category: 'Outage', channel: 'Phone', target: 'resolution', due: '2026-03-10T14:05:00+00:00', at: '2026-03-10T14:30:00+00:00', lateByMinutes: 25, pausedMinutes: 0 },
        ]);
        expect(march!.termination).toEqual([{ objective: 'Uptime', consecutiveBelow: 0, required: 3, reached: false }]);
    });
});
