/** runtime/time/format.ts and locales.ts: one writer of instants, spans and numbers, for every locale. */
import { describe, expect, it } from 'vitest';
import {
    SUPPORTED_LOCALES,
    compactDate,
    compactInstant,
    durationAmount,
    formatClockSpan,
    formatHoursMinutes,
    formatInstant,
    formatMoney,
    formatNumber,
    formatOffset,
    formatPercent,
    formatSpan,
    longDate,
    longInstant,
    offsetInstant,
    supportedLocale,
    terminalInstant,
    timeOfDay,
    weekdayName,
} from '../../../runtime/index.js';
import { LABELS } from '../../../runtime/i18n/index.js';

const FRIDAY = Date.parse('2026-03-06T20:30:00Z');
const SP = 'America/Sao_Paulo';

describe('supported locales', () => {
    it('are declared once, and the documents have labels for each', () => {
        expect(SUPPORTED_LOCALES).toEqual(['en', 'es', 'pt-BR']);
        expect(Object.keys(LABELS).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    });

    it('fall back to English', () => {
        expect(supportedLocale('pt-BR')).toBe('pt-BR');
        expect(supportedLocale('fr')).toBe('en');
        expect(supportedLocale(undefined)).toBe('en');
    });
});

describe('instants', () => {
    it('in every style, from the same wall time and offset', () => {
        expect(formatInstant(FRIDAY, SP)).toBe('2026-03-06T17:30:00-03:00');
        expect(terminalInstant(FRIDAY, SP)).toBe('Fri 2026-03-06 17:30 -03:00');
        expect(offsetInstant(FRIDAY, SP)).toBe('Fri 2026-03-06 17:30 (−03:00)');
        expect(compactInstant(FRIDAY, SP)).toBe('Fri 06 Mar 17:30');
        expect(compactInstant(FRIDAY, SP, { year: 2025 })).toBe('Fri 06 Mar 2026 17:30');
        expect(compactDate(FRIDAY, SP, { year: 2026 })).toBe('Fri 06 Mar');
        expect(longInstant(FRIDAY, SP)).toBe('Fri 6 Mar 2026, 17:30');
    });

    it('name weekdays and months in the locale', () => {
        expect(longInstant(FRIDAY, SP, 'es')).toBe('vie 6 mar 2026, 17:30');
        expect(longDate('2026-03-01', 'pt-BR')).toBe('1 de março de 2026');
        expect(weekdayName(1, 'es')).toBe('Lunes');
        expect(compactInstant(FRIDAY, SP, { locale: 'es' })).toMatch(/^vie\.? 06 mar\.? 17:30$/);
    });

    it('write offsets with a true minus for people and a hyphen for machines', () => {
        expect(formatOffset(-180)).toBe('−03:00');
        expect(formatOffset(330, '-')).toBe('+05:30');
        expect(timeOfDay(1440)).toBe('24:00');
    });
});

describe('spans, numbers and durations', () => {
    it('spans', () => {
        expect(formatSpan(3 * 3_600_000 + 30 * 60_000)).toBe('3 h 30 min');
        expect(formatSpan(0)).toBe('0 min');
        expect(formatHoursMinutes(1440)).toBe('24 h');
        expect(formatClockSpan(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 05 min');
    });

    it('numbers as each locale writes them', () => {
        expect(formatNumber(1234.5)).toBe('1,234.5');
        expect(formatNumber(1234.5, 'en', { grouping: false })).toBe('1234.5');
        expect(formatNumber(1234.5, 'pt-BR')).toBe('1.234,5');
        expect(formatPercent(99.9, 'es').replace(/\u00a0/g, ' ')).toBe('99,9 %');
        expect(formatMoney(8000, 'BRL', 'pt-BR').replace(/\u00a0/g, ' ')).toBe('R$ 8.000,00');
    });

    it('durations in the largest whole unit', () => {
        expect(durationAmount({ kind: 'business', minutes: 240, calendar: 'Oficina', text: '4 business hours' }, 'es')).toBe('4 horas hábiles');
        expect(durationAmount({ kind: 'businessDays', days: 1, calendar: 'Comercial', text: '1 business day' }, 'pt-BR')).toBe('1 dia útil');
        expect(durationAmount({ kind: 'wall', minutes: 10080, text: '1 week' })).toBe('1 week');
        expect(durationAmount({ kind: 'wall', minutes: 10080, text: '7 days' })).toBe('7 days');
    });
});

describe('a duration\'s amount as the contract wrote it', () => {
    it('groups no digits: 240240 hours is not "240.240" (a decimal to some readers)', () => {
        const d = { kind: 'business', minutes: 240240 * 60, calendar: 'Oficina', text: '240240 business hours' } as const;
        expect(durationAmount(d, 'es')).toBe('240240 horas hábiles');
        expect(durationAmount(d, 'pt-BR')).toBe('240240 horas úteis');
        expect(durationAmount({ kind: 'wall', minutes: 90, text: '1.5 hours' }, 'es')).toBe('1,5 horas');
    });
});
