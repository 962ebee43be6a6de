import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacto, scratch } from './pacto-process.js';

// Expected instants are worked by hand from the examples:
// imolko.pacto, calendar Oficina: America/Caracas (-04:00), Monday to Friday 08:00-12:00 and 13:00-17:00;
// Critica: response 1 business hour, resolution 4 business hours, escalations at 50/100/150% of resolution.
// helpdesk-br.pacto, calendar Comercial: America/Sao_Paulo (-03:00), Mon-Fri 09:00-18:00, Sat 09:00-13:00;
// Duvida: response 4 business hours, resolution 2 business days; Indisponibilidade: wall-clock 15 minutes / 4 hours.
const IMOLKO = 'examples/imolko.pacto';
const HELPDESK = 'examples/helpdesk-br.pacto';

describe('pacto deadline', () => {
    it('prints due instants and escalations in the calendar offset; opened in the lunch break starts at 13:00', () => {
        const run = pacto(['deadline', IMOLKO, '--category', 'Critica', '--opened', '2026-03-02T16:30Z', '--json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual({
            contract: 'ZenkiuSupport',
            category: 'Critica',
            opened: '2026-03-02T12:30:00-04:00',
            response: { due: '2026-03-02T14:00:00-04:00' },
            resolution: { due: '2026-03-02T17:00:00-04:00' },
            escalations: [
                { at: '2026-03-02T15:00:00-04:00', notify: 'Líder de guardia' },
                { at: '2026-03-02T17:00:00-04:00', notify: 'Gerente de soporte' },
                // 150% of 4 h = 6 h: 13:00-17:00, then 08:00-10:00 the next morning.
                { at: '2026-03-03T10:00:00-04:00', notify: 'Dirección' },
            ],
        });
    });

    it('stops the clock during a pause; a due instant on a closing time stays on it', () => {
        const run = pacto([
            'deadline', IMOLKO, '--category', 'Critica', '--opened', '2026-03-02T09:00-04:00',
            '--pause', '2026-03-02T09:30-04:00/2026-03-02T10:30-04:00',
        ]);
        expect(run).toEqual({
            status: 0,
            stderr: '',
            stdout:
                'ZenkiuSupport / Critica "Falla crítica", times in America/Caracas\n' +
                '  opened      Mon 2026-03-02 09:00 -04:00\n' +
                '  response    Mon 2026-03-02 11:00 -04:00  within 1 business hour\n' +
                '  resolution  Mon 2026-03-02 15:00 -04:00  within 4 business hours\n' +
                '  escalation  Mon 2026-03-02 12:00 -04:00  50% of resolution: notify Líder de guardia <guardia@imolko.example>\n' +
                '  escalation  Mon 2026-03-02 15:00 -04:00  100% of resolution: notify Gerente de soporte <soporte@imolko.example>\n' +
                '  escalation  Mon 2026-03-02 17:00 -04:00  150% of resolution: notify Dirección <direccion@imolko.example>\n',
        });
    });

    it('carries business hours over the weekend and counts business days on open days (Saturday is open)', () => {
        const run = pacto(['deadline', HELPDESK, '--category', 'Duvida', '--opened', '20260306T190000Z', '--json']);
        expect(JSON.parse(run.stdout)).toEqual({
            contract: 'CosmoDeskCRM',
            category: 'Duvida',
            opened: '2026-03-06T16:00:00-03:00',
            // Friday 16:00-18:00, then Saturday 09:00-11:00.
            response: { due: '2026-03-07T11:00:00-03:00' },
            // Second open day after Friday: Saturday, Monday.
            resolution: { due: '2026-03-09T16:00:00-03:00' },
            escalations: [],
        });
    });

    it('adds wall-clock targets on the instant timeline, shown in the default calendar offset', () => {
        const run = pacto(['deadline', HELPDESK, '--category', 'Indisponibilidade', '--opened', '2026-03-07T23:00Z', '--json']);
        expect(JSON.parse(run.stdout)).toEqual({
            contract: 'CosmoDeskCRM',
            category: 'Indisponibilidade',
            opened: '2026-03-07T20:00:00-03:00',
            response: { due: '2026-03-07T20:15:00-03:00' },
            resolution: { due: '2026-03-08T00:00:00-03:00' },
            escalations: [
                { at: '2026-03-07T21:00:00-03:00', notify: 'Coordenador de plantão' },
                { at: '2026-03-08T00:00:00-03:00', notify: 'Diretor de operações' },
            ],
        });
    });

    it("shows a category whose targets count on two calendars in its response target's zone, as the editor and the documents do", () => {
        const files = scratch({
            'two-desks.pacto': `contract TwoDesks {
  provider "Acme Ltd."
  customer "Example Inc."
  term 2026-01-01 to 2026-12-31

  calendar Desk {
    time zone "UTC"
    every day 00:00-24:00
  }

  calendar Office {
    time zone "America/Caracas"
    monday to friday 08:00-12:00, 13:00-17:00
  }

  default calendar Office

  category Incident {
    priority 1
    response within 1 business hour on Desk
    resolution within 4 business hours
  }

  objective OnTime { 90% of resolutions on time per month }
}
`,
        });
        try {
            // Friday 16:30 in Caracas: the desk answers within the hour; the office resolves on Monday 11:30 (-04:00).
            expect(pacto(['deadline', 'two-desks.pacto', '--category', 'Incident', '--opened', '2026-03-06T16:30-04:00'], files.dir)).toEqual({
                status: 0,
                stderr: '',
                stdout:
                    'TwoDesks / Incident, times in UTC\n' +
                    '  opened      Fri 2026-03-06 20:30 UTC\n' +
                    '  response    Fri 2026-03-06 21:30 UTC  within 1 business hour\n' +
                    '  resolution  Mon 2026-03-09 15:30 UTC  within 4 business hours\n',
            });
        } finally {
            files.remove();
        }
    });

    it('gives null for a target the category does not set', () => {
        const run = pacto(['deadline', IMOLKO, '--category', 'Informacion', '--opened', '2026-03-02T08:00-04:00', '--json']);
        expect(JSON.parse(run.stdout)).toMatchObject({ response: null, escalations: [] });
    });

    it('rejects unknown names with a suggestion or the declared names', () => {
        expect(pacto(['deadline', IMOLKO, '--category', 'Critca', '--opened', '2026-03-02T09:00-04:00'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: unknown category 'Critca' in contract ZenkiuSupport; did you mean 'Critica'?\n",
        });
        expect(pacto(['deadline', IMOLKO, '--category', 'Urgent', '--opened', '2026-03-02T09:00-04:00'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: unknown category 'Urgent' in contract ZenkiuSupport; declared: Critica, Grave, Menor, Informacion, Requerimiento\n",
        });
        expect(pacto(['deadline', IMOLKO, '--contract', 'ZenkiuSuport', '--category', 'Critica', '--opened', '2026-03-02T09:00-04:00'])).toEqual({
            status: 2,
            stdout: '',
            stderr: `pacto: unknown contract 'ZenkiuSuport' in ${IMOLKO}; did you mean 'ZenkiuSupport'?\n`,
        });
    });

    it('rejects an instant without offset, a date, an impossible date, and a backwards pause', () => {
        const opened = (value: string) => pacto(['deadline', IMOLKO, '--category', 'Critica', '--opened', value]);
        expect(opened('2026-03-02T09:00')).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: --opened 2026-03-02T09:00: no UTC offset; add one, e.g. -03:00, +01:00 or Z, so the instant is not ambiguous (see 'pacto deadline --help')\n",
        });
        expect(opened('2026-03-02').stderr).toBe(
            "pacto: --opened 2026-03-02: a date is not an instant; give a time and a UTC offset, e.g. 2026-03-02T09:00-03:00 (see 'pacto deadline --help')\n",
        );
        expect(opened('2026-02-29T09:00Z').stderr).toBe("pacto: --opened 2026-02-29T09:00Z: day 29 does not exist in 2026-02 (see 'pacto deadline --help')\n");
        const backwards = pacto([
            'deadline', IMOLKO, '--category', 'Critica', '--opened', '2026-03-02T09:00-04:00', '--pause', '2026-03-02T10:00-04:00/2026-03-02T09:00-04:00',
        ]);
        expect(backwards).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: --pause 2026-03-02T10:00-04:00/2026-03-02T09:00-04:00: the pause must end after it starts (see 'pacto deadline --help')\n",
        });
    });

    it('requires its options and one file', () => {
        expect(pacto(['deadline', IMOLKO, '--opened', '2026-03-02T09:00-04:00']).stderr).toBe("pacto: 'deadline' needs --category (see 'pacto deadline --help')\n");
        expect(pacto(['deadline', '--category', 'Critica']).stderr).toBe("pacto: 'deadline' needs a contract file (see 'pacto deadline --help')\n");
        expect(pacto(['deadline', IMOLKO, HELPDESK, '--category', 'Critica', '--opened', '2026-03-02T09:00Z'])).toMatchObject({
            status: 2,
            stderr: "pacto: 'deadline' takes one contract file, not 2 (see 'pacto deadline --help')\n",
        });
    });

    describe('on files it cannot use', () => {
        let files: ReturnType<typeof scratch>;
        beforeAll(() => {
            files = scratch({
                'broken.pacto': 'contract A {\n  category X {\n    resolution within 4 hourz\n  }\n}\n',
                'two.pacto': 'contract A {\n}\ncontract B {\n}\n',
            });
        });
        afterAll(() => files.remove());

        it('refuses a contract with errors, quoting the first, and exits 1', () => {
            const run = pacto(['deadline', 'broken.pacto', '--category', 'X', '--opened', '2026-03-02T09:00Z'], files.dir);
            expect(run.status).toBe(1);
            expect(run.stdout).toBe('');
            expect(run.stderr).toMatch(/^pacto: the contract has errors, nothing computed: broken\.pacto:3:25: error: [^\n]+\n$/);
        });

        it('asks which contract when the file declares several', () => {
            expect(pacto(['deadline', 'two.pacto', '--category', 'X', '--opened', '2026-03-02T09:00Z'], files.dir)).toEqual({
                status: 2,
                stdout: '',
                stderr: "pacto: two.pacto declares 2 contracts (A, B); choose one with --contract (see 'pacto deadline --help')\n",
            });
        });

        it('exits 2 for an unreadable file', () => {
            expect(pacto(['deadline', 'missing.pacto', '--category', 'X', '--opened', '2026-03-02T09:00Z'], files.dir)).toEqual({
                status: 2,
                stdout: '',
                stderr: 'pacto: cannot read missing.pacto: no such file or directory\n',
            });
        });
    });
});

describe('human-readable instants', () => {
    it('lead with the weekday, drop zero seconds, keep the offset', async () => {
        const { terminalInstant } = await import('../../runtime/index.js');
        expect(terminalInstant(Date.parse('2026-03-06T20:30:00Z'), 'America/Sao_Paulo')).toBe('Fri 2026-03-06 17:30 -03:00');
        expect(terminalInstant(Date.parse('2026-03-06T20:30:15Z'), 'America/Sao_Paulo')).toBe('Fri 2026-03-06 17:30:15 -03:00');
        expect(terminalInstant(Date.parse('2026-03-06T20:30:15.250Z'), 'America/Sao_Paulo')).toBe('Fri 2026-03-06 17:30:15.250 -03:00');
        expect(terminalInstant(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('Sun 2026-03-08 03:00 -04:00');
        expect(terminalInstant(Date.parse('2026-03-08T07:00:00Z'), 'UTC')).toBe('Sun 2026-03-08 07:00 UTC');
        expect(terminalInstant(Date.parse('2026-01-08T07:00:00Z'), 'Europe/London')).toBe('Thu 2026-01-08 07:00 +00:00');
    });
});
