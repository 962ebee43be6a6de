import { describe, expect, it } from 'vitest';
import {
    conformFreshdesk,
    conformZendesk,
    conformanceJson,
    conformanceText,
    freshdeskBundle,
    readFreshdeskAccount,
    readZendeskAccount,
    zendeskBundle,
    AccountShapeError,
} from '../../../runtime/index.js';
import { exampleContract } from '../export/examples.js';
import { freshdeskAccountFromBundle, zendeskAccountFromBundle } from './helpdesk-account.js';

async function zendeskSetUp(file: string) {
    const contract = await exampleContract(file);
    const account = zendeskAccountFromBundle(zendeskBundle(contract));
    const check = () => conformZendesk(contract, readZendeskAccount(JSON.parse(JSON.stringify(account))));
    return { contract, account, check };
}

describe('conformance with Zendesk', () => {
    it('finds nothing to report in an account configured from the export', async () => {
        const { check } = await zendeskSetUp('helpdesk-br.pacto');
        const result = check();
        expect(result.differences).toEqual([]);
        // 1 schedule, its zone, 6 intervals, 14 holidays; 3 policies, their filters and 4 + 5 + 5 metrics.
        expect(result.checked).toBe(2 + 6 + 14 + 3 * 2 + 14);
        expect(conformanceText(result, 'en')).toBe('The help desk matches the contract CosmoDeskCRM (42 settings compared).\n');
    });

    it('reports a target in minutes and business hours turned off, with both values', async () => {
        const { account, check } = await zendeskSetUp('helpdesk-br.pacto');
        const general = account.sla_policies[2] as { policy_metrics: { priority: string; metric: string; target: number; business_hours: boolean }[] };
        general.policy_metrics[0]!.target = 30;
        general.policy_metrics[2]!.business_hours = false;
        const result = check();
        expect(result.differences.map((d) => [d.kind, d.about, d.contract, d.helpDesk])).toEqual([
            ['target', 'sla_policy "SLA de atendimento — CRM comercial" urgent first_reply_time', 15, 30],
            ['businessHours', 'sla_policy "SLA de atendimento — CRM comercial" high first_reply_time', true, false],
        ]);
        expect(conformanceText(result, 'en')).toBe(
            '2 differences between the contract CosmoDeskCRM and the help desk:\n' +
                '  - SLA policy "SLA de atendimento — CRM comercial", urgent, first_reply_time: target: contract 15 min, help desk 30 min\n' +
                '  - SLA policy "SLA de atendimento — CRM comercial", high, first_reply_time: contract counts business hours, help desk counts calendar hours\n',
        );
        expect(conformanceText(result, 'es')).toContain('el contrato cuenta horas hábiles, la mesa de ayuda cuenta horas corridas');
    });

    it('reports an interval changed, an interval added, a holiday missing and one extra', async () => {
        const { account, check } = await zendeskSetUp('helpdesk-br.pacto');
        const schedule = account.schedules[0]!;
        schedule.intervals[0] = { start_time: 2040, end_time: 2520 }; // Monday from 10:00, not 09:00
        schedule.intervals.push({ start_time: 600, end_time: 720 }); // Sunday 10:00-12:00
        const list = account.holidays[String(schedule.id)]!;
        list.splice(list.findIndex((h) => h.start_date === '2026-11-20'), 1);
        list.push({ id: 1, name: 'Corpus Christi', start_date: '2026-06-04', end_date: '2026-06-04' });
        const result = check();
        expect(result.differences.map((d) => [d.kind, d.contract, d.helpDesk])).toEqual([
            ['intervalMissing', '1980-2040', null],
            ['intervalExtra', null, '600-720'],
            ['holidayMissing', '2026-11-20', null],
            ['holidayExtra', null, '2026-06-04'],
        ]);
        expect(conformanceJson(result, 'en').differences.map((d) => d.message)).toEqual([
            'schedule "Comercial": Monday 09:00-10:00: open in the contract, closed in the help desk',
            'schedule "Comercial": Sunday 10:00-12:00: open in the help desk, closed in the contract',
            'schedule "Comercial": holiday 2026-11-20 (Dia da Consciência Negra): in the contract, not in the help desk',
            'schedule "Comercial": holiday 2026-06-04 (Corpus Christi): in the help desk, not in the contract',
        ]);
    });

    it('reports another zone, but not another Rails name of the same zone', async () => {
        const { account, check } = await zendeskSetUp('saas-hosting.pacto');
        account.schedules[0]!.time_zone = 'Edinburgh';
        expect(check().differences).toEqual([]);
        account.schedules[0]!.time_zone = 'Dublin';
        expect(conformanceJson(check(), 'en')).toMatchObject({
            matches: false,
            differences: [{ kind: 'zone', about: 'schedule "London office hours"', contract: 'London', helpDesk: 'Dublin', message: 'schedule "London office hours": time zone: contract London, help desk Dublin' }],
        });
    });

    it('reports a missing schedule and policy, a changed condition, a missing and an extra metric', async () => {
        const { account, check } = await zendeskSetUp('imolko.pacto');
        account.schedules[0]!.name = 'Oficina Caracas';
        account.sla_policies.splice(4, 1);
        const grave = account.sla_policies[1] as { filter: { all: { value: string }[] }; policy_metrics: { priority: string; metric: string; target: number; business_hours: boolean }[] };
        grave.filter.all[0]!.value = 'grave';
        grave.policy_metrics.splice(0, 1);
        grave.policy_metrics.push({ priority: 'low', metric: 'next_reply_time' as never, target: 60, business_hours: true });
        expect(check().differences.map((d) => d.kind + ' ' + d.about)).toEqual([
            'scheduleMissing schedule "Oficina"',
            'filter sla_policy "Falla grave"',
            'metricMissing sla_policy "Falla grave" urgent first_reply_time',
            'metricExtra sla_policy "Falla grave" low next_reply_time',
            'policyMissing sla_policy "Requerimiento"',
        ]);
    });

    it('reads a target given in seconds only', async () => {
        const { account, check } = await zendeskSetUp('helpdesk-br.pacto');
        const metric = (account.sla_policies[2] as { policy_metrics: Record<string, unknown>[] }).policy_metrics[0]!;
        delete metric['target'];
        metric['target_in_seconds'] = 900;
        expect(check().differences).toEqual([]);
        metric['target_in_seconds'] = 1200;
        expect(check().differences.map((d) => [d.kind, d.contract, d.helpDesk])).toEqual([['target', 15, 20]]);
    });

    it('names the place of a wrong account file', () => {
        expect(() => readZendeskAccount({ schedules: [{ name: 'A', time_zone: 3 }] })).toThrow(new AccountShapeError('schedules[0].time_zone', 'shapeString'));
        expect(() => readZendeskAccount([])).toThrow(new AccountShapeError('$', 'shapeObject'));
        expect(() => readFreshdeskAccount({ business_hours: [{ name: 'X', time_zone: 'UTC', business_hours: { monday: { start_time: 'nine', end_time: '05:00 pm' } } }] })).toThrow(
            new AccountShapeError('business_hours[0].business_hours.monday.start_time', 'shapeFreshdeskTime'),
        );
    });
});

