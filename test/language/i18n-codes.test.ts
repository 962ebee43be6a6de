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
import { DOMAINS } from '../../runtime/i18n/index.js';
import { parseFixture } from './fixture-format.js';
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

/**
 * The fixed words of every English editor template (runtime/i18n/en/editor.ts), cut at their placeholders:
 * the pieces long enough that finding one in a Spanish or Portuguese hover means English was left in it.
 */
function englishPieces(): string[] {
    const pieces = new Set<string>();
    for (const template of Object.values(DOMAINS.en.editor)) {
        for (const piece of template.split(/\{[A-Za-z_][A-Za-z0-9_]*\}/)) {
            const words = piece.replace(/\*\*|`[^`]*`|_/g, ' ').trim();
            // Short pieces ("of", " — ") are words any text may hold; unit abbreviations read the same in every locale.
            if (words.length >= 14 && /[a-z]{4}/.test(words)) pieces.add(words);
        }
    }
    return [...pieces];
}

describe('hovers and inlay hints speak the reader\'s language', () => {
    const pieces = englishPieces();
    const hoverFiles = files.filter((file) => !file.startsWith('i18n/'));

    it('has English templates to look for', () => {
        expect(pieces).toContain('Downtime allowed');
        expect(pieces.length).toBeGreaterThan(100);
    });

    for (const file of hoverFiles) {
        const raw = readFileSync(join(FIXTURES_ROOT, file), 'utf8');
        const positions = parseFixture(raw).tests.filter((test) => test.expectation.kind === 'hover' || test.expectation.kind === 'inlay');
        if (positions.length === 0) continue;
        it(file, async () => {
            const left: string[] = [];
            for (const locale of ['es', 'pt-BR'] as const) {
                const loaded = await loadFixture(pacto, raw, `file:///i18n-hovers/${locale}/${file}`, locale);
                try {
                    const uri = loaded.document.uri.toString();
                    const texts: string[] = [];
                    for (const test of positions) {
                        const position = loaded.document.textDocument.positionAt(test.range.start);
                        const hover = await pacto.lsp.HoverProvider!.getHoverContent(loaded.document, { textDocument: { uri }, position });
                        const contents = hover?.contents;
                        if (contents && typeof contents === 'object' && 'value' in contents) texts.push(contents.value);
                    }
                    const end = loaded.document.textDocument.positionAt(loaded.fixture.text.length);
                    const hints = await pacto.lsp.InlayHintProvider!.getInlayHints(loaded.document, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } });
                    for (const hint of hints ?? []) texts.push(`${typeof hint.label === 'string' ? hint.label : ''} ${typeof hint.tooltip === 'string' ? hint.tooltip : ''}`);
                    for (const text of texts) {
                        // Contract text (titles, descriptions) is the author's; only our templates must be translated.
                        const ours = text.replace(/`[^`]*`/g, ' ');
                        for (const piece of pieces) if (ours.includes(piece)) left.push(`${locale}: «${piece}» in:\n${text}`);
                    }
                } finally {
                    await disposeFixture(pacto, loaded);
                }
            }
            expect(left).toEqual([]);
        }, 60_000);
    }
});
