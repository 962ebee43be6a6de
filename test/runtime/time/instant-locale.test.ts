/**
 * The instant syntax's refusals in the reader's language: each carries a catalogue key and arguments, the
 * CLI renders them in its locale, the editor's box and the server in theirs; English stays as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { instantReason, parseInstantText, type SupportedLocale } from '../../../runtime/index.js';
import { validateOpenedInstant } from '../../../language/protocol.js';
import { parseInstant } from '../../../cli/instant.js';
import { setCliLocale } from '../../../cli/i18n.js';
import { CliError } from '../../../cli/errors.js';

function reason(text: string, locale: SupportedLocale): string {
    const parsed = parseInstantText(text);
    if (parsed.ok) throw new Error(`${text} was accepted`);
    return instantReason(parsed, locale);
}

describe('instant refusals in es and pt-BR', () => {
    it('keeps the English reason and names its key and arguments', () => {
        expect(parseInstantText('2026-02-30T09:00Z')).toEqual({
            ok: false,
            reason: 'day 30 does not exist in 2026-02',
            key: 'instantNoDay',
            args: { day: '30', year: '2026', month: '02' },
        });
    });

    it('says each reason in Spanish', () => {
        expect(reason('2026-03-02', 'es')).toBe('una fecha no es un instante; indique también la hora y el desfase respecto de UTC, p. ej. 2026-03-02T09:00-03:00');
        expect(reason('mañana', 'es')).toBe('no es un instante ISO 8601 como 2026-03-02T09:00-03:00 o 2026-03-02T12:00Z');
        expect(reason('2026-03-02T09:00', 'es')).toBe('falta el desfase respecto de UTC; agregue uno, p. ej. -03:00, +01:00 o Z, para que el instante no sea ambiguo');
        expect(reason('2026-03-02T09:00 BRT', 'es')).toBe("' BRT' no es un desfase respecto de UTC como -03:00, +0530 o Z");
        // The year as written: a number would read "9.999" in Spanish.
        expect(reason('9999-01-01T00:00Z', 'es')).toBe('el año 9999 está fuera de los años con los que calcula Pacto (1900 a 2200)');
        expect(reason('2026-13-01T00:00Z', 'es')).toBe('el mes 13 no existe');
        expect(reason('2026-02-30T09:00Z', 'es')).toBe('el día 30 no existe en 2026-02');
        expect(reason('2026-03-02T25:00Z', 'es')).toBe('no es una hora del día válida');
        expect(reason('2026-03-02T09:00+25:00', 'es')).toBe("'+25:00' no es un desfase respecto de UTC");
    });

    it('says each reason in Portuguese', () => {
        expect(reason('2026-03-02', 'pt-BR')).toBe('uma data não é um instante; informe também o horário e o deslocamento em relação ao UTC, por exemplo 2026-03-02T09:00-03:00');
        expect(reason('2026-03-02T09:00', 'pt-BR')).toBe('falta o deslocamento em relação ao UTC; acrescente um, por exemplo -03:00, +01:00 ou Z, para que o instante não fique ambíguo');
        expect(reason('0050-01-01T00:00Z', 'pt-BR')).toBe('o ano 0050 está fora dos anos com que o Pacto calcula (1900 a 2200)');
        expect(reason('2027-02-29T00:00Z', 'pt-BR')).toBe('o dia 29 não existe em 2027-02');
        expect(reason('2026-03-02T09:60Z', 'pt-BR')).toBe('não é um horário válido');
    });

    it('validates the editor box in the display language, English by default', () => {
        expect(validateOpenedInstant('2026-03-02T09:00')).toBe('no UTC offset; add one, e.g. -03:00, +01:00 or Z, so the instant is not ambiguous.');
        expect(validateOpenedInstant('2026-13-01T00:00Z', 'es')).toBe('el mes 13 no existe.');
        expect(validateOpenedInstant('2026-13-01T00:00Z', 'pt-BR')).toBe('o mês 13 não existe.');
        expect(validateOpenedInstant(' 2026-03-02T09:00-03:00 ', 'es')).toBeUndefined();
    });
});

describe('the CLI refuses an instant in its language', () => {
    afterEach(() => setCliLocale('en'));
    const refusal = (text: string) => {
        try {
            parseInstant(text, '--opened', 'deadline');
        } catch (error) {
            expect(error).toBeInstanceOf(CliError);
            return (error as CliError).message;
        }
        throw new Error(`${text} was accepted`);
    };

    it('in English, Spanish and Portuguese', () => {
        expect(refusal('2026-03-02')).toMatch(/^--opened 2026-03-02: a date is not an instant; give a time and a UTC offset, e\.g\. 2026-03-02T09:00-03:00 /);
        setCliLocale('es');
        expect(refusal('2026-03-02')).toMatch(/^--opened 2026-03-02: una fecha no es un instante; indique también la hora y el desfase respecto de UTC, p\. ej\. 2026-03-02T09:00-03:00 \(/);
        setCliLocale('pt-BR');
        expect(refusal('2026-02-30T09:00Z')).toMatch(/^--opened 2026-02-30T09:00Z: o dia 30 não existe em 2026-02 \(/);
    });
});
