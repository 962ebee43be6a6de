import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, pacto, scratch } from './pacto-process.js';
import { freshdeskAccountFromBundle, zendeskAccountFromBundle } from '../runtime/integrations/helpdesk-account.js';

const HELPDESK = path.join(ROOT, 'examples', 'helpdesk-br.pacto');
const SAAS = path.join(ROOT, 'examples', 'saas-hosting.pacto');

describe('pacto export --format zendesk|freshdesk|openslo|ics, and pacto conform', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'panama.pacto': readFileSync(HELPDESK, 'utf8').replaceAll('"America/Sao_Paulo"', '"America/Panama"') });
    });
    afterAll(() => files.remove());
    const at = (name: string) => path.join(files.dir, name);

    it('writes the Zendesk bundle atomically and says on stderr, in the reader\'s language, what Zendesk cannot hold', () => {
        const run = pacto(['export', HELPDESK, '--format', 'zendesk', '-o', 'zendesk.json'], files.dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        const lines = run.stderr.split('\n');
        expect(lines[0]).toBe('pacto: Zendesk cannot express everything the contract says; the export lists it under "notExpressible":');
        expect(lines[1]).toBe('  - calendar Comercial, 2026-12-24: special hours 09:00-12:00; Zendesk can only close a whole day, so the date keeps its weekly hours');
        expect(lines.length).toBe(1 + 13 + 1);
        const bundle = JSON.parse(readFileSync(at('zendesk.json'), 'utf8'));
        expect(bundle.notExpressible).toHaveLength(13);
        // The bundle speaks the contract's language (pt-BR); stderr the reader's.
        expect(bundle.notExpressible[0].message).toBe('calendário Comercial, 2026-12-24: horário especial 09:00-12:00; o Zendesk só consegue fechar um dia inteiro, então essa data mantém o horário semanal');
        const es = pacto(['export', HELPDESK, '--format', 'zendesk'], files.dir, { LANG: 'es_ES.UTF-8' });
        expect(es.stderr.split('\n')[0]).toBe('pacto: Zendesk no puede expresar todo lo que dice el contrato; la exportación lo detalla en "notExpressible":');
        expect(JSON.parse(es.stdout)).toEqual(bundle);
    });

    it('refuses a zone Zendesk has no name for, naming the nearest, and writes nothing', () => {
        const run = pacto(['export', 'panama.pacto', '--format', 'zendesk', '-o', 'panama.json'], files.dir);
        expect(run).toEqual({ status: 1, stdout: '', stderr: 'pacto: calendar Comercial: Zendesk has no time zone for America/Panama; the nearest it has are "Bogota", "Lima", "Quito"\n' });
        expect(existsSync(at('panama.json'))).toBe(false);
    });

    it('maps categories to tags on request', () => {
        const run = pacto(['export', HELPDESK, '--format', 'zendesk', '--category-map', 'tag'], files.dir);
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout).categories).toEqual({ Indisponibilidade: 'pacto_indisponibilidade', Incidente: 'pacto_incidente', Duvida: 'pacto_duvida' });
        expect(pacto(['export', HELPDESK, '--format', 'zendesk', '--category-map', 'colour'], files.dir).status).toBe(2);
    });

    it('conform: a Zendesk account configured from the export matches; each drift is listed, exit 1, JSON for CI', () => {
        const bundle = JSON.parse(pacto(['export', HELPDESK, '--format', 'zendesk'], files.dir).stdout);
        const account = zendeskAccountFromBundle(bundle);
        writeFileSync(at('account.json'), JSON.stringify(account));
        expect(pacto(['conform', HELPDESK, '--zendesk', 'account.json'], files.dir)).toEqual({
            status: 0,
            stdout: 'The help desk matches the contract CosmoDeskCRM (42 settings compared).\n',
            stderr: '',
        });
        account.schedules[0]!.time_zone = 'Buenos Aires';
        (account.sla_policies[2] as { policy_metrics: { target: number }[] }).policy_metrics[1]!.target = 300;
        writeFileSync(at('drifted.json'), JSON.stringify(account));
        expect(pacto(['conform', HELPDESK, '--zendesk', 'drifted.json'], files.dir)).toEqual({
            status: 1,
            stdout:
                '2 differences between the contract CosmoDeskCRM and the help desk:\n' +
                '  - schedule "Comercial": time zone: contract Brasilia, help desk Buenos Aires\n' +
                '  - SLA policy "SLA de atendimento — CRM comercial", urgent, requester_wait_time: target: contract 4 h, help desk 5 h\n',
            stderr: '',
        });
        const json = pacto(['conform', HELPDESK, '--zendesk', 'drifted.json', '--format', 'json'], files.dir, { LANG: 'pt_BR.UTF-8' });
        expect(json.status).toBe(1);
        expect(JSON.parse(json.stdout)).toEqual({
            contract: 'CosmoDeskCRM',
            helpDesk: 'zendesk',
            matches: false,
            checked: 42,
            differences: [
                { kind: 'zone', about: 'schedule "Comercial"', contract: 'Brasilia', helpDesk: 'Buenos Aires', message: 'schedule "Comercial": time zone: contract Brasilia, help desk Buenos Aires' },
                {
                    kind: 'target',
                    about: 'sla_policy "SLA de atendimento — CRM comercial" urgent requester_wait_time',
                    contract: 240,
                    helpDesk: 300,
                    message: 'SLA policy "SLA de atendimento — CRM comercial", urgent, requester_wait_time: target: contract 4 h, help desk 5 h',
                },
            ],
        });
        expect(pacto(['conform', HELPDESK, '--zendesk', 'drifted.json'], files.dir, { LANG: 'es_AR.UTF-8' }).stdout.split('\n')[1]).toBe(
            '  - horario "Comercial": zona horaria: contrato Brasilia, mesa de ayuda Buenos Aires',
        );
    });

    it('conform: Freshdesk business hours and policies', () => {
        const bundle = JSON.parse(pacto(['export', HELPDESK, '--format', 'freshdesk'], files.dir).stdout);
        const account = freshdeskAccountFromBundle(bundle);
        writeFileSync(at('fresh.json'), JSON.stringify(account));
        expect(pacto(['conform', HELPDESK, '--freshdesk', 'fresh.json'], files.dir).status).toBe(0);
        account.business_hours[0]!.business_hours.friday = { start_time: '08:00:00 am', end_time: '06:00:00 pm' };
        writeFileSync(at('fresh.json'), JSON.stringify(account));
        expect(pacto(['conform', HELPDESK, '--freshdesk', 'fresh.json'], files.dir)).toEqual({
            status: 1,
            stdout: '1 difference between the contract CosmoDeskCRM and the help desk:\n  - business hours "Comercial": Friday: contract 09:00-18:00, help desk 08:00-18:00\n',
            stderr: '',
        });
    });

    it('conform: usage and unreadable account files are refused in one line, exit 2', () => {
        writeFileSync(at('bad.json'), '{"schedules": [');
        writeFileSync(at('shape.json'), '{"schedules": [{"name": "A", "time_zone": 3}]}');
        expect(pacto(['conform', HELPDESK], files.dir)).toMatchObject({ status: 2, stderr: "pacto: 'conform' needs one of --zendesk FILE or --freshdesk FILE (see 'pacto conform --help')\n" });
        expect(pacto(['conform', HELPDESK, '--zendesk', 'a.json', '--freshdesk', 'b.json'], files.dir).status).toBe(2);
        expect(pacto(['conform', HELPDESK, '--zendesk', 'missing.json'], files.dir)).toMatchObject({ status: 2, stdout: '' });
        const notJson = pacto(['conform', HELPDESK, '--zendesk', 'bad.json'], files.dir);
        expect(notJson.status).toBe(2);
        expect(notJson.stderr).toBe('pacto: bad.json:1:16: not JSON: the file ends before the JSON does\n');
        expect(pacto(['conform', HELPDESK, '--zendesk', 'shape.json'], files.dir)).toEqual({ status: 2, stdout: '', stderr: 'pacto: shape.json:1:30: expected text at schedules[0].time_zone\n' });
        expect(pacto(['conform', HELPDESK, '--freshdesk', 'bad.json'], files.dir, { LANG: 'es_ES.UTF-8' }).stderr).toBe('pacto: bad.json:1:16: no es JSON: el archivo termina antes que el JSON\n');
        expect(pacto(['conform', '--help']).stdout).toContain('Usage: pacto conform FILE (--zendesk ACCOUNT.json | --freshdesk ACCOUNT.json)');
    });

    it("conform: Pacto's own export bundle is an account too; the other help desk's is refused in words, located", () => {
        expect(pacto(['export', HELPDESK, '--format', 'zendesk', '-o', 'own-zendesk.json'], files.dir).status).toBe(0);
        expect(pacto(['export', HELPDESK, '--format', 'freshdesk', '-o', 'own-freshdesk.json'], files.dir).status).toBe(0);
        expect(pacto(['conform', HELPDESK, '--zendesk', 'own-zendesk.json'], files.dir)).toEqual({ status: 0, stdout: 'The help desk matches the contract CosmoDeskCRM (42 settings compared).\n', stderr: '' });
        expect(pacto(['conform', HELPDESK, '--freshdesk', 'own-freshdesk.json'], files.dir)).toEqual({ status: 0, stdout: 'The help desk matches the contract CosmoDeskCRM (15 settings compared).\n', stderr: '' });
        expect(pacto(['conform', HELPDESK, '--zendesk', 'own-freshdesk.json'], files.dir)).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: own-freshdesk.json:3:5: this is Pacto's Freshdesk export (pacto export --format freshdesk); compare it with --freshdesk\n",
        });
        writeFileSync(at('not-a-list.json'), '{"schedules": {}}');
        expect(pacto(['conform', HELPDESK, '--zendesk', 'not-a-list.json'], files.dir).stderr).toBe(
            `pacto: not-a-list.json:1:2: expected a list at schedules: ACCOUNT.json is the help desk's API answers ({"schedules": [...], "holidays": {...}, "sla_policies": [...]}), or the file 'pacto export --format zendesk' writes; docs/integrations.md shows how to fetch them\n`,
        );
    });

    it('writes OpenSLO and iCalendar files, reporting what OpenSLO cannot exclude', () => {
        const slo = pacto(['export', SAAS, '-o', 'slo.yaml'], files.dir);
        expect(slo).toEqual({
            status: 0,
            stdout: '',
            stderr:
                'pacto: OpenSLO cannot express everything the contract says; the export lists it under "notExpressible":\n' +
                '  - objective Uptime: the contract excludes the maintenance window Maintenance; OpenSLO v1 has no exclusions, so the objective counts it\n' +
                '  - objective DowntimeBudget: a downtime budget of 45 minutes per month is not a share of time; OpenSLO v1 needs a share, so it is left out\n',
        });
        expect(readFileSync(at('slo.yaml'), 'utf8').startsWith('---\napiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: cloud-hosting-uptime\n')).toBe(true);
        const ics = pacto(['export', SAAS, '-o', 'calendars.ics'], files.dir);
        expect(ics).toEqual({ status: 0, stdout: '', stderr: '' });
        const text = readFileSync(at('calendars.ics'), 'utf8');
        expect(text.match(/^BEGIN:VCALENDAR\r$/gm)).toHaveLength(3);
        expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    });
});
