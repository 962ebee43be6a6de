// Bad rows of Pacto's event log said in the reader's language (runtime/i18n/*/history.ts): the English
// message stays what JSON carries; formatProblemIn says the same problem in es and pt-BR.
import { describe, expect, it } from 'vitest';
import { BadRowsError, complianceReport, formatProblem, formatProblemIn } from '../../../runtime/index.js';
import { exampleContract } from '../export/examples.js';

const HISTORY = `ticket,at,event,category,channel
T1,2026-03-02T09:00:00-04:00,opened,Critca,Correo
T2,2026-03-02T09:00:00-04:00,opened,Grave,Correo
T2,2026-03-02T08:00:00-04:00,responded,,
T2,2026-03-02T10:00:00-04:00,reopened,,
T3,2026-03-02T11:00:00-04:00,responded,,
T2,2026-03-02T12:00:00-04:00,solved,,
T4,2026-03-02T13:00:00-04:00
`;

async function* once(text: string): AsyncGenerator<string> {
    yield text;
}

describe('bad rows of a ticket history', () => {
    it('are worded from the catalogue in English, Spanish and Portuguese', async () => {
        const contract = await exampleContract('imolko.pacto');
        const error = await complianceReport({ contract, history: { source: once(HISTORY), file: 'h.csv', format: 'csv' } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BadRowsError);
        const problems = (error as BadRowsError).problems;
        expect(problems.map(formatProblem)).toEqual([
            "h.csv:2:4: unknown category 'Critca'; did you mean 'Critica'?",
            "h.csv:4:2: out of order: ticket T2's previous event (row 3) is at 2026-03-02T09:00:00-04:00, later than this one (2026-03-02T08:00:00-04:00)",
            "h.csv:6:3: 'responded' of ticket T3 before its 'opened' (or after its resolution was counted: the reopen window is 30 days)",
            "h.csv:7:3: unknown event 'solved'; did you mean 'resolved'?",
            "h.csv:8:3: missing column 'event'",
            "h.csv:5:0: 'reopened' of ticket T2 cannot apply: the ticket is not resolved",
        ]);
        expect(problems.map((p) => formatProblemIn(p, 'es'))).toEqual([
            "h.csv:2:4: categoría desconocida 'Critca'; ¿quiso decir 'Critica'?",
            'h.csv:4:2: fuera de orden: el evento anterior del ticket T2 (fila 3) es del 2026-03-02T09:00:00-04:00, posterior a este (2026-03-02T08:00:00-04:00)',
            "h.csv:6:3: 'responded' del ticket T3 llega antes de su 'opened' (o después de que se contabilizó su resolución: el plazo para reabrir es de 30 días)",
            "h.csv:7:3: evento desconocido 'solved'; ¿quiso decir 'resolved'?",
            "h.csv:8:3: falta la columna 'event'",
            "h.csv:5:0: 'reopened' del ticket T2 no se puede aplicar: el ticket no está resuelto",
        ]);
        expect(problems.map((p) => formatProblemIn(p, 'pt-BR'))).toEqual([
            "h.csv:2:4: categoria desconhecida 'Critca'; você quis dizer 'Critica'?",
            'h.csv:4:2: fora de ordem: o evento anterior do chamado T2 (linha 3) é de 2026-03-02T09:00:00-04:00, posterior a este (2026-03-02T08:00:00-04:00)',
            "h.csv:6:3: 'responded' do chamado T3 vem antes do seu 'opened' (ou depois que a resolução dele foi contabilizada: o prazo para reabertura é de 30 dias)",
            "h.csv:7:3: evento desconhecido 'solved'; você quis dizer 'resolved'?",
            "h.csv:8:3: falta a coluna 'event'",
            "h.csv:5:0: 'reopened' do chamado T2 não pode ser aplicado: o chamado não está resolvido",
        ]);
    });
});
