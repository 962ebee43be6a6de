import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dnsName, findExportFormat, opensloExport, periodStart } from '../../../runtime/index.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';

/** The SLO shape of OpenSLO v1 (github.com/OpenSLO/OpenSLO, "SLO"), as far as Pacto writes it. */
function expectOpenSloV1(doc: any) {
    expect(Object.keys(doc)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(doc.apiVersion).toBe('openslo/v1');
    expect(doc.kind).toBe('SLO');
    expect(doc.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    for (const [key, value] of Object.entries(doc.metadata.annotations)) {
        expect(key).toMatch(/^[a-z0-9.-]+\/[a-z0-9-]+$/);
        expect(typeof value).toBe('string');
    }
    const spec = doc.spec;
    expect(typeof spec.service).toBe('string');
    expect(typeof spec.indicatorRef).toBe('string');
    expect(spec.indicator).toBeUndefined();
    expect(spec.timeWindow).toHaveLength(1);
    expect(spec.timeWindow[0].duration).toMatch(/^\d+[mhdwMQY]$/);
    expect(spec.timeWindow[0].isRolling).toBe(false);
    expect(spec.timeWindow[0].calendar.startTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(['Occurrences', 'Timeslices', 'RatioTimeslices']).toContain(spec.budgetingMethod);
    for (const objective of spec.objectives) {
        expect(objective.target).toBeGreaterThanOrEqual(0);
        expect(objective.target).toBeLessThan(1);
        if (spec.budgetingMethod === 'Timeslices') {
            expect(objective.timeSliceTarget).toBeGreaterThan(0);
            expect(objective.timeSliceTarget).toBeLessThanOrEqual(1);
            expect(objective.timeSliceWindow).toMatch(/^\d+[smhd]$/);
        }
    }
}

describe('openslo export', () => {
    it('writes one valid document per availability objective of every example, byte-identical twice', async () => {
        const format = findExportFormat('openslo')!;
        const counts: Record<string, number> = {};
        for (const file of EXAMPLE_FILES) {
            const contract = await exampleContract(file);
            const text = (await format.render(contract, { pactoVersion: '0.0.0' })) as string;
            expect(await format.render(contract, { pactoVersion: '0.0.0' })).toBe(text);
            const docs = parseAllDocuments(text).map((d) => d.toJS());
            counts[file] = docs.length;
            docs.forEach(expectOpenSloV1);
        }
        expect(counts).toEqual({ 'helpdesk-br.pacto': 1, 'imolko.pacto': 0, 'internal-it.pacto': 0, 'saas-hosting.pacto': 1 });
    });

    it('aligns the window to the calendar month in the contract zone and annotates the maintenance OpenSLO cannot exclude', async () => {
        const result = opensloExport(await exampleContract('saas-hosting.pacto'));
        expect(parseAllDocuments(result.text).map((d) => d.toJS())).toEqual([
            {
                apiVersion: 'openslo/v1',
                kind: 'SLO',
                metadata: {
                    name: 'cloud-hosting-uptime',
                    displayName: 'Monthly availability',
                    annotations: {
                        'pacto.dev/contract': 'CloudHosting',
                        'pacto.dev/objective': 'Uptime',
                        'pacto.dev/maintenance-calendar': 'Maintenance',
                        'pacto.dev/not-expressible': 'objective Uptime: the contract excludes the maintenance window Maintenance; OpenSLO v1 has no exclusions, so the objective counts it',
                    },
                },
                spec: {
                    description: 'Managed Hosting Service Level Agreement',
                    service: 'cloud-hosting',
                    indicatorRef: 'cloud-hosting-uptime-sli',
                    timeWindow: [{ duration: '1M', isRolling: false, calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'Europe/London' } }],
                    budgetingMethod: 'Timeslices',
                    objectives: [{ displayName: 'Monthly availability', target: 0.999, timeSliceTarget: 1, timeSliceWindow: '1m' }],
                },
            },
        ]);
        expect(result.text).toContain('startTime: "2026-01-01 00:00:00"');
        // DowntimeBudget, 45 minutes per month, is no share of a month of varying length.
        expect(result.notExpressible.map((n) => [n.kind, n.about])).toEqual([
            ['maintenance', 'objective Uptime'],
            ['downtimeBudget', 'objective DowntimeBudget'],
        ]);
    });

    it('starts helpdesk-br at its term month in São Paulo and says when there is nothing to write', async () => {
        const br = opensloExport(await exampleContract('helpdesk-br.pacto'));
        const [doc] = parseAllDocuments(br.text).map((d) => d.toJS());
        expect(doc.spec.timeWindow[0].calendar).toEqual({ startTime: '2026-03-01 00:00:00', timeZone: 'America/Sao_Paulo' });
        expect(doc.spec.objectives[0].target).toBe(0.995);
        const imolko = opensloExport(await exampleContract('imolko.pacto'));
        expect(imolko.text).toBe('');
        expect(imolko.notExpressible).toEqual([{ kind: 'noAvailability', about: 'objectives', message: 'el contrato no tiene objetivos de disponibilidad, así que no hay documento OpenSLO que escribir' }]);
    });

    it('names and aligns as OpenSLO and calendars want', () => {
        expect(dnsName('CosmoDeskCRM', 'Disponibilidade')).toBe('cosmo-desk-crm-disponibilidade');
        expect(dnsName('Atenção', 'São_Paulo')).toBe('atencao-sao-paulo');
        expect(periodStart('2026-05-20', 'quarter')).toBe('2026-04-01');
        expect(periodStart('2026-03-04', 'week')).toBe('2026-03-02');
        expect(periodStart('2026-03-04', 'year')).toBe('2026-01-01');
    });
});
