import { GrammarAST, type AstNode } from 'langium';
import { collectDescendants, isNode } from '../ast-walk.js';

/**
 * The grammar walks the token builder and the parser builder both make, made once per grammar by plain walks:
 * Langium makes each of them through its lazy streams (`getAllReachableRules` in both builders, the token
 * builder's keyword collection), a sixth of building the parser at every `pacto check` (issue 14).
 */

const contentsByRule = new WeakMap<GrammarAST.AbstractRule, AstNode[]>();

/** The nodes of `rule`'s definition, in the order of Langium's streamAllContents. */
export function ruleContents(rule: GrammarAST.AbstractRule): AstNode[] {
    let nodes = contentsByRule.get(rule);
    if (nodes === undefined) {
        nodes = [];
        collectDescendants(rule, nodes);
        contentsByRule.set(rule, nodes);
    }
    return nodes;
}

const reachableByGrammar = new WeakMap<GrammarAST.Grammar, readonly GrammarAST.AbstractRule[]>();

/**
 * Langium's `getAllReachableRules(grammar, false)`: the rules called from the entry rule and the hidden
 * terminals, through parser rule calls only, in the grammar's order; every rule when there is no entry rule.
 */
export function reachableRules(grammar: GrammarAST.Grammar): readonly GrammarAST.AbstractRule[] {
    let found = reachableByGrammar.get(grammar);
    if (found === undefined) {
        found = walkReachable(grammar);
        reachableByGrammar.set(grammar, found);
    }
    return found;
}

function walkReachable(grammar: GrammarAST.Grammar): GrammarAST.AbstractRule[] {
    const entry = grammar.rules.find((rule) => GrammarAST.isParserRule(rule) && rule.entry);
    if (entry === undefined) return [...new Set(grammar.rules)];
    const names = new Set<string>();
    const visit = (rule: GrammarAST.AbstractRule): void => {
        names.add(rule.name);
        for (const node of ruleContents(rule)) {
            if (!GrammarAST.isRuleCall(node)) continue;
            const called = node.rule.ref;
            if (called !== undefined && !names.has(called.name)) visit(called);
        }
    };
    visit(entry);
    for (const rule of grammar.rules) if (GrammarAST.isTerminalRule(rule) && rule.hidden) visit(rule);
    return grammar.rules.filter((rule) => names.has(rule.name) || (GrammarAST.isTerminalRule(rule) && rule.hidden));
}

/**
 * What Langium's createParser reads of `grammar`, with the rules already narrowed to the reachable ones: the
 * builder's own `getAllReachableRules` then finds no entry rule to walk from and keeps every rule it is given
 * (`grammar.rules.find` is how it looks for one; iterating the rules, as the builder does, gives them all, the
 * entry rule with them). Same rules in the same order: test/language/parser/reachable-rules.test.ts.
 */
export function reachableGrammar(grammar: GrammarAST.Grammar): GrammarAST.Grammar {
    const rules = Object.assign([...reachableRules(grammar)], { find: () => undefined });
    return { rules } as unknown as GrammarAST.Grammar;
}

/**
 * The nodes below `grammar`, in the order of Langium's streamAllContents, each rule's from ruleContents: the rules
 * the token builder walked are not walked again (the parser's keyword suggestions read all of them).
 */
export function grammarContents(grammar: GrammarAST.Grammar): AstNode[] {
    const nodes: AstNode[] = [];
    const record = grammar as unknown as Record<string, unknown>;
    const visit = (node: AstNode): void => {
        nodes.push(node);
        if (GrammarAST.isAbstractRule(node)) nodes.push(...ruleContents(node));
        else collectDescendants(node, nodes);
    };
    for (const property in record) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (Array.isArray(value)) {
            for (const element of value) if (isNode(element)) visit(element);
        } else if (isNode(value)) {
            visit(value);
        }
    }
    return nodes;
}

/**
 * The words of the language, which the parser suggests for misspelt clauses: the lowercase keywords in the order
 * of Langium's streamAllContents (test/language/parser/rule-types.test.ts), over grammarContents, so that building
 * the parser walks no rule twice.
 */
export function grammarWords(grammar: GrammarAST.Grammar): string[] {
    const words = new Set<string>();
    for (const node of grammarContents(grammar)) if (GrammarAST.isKeyword(node) && /^[a-z]+$/.test(node.value)) words.add(node.value);
    return [...words];
}
