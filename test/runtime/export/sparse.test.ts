import { describe, expect, it } from 'vitest';
import { contractHtml, contractJsonText, contractMarkdown, contractPdf } from '../../../runtime/export/index.js';
import type { Contract } from '../../../runtime/model.js';

/** A contract that states almost nothing: every export still works, and says what is not stated. */
const SPARSE: Contract = {
    name: 'Sparse',
    provider: null,
    customer: null,
    term: null,
    fee: null,
    locale: 'fr',
    services: [],
    calendars: [],
    defaultCalendar: null,
    channels: [],
    categories: [{ name: 'Any', description: [], priority: null, response: null, resolution: { kind: 'wall', minutes: 90, text: '90 minutes' } }],
    objectives: [],
    escalations: [],
    customerObligations: null,
    breach: null,
    penalties: null,
    termination: null,
    reporting: [],
    scenarios: [],
};

describe('exports of a sparse contract', () => {
    it('fall back to English for an unsupported locale and leave out what the contract does not state', async () => {
        const md = contractMarkdown(SPARSE);
        expect(md).toContain('## 1. Parties and term');
        expect(md).toContain('**Provider:** not stated');
        expect(md).toContain('| — | Any | — | 90 minutes |');
        expect(md).not.toContain('Worked deadline examples');
        expect(contractHtml(SPARSE)).toContain('<html lang="en">');
        const json = JSON.parse(contractJsonText(SPARSE, { pactoVersion: '0' })) as { term: unknown; calendars: unknown[] };
        expect(json.term).toBeNull();
        const pdf = await contractPdf(SPARSE);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('read a model of Pacto 0.1 (no v2 field): the breach procedure from its three durations, in order', async () => {
        const v1: Contract = {
            ...SPARSE,
            locale: 'es',
            fee: { amount: 1000, currency: 'USD', period: 'monthly' },
            breach: {
                notifyTeam: { kind: 'wall', minutes: 30, text: '30 minutes' },
                notifyCustomer: { kind: 'wall', minutes: 120, text: '2 hours' },
                review: null,
            },
            penalties: { tiers: [], cap: { percent: 20, period: 'month' } },
        };
        const md = contractMarkdown(v1).replace(/\u00a0/g, ' ');
        expect(md).toContain('1. Alertar al equipo del proveedor en un plazo de 30 minutos.\n2. Informar al cliente del incumplimiento en un plazo de 2 horas.');
        expect(md).toContain('- Los importes debidos en un mes nunca superan el 20 % de la tarifa (200,00 US$).');
        expect(md).not.toContain('Ejemplo: el peor mes');
        expect((await contractPdf(v1)).subarray(0, 5).toString()).toBe('%PDF-');
    });
});
