/**
 * Worked examples, deadline traces and the documents' worked examples name a holiday as the calendar hover
 * and the holiday table do: in the reader's language where the holiday data has it (the documents': the
 * contract's locale), by the calendar's own regions.
 */
import { describe, expect, it } from 'vitest';
import { previewMarkdown, workedExamplesMarkdown } from '../../../runtime/index.js';
import { contractMarkdown } from '../../../runtime/export/markdown.js';
import { holidayNamesOn, publicHolidays } from '../../../runtime/holidays.js';
import type { HolidayRegion } from '../../../runtime/model.js';
import { HELPDESK_BR, IMOLKO, caracas, saoPaulo } from '../fixtures.js';

describe('holiday names for a reader', () => {
    it('by the calendar\'s regions: the data\'s "Carnaval" of 17 February is Shrove Tuesday in Venezuela, Carnival in Brazil, whichever was read first', () => {
        const brazilBanks: HolidayRegion[] = [{ country: 'BR', types: ['bank'] }];
        const venezuela: HolidayRegion[] = [{ country: 'VE' }];
        publicHolidays(brazilBanks[0]!, 2026);
        expect(holidayNamesOn(brazilBanks, '2026-02-17', 'Carnaval', 'en')).toBe('Carnival');
        expect(holidayNamesOn(venezuela, '2026-02-17', 'Carnaval', 'en')).toBe('Shrove Tuesday');
        expect(holidayNamesOn(venezuela, '2026-02-17', 'Carnaval', 'pt-BR')).toBe('Carnaval');
        // Two names on one date, and a name the data does not know on it (the contract's own), as it is.
        expect(holidayNamesOn(venezuela, '2026-12-24', 'Nochebuena / Cierre anual', 'en')).toBe('Christmas Eve / Cierre anual');
        expect(holidayNamesOn([], '2026-02-16', 'Carnaval', 'en')).toBe('Carnaval');
    });

    it('an English reader of a Venezuelan calendar: the eve and the skipped days, one date each where English names them apart', () => {
        const [, table] = workedExamplesMarkdown(IMOLKO, 'Critica', 'resolution', { locale: 'en' });
        expect(table).toContain('| Eve of Carnival (Mon 16 Feb) | Fri 13 Feb 16:45 → due Wed 18 Feb 11:45 | skips Carnival (Mon 16 Feb); skips Shrove Tuesday (Tue 17 Feb) |');
        // Portuguese names both days alike: one note for both.
        const [, tabela] = workedExamplesMarkdown(IMOLKO, 'Critica', 'resolution', { locale: 'pt-BR' });
        expect(tabela).toContain('| Véspera de Carnaval (seg. 16 fev.) | sex. 13 fev. 16:45 → vence qua. 18 fev. 11:45 | pula Carnaval (seg. 16 fev., ter. 17 fev.) |');
    });

    it('a Spanish reader of a Brazilian calendar', () => {
        const [, table] = workedExamplesMarkdown(HELPDESK_BR, 'Duvida', 'response', { locale: 'es' });
        expect(table).toContain('| Víspera de Viernes Santo (vie 03 abr) | jue 02 abr 17:45 → vence sáb 04 abr 12:45 | salta Viernes Santo (vie 03 abr) |');
    });

    it('the deadline trace', () => {
        expect(previewMarkdown(IMOLKO, 'Critica', caracas('2026-02-13T16:45'), 'en')).toContain('- Holidays skipped: Mon 2026-02-16 Carnival; Tue 2026-02-17 Shrove Tuesday.\n');
        expect(previewMarkdown(HELPDESK_BR, 'Duvida', saoPaulo('2026-04-02T17:45'), 'es')).toContain('- Feriados saltados: vie 2026-04-03 Viernes Santo.\n');
    });

    it('the worked examples of a Spanish contract on a Brazilian calendar, as its holiday table names the day', () => {
        const md = contractMarkdown({ ...HELPDESK_BR, locale: 'es' });
        expect(md).toContain('| vie, 3 abr 2026 | Viernes Santo |');
        expect(md).toContain('| Duvida | jue 2 abr 2026, 17:45<br>(víspera de Viernes Santo) | sáb 4 abr 2026, 12:45 | lun 6 abr 2026, 17:45 |');
        expect(md).not.toContain('Sexta-Feira Santa');
    });
});
