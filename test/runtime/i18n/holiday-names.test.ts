/**
 * Holiday names in the reader's language where the holiday data has that language, the data's own name
 * where it has not; the calendar engine keeps counting with the data's own names, and a holiday the
 * contract declares keeps its title.
 */
import { describe, expect, it } from 'vitest';
import { calendarHolidaysMarkdown } from '../../../runtime/explain/calendar-holidays.js';
import { holidaysInTerm } from '../../../runtime/export/holidays.js';
import { holidayNamesIn, publicHolidays } from '../../../runtime/holidays.js';
import { COMERCIAL, OFICINA } from '../fixtures.js';

const APRIL = { start: '2026-04-01', end: '2026-04-30' };

describe('holiday names', () => {
    it('the data\'s own names by default, as the engine counts with them', () => {
        expect(publicHolidays({ country: 'BR', region: 'SP' }, 2026).filter((h) => h.date.startsWith('2026-04'))).toEqual([
            { date: '2026-04-03', name: 'Sexta-Feira Santa' },
            { date: '2026-04-21', name: 'Dia de Tiradentes' },
        ]);
    });

    it('a Brazilian calendar\'s holidays in a Spanish and an English document, Tiradentes as the data names it in Spanish', () => {
        expect(holidaysInTerm(COMERCIAL, APRIL, 'es')).toEqual([
            { date: '2026-04-03', name: 'Viernes Santo', source: 'BR-SP' },
            { date: '2026-04-21', name: 'Dia de Tiradentes', source: 'BR-SP' },
        ]);
        expect(holidaysInTerm(COMERCIAL, APRIL, 'en')).toEqual([
            { date: '2026-04-03', name: 'Good Friday', source: 'BR-SP' },
            { date: '2026-04-21', name: "Tiradentes' Day", source: 'BR-SP' },
        ]);
        expect(holidaysInTerm(COMERCIAL, APRIL, 'pt-BR')).toEqual(holidaysInTerm(COMERCIAL, APRIL));
    });

    it('asking in another language leaves the data\'s own names as they were (date-holidays keeps the last language asked for)', () => {
        holidaysInTerm(OFICINA, { start: '2026-01-01', end: '2026-01-31' }, 'pt-BR');
        expect(publicHolidays({ country: 'VE' }, 2026)[0]).toEqual({ date: '2026-01-01', name: 'Año Nuevo' });
        expect(holidayNamesIn([{ country: 'VE' }], 2026, 'pt-BR').get('2026-01-01\u0000Año Nuevo')).toBe('Ano Novo');
    });

    it('a Venezuelan calendar\'s hover for a Brazilian reader, the declared holiday as the contract titles it', () => {
        const [text] = calendarHolidaysMarkdown(OFICINA, 2026, 'pt-BR');
        const lines = text!.split('\n');
        expect(lines.slice(0, 4)).toEqual([
            'Feriados em 2026 (o primeiro ano da vigência), 16 ao todo:',
            '- qui. 2026-01-01 — Ano Novo',
            '- seg. 2026-02-16 — Carnaval',
            '- ter. 2026-02-17 — Carnaval',
        ]);
        expect(lines).toContain('- sex. 2026-08-14 — Aniversario de la empresa');
        expect(lines).toContain('- sex. 2026-04-03 — Sexta-Feira Santa');
    });
});
