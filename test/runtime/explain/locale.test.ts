/**
 * runtime/explain writes in the reader's locale when given one (English by default, as before): the deadline
 * preview, downtime budgets and shares, business days and weekly hours, with numbers, weekdays and months
 * as each language writes them. No English template text is left in the Spanish and Portuguese previews.
 */
import { describe, expect, it } from 'vitest';
import {
    DAY_MS,
    HOUR_MS,
    approximateBusinessDays,
    availabilityShare,
    downtimeBudgetMarkdown,
    previewMarkdown,
    weeklySummary,
} from '../../../runtime/index.js';
import { DOMAINS } from '../../../runtime/i18n/index.js';
import { HELPDESK_BR, IMOLKO, caracas, saoPaulo } from '../fixtures.js';

/** The long fixed pieces of the English editor templates (as in test/language/i18n-codes.test.ts). */
const ENGLISH = [...new Set(Object.values(DOMAINS.en.editor).flatMap((template) =>
    template.split(/\{[A-Za-z_][A-Za-z0-9_]*\}/).map((piece) => piece.replace(/\*\*|`[^`]*`|_/g, ' ').trim()).filter((piece) => piece.length >= 14 && /[a-z]{4}/.test(piece))))];

function englishLeft(text: string): string[] {
    const ours = text.replace(/`[^`]*`/g, ' ');
    return ENGLISH.filter((piece) => ours.includes(piece));
}

describe('the deadline preview in the reader\'s locale', () => {
    it('is English by default, as before', () => {
        const opened = caracas('2026-01-09T16:45');
        expect(previewMarkdown(IMOLKO, 'Critica', opened)).toBe(previewMarkdown(IMOLKO, 'Critica', opened, 'en'));
        expect(previewMarkdown(IMOLKO, 'Critica', opened)).toContain('### Deadlines of `Critica`');
    });

    it('speaks Spanish: a Friday-evening ticket, its business hours over the weekend, its escalations', () => {
        const markdown = previewMarkdown(IMOLKO, 'Critica', caracas('2026-01-09T16:45'), 'es');
        expect(markdown).toContain('### Vencimientos de `Critica`');
        expect(markdown).toContain('| Primera respuesta | 1 hora hábil según `Oficina` | **lun 2026-01-12 08:45 (−04:00)** |');
        expect(markdown).toContain('**Escalamientos**');
        expect(markdown).toContain('| Cuándo | Paso | Notificar a |');
        expect(markdown).toContain('50\u00a0% del plazo de resolución | Líder de guardia (guardia@imolko.example) |');
        expect(markdown).toContain('- Abierto el vie 2026-01-09 16:45 (−04:00), con `Oficina` abierto: el reloj empieza de inmediato.');
        expect(markdown).toContain('- Cambios de hora atravesados: ninguno.');
        expect(englishLeft(markdown)).toEqual([]);
    });

    it('speaks Brazilian Portuguese: business days, wall-clock time and a change of offset', () => {
        const markdown = previewMarkdown(HELPDESK_BR, 'Duvida', saoPaulo('2026-03-06T17:30'), 'pt-BR');
        expect(markdown).toContain('### Vencimentos de `Duvida`');
        expect(markdown).toContain('| Primeira resposta | 4 horas úteis no calendário `Comercial` |');
        expect(markdown).toContain('| Resolução | 2 dias úteis no calendário `Comercial` |');
        expect(markdown).toContain('- Aberto em sex. 2026-03-06 17:30 (−03:00), com `Comercial` aberto: o relógio começa na hora.');
        expect(englishLeft(markdown)).toEqual([]);
        const wall = previewMarkdown(HELPDESK_BR, 'Indisponibilidade', saoPaulo('2026-03-06T17:30'), 'pt-BR');
        expect(wall).toContain('#### Resolução: 240 minutos (tempo corrido)');
        expect(wall).toContain('- Aberto em sex. 2026-03-06 17:30 (−03:00). O tempo corrido avança sem pausa: contam as noites, os fins de semana e os feriados.');
        expect(englishLeft(wall)).toEqual([]);
    });
});

describe('quantities in the reader\'s locale', () => {
    it('writes downtime budgets and availability shares with a decimal comma', () => {
        const [headline, table] = downtimeBudgetMarkdown(99.9, 'month', undefined, 'pt-BR');
        expect(headline).toBe('**Margem de indisponibilidade** com 99,9% (0,1% do período):');
        expect(table).toContain('| Mês de 28 dias | 40 min 19,2 s |');
        expect(availabilityShare(4 * HOUR_MS, 30 * DAY_MS, 'pt-BR')).toBe('99,444…%');
        expect(availabilityShare(4 * HOUR_MS, 30 * DAY_MS, 'es')).toBe('99,444…\u00a0%');
        expect(availabilityShare(4 * HOUR_MS, 30 * DAY_MS)).toBe('99.444…%');
        expect(availabilityShare(0, DAY_MS, 'es')).toBe('100\u00a0%');
    });

    it('writes business days and the regular week in words', () => {
        expect(approximateBusinessDays(720, 480, 'es')).toBe('≈ 1,5 días hábiles');
        expect(approximateBusinessDays(480, 480, 'pt-BR')).toBe('≈ 1 dia útil');
        expect(approximateBusinessDays(1, 480, 'pt-BR')).toBe('< 0,1 dia útil');
        expect(approximateBusinessDays(720, 480)).toBe('≈ 1.5 business days');
        const spec = HELPDESK_BR.calendars.find((c) => c.name === 'Comercial')!;
        expect(weeklySummary(spec, 'es')).toEqual(['Lunes a viernes: 09:00-18:00 (9 h)', 'Sábado: 09:00-13:00 (4 h)', 'Domingo: cerrado']);
        expect(weeklySummary(spec, 'pt-BR')).toEqual(['Segunda-feira a sexta-feira: 09:00-18:00 (9 h)', 'Sábado: 09:00-13:00 (4 h)', 'Domingo: fechado']);
        expect(weeklySummary(spec)).toEqual(['Monday to Friday: 09:00-18:00 (9 h)', 'Saturday: 09:00-13:00 (4 h)', 'Sunday: closed']);
    });
});
