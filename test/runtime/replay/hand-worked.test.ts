import { describe, expect, it } from 'vitest';
import { BadRowsError, complianceReport, formatProblem, type ComplianceReport } from '../../../runtime/index.js';
import type { Contract } from '../../../runtime/model.js';
import { exampleContract } from '../export/examples.js';
import { IMOLKO_MARCH } from './imolko-march.js';

/** A file's bytes as a reader sees them, in small chunks, so nothing relies on one read holding a whole row. */
async function* chunks(text: string, size = 7): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function report(contract: Contract, csv: string, extra: Partial<Parameters<typeof complianceReport>[0]> = {}): Promise<ComplianceReport> {
    return complianceReport({ contract, history: { source: chunks(csv), file: 'h.csv', format: 'csv' }, ...extra });
}

// Oficina: Mon–Fri 08–12, 13–17 in Caracas (UTC−4, no DST). Worked by hand in the comments.

describe('compliance of a hand-worked month (imolko)', () => {
    it('counts on-time shares, breaches, the worst tier, escalations and the open ticket', async () => {
        const contract = await exampleContract('imolko.pacto');
        const r = await report(contract, IMOLKO_MARCH);
        expect(r.contract).toBe('ZenkiuSupport');
        expect(r.asOf).toBe('2026-03-31T11:00:00-04:00');
        expect(r.periods).toHaveLength(1);
        const [march] = r.periods;
        expect(march!.start).toBe('2026-03-01T00:00:00-04:00');
        expect(march!.end).toBe('2026-04-01T00:00:00-04:00');
        // Responses: T1 met (due 10:00), T2 late (due Tue 09:00, answered 10:00), T3 met (due Mon 08:30); T4 has no response target.
        expect(march!.objectives.map((o) => [o.name, o.target, o.achieved, o.met, o.tickets])).toEqual([
            ['RespuestaATiempo', 0.95, 2 / 3, false, 3],
            // Resolutions: T1 (due 14:00), T2 (due Thu 11:00), T4 met; T3 due Mon 11:30 never resolved.
            ['ResolucionATiempo', 0.9, 3 / 4, false, 4],
        ]);
        expect(march!.breaches).toEqual([
            { ticket: 'T2', category: 'Grave', channel: 'Formulario', target: 'response', due: '2026-03-03T09:00:00-04:00', at: '2026-03-03T10:00:00-04:00', lateByMinutes: 60, pausedMinutes: 0 },
            { ticket: 'T3', category: 'Critica', channel: null, target: 'resolution', due: '2026-03-09T11:30:00-04:00', at: null, lateByMinutes: 21 * 1440 + 23 * 60 + 30, pausedMinutes: 0 },
        ]);
        // 75% is below both tiers: the worst (15% of 1500 USD) is owed, under the 20% cap.
        expect(march!.penalties).toMatchObject({ amount: 225, currency: 'USD', percentOfFee: 15, capped: [] });
        expect(march!.escalations.map((e) => [e.ticket, e.at, e.percent, e.notify])).toEqual([
            ['T1', '2026-03-02T11:00:00-04:00', 50, 'Líder de guardia'],
            ['T2', '2026-03-04T09:00:00-04:00', 50, 'Líder de guardia'],
            ['T3', '2026-03-09T09:30:00-04:00', 50, 'Líder de guardia'],
            ['T3', '2026-03-09T11:30:00-04:00', 100, 'Gerente de soporte'],
            ['T3', '2026-03-09T14:30:00-04:00', 150, 'Dirección'],
        ]);
        expect(r.open).toEqual([
            { ticket: 'T3', category: 'Critica', channel: null, opened: '2026-03-06T16:30:00-04:00', next: null, overdue: [{ target: 'resolution', due: '2026-03-09T11:30:00-04:00', lateByMinutes: 21 * 1440 + 23 * 60 + 30 }] },
        ]);
        expect(r.skippedRows).toEqual([]);
    });

    it('refuses bad rows with file:row:column, or skips and lists them', async () => {
        const contract = await exampleContract('imolko.pacto');
        const bad = `ticket,at,event,category,channel
A,2026-03-02T09:00-04:00,opened,Critcal,
B,2026-03-02T09:00,opened,Critica,
C,2026-03-02T09:00-04:00,responded,,
D,2026-03-02T09:00-04:00,opened,Grave,
D,2026-03-02T10:00-04:00,responded,,
D,2026-03-02T10:00-04:00,responded,,
D,2026-03-02T09:30-04:00,resolved,,
E,2026-03-02T09:00-04:00
F,2026-03-02T09:00-04:00,opened,Grave,Fax
`;
        const error = await report(contract, bad).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BadRowsError);
        expect((error as BadRowsError).problems.map(formatProblem)).toEqual([
            "h.csv:2:4: unknown category 'Critcal'; did you mean 'Critica'?",
            "h.csv:3:2: '2026-03-02T09:00' has no UTC offset; add one (-03:00, Z) or give --zone with the zone the times were written in",
            "h.csv:4:3: 'responded' of ticket C before its 'opened' (or after its resolution was counted: the reopen window is 30 days)",
            "h.csv:7:3: duplicate event: 'responded' of ticket D at the same instant as row 6",
            "h.csv:8:2: out of order: ticket D's previous event (row 6) is at 2026-03-02T10:00:00-04:00, later than this one (2026-03-02T09:30:00-04:00)",
            "h.csv:9:3: missing column 'event'",
            "h.csv:10:5: unknown channel 'Fax'; the contract declares Formulario, Correo, Guardia",
        ]);
        const skipped = await report(contract, bad, { skipBadRows: true, zone: 'America/Caracas' });
        expect(skipped.localTimesZone).toBe('America/Caracas');
        expect(skipped.skippedRows.map((s) => s.row)).toEqual([2, 4, 7, 8, 9, 10]);
    });
});
