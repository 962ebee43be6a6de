/**
 * The token builder and the parser builder share one plain walk of the grammar's reachable rules
 * (language/parser/reachable-rules.ts): the rules Langium's getAllReachableRules finds, in the grammar's order, and
 * a parser built from them with the rules Langium's builder gives it, in the same order.
 */
import { AstUtils, createLangiumParser, GrammarUtils, type AstNode, type LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { createBoundedParser } from '../../../language/parser/bounded-parser.js';
import { grammarContents, grammarWords, reachableGrammar, reachableRules } from '../../../language/parser/reachable-rules.js';
import { collectDescendants } from '../../../language/ast-walk.js';
import { services } from '../pacto-test-services.js';

const pacto = services.Pacto;
const grammar = pacto.Grammar;

type WithRules = { allRules: Map<string, unknown>; mainRule: unknown };
const rulesOf = (parser: LangiumParser) => parser as unknown as WithRules;

describe('the reachable rules', () => {
    it("are Langium's getAllReachableRules, in the grammar's order", () => {
        const langium = [...GrammarUtils.getAllReachableRules(grammar, false)];
        expect(reachableRules(grammar).map((rule) => rule.name)).toEqual(langium.map((rule) => rule.name));
        expect(reachableRules(grammar)).toEqual(langium);
        // Not every rule: the grammar has terminals only fragments call, and the hidden ones are kept.
        expect(langium.length).toBeGreaterThan(50);
        expect(langium.some((rule) => 'hidden' in rule && rule.hidden)).toBe(true);
    });

    it('are one list per grammar, walked once', () => {
        expect(reachableRules(grammar)).toBe(reachableRules(grammar));
    });

    it("build the parser with Langium's rules in Langium's order and its entry rule", () => {
        const ours = rulesOf(createBoundedParser(pacto));
        const langium = rulesOf(createLangiumParser(pacto));
        expect([...ours.allRules.keys()]).toEqual([...langium.allRules.keys()]);
        expect([...ours.allRules.keys()][0]).toBe('Model');
        expect(ours.mainRule).toBe(ours.allRules.get('Model'));
    });

    it('leave the grammar as it was: its rules still find the entry rule', () => {
        reachableGrammar(grammar);
        expect(GrammarUtils.getEntryRule(grammar)?.name).toBe('Model');
    });

    it("walk the grammar's nodes in Langium's order, each rule's from the shared walk", () => {
        const plain: AstNode[] = [];
        collectDescendants(grammar, plain);
        const shared = grammarContents(grammar);
        expect(shared.length).toBe(plain.length);
        expect(shared.every((node, i) => node === plain[i])).toBe(true);
        const streamed = AstUtils.streamAllContents(grammar).toArray();
        expect(shared.every((node, i) => node === streamed[i])).toBe(true);
    });
});
