import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { findExportFormat, freshdeskBundle, freshdeskMinutes, freshdeskTime } from '../../../runtime/index.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schema/freshdesk-bundle.schema.json', 'utf8')));

describe('freshdesk export', () => {
    it('is produced for every example, in the documented shapes, byte-identical twice', async () => {
        const format = findExportFormat('freshdesk')!;
        for (const file of EXAMPLE_FILES) {
            const contract = await exampleContract(file);
            const text = (await format.render(contract, { pactoVersion: '0.0.0' })) as string;
            expect(await format.render(contract, { pactoVersion: '0.0.0' })).toBe(text);
            expect(validate(JSON.parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
    });

    it('writes times as Freshdesk does and reads them back', () => {
        expect([0, 540, 720, 780, 1080, 1439, 1440].map(freshdeskTime)).toEqual([
            '12:00:00 am', '09:00:00 am', '12:00:00 pm', '01:00:00 pm', '06:00:00 pm', '11:59:00 pm', '11:59:59 pm',
        ]);
        expect(['8:00 am', '08:00:00 am', '12:00:00 am', '12:30 pm', '05:00:00 pm', '11:59:59 pm', '11:59 pm', '13:00 pm', 'noon'].map(freshdeskMinutes)).toEqual([
            480, 480, 0, 750, 1020, 1440, 1439, NaN, NaN,
        ]);
    });

    it('configures helpdesk-br: the default policy per priority in seconds, Brasilia hours, the holidays for the admin pages', async () => {
        const bundle = freshdeskBundle(await exampleContract('helpdesk-br.pacto'));
        expect(bundle.pacto).toEqual({ format: 'freshdesk', version: 1, contract: 'CosmoDeskCRM', categoryMap: 'priority' });
        expect(bundle.categories).toEqual({ Indisponibilidade: 'priority_4', Incidente: 'priority_3', Duvida: 'priority_2' });
        const weekday = { start_time: '09:00:00 am', end_time: '06:00:00 pm' };
        expect(bundle.businessHours).toEqual({
            Comercial: {
                name: 'Comercial',
                description: 'CosmoDeskCRM: Comercial',
                time_zone: 'Brasilia',
                business_hours: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday, saturday: { start_time: '09:00:00 am', end_time: '01:00:00 pm' } },
            },
        });
        expect(bundle.holidays['Comercial']!.map((h) => h.date)).toEqual([
            '2026-04-03', '2026-04-21', '2026-05-01', '2026-07-09', '2026-09-07', '2026-10-04', '2026-10-12',
            '2026-10-25', '2026-11-02', '2026-11-15', '2026-11-20', '2026-12-25', '2026-12-31', '2027-01-01',
        ]);
        expect(bundle.requests).toEqual([
            {
                method: 'PUT',
                path: '/api/v2/sla_policies/{default_sla_policy_id}',
                body: {
                    name: 'SLA de atendimento — CRM comercial',
                    description: 'CosmoDeskCRM',
                    sla_target: {
                        // 15 minutes and 4 hours on the wall clock; the one escalated category.
                        priority_4: { respond_within: 900, resolve_within: 14400, business_hours: false, escalation_enabled: true },
                        priority_3: { respond_within: 3600, resolve_within: 28800, business_hours: true, escalation_enabled: false },
                        // 2 business days is no number of seconds.
                        priority_2: { respond_within: 14400, business_hours: true, escalation_enabled: false },
                    },
                },
            },
        ]);
        expect(bundle.notExpressible.map((n) => [n.kind, n.about])).toEqual([
            ['holidaysByHand', 'calendar Comercial'],
            ['specialHours', 'calendar Comercial 2026-12-24'],
            ['businessDays', 'category Duvida resolution'],
            ['channelTargets', 'category Duvida via Telefone response'],
            ['channelTargets', 'category Duvida via WhatsApp response'],
            ['customerReply', 'customer obligations'],
            ['demandNotice', 'customer obligations'],
            ['customerDuties', 'customer obligations'],
            ['penalties', 'penalties'],
            ['objectives', 'objectives'],
            ['channelHours', 'channel WhatsApp'],
            ['channelHours', 'channel Telefone'],
            ['escalation', 'escalation Indisponibilidade'],
        ]);
    });

    it('maps internal-it to ticket types and leaves a split day out with a reason', async () => {
        const bundle = freshdeskBundle(await exampleContract('internal-it.pacto'));
        expect(bundle.pacto.categoryMap).toBe('tag');
        expect(bundle.requests.map((r) => [r.method, r.path, r.body.name, r.body.applicable_to])).toEqual([
            ['POST', '/api/v2/sla_policies', 'Major incident', { ticket_types: ['Major incident'] }],
            ['POST', '/api/v2/sla_policies', 'Incident', { ticket_types: ['Incident'] }],
            ['POST', '/api/v2/sla_policies', 'Incident in the New York office', { ticket_types: ['Incident in the New York office'] }],
            ['POST', '/api/v2/sla_policies', 'Access request', { ticket_types: ['Access request'] }],
            ['POST', '/api/v2/sla_policies', 'New starter set-up', { ticket_types: ['New starter set-up'] }],
        ]);
        expect(bundle.businessHours['Lisbon']!.business_hours).toEqual({});
        expect(bundle.notExpressible.find((n) => n.kind === 'splitDay')!.message).toBe(
            'calendar Lisbon, Monday: 09:00-13:00, 14:00-18:00 is more than one interval; Freshdesk takes one interval a day, so the day is left closed',
        );
        expect(bundle.businessHours['NewYork']!.time_zone).toBe('Eastern Time (US & Canada)');
    });
});
