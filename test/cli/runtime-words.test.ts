/**
 * pacto under LANG=es_ES.UTF-8 and pt_BR.UTF-8 says the runtime's refusals in that language: the simulator's
 * (an unknown scenario), a history or outage log that cannot be read, calibration's, and the bad rows it lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, pacto, scratch } from './pacto-process.js';

const IMOLKO = `${ROOT}/examples/imolko.pacto`;
const HELPDESK_BR = `${ROOT}/examples/helpdesk-br.pacto`;
const SAAS = `${ROOT}/examples/saas-hosting.pacto`;
const ES = { LANG: 'es_ES.UTF-8' };
const PT = { LANG: 'pt_BR.UTF-8' };

// A Freshdesk export whose first ticket's time has no offset (and no --zone is given).
const FRESHDESK = `"Ticket ID","Priority","Source","Created time","Initial response time","Resolved time"
2,"Medium","Email","2026-03-02 16:00:00","",""
3,"Medium","Email","2026-03-02T09:00:00-04:00","2026-03-02T09:30:00-04:00","2026-03-02T11:00:00-04:00"
`;

describe('the runtime\'s refusals in the reader\'s language', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({
            'empty.csv': '',
            'header.csv': 'ticket,at,event,category,channel\n',
            'f.csv': FRESHDESK,
            'f.json': '{"format": "freshdesk", "categories": {"Medium": "Grave"}, "channels": {"Email": "Correo"}}\n',
            'o.csv': 'desde,hasta\n',
            'broken.json': '{"format": "freshdesk",\n  }\n',
        });
    });
    afterAll(() => files.remove());

    it('pacto simulate: an unknown scenario', () => {
        expect(pacto(['simulate', HELPDESK_BR, '--scenario', 'Verano'], files.dir, ES)).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: el contrato CosmoDeskCRM no tiene el escenario 'Verano'; sus escenarios son: MesNormal, PorCanal, BlackFriday\n",
        });
        expect(pacto(['simulate', HELPDESK_BR, '--scenario', 'MesNormall'], files.dir, PT)).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: o contrato CosmoDeskCRM não tem o cenário 'MesNormall'; você quis dizer 'MesNormal'?\n",
        });
    });

    it('pacto report: an empty history, an outage log without its header', () => {
        expect(pacto(['report', IMOLKO, '--tickets', 'empty.csv'], files.dir, ES)).toEqual({
            status: 1,
            stdout: '',
            stderr: 'pacto: empty.csv: archivo vacío: un historial de tickets necesita un encabezado (ticket,at,event,category,channel)\n',
        });
        expect(pacto(['report', SAAS, '--tickets', `${ROOT}/examples/history/saas-hosting.csv`, '--outages', 'o.csv'], files.dir, PT)).toEqual({
            status: 1,
            stdout: '',
            stderr: "pacto: o.csv:1:0: um registro de indisponibilidades precisa de um cabeçalho 'start,end' (e, se quiser, 'planned'); cabeçalho lido: desde, hasta\n",
        });
    });

    it('pacto report: a --mapping file that is not JSON, located and in the reader\'s words', () => {
        const args = ['report', IMOLKO, '--tickets', 'f.csv', '--mapping', 'broken.json'];
        expect(pacto(args, files.dir, ES)).toEqual({ status: 2, stdout: '', stderr: 'pacto: broken.json:2:3: no es JSON: se esperaba un nombre entre comillas dobles\n' });
        expect(pacto(args, files.dir, PT)).toEqual({ status: 2, stdout: '', stderr: 'pacto: broken.json:2:3: não é JSON: esperado um nome entre aspas duplas\n' });
        expect(pacto(args, files.dir, { LANG: 'C' })).toEqual({ status: 2, stdout: '', stderr: 'pacto: broken.json:2:3: not JSON: expected a name in double quotes\n' });
    });

    it('pacto report: the bad rows it refuses', () => {
        expect(pacto(['report', IMOLKO, '--tickets', 'f.csv', '--mapping', 'f.json'], files.dir, ES)).toEqual({
            status: 1,
            stdout: '',
            stderr:
                "f.csv:2:4: '2026-03-02 16:00:00' no tiene desfase respecto de UTC; agréguelo (-03:00, Z) o indique con --zone la zona en que se escribieron las horas\n" +
                'pacto: el historial tiene 1 fila errónea, no se calculó nada (--skip-bad-rows continúa sin ellas y las lista en el informe)\n',
        });
        expect(pacto(['report', IMOLKO, '--tickets', 'f.csv', '--mapping', 'f.json'], files.dir, PT).stderr).toBe(
            "f.csv:2:4: '2026-03-02 16:00:00' não tem deslocamento em relação ao UTC; acrescente um (-03:00, Z) ou informe com --zone o fuso em que os horários foram escritos\n" +
                'pacto: o histórico tem 1 linha inválida, nada foi calculado (--skip-bad-rows segue sem elas e as lista no relatório)\n',
        );
    });

    it('pacto calibrate: nothing to calibrate, and the rows it skipped', () => {
        expect(pacto(['calibrate', IMOLKO, '--tickets', 'header.csv'], files.dir, ES)).toEqual({
            status: 1,
            stdout: '',
            stderr: 'pacto: header.csv: no se abrió ningún ticket: no hay nada que calibrar\n',
        });
        expect(pacto(['calibrate', IMOLKO, '--tickets', 'header.csv'], files.dir, PT).stderr).toBe('pacto: header.csv: nenhum chamado foi aberto: não há nada a calibrar\n');
        const skipped = pacto(['calibrate', IMOLKO, '--tickets', 'f.csv', '--mapping', 'f.json', '--skip-bad-rows'], files.dir, PT);
        expect(skipped.status).toBe(0);
        expect(skipped.stderr).toBe(
            "f.csv:2:4: '2026-03-02 16:00:00' não tem deslocamento em relação ao UTC; acrescente um (-03:00, Z) ou informe com --zone o fuso em que os horários foram escritos (omitida)\n",
        );
    });

    it('English stays as it was', () => {
        expect(pacto(['calibrate', IMOLKO, '--tickets', 'header.csv'], files.dir).stderr).toBe('pacto: header.csv: no ticket was opened: nothing to calibrate\n');
    });
});
