/**
 * The bundles' lexer is restored from data made at build time (language/parser/recorded-lexer.ts, record-grammar.ts,
 * esbuild.mjs): the token builder's tokens and Chevrotain's analysis of them, property for property, in a lexer that
 * tokenizes every example, fixture and spec file as the one built from the grammar does, mistakes and characters
 * past ASCII too; a recording of other tokens is not used.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Lexer as ChevrotainLexer, type TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordGrammar } from '../../../language/parser/record-grammar.js';
import { createPactoLexer, recordLexer, type RecordedLexer } from '../../../language/parser/recorded-lexer.js';
import { services } from '../pacto-test-services.js';

const pacto = services.Pacto;

/** A fresh copy of the recording, as esbuild.mjs hands it to the bundles (JSON text). */
const recording = (): RecordedLexer => (JSON.parse(JSON.stringify(recordGrammar(pacto))) as ReturnType<typeof recordGrammar>).lexer!;

interface Fields {
    tokenTypes: Record<string, TokenType>;
    chevrotainLexer: ChevrotainLexer & Record<string, unknown>;
}
const fieldsOf = (lexer: DefaultLexer) => lexer as unknown as Fields;

afterEach(() => {
    vi.restoreAllMocks();
});

function pactoFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? pactoFiles(file) : file.endsWith('.pacto') ? [file] : [];
    });
}

/**
 * Two values alike, as the lexers hold them: the same prototype and own keys in order, regular expressions by source,
 * flags and lastIndex, functions by identity, token types by name (each lexer has its own, numbered when made: an
 * index is compared as whose index it is).
 */
function expectSame(ours: unknown, theirs: unknown, where: string, tokens: { ours: TokenType[]; theirs: TokenType[] }): void {
    if (typeof ours !== 'object' || ours === null) {
        expect(ours, where).toBe(theirs);
        return;
    }
    expect(Object.getPrototypeOf(ours), where).toBe(Object.getPrototypeOf(theirs));
    if (ours instanceof RegExp) {
        const other = theirs as RegExp;
        expect([ours.source, ours.flags, ours.lastIndex], where).toEqual([other.source, other.flags, other.lastIndex]);
        return;
    }
    const token = tokens.ours.indexOf(ours as TokenType);
    if (token >= 0) {
        expect(tokens.theirs.indexOf(theirs as TokenType), where).toBe(token);
        return;
    }
    const x = ours as Record<string, unknown>;
    const y = theirs as Record<string, unknown>;
    expect(Object.keys(x), where).toEqual(Object.keys(y));
    for (const key of Object.keys(x)) {
        if (key === 'tokenTypeIdx' && typeof x[key] === 'number') {
            const mine = tokens.ours.findIndex((type) => type.tokenTypeIdx === x[key]);
            expect(mine, `${where}.${key}`).toBeGreaterThanOrEqual(0);
            expect(tokens.theirs.findIndex((type) => type.tokenTypeIdx === y[key]), `${where}.${key}`).toBe(mine);
        } else if (key === 'categoryMatchesMap' || key === 'errorMessageProvider') {
            expect(x[key], `${where}.${key}`).toEqual(y[key]);
        } else {
            expectSame(x[key], y[key], `${where}.${key}`, tokens);
        }
    }
}

const BAD_INPUTS = [
    'contract A {\n  provider "x\n}\n',
    'contract A { provider "x" } /* never closed',
    '§§ contract ¤ A {\n\t provider "z" ~~ }\n',
    // Token starts past ASCII: the first-character table's shared buckets above 255, whitespace Chevrotain knows, a surrogate pair.
    'contract Éxito {\u3000provider "ñ"\u00A0}\n\u2028calendar Āb { time zone "UTC" } €5 \u{1F600} ǅ ɏx \uFEFF',
    '',
    '\r\n\r\n',
];

