/**
 * PactoTokenBuilder (language/token-builder.ts) builds its tokens with plain walks instead of Langium's streams:
 * the same tokens as Langium's DefaultTokenBuilder, in the same order (the order decides which token the lexer
 * tries first), with the same patterns, groups and longer alternatives.
 */
import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder } from 'langium';
import { describe, expect, it } from 'vitest';
import { PactoTokenBuilder } from '../../../language/token-builder.js';
import { services } from '../pacto-test-services.js';

const grammar = services.Pacto.Grammar;

function describeTokens(tokens: TokenType[]): unknown[] {
    return tokens.map((token) => ({
        name: token.name,
        pattern: typeof token.PATTERN === 'function' ? 'function' : String(token.PATTERN),
        group: token.GROUP,
        lineBreaks: token.LINE_BREAKS,
        longerAlt: Array.isArray(token.LONGER_ALT) ? token.LONGER_ALT.map((alt) => alt.name) : token.LONGER_ALT?.name,
    }));
}

describe('PactoTokenBuilder', () => {
    for (const caseInsensitive of [false, true]) {
        it(`builds Langium's tokens in Langium's order (caseInsensitive: ${caseInsensitive})`, () => {
            const ours = new PactoTokenBuilder().buildTokens(grammar, { caseInsensitive }) as TokenType[];
            const langium = new DefaultTokenBuilder().buildTokens(grammar, { caseInsensitive }) as TokenType[];
            expect(describeTokens(ours)).toEqual(describeTokens(langium));
            expect(ours.length).toBeGreaterThan(100);
            // Keywords come first, longest first; the terminals close the list.
            expect(ours[0]!.name.length).toBeGreaterThanOrEqual(ours[1]!.name.length);
            expect(ours.some((token) => token.name === 'contract')).toBe(true);
            expect(ours.at(-1)!.PATTERN).toBeInstanceOf(RegExp);
        });
    }

    it('gives a keyword that a name could continue the name token as its longer alternative', () => {
        const tokens = new PactoTokenBuilder().buildTokens(grammar) as TokenType[];
        const contract = tokens.find((token) => token.name === 'contract')!;
        const alternatives = (contract.LONGER_ALT as TokenType[]).map((alt) => alt.name);
        expect(alternatives).toContain('ID');
    });
});
