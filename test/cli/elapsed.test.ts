import { describe, expect, it } from 'vitest';
import { pacto } from './pacto-process.js';

// imolko.pacto, calendar Oficina: America/Caracas (-04:00), Monday to Friday 08:00-12:00 and 13:00-17:00,
// holiday 2026-08-14 (a Friday).
const IMOLKO = 'examples/imolko.pacto';

describe('pacto elapsed', () => {
    it('counts open time to the second, in the calendar offset', () => {
        const run = pacto(['elapsed', IMOLKO, '--calendar', 'Oficina', '--from', '2026-03-02T09:30-04:00', '--to', '2026-03-03T13:30:30Z', '--json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        // 09:30-12:00 and 13:00-17:00 on Monday, 08:00-09:30:30 on Tuesday: 2.5 h + 4 h + 1.5 h + 30 s.
        expect(JSON.parse(run.stdout)).toEqual({
            calendar: 'Oficina',
            from: '2026-03-02T09:30:00-04:00',
            to: '2026-03-03T09:30:30-04:00',
            businessMinutes: 480.5,
        });
    });

    it('skips holidays and weekends', () => {
        expect(pacto(['elapsed', IMOLKO, '--calendar', 'Oficina', '--from', '2026-08-13T08:00-04:00', '--to', '2026-08-17T08:00-04:00'])).toEqual({
            status: 0,
            stderr: '',
            stdout: '480 business minutes (8 h 00 min) on Oficina from Thu 2026-08-13 08:00 -04:00 to Mon 2026-08-17 08:00 -04:00\n',
        });
    });

    it("counts all unpaused time on the built-in 'always', in UTC", () => {
        const run = pacto([
            'elapsed', IMOLKO, '--calendar', 'always', '--from', '2026-03-02T09:30-04:00', '--to', '2026-03-03T09:30-04:00',
            '--pause', '2026-03-02T10:00-04:00/2026-03-02T11:00-04:00', '--json',
        ]);
        expect(JSON.parse(run.stdout)).toEqual({
            calendar: 'always',
            from: '2026-03-02T13:30:00Z',
            to: '2026-03-03T13:30:00Z',
            businessMinutes: 1380,
        });
    });

    it('gives 0 for an empty range', () => {
        const run = pacto(['elapsed', IMOLKO, '--calendar', 'Oficina', '--from', '2026-03-02T10:00-04:00', '--to', '2026-03-02T14:00Z', '--json']);
        expect(JSON.parse(run.stdout)).toMatchObject({ businessMinutes: 0 });
    });

    it('rejects --to before --from and unknown calendars', () => {
        expect(pacto(['elapsed', IMOLKO, '--calendar', 'Oficina', '--from', '2026-03-02T09:30-04:00', '--to', '2026-03-01T09:30-04:00'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: --to 2026-03-01T09:30-04:00 is before --from 2026-03-02T09:30-04:00 (see 'pacto elapsed --help')\n",
        });
        expect(pacto(['elapsed', IMOLKO, '--calendar', 'Oficna', '--from', '2026-03-02T09:30-04:00', '--to', '2026-03-03T09:30-04:00'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: unknown calendar 'Oficna' in contract ZenkiuSupport; did you mean 'Oficina'?\n",
        });
        expect(pacto(['elapsed', IMOLKO, '--calendar', 'Office', '--from', '2026-03-02T09:30Z', '--to', '2026-03-03T09:30Z']).stderr).toBe(
            "pacto: unknown calendar 'Office' in contract ZenkiuSupport; declared: Oficina, always\n",
        );
    });
});
