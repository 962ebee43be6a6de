/** The mapping file's errors and --period's reason carry catalogue words: English message, es and pt-BR on demand. */
import { describe, expect, it } from 'vitest';
import { WordedError, errorMessageIn, namedPeriod, parseMapping } from '../../../runtime/index.js';

const refused = (json: unknown): WordedError => {
    const parsed = parseMapping(json);
    expect(parsed).toBeInstanceOf(WordedError);
    return parsed as WordedError;
};

describe('mapping errors in the reader\'s language', () => {
    it('keeps the English message and says it in Spanish and Portuguese', () => {
        const lacking = refused({ rows: 'tickets', columns: { ticket: 'ID' } });
        expect(lacking.message).toBe('"columns" must name "opened", "category" for rows of tickets');
        expect(lacking.messageIn('es')).toBe('para filas de tipo "tickets", "columns" debe indicar "opened", "category"');
        expect(lacking.messageIn('pt-BR')).toBe('para linhas do tipo "tickets", "columns" deve indicar "opened", "category"');
        const typo = refused({ format: 'csv', rows: 'events', columns: { ticket: 'K', at: 'T', status: 'S', categroy: 'P' } });
        expect(typo.messageIn('es')).toBe('"columns" nombra un rol de columna desconocido, "categroy"; ¿quiso decir "category"?');
        expect(refused({ format: 'jira' }).messageIn('pt-BR')).toBe('"format" deve ser "csv", "freshdesk" ou "zendesk", não "jira"');
        expect(refused([]).messageIn('es')).toBe('un mapeo es un objeto JSON {"format", "rows", "columns", …}');
        expect(refused({ rows: 'tickets', columns: { ticket: 'I', opened: 'O', category: 'C' }, statuses: { Nuevo: 'new' } }).messageIn('es')).toBe(
            'el estado "Nuevo" se asocia con "new", que no es uno de open, responded, waiting, resolved',
        );
        expect(refused({ rows: 'tickets', columns: { ticket: 'I', opened: 'O', category: 'C' }, delimiter: ';;' }).messageIn('pt-BR')).toBe('"delimiter" deve ser um único caractere, como ";"');
    });

    it('says why a period is not one', () => {
        const period = namedPeriod('2026-13');
        expect(period).toBeInstanceOf(Error);
        expect((period as Error).message).toBe("'2026-13' is not a period: a month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10)");
        expect(errorMessageIn(period, 'es')).toBe("'2026-13' no es un período: indique un mes (2026-03), un trimestre (2026-Q1) o una semana ISO (2026-W10)");
        expect(errorMessageIn(period, 'pt-BR')).toBe("'2026-13' não é um período: informe um mês (2026-03), um trimestre (2026-Q1) ou uma semana ISO (2026-W10)");
        expect(errorMessageIn(new Error('plain'), 'es')).toBe('plain');
    });
});
