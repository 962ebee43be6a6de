import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { contractFromJson, contractJson, contractJsonText, type ContractJson } from '../../../runtime/export/index.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';

const schema = JSON.parse(readFileSync('schema/pacto-contract.schema.json', 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validate = ajv.compile(schema);
const OPTIONS = { pactoVersion: '0.1.0' };

describe('JSON export', () => {
    it('covers the four examples', () => expect(EXAMPLE_FILES.length).toBeGreaterThanOrEqual(4));

    for (const file of EXAMPLE_FILES) {
        it(`${file}: valid against the schema, and export → read back → export gives the same bytes`, async () => {
            const contract = await exampleContract(file);
            const text = contractJsonText(contract, OPTIONS);
            const json = JSON.parse(text) as ContractJson;
            const valid = validate(json);
            expect(validate.errors ?? []).toEqual([]);
            expect(valid).toBe(true);
            const again = contractJsonText(contractFromJson(json), OPTIONS);
            expect(again).toBe(text);
            expect(contractFromJson(json)).toEqual(contract);
        });
    }

    it('writes units explicitly: durations with their clock, money with its currency, holidays of the term', async () => {
        const json = contractJson(await exampleContract('imolko.pacto'), OPTIONS);
        expect(json.$schema).toBe('https://pacto.dev/schema/pacto-contract.schema.json');
        expect(json.pactoVersion).toBe('0.1.0');
        expect(json.term).toEqual({ start: '2026-01-01', end: '2026-12-31' });
        expect(json.fee).toEqual({ amount: { amount: 1500, currency: 'USD' }, period: 'monthly' });
        const critica = json.categories.find((c) => c.name === 'Critica')!;
        expect(critica.resolution).toEqual({ minutes: 240, clock: 'business', calendar: 'Oficina', text: '4 business hours' });
        const oficina = json.calendars[0]!;
        expect(oficina.weekly[0]).toEqual({ day: 'monday', start: '08:00', end: '12:00' });
        const dates = oficina.holidaysInTerm!.map((h) => h.date);
        expect(dates).toContain('2026-01-01');
        expect(dates).toContain('2026-07-05'); // Independence Day of Venezuela
        expect(oficina.holidaysInTerm!.find((h) => h.date === '2026-08-14')).toEqual({ date: '2026-08-14', name: 'Aniversario de la empresa', source: 'declared' });
        expect(dates.every((d) => d >= '2026-01-01' && d <= '2026-12-31')).toBe(true);
        expect(json.penalties!.tiers[0]!.credit).toEqual({ amount: 75, currency: 'USD' });
        expect(json.penalties!.cap).toEqual({ percent: 20, period: 'month', amount: { amount: 300, currency: 'USD' } });
    });

    it('business days and wall-clock durations', async () => {
        const json = contractJson(await exampleContract('helpdesk-br.pacto'), OPTIONS);
        const duvida = json.categories.find((c) => c.name === 'Duvida')!;
        expect(duvida.resolution).toEqual({ days: 2, clock: 'business', calendar: 'Comercial', text: '2 business days' });
        const down = json.categories.find((c) => c.name === 'Indisponibilidade')!;
        expect(down.response).toEqual({ minutes: 15, clock: 'wall', text: '15 minutes' });
        expect(json.termination!.notice).toEqual({ minutes: 43200, clock: 'wall', text: '30 days' });
    });

    it('the schema rejects what it does not describe', async () => {
        const json = contractJson(await exampleContract('imolko.pacto'), OPTIONS) as unknown as Record<string, unknown>;
        expect(validate({ ...json, extra: 1 })).toBe(false);
        const categories = (json['categories'] as Record<string, unknown>[]).map((c) => ({ ...c, response: { minutes: 60, clock: 'business' } }));
        expect(validate({ ...json, categories })).toBe(false);
    });
});
