import { describe, expect, it } from 'vitest';
import { complianceReport, cutPeriods, namedPeriod, renderReport, reportingUnit } from '../../../runtime/index.js';
import type { Contract, Report } from '../../../runtime/model.js';
import { exampleContract } from '../export/examples.js';
import { IMOLKO_MARCH } from './imolko-march.js';

const at = (iso: string) => Date.parse(iso);
const clause = (frequency: Report['frequency'], audience: Report['audience'] = 'customer'): Report => ({ frequency, audience, objectives: [] });

describe('report periods', () => {
    it('cuts weeks Monday to Sunday, the first and last partial, across São Paulo’s missing midnight of 2018-11-04', () => {
        expect(cutPeriods('2018-10-31', '2018-11-13', 'week', 'America/Sao_Paulo')).toEqual([
            { start: '2018-10-31', end: '2018-11-05', startMs: at('2018-10-31T00:00-03:00'), endMs: at('2018-11-05T00:00-02:00'), unit: 'week', partial: true },
            { start: '2018-11-05', end: '2018-11-12', startMs: at('2018-11-05T00:00-02:00'), endMs: at('2018-11-12T00:00-02:00'), unit: 'week', partial: false },
            { start: '2018-11-12', end: '2018-11-13', startMs: at('2018-11-12T00:00-02:00'), endMs: at('2018-11-13T00:00-02:00'), unit: 'week', partial: true },
        ]);
        // The week that holds the change is an hour short: its Sunday has no midnight, it begins at 01:00.
        const [week] = cutPeriods('2018-10-29', '2018-11-05', 'week', 'America/Sao_Paulo');
        expect(week).toMatchObject({ partial: false, startMs: at('2018-10-29T00:00-03:00'), endMs: at('2018-11-05T00:00-02:00') });
        expect(week!.endMs - week!.startMs).toBe(7 * 86_400_000 - 3_600_000);
    });

    it('cuts a year-end week that belongs to two years as one week', () => {
        expect(cutPeriods('2026-12-28', '2027-01-04', 'week', 'Europe/Madrid').map((p) => [p.start, p.end, p.partial])).toEqual([['2026-12-28', '2027-01-04', false]]);
    });

    it('names ISO weeks, refusing a week 53 the year does not have', () => {
        expect(namedPeriod('2026-W10')).toEqual({ from: '2026-03-02', to: '2026-03-09', unit: 'week' });
        expect(namedPeriod('2026-w01')).toEqual({ from: '2025-12-29', to: '2026-01-05', unit: 'week' });
        expect(namedPeriod('2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-04', unit: 'week' });
        expect(namedPeriod('2020-W53')).toEqual({ from: '2020-12-28', to: '2021-01-04', unit: 'week' });
        for (const text of ['2025-W53', '2026-W00', '2026-W54', '2026-W1']) {
            expect((namedPeriod(text) as Error).message, text).toBe(`'${text}' is not a period: a month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10)`);
        }
    });

    it("takes the contract's reports to the customer: the monthly one among several, else the most frequent", () => {
        expect(reportingUnit({ reporting: [] })).toBe('month');
        expect(reportingUnit({ reporting: [clause('weekly')] })).toBe('week');
        expect(reportingUnit({ reporting: [clause('quarterly')] })).toBe('quarter');
        expect(reportingUnit({ reporting: [clause('weekly'), clause('monthly')] })).toBe('month');
        expect(reportingUnit({ reporting: [clause('quarterly'), clause('weekly')] })).toBe('week');
        expect(reportingUnit({ reporting: [clause('weekly', 'provider')] })).toBe('month');
    });
});


async function* once(text: string): AsyncGenerator<string> {
    yield text;
}

