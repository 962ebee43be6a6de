/** pacto under LANG=es_ES.UTF-8 and pt_BR.UTF-8 refuses a typed instant, a period and a mapping file in that language. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, pacto, scratch } from './pacto-process.js';

const IMOLKO = `${ROOT}/examples/imolko.pacto`;
const ES = { LANG: 'es_ES.UTF-8' };
const PT = { LANG: 'pt_BR.UTF-8' };

describe('the CLI says why a value it was given is wrong, in the reader\'s language', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'h.csv': 'ticket,opened,category\n', 'm.json': '{"rows": "tickets", "columns": {"ticket": "ID"}}\n' });
    });
    afterAll(() => files.remove());

    it('--opened, --from and --to', () => {
        expect(pacto(['deadline', IMOLKO, '--category', 'Critica', '--opened', '2026-03-02T09:00'], ROOT, ES)).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: --opened 2026-03-02T09:00: falta el desfase respecto de UTC; agregue uno, p. ej. -03:00, +01:00 o Z, para que el instante no sea ambiguo (véase 'pacto deadline --help')\n",
        });
        const pt = pacto(['elapsed', IMOLKO, '--calendar', 'always', '--from', '2026-02-30T09:00-03:00', '--to', '2026-03-02T09:00-03:00'], ROOT, PT);
        expect(pt.status).toBe(2);
        expect(pt.stderr).toBe("pacto: --from 2026-02-30T09:00-03:00: o dia 30 não existe em 2026-02 (veja 'pacto elapsed --help')\n");
    });

    it('--period and --mapping', () => {
        const period = pacto(['report', IMOLKO, '--tickets', 'h.csv', '--period', '2026-13'], files.dir, PT);
        expect(period.status).toBe(2);
        expect(period.stderr).toBe("pacto: --period '2026-13' não é um período: informe um mês (2026-03), um trimestre (2026-Q1) ou uma semana ISO (2026-W10) (veja 'pacto report --help')\n");
        const mapping = pacto(['report', IMOLKO, '--tickets', 'h.csv', '--mapping', 'm.json'], files.dir, ES);
        expect(mapping.status).toBe(2);
        expect(mapping.stderr).toBe('pacto: m.json: para filas de tipo "tickets", "columns" debe indicar "opened", "category"\n');
    });
});
