/**
 * Diagnostic codes never change with the language: every fixture, checked in English, Spanish and Brazilian
 * Portuguese, reports the same diagnostics (code, severity, range) in all three, and in Spanish and
 * Portuguese every message is a translation, not the English text (a message built outside the catalogue
 * would show up here). The fuzzer's inputs (test/fixtures/fuzz) are left to their own test: they are about
 * time, not words; so is an engine check cut short by its work budget (Codes.engineCheckCutShort), which
 * depends on what earlier checks left in the caches, not on the language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { afterAll, describe, expect, it } from 'vitest';
import type { SupportedLocale } from '../../runtime/time/locales.js';
import { Codes } from '../../language/validation/codes.js';
import { FIXTURES_ROOT, codeOf, disposeFixture, fixtureFiles, isExpectationFixture, loadFixture, messageOf, speak } from './fixture-runner.js';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const files = fixtureFiles().filter((file) => isExpectationFixture(file) && !file.startsWith('fuzz/'));
const LOCALES: readonly SupportedLocale[] = ['en', 'es', 'pt-BR'];

interface Seen {
    /** "code severity line:col-line:col" */
    key: string;
    message: string;
}

function seen(diagnostics: readonly Diagnostic[]): Seen[] {
    return diagnostics
        .filter((d) => codeOf(d) !== Codes.engineCheckCutShort)
        .map((d) => ({
            key: `${codeOf(d) ?? '(no code)'} ${d.severity ?? 1} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
            message: messageOf(d),
        }))
        .sort((a, b) => a.key.localeCompare(b.key) || a.message.localeCompare(b.message));
}

async function diagnosticsIn(file: string, locale: SupportedLocale): Promise<Seen[]> {
    const raw = readFileSync(join(FIXTURES_ROOT, file), 'utf8');
    const loaded = await loadFixture(pacto, raw, `file:///i18n-codes/${locale}/${file}`, locale);
    try {
        return seen(loaded.document.diagnostics ?? []);
    } finally {
        await disposeFixture(pacto, loaded);
    }
}

afterAll(() => {
    speak(pacto, 'en');
});

describe('diagnostic codes are the same in every language', () => {
    it('finds the fixtures', () => {
        expect(files.length).toBeGreaterThan(20);
    });

    for (const file of files) {
        it(file, async () => {
            // One after the other: the services speak one language at a time.
            const byLocale: Seen[][] = [];
            for (const locale of LOCALES) byLocale.push(await diagnosticsIn(file, locale));
            const [en, es, pt] = byLocale as [Seen[], Seen[], Seen[]];
            expect(es.map((d) => d.key), 'es').toEqual(en.map((d) => d.key));
            expect(pt.map((d) => d.key), 'pt-BR').toEqual(en.map((d) => d.key));
            const untranslated = [...es, ...pt].filter((d) => en.some((e) => e.message === d.message));
            expect(untranslated.map((d) => `${d.key}: ${d.message}`), 'messages left in English').toEqual([]);
        }, 60_000);
    }
});