describe("the lexer's recording as data", () => {
    it("restores the token builder's tokens and Chevrotain's tables, property for property, without building them", () => {
        // A lexer that has not tokenized yet: tokenizing leaves each regular expression's lastIndex where it stopped.
        const built = fieldsOf(new DefaultLexer(pacto));
        const data = recording();
        const builds = vi.spyOn(pacto.parser.TokenBuilder, 'buildTokens');
        const restored = createPactoLexer(pacto, data);
        expect(builds).not.toHaveBeenCalled();
        expect(restored).toBeInstanceOf(DefaultLexer);
        const ours = fieldsOf(restored);
        const tokens = { ours: Object.values(ours.tokenTypes), theirs: Object.values(built.tokenTypes) };
        expect(tokens.ours.map((token) => token.name)).toEqual(tokens.theirs.map((token) => token.name));
        expect(tokens.ours.length).toBe(141);
        // Same fields in the same order, DefaultLexer's and Chevrotain's (tables, options, chosen methods).
        expect(Object.keys(restored)).toEqual(Object.keys(built));
        for (const [i, token] of tokens.ours.entries()) {
            expectSame({ ...token }, { ...tokens.theirs[i]! }, `token ${token.name}`, tokens);
        }
        const lexer = ours.chevrotainLexer;
        const other = built.chevrotainLexer;
        expect(Object.keys(lexer)).toEqual(Object.keys(other));
        for (const key of Object.keys(lexer)) {
            if (key === 'TRACE_INIT' || key === 'handleModes') {
                // Closures of each lexer's own constructor.
                expect(String(lexer[key]), key).toBe(String(other[key]));
            } else if (key === 'lexerDefinition') {
                expect((lexer[key] as TokenType[]).map((token) => token.name)).toEqual(tokens.theirs.map((token) => token.name));
            } else if (key === 'charCodeToPatternIdxToConfig') {
                const table = (lexer: Record<string, unknown>) => {
                    const mode = (lexer[key] as Record<string, object[][]>).defaultMode!;
                    const configs = (lexer.patternIdxToConfig as Record<string, object[]>).defaultMode!;
                    return Object.entries(mode).map(([code, entries]) => [code, entries.map((config) => configs.indexOf(config))]);
                };
                expect(table(lexer)).toEqual(table(other));
                expect(table(lexer).length).toBeGreaterThan(100);
            } else {
                expectSame(lexer[key], other[key], key, tokens);
            }
        }
    });

    it('tokenizes every example, fixture and spec file as the lexer built from the grammar, mistakes too', () => {
        const built = pacto.parser.Lexer;
        const restored = createPactoLexer(pacto, recording());
        const files = [...pactoFiles('examples'), ...pactoFiles('test/fixtures'), ...pactoFiles('../shared/spec')];
        expect(files.length).toBeGreaterThan(55);
        const shape = (result: ReturnType<DefaultLexer['tokenize']>) => ({
            tokens: result.tokens.map((token) => ({ ...token, tokenType: token.tokenType.name, tokenTypeIdx: undefined })),
            hidden: result.hidden.map((token) => ({ ...token, tokenType: token.tokenType.name, tokenTypeIdx: undefined })),
            errors: result.errors,
            report: result.report,
        });
        let tokens = 0;
        for (const text of [...files.map((file) => readFileSync(file, 'utf8')), ...BAD_INPUTS]) {
            const ours = shape(restored.tokenize(text));
            expect(ours).toEqual(shape(built.tokenize(text)));
            tokens += ours.tokens.length;
        }
        expect(tokens).toBeGreaterThan(9_000);
        const stray = restored.tokenize(BAD_INPUTS[2]!).errors;
        expect(stray.length).toBeGreaterThan(2);
        // The token types the tokens name are the restored lexer's own, which its parser is built with.
        const definition = restored.definition;
        for (const token of restored.tokenize(readFileSync('examples/imolko.pacto', 'utf8')).tokens) expect(definition[token.tokenType.name]).toBe(token.tokenType);
    });

    it('is not used for tokens the grammar does not make, nor by services that validate the lexer', () => {
        const renamed = recording();
        renamed.tokens[5]!.name = 'no such keyword';
        const fewer = recording();
        fewer.tokens.splice(3, 1);
        const fitting = recording();
        const builds = vi.spyOn(pacto.parser.TokenBuilder, 'buildTokens');
        for (const data of [renamed, fewer]) {
            const lexer = createPactoLexer(pacto, data);
            expect(Object.keys(lexer.definition)).toEqual(Object.keys(pacto.parser.Lexer.definition));
        }
        expect(builds).toHaveBeenCalledTimes(2);
        const validating = { ...pacto, LanguageMetaData: { ...pacto.LanguageMetaData, mode: 'development' }, Grammar: pacto.Grammar, parser: pacto.parser } as unknown as LangiumCoreServices;
        createPactoLexer(validating, fitting);
        expect(builds).toHaveBeenCalledTimes(3);
        createPactoLexer(pacto, undefined);
        expect(builds).toHaveBeenCalledTimes(4);
    });

    it('is plain data, and refuses what it could not restore as it was', () => {
        const data = recordLexer(pacto);
        expect(JSON.parse(JSON.stringify(data))).toEqual(data);
        expect(data.firstChars.some(([code]) => code > 255)).toBe(true);
        const lexer = pacto.parser.Lexer as unknown as Fields;
        const configs = (lexer.chevrotainLexer as unknown as { patternIdxToConfig: { defaultMode: Array<{ pattern: unknown }> } }).patternIdxToConfig.defaultMode;
        const saved = configs[0]!.pattern;
        configs[0]!.pattern = { exec: () => null };
        try {
            expect(() => recordLexer(pacto)).toThrow(/neither plain data nor a token/);
        } finally {
            configs[0]!.pattern = saved;
        }
    });
});
