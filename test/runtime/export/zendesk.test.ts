import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ExportRefusal, findExportFormat, railsZoneOf, zendeskBundle, zendeskExport, type Contract, type ZendeskBundle } from '../../../runtime/index.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schema/zendesk-bundle.schema.json', 'utf8')));

const policies = (bundle: ZendeskBundle) => bundle.requests.flatMap((r) => ('sla_policy' in r.body ? [r.body.sla_policy] : []));
const holidays = (bundle: ZendeskBundle, ref: string) =>
    bundle.requests.flatMap((r) => (r.path === `/api/v2/business_hours/schedules/{${ref}}/holidays` && 'holiday' in r.body ? [r.body.holiday.start_date] : []));

describe('zendesk export', () => {
    it('is produced for every example, in the documented shapes, byte-identical twice', async () => {
        const format = findExportFormat('zendesk')!;
        for (const file of EXAMPLE_FILES) {
            const contract = await exampleContract(file);
            const text = (await format.render(contract, { pactoVersion: '0.0.0' })) as string;
            expect(await format.render(contract, { pactoVersion: '0.0.0' })).toBe(text);
            const bundle = JSON.parse(text);
            expect(validate(bundle), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
    });

    it('configures helpdesk-br: Brasilia, the weekly intervals from Sunday 00:00, every closed date of the term, policies per priority', async () => {
        const bundle = zendeskBundle(await exampleContract('helpdesk-br.pacto'));
        expect(bundle.pacto).toEqual({ format: 'zendesk', version: 1, contract: 'CosmoDeskCRM', categoryMap: 'priority', resolutionMetric: 'requester_wait_time' });
        expect(bundle.categories).toEqual({ Indisponibilidade: 'urgent', Incidente: 'high', Duvida: 'normal' });
        expect(bundle.schedules).toEqual({ Comercial: 'schedule:Comercial' });
        expect(bundle.requests.slice(0, 2)).toEqual([
            { ref: 'schedule:Comercial', method: 'POST', path: '/api/v2/business_hours/schedules', body: { schedule: { name: 'Comercial', time_zone: 'Brasilia' } } },
            {
                method: 'PUT',
                path: '/api/v2/business_hours/schedules/{schedule:Comercial}/workweek',
                // Monday to Friday 09:00-18:00 (Monday starts at 1440), Saturday 09:00-13:00 (8640 + 540).
                body: {
                    workweek: {
                        intervals: [
                            { start_time: 1980, end_time: 2520 },
                            { start_time: 3420, end_time: 3960 },
                            { start_time: 4860, end_time: 5400 },
                            { start_time: 6300, end_time: 6840 },
                            { start_time: 7740, end_time: 8280 },
                            { start_time: 9180, end_time: 9420 },
                        ],
                    },
                },
            },
        ]);
        // BR and SP public holidays of 2026-03-01..2027-02-28 plus the declared 2026-12-31; not 2026-12-24 (special hours).
        expect(holidays(bundle, 'schedule:Comercial')).toEqual([
            '2026-04-03', '2026-04-21', '2026-05-01', '2026-07-09', '2026-09-07', '2026-10-04', '2026-10-12',
            '2026-10-25', '2026-11-02', '2026-11-15', '2026-11-20', '2026-12-25', '2026-12-31', '2027-01-01',
        ]);
        expect(bundle.requests.find((r) => 'holiday' in r.body && r.body.holiday.start_date === '2026-12-31')?.body).toEqual({
            holiday: { name: 'Véspera de Ano Novo', start_date: '2026-12-31', end_date: '2026-12-31' },
        });
        const urgentAndHigh = [
            { priority: 'urgent', metric: 'first_reply_time', target: 15, business_hours: false },
            { priority: 'urgent', metric: 'requester_wait_time', target: 240, business_hours: false },
            { priority: 'high', metric: 'first_reply_time', target: 60, business_hours: true },
            { priority: 'high', metric: 'requester_wait_time', target: 480, business_hours: true },
        ];
        expect(policies(bundle)).toEqual([
            {
                title: 'SLA de atendimento — CRM comercial (Telefone)',
                description: 'CosmoDeskCRM: tickets tagged pacto_via_telefone',
                filter: { all: [{ field: 'current_tags', operator: 'includes', value: 'pacto_via_telefone' }], any: [] },
                // Duvida by phone: 30 seconds is no whole minute, and its resolution counts business days.
                policy_metrics: urgentAndHigh,
                position: 1,
            },
            {
                title: 'SLA de atendimento — CRM comercial (WhatsApp)',
                description: 'CosmoDeskCRM: tickets tagged pacto_via_whatsapp',
                filter: { all: [{ field: 'current_tags', operator: 'includes', value: 'pacto_via_whatsapp' }], any: [] },
                policy_metrics: [...urgentAndHigh, { priority: 'normal', metric: 'first_reply_time', target: 15, business_hours: true }],
                position: 2,
            },
            {
                title: 'SLA de atendimento — CRM comercial',
                description: 'CosmoDeskCRM',
                filter: { all: [], any: [] },
                policy_metrics: [...urgentAndHigh, { priority: 'normal', metric: 'first_reply_time', target: 240, business_hours: true }],
                position: 3,
            },
        ]);
        expect(bundle.notExpressible.map((n) => [n.kind, n.about])).toEqual([
            ['specialHours', 'calendar Comercial 2026-12-24'],
            ['subMinute', 'category Duvida via Telefone response'],
            ['channelTag', 'channel Telefone'],
            ['channelTag', 'channel WhatsApp'],
            ['businessDays', 'category Duvida resolution'],
            ['customerReply', 'customer obligations'],
            ['demandNotice', 'customer obligations'],
            ['customerDuties', 'customer obligations'],
            ['penalties', 'penalties'],
            ['objectives', 'objectives'],
            ['channelHours', 'channel WhatsApp'],
            ['channelHours', 'channel Telefone'],
            ['escalation', 'escalation Indisponibilidade'],
        ]);
        // In the contract's language (pt-BR).
        expect(bundle.notExpressible[4]!.message).toBe(
            'Duvida, resolução: 2 business days é contado em dias úteis; o Zendesk só aceita prazos em minutos, então este prazo fica de fora',
        );
    });

    it('maps imolko to tags: five categories do not fit four priorities; Caracas; split days as two intervals', async () => {
        const { bundle, notices } = zendeskExport(await exampleContract('imolko.pacto'));
        expect(bundle.pacto.categoryMap).toBe('tag');
        expect(notices[0]).toMatchObject({ kind: 'tooManyPriorities', key: 'nxTooManyPriorities', args: { desk: 'Zendesk', count: 5, distinct: 5 } });
        expect(bundle.requests[0]!.body).toEqual({ schedule: { name: 'Oficina', time_zone: 'Caracas' } });
        const week = bundle.requests[1]!.body as { workweek: { intervals: unknown[] } };
        expect(week.workweek.intervals.slice(0, 2)).toEqual([
            { start_time: 1920, end_time: 2160 },
            { start_time: 2220, end_time: 2460 },
        ]);
        expect(policies(bundle).map((p) => [p.title, p.position, p.filter.all[0]?.value, p.policy_metrics.length])).toEqual([
            ['Falla crítica', 1, 'pacto_critica', 8],
            ['Falla grave', 2, 'pacto_grave', 8],
            ['Falla menor', 3, 'pacto_menor', 4],
            ['Solicitud de información', 4, 'pacto_informacion', 4],
            ['Requerimiento', 5, 'pacto_requerimiento', 4],
        ]);
        // Every priority of a tagged category has the category's targets; no customer reply pauses imolko's clock.
        expect(policies(bundle)[0]!.policy_metrics.filter((m) => m.priority === 'low')).toEqual([
            { priority: 'low', metric: 'first_reply_time', target: 60, business_hours: true },
            { priority: 'low', metric: 'total_resolution_time', target: 240, business_hours: true },
        ]);
    });

    it('counts business time on the built-in always calendar as calendar hours', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const always: Contract = {
            ...contract,
            categories: contract.categories.map((c) => (c.name === 'Incidente' ? { ...c, response: { kind: 'business', minutes: 60, calendar: 'always', text: '1 business hour on always' } } : c)),
        };
        const { bundle } = zendeskExport(always);
        expect(policies(bundle)[2]!.policy_metrics.find((m) => m.priority === 'high' && m.metric === 'first_reply_time')).toEqual({ priority: 'high', metric: 'first_reply_time', target: 60, business_hours: false });
        expect(bundle.notExpressible.filter((n) => n.kind === 'otherCalendar')).toEqual([]);
    });

    it('refuses --category-map priority when the categories do not fit', async () => {
        const contract = await exampleContract('imolko.pacto');
        const refusal = catchRefusal(() => zendeskBundle(contract, { categoryMap: 'priority' }));
        expect(refusal.messageIn('en')).toBe('--category-map priority: Zendesk has 4 priorities and the contract has 5 categories with 5 priorities; use --category-map tag');
        expect(refusal.messageIn('es')).toBe('--category-map priority: Zendesk tiene 4 prioridades y el contrato tiene 5 categorías con 5 prioridades; use --category-map tag');
    });

    it('names each calendar zone as Zendesk does, and the schedule of targets on another calendar', async () => {
        const it = zendeskExport(await exampleContract('internal-it.pacto'));
        expect(it.bundle.requests.flatMap((r) => ('schedule' in r.body ? [r.body.schedule] : []))).toEqual([
            { name: 'Lisbon office', time_zone: 'Lisbon' },
            { name: 'Lisbon and New York combined', time_zone: 'UTC' },
            { name: 'New York office', time_zone: 'Eastern Time (US & Canada)' },
        ]);
        expect(it.bundle.notExpressible.filter((n) => n.kind === 'otherCalendar').map((n) => n.about)).toEqual([
            'category Incident response',
            'category Incident resolution',
            'category USIncident response',
            'category USIncident resolution',
        ]);
        const saas = zendeskBundle(await exampleContract('saas-hosting.pacto'));
        expect(saas.requests[0]!.body).toEqual({ schedule: { name: 'London office hours', time_zone: 'London' } });
    });

    it('refuses a zone Zendesk has no name for, naming the nearest ones', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const panama: Contract = { ...contract, calendars: contract.calendars.map((c) => ({ ...c, zone: 'America/Panama' })) };
        const refusal = catchRefusal(() => zendeskBundle(panama));
        expect(refusal.messageIn('en')).toBe('calendar Comercial: Zendesk has no time zone for America/Panama; the nearest it has are "Bogota", "Lima", "Quito"');
        expect(refusal.messageIn('pt-BR')).toBe('calendário Comercial: o Zendesk não tem fuso horário para America/Panama; os mais próximos que ele tem são "Bogota", "Lima", "Quito"');
    });

    it('maps IANA zones to Rails names, the city of the zone first when several share it', () => {
        expect(railsZoneOf('Europe/Madrid', 2026)).toEqual({ kind: 'found', rails: 'Madrid' });
        expect(railsZoneOf('America/Mexico_City', 2026)).toEqual({ kind: 'found', rails: 'Mexico City' });
        expect(railsZoneOf('America/Lima', 2026)).toEqual({ kind: 'found', rails: 'Lima' });
        expect(railsZoneOf('Europe/London', 2026)).toEqual({ kind: 'found', rails: 'London' });
        expect(railsZoneOf('America/Buenos_Aires', 2026)).toEqual({ kind: 'found', rails: 'Buenos Aires' });
        expect(railsZoneOf('America/Argentina/Cordoba', 2026)).toEqual({ kind: 'none', nearest: ['Brasilia', 'Buenos Aires', 'Montevideo'] });
    });
});

function catchRefusal(run: () => unknown): ExportRefusal {
    try {
        run();
    } catch (error) {
        if (error instanceof ExportRefusal) return error;
        throw error;
    }
    throw new Error('no refusal');
}
