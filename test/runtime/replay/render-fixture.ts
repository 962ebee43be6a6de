/**
 * A compliance report written by hand (plain data, no history behind it), holding every section a report
 * can have, so that the renderers' tests check each word and value against figures chosen here.
 */
import type { ComplianceReport } from '../../../runtime/index.js';

export const HAND_REPORT: ComplianceReport = {
    contract: 'CosmoDeskCRM',
    zone: 'America/Sao_Paulo',
    asOf: '2026-03-31T18:00:00-03:00',
    localTimesZone: 'America/Sao_Paulo',
    periods: [
        {
            start: '2026-03-01T00:00:00-03:00',
            end: '2026-04-01T00:00:00-03:00',
            unit: 'month',
            partial: false,
            objectives: [
                { name: 'Disponibilidade', title: 'Disponibilidade mensal', kind: 'availability', unit: 'share', target: 0.995, achieved: 0.99, met: false, tickets: 0, period: 'month' },
                { name: 'PrimeiraResposta', title: null, kind: 'onTime', unit: 'share', target: 0.95, achieved: 0.9625, met: true, tickets: 80, period: 'month' },
                { name: 'Queda', title: null, kind: 'downtimeBudget', unit: 'minutes', target: 43.2, achieved: 50.5, met: false, tickets: 0, period: 'month' },
                { name: 'Satisfacao', title: 'Satisfação (CSAT)', kind: 'satisfaction', unit: 'score', target: 4.2, achieved: null, met: null, tickets: 0, period: 'month' },
            ],
            breaches: [
                { ticket: 'HE-1', category: 'Duvida', channel: 'Email', target: 'response', due: '2026-03-02T13:00:00-03:00', at: '2026-03-02T14:30:00-03:00', lateByMinutes: 90, pausedMinutes: 0 },
                { ticket: 'HE-2', category: 'Incidente', channel: null, target: 'resolution', due: '2026-03-30T17:00:00-03:00', at: null, lateByMinutes: 1500, pausedMinutes: 125 },
            ],
            penalties: {
                amount: 2400,
                currency: 'BRL',
                percentOfFee: 30,
                subtotal: 3000,
                items: [
                    { kind: 'tier', of: 'Disponibilidade', amount: 2000, percentOfFee: 25 },
                    { kind: 'perBreach', of: 'Indisponibilidade resolution', amount: 1000, percentOfFee: 12.5, count: 2 },
                ],
                capped: ['month'],
            },
            escalations: [
                { ticket: 'HE-3', category: 'Indisponibilidade', target: 'resolution', percent: 25, at: '2026-03-10T10:00:00-03:00', notify: 'Coordenador de plantão', contact: 'plantao@exemplo.example', onCall: null },
            ],
            customerLate: [
                { ticket: 'HE-4', since: '2026-03-05T10:00:00-03:00', due: '2026-03-09T10:00:00-03:00', endedAt: '2026-03-09T15:00:00-03:00', endedBy: 'reply', lateByMinutes: 300, pauseCredited: true },
            ],
            termination: [{ objective: 'Disponibilidade', consecutiveBelow: 1, required: 3, reached: false }],
        },
    ],
    open: [
        { ticket: 'HE-2', category: 'Incidente', channel: null, opened: '2026-03-27T09:00:00-03:00', next: null, overdue: [{ target: 'resolution', due: '2026-03-30T17:00:00-03:00', lateByMinutes: 1500 }] },
        { ticket: 'HE-5', category: 'Duvida', channel: 'WhatsApp', opened: '2026-03-31T16:00:00-03:00', next: { target: 'response', due: '2026-04-01T10:00:00-03:00', remainingMinutes: 180 }, overdue: [] },
    ],
    skippedRows: [{ file: 'h.csv', row: 7, column: 4, message: "unknown category 'Duvdia'; did you mean 'Duvida'?", key: 'historyUnknownCategoryNear', args: { category: 'Duvdia', near: 'Duvida' } }],
};
