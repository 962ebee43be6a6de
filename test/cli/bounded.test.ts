/**
 * Issue 13's hangs and crashes through the built `pacto`: each input finishes with a plain, located line and a
 * non-zero exit (or a correct answer), never a hang or "internal error". No test asserts a time: the runs have
 * the harness's 20 s limit, which each of these inputs exceeded (or crashed) before.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pacto, scratch } from './pacto-process.js';

const files = scratch({
    'office.pacto': `contract Office {
  term 2026-01-01 to 2026-12-31
  calendar Oficina {
    time zone "America/Caracas"
    monday to friday 08:00-12:00, 13:00-17:00
    holidays of "VE"
  }
  default calendar Oficina
  objective OnTime { 90% of resolutions on time per month }
  category Critica { resolution within 4 business hours }
}
`,
    'wall.pacto': `contract Wall {
  term 2026-01-01 to 2026-12-31
  objective OnTime { 90% of resolutions on time per month }
  category A { resolution within 99999999999 hours }
}
`,
    'weekly.pacto': `contract K1 {
  term 2026-01-01 to 2026-12-31
  calendar K {
    time zone "UTC"
    monday 09:00-10:00
  }
  objective OnTime { 90% of resolutions on time per month }
  category A { resolution within 99999999999 business hours on K }
}
`,
    'escalation.pacto': `contract Pct {
  term 2026-01-01 to 2026-12-31
  calendar Oficina {
    time zone "America/Caracas"
    monday to friday 08:00-12:00, 13:00-17:00
  }
  default calendar Oficina
  objective OnTime { 90% of resolutions on time per month }
  category Critica { resolution within 4 business hours }
  escalation for Critica {
    at 1000000000% of resolution notify "Lider"
  }
}
`,
    'minutes.pacto': `contract Big {
  term 2026-01-01 to 2026-12-31
  objective OnTime { 90% of resolutions on time per month }
  category A { resolution within 1${'0'.repeat(308)} minutes }
}
`,
    'mean.pacto': `contract Sim {
  term 2026-01-01 to 2026-12-31
  calendar Oficina {
    time zone "America/Caracas"
    monday to friday 08:00-12:00, 13:00-17:00
  }
  default calendar Oficina
  category Critica { resolution within 4 business hours }
  objective OnTime { 90% of resolutions on time per month }
  scenario Normal {
    period 4 weeks starting 2026-03-02
    arrivals { Critica 10 per day }
    team Desk {
      agents 2 on Oficina
      handles Critica
    }
    handling { Critica exponential mean 99999999999 hours }
  }
}
`,
    'long-period.pacto': `contract Sim {
  term 2026-01-01 to 2026-12-31
  calendar Oficina {
    time zone "UTC"
    monday to friday 08:00-12:00
  }
  default calendar Oficina
  category Critica { resolution within 4 business hours }
  objective OnTime { 90% of resolutions on time per month }
  scenario Normal {
    period 6000 weeks starting 2026-03-02
    arrivals { Critica 1 per week }
    team Desk {
      agents 2 on Oficina
      handles Critica
    }
    handling { Critica exponential mean 30 minutes }
  }
}
`,
    'string.pacto': `contract S "${'a'.repeat(4_500_000)}" {\n  term 2026-01-01 to 2026-12-31\n}\n`,
});

afterAll(() => files.remove());

const HORIZON = 'Pacto computes no deadline beyond that horizon.';

describe('pacto does bounded work', () => {
    it('refuses an opening in year 9999 or 0001, and an elapsed time from 0001 to 9999, naming the option', () => {
        for (const [option, year] of [['9999-12-30T12:00Z', '9999'], ['0001-01-01T00:00Z', '0001']] as const) {
            const run = pacto(['deadline', 'office.pacto', '--category', 'Critica', '--opened', option, '--lang', 'en'], files.dir);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`--opened ${option}: year ${year} is outside the years Pacto computes with (1900 to 2200)`);
        }
        const run = pacto(['elapsed', 'office.pacto', '--calendar', 'Oficina', '--from', '0001-01-01T00:00Z', '--to', '9999-12-31T00:00Z', '--lang', 'en'], files.dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('--from 0001-01-01T00:00Z: year 0001 is outside the years Pacto computes with (1900 to 2200)');
    });

    it('refuses deadlines past the horizon in the words of the contract', () => {
        const cases = [
            ['wall.pacto', 'A', 'Wall / A: the resolution target of 99999999999 hours would fall due more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); '],
            ['weekly.pacto', 'A', 'K1 / A: the resolution target of 99999999999 business hours would fall due more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); '],
        ] as const;
        for (const [file, category, words] of cases) {
            const run = pacto(['deadline', file, '--category', category, '--opened', '2026-03-02T09:00Z', '--lang', 'en'], files.dir);
            expect(run.stderr).toBe(`pacto: ${words}${HORIZON}\n`);
            expect(run.status).toBe(2);
        }
        const es = pacto(['deadline', 'wall.pacto', '--category', 'A', '--opened', '2026-03-02T09:00Z', '--lang', 'es'], files.dir);
        expect(es.stderr).toBe('pacto: Wall / A: el plazo de resolución de 99999999999 hours vencería más de 100 años después de 2026-01-01 00:00 UTC (después de 2126-01-01 00:00 UTC); Pacto no calcula plazos más allá de ese horizonte.\n');
    });

    it("warns about 'at 1000000000% of resolution' in check and refuses it in deadline", () => {
        const check = pacto(['check', 'escalation.pacto', '--lang', 'en'], files.dir);
        expect(check.stdout).toContain('escalation.pacto:11:8: warning: This escalation step at 1000000000% of the resolution target (4 business hours) would fire after the whole contract term');
        const run = pacto(['deadline', 'escalation.pacto', '--category', 'Critica', '--opened', '2026-03-02T09:00-04:00', '--lang', 'en'], files.dir);
        expect(run.stderr).toBe('pacto: Pct / Critica: the escalation at 1000000000% of resolution would fire more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); Pacto computes no instant beyond that horizon.\n');
        expect(run.status).toBe(2);
    });

    it('refuses 1 followed by 308 zeros minutes with a located error, in check and deadline', () => {
        const check = pacto(['check', 'minutes.pacto', '--lang', 'en'], files.dir);
        expect(check.status).toBe(1);
        expect(check.stdout).not.toContain('An error occurred during validation');
        expect(check.stdout).toMatch(/^minutes\.pacto:\d+:\d+: error: This number is too large to compute with; write a number of at most 15 digits\.$/m);
        const run = pacto(['deadline', 'minutes.pacto', '--category', 'A', '--opened', '2026-03-02T09:00Z', '--lang', 'en'], files.dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^pacto: the contract has errors, nothing computed: minutes\.pacto:\d+:\d+: error: This number is too large/);
    });

    it('refuses a handling time past the horizon before simulating', () => {
        const run = pacto(['simulate', 'mean.pacto', '--scenario', 'Normal', '--runs', '2', '--lang', 'en'], files.dir);
        expect(run.stderr).toBe('pacto: scenario Normal: the handling time of Critica (99999999999 hours) is longer than 100 years, so no simulated ticket could be handled within the horizon; check the number.\n');
        expect(run.status).toBe(2);
    });

    it('refuses a simulated period longer than the horizon', () => {
        const run = pacto(['simulate', 'long-period.pacto', '--scenario', 'Normal', '--runs', '2', '--lang', 'en'], files.dir);
        // `check` finds it first, at the period as written; the simulator would refuse it too.
        expect(run.stderr).toBe('pacto: the contract has errors, nothing computed: long-period.pacto:11:12: error: scenario Normal: its period is longer than 100 years, beyond the horizon Pacto computes within; simulate a shorter period.\n');
        expect(run.status).toBe(1);
    });

    it('lexes a string literal of 4.5 million characters', () => {
        const run = pacto(['check', 'string.pacto', '--lang', 'en'], files.dir);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('string.pacto: no problems\n');
        expect(run.status).toBe(0);
    });
});
