/**
 * Inputs that once gave a silently wrong answer or a stack trace (issue 10), through the built CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacto, scratch } from './pacto-process.js';

const CONTRACT = `contract Support {
  term 2026-01-01 to 2026-12-31
  calendar Office {
    time zone "America/Sao_Paulo"
    monday to friday 09:00-18:00
  }
  default calendar Office
  category Incident {
    response within 1 business hour
    resolution within RESOLUTION
  }
}
`;

describe('answers that are never silently wrong', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({
            'whole.pacto': CONTRACT.replace('RESOLUTION', '2 business days'),
            'half.pacto': CONTRACT.replace('RESOLUTION', '1.5 business days'),
            // One open morning a week: the due instant would be tens of millions of years away.
            'typo.pacto': CONTRACT.replace('RESOLUTION', '99999999999 business hours').replace('monday to friday 09:00-18:00', 'monday 09:00-10:00'),
        });
    });
    afterAll(() => files.remove());

    it('a ticket opened outside the term gets a warning line, and the deadlines all the same', () => {
        const run = pacto(['deadline', 'whole.pacto', '--category', 'Incident', '--opened', '2027-03-02T10:00-03:00', '--json'], files.dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe("pacto: warning: the ticket opens on 2027-03-02, outside the contract's term (2026-01-01 to 2026-12-31): the contract does not promise these deadlines\n");
        expect(JSON.parse(run.stdout)).toMatchObject({ response: { due: '2027-03-02T11:00:00-03:00' }, resolution: { due: '2027-03-04T10:00:00-03:00' } });
        // Inside the term: no warning.
        expect(pacto(['deadline', 'whole.pacto', '--category', 'Incident', '--opened', '2026-03-02T10:00-03:00'], files.dir).stderr).toBe('');
    });

    it('a target of a hundred billion business hours is checked at once against the term, not computed for millennia', () => {
        const typo = pacto(['check', 'typo.pacto'], files.dir);
        expect(typo.status).toBe(0);
        expect(typo.stdout).toContain("typo.pacto:10:23: warning: A resolution target of 99999999999 business hours is longer than the whole contract term (2026-01-01 to 2026-12-31)");
    });

    it('fractional business days are one located error, never a stack trace', () => {
        expect(pacto(['check', 'half.pacto'], files.dir)).toEqual({
            status: 1,
            stdout: "half.pacto:8:12: hint: No objective measures the targets of 'Incident': add one such as objective X { 90% of resolutions on time per month }.\n" +
                "half.pacto:10:23: error: Business days are whole days: '1.5 business days' has no defined moment. Write whole business days, or business hours (e.g. 12 business hours).\n",
            stderr: '1 error, 0 warnings, 1 hint in 1 file\n',
        });
    });
});

describe('contract text is inert on the terminal', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({
            'escapes.pacto': `contract Escapes {
  calendar Office {
    time zone "UTC"
    monday to friday 09:00-18:00
  }
  default calendar Office
  category Incident "\u001b[2J\u001b]0;pwned\u0007\u001b]52;c;ZXZpbA==\u0007" {
    response within 1 business hour
  }
}
`,
        });
    });
    afterAll(() => files.remove());

    it('control characters of a title print as control pictures, never raw', () => {
        const run = pacto(['deadline', 'escapes.pacto', '--category', 'Incident', '--opened', '2026-03-02T10:00Z'], files.dir);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(run.stdout.split('\n')[0]).toBe('Escapes / Incident "␛[2J␛]0;pwned␇␛]52;c;ZXZpbA==␇", times in UTC');
    });
});
