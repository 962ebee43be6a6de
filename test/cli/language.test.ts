import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacto, ROOT, scratch } from './pacto-process.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const IMOLKO = 'examples/imolko.pacto';
const ES = { LANG: 'es_ES.UTF-8' };
const PT = { LANG: 'pt_BR.UTF-8' };
const CRITICA = ['deadline', IMOLKO, '--category', 'Critica', '--opened', '2026-03-02T09:00-04:00'];

describe('pacto in the reader’s language', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'clean.pacto': 'contract C {\n  provider "z"\n}\n', 'truncated.pacto': 'contract A {\n  provider "x"\n' });
    });
    afterAll(() => files.remove());

    it('checks in Spanish under LANG=es_ES.UTF-8 and in Portuguese under LANG=pt_BR.UTF-8', () => {
        expect(pacto(['check', IMOLKO], ROOT, ES)).toEqual({ status: 0, stdout: 'examples/imolko.pacto: sin problemas\n', stderr: '' });
        expect(pacto(['check', IMOLKO], ROOT, PT)).toEqual({ status: 0, stdout: 'examples/imolko.pacto: nenhum problema\n', stderr: '' });
        const es = pacto(['check', 'clean.pacto', 'truncated.pacto'], files.dir, ES);
        expect(es.status).toBe(1);
        // The diagnostic's own words are the language services'; the severity and the summary are the CLI's.
        expect(es.stdout).toMatch(/^clean\.pacto: sin problemas\ntruncated\.pacto:2:15: error: \S/);
        expect(es.stderr).toBe('1 error, 0 advertencias en 1 archivo\n');
        const pt = pacto(['check', 'truncated.pacto'], files.dir, PT);
        expect(pt.stdout).toMatch(/^truncated\.pacto:2:15: erro: \S/);
        expect(pt.stderr).toBe('1 erro, 0 avisos em 1 arquivo\n');
    });

    it('writes deadlines with the language’s labels, weekdays, percentages and business-time words', () => {
        expect(pacto(CRITICA, ROOT, ES)).toEqual({
            status: 0,
            stdout:
                'ZenkiuSupport / Critica "Falla crítica", horas en America/Caracas\n' +
                '  apertura      lun 2026-03-02 09:00 -04:00\n' +
                '  respuesta     lun 2026-03-02 10:00 -04:00  plazo de 1 hora hábil\n' +
                '  resolución    lun 2026-03-02 14:00 -04:00  plazo de 4 horas hábiles\n' +
                '  escalamiento  lun 2026-03-02 11:00 -04:00  50\u00a0% del plazo de resolución: avisar a Líder de guardia <guardia@imolko.example>\n' +
                '  escalamiento  lun 2026-03-02 14:00 -04:00  100\u00a0% del plazo de resolución: avisar a Gerente de soporte <soporte@imolko.example>\n' +
                '  escalamiento  lun 2026-03-02 16:00 -04:00  150\u00a0% del plazo de resolución: avisar a Dirección <direccion@imolko.example>\n',
            stderr: '',
        });
        expect(pacto(CRITICA, ROOT, PT).stdout).toBe(
            'ZenkiuSupport / Critica "Falla crítica", horários em America/Caracas\n' +
                '  abertura       seg. 2026-03-02 09:00 -04:00\n' +
                '  resposta       seg. 2026-03-02 10:00 -04:00  prazo de 1 hora útil\n' +
                '  resolução      seg. 2026-03-02 14:00 -04:00  prazo de 4 horas úteis\n' +
                '  escalonamento  seg. 2026-03-02 11:00 -04:00  50% do prazo de resolução: notificar Líder de guardia <guardia@imolko.example>\n' +
                '  escalonamento  seg. 2026-03-02 14:00 -04:00  100% do prazo de resolução: notificar Gerente de soporte <soporte@imolko.example>\n' +
                '  escalonamento  seg. 2026-03-02 16:00 -04:00  150% do prazo de resolução: notificar Dirección <direccion@imolko.example>\n',
        );
    });

    it('writes a fraction of a business minute with a decimal comma', () => {
        const args = ['elapsed', IMOLKO, '--calendar', 'Oficina', '--from', '2026-03-02T09:00-04:00', '--to', '2026-03-02T09:00:30-04:00'];
        expect(pacto(args, ROOT, ES).stdout).toBe('0,5 minutos hábiles (0 min 30 s) en el calendario Oficina del lun 2026-03-02 09:00 -04:00 al lun 2026-03-02 09:00:30 -04:00\n');
        // Portuguese writes quantities below two in the singular ("0,5 minuto", "1,5 milhão").
        expect(pacto(args, ROOT, PT).stdout).toBe('0,5 minuto útil (0 min 30 s) no calendário Oficina de seg. 2026-03-02 09:00 -04:00 a seg. 2026-03-02 09:00:30 -04:00\n');
        expect(pacto(args).stdout).toBe('0.5 business minutes (0 min 30 s) on Oficina from Mon 2026-03-02 09:00 -04:00 to Mon 2026-03-02 09:00:30 -04:00\n');
    });

    it('summarises a simulation in the contract\'s language, as its reports are, whatever the reader\'s', () => {
        const run = pacto(['simulate', 'examples/helpdesk-br.pacto', '--scenario', 'MesNormal', '--runs', '20'], ROOT, ES);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe('Cenário MesNormal “Mês típico” do contrato CosmoDeskCRM: 20 execuções, semente 1');
        expect(lines[1]).toBe('Período de 02/03/2026 00:00 a 30/03/2026 00:00 (America/Sao_Paulo); agentes: Suporte 4, Sobreaviso 1');
        expect(lines[3]).toBe('Categorias (por período; tempos em minutos úteis do calendário de cada prazo)');
        expect(lines[4]).toMatch(/^ {2}Indisponibilidade: \d+(,\d)? chamados; primeira resposta no prazo \d+(,\d)?% \(média /);
        expect(run.stdout).toMatch(/\n {2}PrimeiraResposta: meta 95%, média \d+(,\d)?%, cumprido em \d+% dos períodos: (realista|em risco|irrealista)\n/);
        expect(run.stdout).toMatch(/\nPenalidades por período: esperado R\$\u00a0[\d.]+,\d\d, percentil 95 /);
        expect(run.stdout).toMatch(/\nVeredito: (realista|em risco \(.+\)|irrealista \(o objetivo \w+ “.+” é cumprido em \d+% dos períodos\))\n$/);
        // The reader's language does not change the report; only the tool's own lines follow it.
        expect(pacto(['simulate', 'examples/helpdesk-br.pacto', '--scenario', 'MesNormal', '--runs', '20'], ROOT).stdout).toBe(run.stdout);
    });

    it('shows the help pages in the language', () => {
        const es = pacto(['--help'], ROOT, ES);
        expect(es.stdout.startsWith(`pacto ${VERSION}: acuerdos de nivel de servicio como código\n\nUso: pacto COMANDO [OPCIONES] [ARGUMENTOS]\n`)).toBe(true);
        expect(es.stdout).toContain('  check      revisa los contratos en busca de errores y advertencias\n');
        const pt = pacto(['help', 'check'], ROOT, PT);
        expect(pt.stdout.startsWith('Uso: pacto check [--format text|json] ARQUIVO|PASTA...\n')).toBe(true);
        expect(pacto(['check', '--help'], ROOT, PT)).toEqual(pt);
        // Every export format is described in the language, the help desks' imports too.
        const formats = pacto(['export', '--help'], ROOT, PT).stdout;
        expect(formats).toContain('\n  markdown, md Markdown, para wikis\n');
        expect(formats).toContain('\n  zendesk      configuração do Zendesk Support: as requisições à API que criam os horários de\n');
    });

    it('refuses bad usage in the language', () => {
        expect(pacto(['check'], ROOT, ES)).toEqual({ status: 2, stdout: '', stderr: "pacto: 'check' necesita al menos un archivo (véase 'pacto check --help')\n" });
        expect(pacto(['chek'], ROOT, PT)).toEqual({ status: 2, stdout: '', stderr: "pacto: comando desconhecido 'chek'; você quis dizer 'check'? (veja 'pacto --help')\n" });
        expect(pacto(['deadline', IMOLKO, '--category', 'Critca', '--opened', '2026-03-02T09:00Z'], ROOT, ES)).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: categoría desconocida 'Critca' en el contrato ZenkiuSupport; ¿quiso decir 'Critica'?\n",
        });
        // Portuguese contracts the preposition with the article, and the list agrees with the noun.
        expect(pacto(['deadline', IMOLKO, '--category', 'Urgent', '--opened', '2026-03-02T09:00Z'], ROOT, PT)).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: categoria desconhecida 'Urgent' no contrato ZenkiuSupport; categorias declaradas: Critica, Grave, Menor, Informacion, Requerimiento\n",
        });
        expect(pacto(['deadline', IMOLKO, '--category', 'Urgent', '--opened', '2026-03-02T09:00Z'], ROOT, ES).stderr).toBe(
            "pacto: categoría desconocida 'Urgent' en el contrato ZenkiuSupport; categorías declaradas: Critica, Grave, Menor, Informacion, Requerimiento\n",
        );
        expect(pacto(['deadline', IMOLKO, '--contract', 'Otro', '--category', 'Critica', '--opened', '2026-03-02T09:00Z'], ROOT, PT).stderr).toBe(
            "pacto: contrato desconhecido 'Otro' em examples/imolko.pacto; contratos declarados: ZenkiuSupport\n",
        );
        expect(pacto(['check', 'missing.pacto'], files.dir, PT)).toEqual({ status: 2, stdout: '', stderr: 'pacto: não é possível ler missing.pacto: arquivo ou pasta inexistente\n' });
    });

    it('lets --lang override the environment, before or after the command', () => {
        expect(pacto(['--lang', 'en', 'check', IMOLKO], ROOT, ES).stdout).toBe('examples/imolko.pacto: no problems\n');
        expect(pacto(['check', '--lang=pt-BR', IMOLKO], ROOT, ES).stdout).toBe('examples/imolko.pacto: nenhum problema\n');
        expect(pacto(['check', IMOLKO, '--lang', 'es']).stdout).toBe('examples/imolko.pacto: sin problemas\n');
        expect(pacto(['--lang', 'auto', 'check', IMOLKO], ROOT, PT).stdout).toBe('examples/imolko.pacto: nenhum problema\n');
        expect(pacto(['--lang', 'PT-br', 'check', IMOLKO]).stdout).toBe('examples/imolko.pacto: nenhum problema\n');
    });

    it('refuses an unknown --lang in the environment’s language', () => {
        expect(pacto(['--lang', 'fr', 'check', IMOLKO])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: unknown language 'fr' for --lang: it must be 'en', 'es', 'pt-BR', or 'auto' (see 'pacto --help')\n",
        });
        expect(pacto(['check', IMOLKO, '--lang'], ROOT, ES)).toEqual({ status: 2, stdout: '', stderr: "pacto: la opción '--lang' necesita un valor (véase 'pacto --help')\n" });
        expect(pacto(['--lang=pt', 'check', IMOLKO], ROOT, PT).stderr).toBe(
            "pacto: idioma desconhecido 'pt' para --lang: deve ser 'en', 'es', 'pt-BR' ou 'auto' (veja 'pacto --help')\n",
        );
    });

    it('reads LC_ALL before LC_MESSAGES before LANG, so LC_ALL=C is English', () => {
        expect(pacto(['check', IMOLKO], ROOT, { LC_ALL: 'C', LANG: 'es_ES.UTF-8' }).stdout).toBe('examples/imolko.pacto: no problems\n');
        expect(pacto(['check', IMOLKO], ROOT, { LC_MESSAGES: 'pt_BR.UTF-8', LANG: 'es_ES.UTF-8' }).stdout).toBe('examples/imolko.pacto: nenhum problema\n');
        expect(pacto(['check', IMOLKO], ROOT, { LC_ALL: 'es_MX.UTF-8', LC_MESSAGES: 'C' }).stdout).toBe('examples/imolko.pacto: sin problemas\n');
        expect(pacto(['check', IMOLKO], ROOT, { LANG: 'fr_FR.UTF-8' }).stdout).toBe('examples/imolko.pacto: no problems\n');
    });

    it('prints the same JSON whatever the language', () => {
        const check = ['check', '--format', 'json', 'clean.pacto', 'truncated.pacto'];
        const english = pacto(check, files.dir);
        expect(english.status).toBe(1);
        expect(JSON.parse(english.stdout)).toEqual([
            { file: 'truncated.pacto', line: 2, column: 15, severity: 'error', message: "Expected '}' but found the end of the file.", code: 'parsing-error' },
        ]);
        expect(pacto(check, files.dir, ES)).toEqual(english);
        expect(pacto(check, files.dir, PT)).toEqual(english);
        expect(pacto([...check, '--lang', 'es'], files.dir)).toEqual(english);
        const deadline = pacto([...CRITICA, '--json']);
        expect(deadline.status).toBe(0);
        expect(pacto([...CRITICA, '--json'], ROOT, ES)).toEqual(deadline);
        expect(pacto([...CRITICA, '--json'], ROOT, PT)).toEqual(deadline);
    });
});
