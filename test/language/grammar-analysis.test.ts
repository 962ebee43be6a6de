import { readFileSync } from 'node:fs';
import { DefaultTokenBuilder, EmptyFileSystem, inject } from 'langium';
import type { TokenType } from 'chevrotain';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PactoGeneratedModule, PactoGeneratedSharedModule, PactoLanguageMetaData } from '../../language/generated/module.js';
import { PactoModule, PactoSharedModule, type PactoServices } from '../../language/pacto-module.js';
import { PactoTokenBuilder } from '../../language/token-builder.js';
import { services } from './pacto-test-services.js';

// The shipped services skip Chevrotain's analysis of the grammar ('production', language/pacto-module.ts) so
// that `pacto check` starts fast; this runs the analysis here: a grammar change that makes a rule left-recursive
// or two alternatives ambiguous fails this test instead of passing unnoticed.
function developmentServices(): PactoServices {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), PactoGeneratedSharedModule, PactoSharedModule);
    return inject(createDefaultModule({ shared }), PactoGeneratedModule, PactoModule, {
        LanguageMetaData: () => ({ ...PactoLanguageMetaData, mode: 'development' as const }),
    });
}

/** A parse as plain data: the AST without its back-links and CST, references as written, and every error. */
function parsed(s: PactoServices, text: string): unknown {
    const result = s.parser.LangiumParser.parse(text);
    const json = JSON.stringify(result.value, (key, value: unknown) => {
        if (key.startsWith('$') && key !== '$type') return undefined;
        // A cross-reference, not yet linked: its text.
        if (typeof value === 'object' && value !== null && '$refText' in value) return (value as { $refText: string }).$refText;
        return value;
    });
    return {
        ast: json,
        lexerErrors: result.lexerErrors.map((e) => [e.offset, e.message]),
        parserErrors: result.parserErrors.map((e) => [e.token.startOffset, e.message]),
    };
}

describe('the grammar, analysed by Chevrotain', () => {
    afterEach(() => vi.restoreAllMocks());

    it('ships with the analysis off', () => {
        expect(services.Pacto.LanguageMetaData.mode).toBe('production');
    });

    it('builds the lexer and parser with every check on, and Chevrotain reports nothing', () => {
        const said = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
        const dev = developmentServices();
        expect(dev.LanguageMetaData.mode).toBe('development');
        expect(() => dev.parser.LangiumParser).not.toThrow();
        expect(said.map((spy) => spy.mock.calls)).toEqual([[], [], []]);
    });

    it('parses the examples and broken text the same with and without the analysis', () => {
        const dev = developmentServices();
        const texts = ['imolko', 'helpdesk-br', 'internal-it', 'saas-hosting'].map((name) => readFileSync(`examples/${name}.pacto`, 'utf8'));
        texts.push('contract C {\n  provider "z"\n  calendar {\n}\n', 'contract C { provider 12 }', 'contrat X {');
        for (const text of texts) expect(parsed(services.Pacto, text)).toEqual(parsed(dev, text));
        // The comparison compares trees, not two empty objects.
        expect(parsed(dev, texts[0] ?? '')).toMatchObject({ ast: expect.stringContaining('"$type":"Contract","name":"ZenkiuSupport"') });
    });

    it("builds the same tokens as Langium's token builder, each keyword yielding to the same longer names", () => {
        const shape = (tokens: TokenType[]) =>
            tokens.map((t) => [t.name, String(t.PATTERN), ([] as TokenType[]).concat(t.LONGER_ALT ?? []).map((alt) => alt.name)]);
        const grammar = services.Pacto.Grammar;
        const ours = shape(new PactoTokenBuilder().buildTokens(grammar, { caseInsensitive: false }) as TokenType[]);
        expect(ours).toEqual(shape(new DefaultTokenBuilder().buildTokens(grammar, { caseInsensitive: false }) as TokenType[]));
        expect(services.Pacto.parser.TokenBuilder).toBeInstanceOf(PactoTokenBuilder);
        // Some keyword does yield to a name: the comparison is not of empty lists.
        expect(ours.some(([, , alts]) => (alts as string[]).length > 0)).toBe(true);
    });
});
