/**
 * The parser's construction asks whether a rule is a data type rule once (language/parser/bounded-parser.ts,
 * computeRuleType) and the keyword list is walked without Langium's streams (language/parser/reachable-rules.ts
 * grammarWords): the same answers as Langium's own for every rule of Pacto's grammar, and the same words in the
 * same order.
 */
import { AstUtils, DatatypeSymbol, GrammarAST, GrammarUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { computeRuleType } from '../../../language/parser/bounded-parser.js';
import { grammarWords } from '../../../language/parser/reachable-rules.js';
import { services } from '../pacto-test-services.js';

const grammar = services.Pacto.Grammar;

/** LangiumParser.computeRuleType (Langium 4.4), as it is written there. */
function langiumRuleType(rule: GrammarAST.ParserRule | GrammarAST.InfixRule): string | symbol | undefined {
    if (GrammarAST.isInfixRule(rule)) return GrammarUtils.getTypeName(rule);
    if (rule.fragment) return undefined;
    if (GrammarUtils.isDataTypeRule(rule)) return DatatypeSymbol;
    return GrammarUtils.getTypeName(rule);
}

describe('parser construction shortcuts', () => {
    const rules = grammar.rules.filter((rule) => GrammarAST.isParserRule(rule) || GrammarAST.isInfixRule(rule));

    it('gives every parser rule the type Langium gives it', () => {
        expect(rules.length).toBeGreaterThan(20);
        for (const rule of rules) expect([rule.name, computeRuleType(rule)]).toEqual([rule.name, langiumRuleType(rule)]);
        // Both kinds occur: data type rules and rules that build nodes.
        expect(rules.some((rule) => computeRuleType(rule) === DatatypeSymbol)).toBe(true);
        expect(rules.some((rule) => typeof computeRuleType(rule) === 'string')).toBe(true);
    });

    it('lists the keywords as a walk of streamAllContents does', () => {
        const streamed = [...new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map((k) => k.value).filter((v) => /^[a-z]+$/.test(v)))];
        expect(grammarWords(grammar)).toEqual(streamed);
        expect(streamed).toContain('contract');
        expect(streamed).toContain('provider');
    });
});