describe('conformance with Freshdesk', () => {
    async function setUp(file: string) {
        const contract = await exampleContract(file);
        const account = freshdeskAccountFromBundle(freshdeskBundle(contract));
        const check = () => conformFreshdesk(contract, readFreshdeskAccount(JSON.parse(JSON.stringify(account))));
        return { account, check };
    }

    it('finds nothing in an account configured from the export, and each perturbation', async () => {
        const { account, check } = await setUp('helpdesk-br.pacto');
        expect(check().differences).toEqual([]);
        const policy = account.sla_policies[0] as { sla_target: Record<string, { respond_within?: number; business_hours: boolean }> };
        policy.sla_target['priority_4']!.respond_within = 1800;
        policy.sla_target['priority_3']!.business_hours = false;
        account.business_hours[0]!.business_hours.monday = { start_time: '09:00:00 am', end_time: '05:00:00 pm' };
        delete account.business_hours[0]!.business_hours.saturday;
        account.business_hours[0]!.time_zone = 'Santiago';
        expect(conformanceJson(check(), 'en').differences.map((d) => d.message)).toEqual([
            'schedule "Comercial": time zone: contract Brasilia, help desk Santiago',
            'business hours "Comercial": Monday: contract 09:00-18:00, help desk 09:00-17:00',
            'business hours "Comercial": Saturday: contract 09:00-13:00, help desk closed',
            'SLA policy "SLA de atendimento — CRM comercial", priority_4, respond_within: target: contract 15 min, help desk 30 min',
            'SLA policy "SLA de atendimento — CRM comercial", priority_3, business_hours: contract counts business hours, help desk counts calendar hours',
        ]);
    });

    it('matches tag-mapped policies by name and their ticket types', async () => {
        const { account, check } = await setUp('imolko.pacto');
        expect(check().differences).toEqual([]);
        (account.sla_policies[0] as { applicable_to: { ticket_types: string[] } }).applicable_to.ticket_types = ['Incident'];
        expect(check().differences.map((d) => [d.kind, d.contract, d.helpDesk])).toEqual([['filter', 'Falla crítica', 'Incident']]);
    });
});
