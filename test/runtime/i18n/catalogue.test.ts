import { describe, expect, it } from 'vitest';
import { DOMAINS, chosenLocale, fill, localeFromEnvironment, localeFromTag, placeholdersOf } from '../../../runtime/i18n/index.js';
import { SUPPORTED_LOCALES } from '../../../runtime/time/locales.js';

describe('the catalogue', () => {
    const english = DOMAINS.en;

    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
        for (const [domain, messages] of Object.entries(english)) {
            it(`${locale} has every ${domain} message with the same placeholders`, () => {
                const translated = DOMAINS[locale][domain as keyof typeof english];
                expect(Object.keys(translated).sort()).toEqual(Object.keys(messages).sort());
                for (const [key, template] of Object.entries(messages)) {
                    const other = translated[key] ?? '';
                    expect({ key, placeholders: placeholdersOf(other) }).toEqual({ key, placeholders: placeholdersOf(template) });
                }
            });
        }
    }

    it('has no key twice across domains, and no empty message', () => {
        for (const locale of SUPPORTED_LOCALES) {
            const seen = new Map<string, string>();
            for (const [domain, messages] of Object.entries(DOMAINS[locale])) {
                for (const [key, text] of Object.entries(messages)) {
                    expect(seen.get(key), `${locale}: '${key}' is in ${seen.get(key)} and ${domain}`).toBeUndefined();
                    seen.set(key, domain);
                    expect(text.trim(), `${locale}: '${key}' is empty`).not.toBe('');
                }
            }
        }
    });

    it('fills placeholders with text as written and numbers in the reader\'s locale', () => {
        expect(fill('es', 'Vence en {hours} horas hábiles ({share})', { hours: 1234.5, share: '99.4444%' }))
            .toBe('Vence en 1234,5 horas hábiles (99.4444%)');
        expect(fill('pt-BR', '{n} chamados', { n: 12345.25 })).toBe('12.345,25 chamados');
        expect(fill('en', '{n} tickets, {missing}', { n: 12345.25 })).toBe('12,345.25 tickets, {missing}');
        expect(placeholdersOf('{b} and {a}, {b}')).toEqual(['a', 'b']);
    });
});

describe('choosing the reader\'s locale', () => {
    it('reads language tags from editors and POSIX environments', () => {
        expect(localeFromTag('pt-br')).toBe('pt-BR');
        expect(localeFromTag('pt_BR.UTF-8')).toBe('pt-BR');
        expect(localeFromTag('pt-PT')).toBe('pt-BR');
        expect(localeFromTag('es_ES.UTF-8@euro')).toBe('es');
        expect(localeFromTag('es-419')).toBe('es');
        expect(localeFromTag('en-US')).toBe('en');
        expect(localeFromTag('de-DE')).toBeUndefined();
        expect(localeFromTag('C')).toBeUndefined();
        expect(localeFromTag(undefined)).toBeUndefined();
    });

    it('reads LC_ALL, then LC_MESSAGES, then LANG, the first set deciding', () => {
        expect(localeFromEnvironment({ LANG: 'pt_BR.UTF-8' })).toBe('pt-BR');
        expect(localeFromEnvironment({ LANG: 'pt_BR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' })).toBe('es');
        expect(localeFromEnvironment({ LANG: 'es_ES.UTF-8', LC_ALL: 'C' })).toBe('en');
        expect(localeFromEnvironment({ LANG: '', LC_ALL: '' })).toBe('en');
        expect(localeFromEnvironment({})).toBe('en');
    });

    it('lets an explicit choice override, and refuses an unknown one', () => {
        expect(chosenLocale('auto', 'es')).toBe('es');
        expect(chosenLocale(undefined, 'pt-BR')).toBe('pt-BR');
        expect(chosenLocale('pt-BR', 'en')).toBe('pt-BR');
        expect(chosenLocale('es', 'en')).toBe('es');
        expect(chosenLocale('klingon', 'en')).toBeUndefined();
    });
});