describe('a contract that reports weekly', () => {
    it('is reported by the week by default, each target in the week it was decided', async () => {
        const imolko = await exampleContract('imolko.pacto');
        const contract: Contract = { ...imolko, reporting: [{ frequency: 'weekly', audience: 'customer', objectives: ['RespuestaATiempo', 'ResolucionATiempo'] }] };
        const r = await complianceReport({ contract, history: { source: once(IMOLKO_MARCH), file: 'h.csv', format: 'csv' } });
        expect(r.periods.map((p) => [p.start.slice(0, 10), p.end.slice(0, 10), p.unit, p.partial])).toEqual([
            ['2026-03-02', '2026-03-09', 'week', false],
            ['2026-03-09', '2026-03-16', 'week', false],
            ['2026-03-16', '2026-03-23', 'week', false],
            ['2026-03-23', '2026-03-30', 'week', false],
            ['2026-03-30', '2026-04-06', 'week', false],
        ]);
        // Week 10: T1 answered in time, T2 late (due Tue 09:00); both resolved in time. Week 11: T3 answered in
        // time (due Mon 08:30), its resolution due Mon 11:30 missed. Week 14: T4 resolved in time.
        expect(r.periods.map((p) => p.objectives.map((o) => [o.achieved, o.tickets]))).toEqual([
            [[1 / 2, 2], [1, 2]],
            [[1, 1], [0, 1]],
            [[null, 0], [null, 0]],
            [[null, 0], [null, 0]],
            [[null, 0], [1, 1]],
        ]);
        expect(r.periods.map((p) => p.breaches.map((b) => [b.ticket, b.target]))).toEqual([[['T2', 'response']], [['T3', 'resolution']], [], [], []]);
        // Imolko's tiers measure months: a week owes none of them.
        expect(r.periods.map((p) => p.penalties.amount)).toEqual([0, 0, 0, 0, 0]);
        const text = renderReport(r, 'text', 'es');
        expect(text).toContain('\nSemana 10 (2–8 de marzo de 2026)\n');
        expect(text).toContain('\nSemana 14 (30 de marzo – 5 de abril de 2026)\n');
    });

    it('is cut into months when asked, and a named week is one period', async () => {
        const imolko = await exampleContract('imolko.pacto');
        const contract: Contract = { ...imolko, reporting: [{ frequency: 'weekly', audience: 'customer', objectives: [] }] };
        const monthly = await complianceReport({ contract, history: { source: once(IMOLKO_MARCH), file: 'h.csv', format: 'csv' }, every: 'month' });
        expect(monthly.periods.map((p) => [p.start.slice(0, 10), p.unit])).toEqual([['2026-03-01', 'month']]);
        const week = await complianceReport({ contract: imolko, history: { source: once(IMOLKO_MARCH), file: 'h.csv', format: 'csv' }, range: namedPeriod('2026-W11') as { from: string; to: string; unit: 'week' } });
        expect(week.periods.map((p) => [p.start, p.end, p.unit])).toEqual([['2026-03-09T00:00:00-04:00', '2026-03-16T00:00:00-04:00', 'week']]);
        expect(week.periods[0]!.breaches.map((b) => b.ticket)).toEqual(['T3']);
    });

    it('titles a whole quarter by its name in each language, a cut one by its dates', async () => {
        const imolko = await exampleContract('imolko.pacto');
        const quarters = await complianceReport({ contract: imolko, history: { source: once(IMOLKO_MARCH), file: 'h.csv', format: 'csv' }, range: { from: '2026-02-01', to: '2026-07-01' }, every: 'quarter' });
        const titles = (locale: 'en' | 'es' | 'pt-BR') => renderReport(quarters, 'text', locale).split('\n').filter((line) => /^(Q|Primer|Segundo|1º|2º|1 |February|fevereiro|1 de)/.test(line));
        expect(titles('en')).toEqual(['February 1 – March 31, 2026 (partial period)', 'Q2 2026']);
        expect(titles('es')).toEqual(['1 de febrero – 31 de marzo de 2026 (período parcial)', 'Segundo trimestre de 2026']);
        expect(titles('pt-BR')).toEqual(['1 de fevereiro – 31 de março de 2026 (período parcial)', '2º trimestre de 2026']);
    });
});
