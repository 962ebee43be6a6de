import { DefaultTokenBuilder, GrammarAST, RegExpUtils, type AstNode, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { collectDescendants } from './ast-walk.js';

/**
 * Langium's token builder, with the same tokens in the same order, built without Langium's lazy streams: its
 * `getAllReachableRules` and keyword collection walk every rule through `streamAllContents`, and each partial form
 * of a terminal's pattern was rebuilt for every keyword. Together about a sixth of building the parser at every
 * `pacto check` (issue 14). test/language/token-builder.test.ts holds the tokens to Langium's own.
 */
export class PactoTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const descendants = new Map<GrammarAST.AbstractRule, AstNode[]>();
        const contents = (rule: GrammarAST.AbstractRule): AstNode[] => {
            let nodes = descendants.get(rule);
            if (nodes === undefined) {
                nodes = [];
                collectDescendants(rule, nodes);
                descendants.set(rule, nodes);
            }
            return nodes;
        };
        const reachable = reachableRules(grammar, contents);
        const terminalTokens: TokenType[] = [];
        for (const rule of reachable) {
            if (GrammarAST.isTerminalRule(rule) && !rule.fragment) terminalTokens.push(this.buildTerminalToken(rule));
        }
        const seen = new Set<string>();
        const keywords: GrammarAST.Keyword[] = [];
        for (const rule of reachable) {
            if (!GrammarAST.isAbstractParserRule(rule)) continue;
            for (const node of contents(rule)) {
                if (GrammarAST.isKeyword(node) && !seen.has(node.value)) {
                    seen.add(node.value);
                    keywords.push(node);
                }
            }
        }
        // Stable, as Langium's: keywords of one length keep the grammar's order.
        keywords.sort((a, b) => b.value.length - a.value.length);
        const caseInsensitive = Boolean(options?.caseInsensitive);
        const tokens = keywords.map((keyword) => this.buildKeywordToken(keyword, terminalTokens, caseInsensitive));
        tokens.push(...terminalTokens);
        return tokens;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter((token) => {
            const source = (token.PATTERN as { source?: string } | undefined)?.source;
            if (!source) return false;
            let partial = this.partials.get(source);
            if (partial === undefined) {
                partial = RegExpUtils.partialRegExp(`^${source}$`);
                this.partials.set(source, partial);
            }
            const match = partial.exec(keyword.value);
            return match !== null && match[0].length > 0;
        });
    }
}

/**
 * Langium's `getAllReachableRules(grammar, false)`: the rules called from the entry rule and the hidden
 * terminals, through parser rule calls only, in the grammar's order; every rule when there is no entry rule.
 */
function reachableRules(
    grammar: GrammarAST.Grammar,
    contents: (rule: GrammarAST.AbstractRule) => AstNode[],
): GrammarAST.AbstractRule[] {
    const entry = grammar.rules.find((rule) => GrammarAST.isParserRule(rule) && rule.entry);
    if (entry === undefined) return [...new Set(grammar.rules)];
    const names = new Set<string>();
    const visit = (rule: GrammarAST.AbstractRule): void => {
        names.add(rule.name);
        for (const node of contents(rule)) {
            if (!GrammarAST.isRuleCall(node)) continue;
            const called = node.rule.ref;
            if (called !== undefined && !names.has(called.name)) visit(called);
        }
    };
    visit(entry);
    for (const rule of grammar.rules) if (GrammarAST.isTerminalRule(rule) && rule.hidden) visit(rule);
    return grammar.rules.filter((rule) => names.has(rule.name) || (GrammarAST.isTerminalRule(rule) && rule.hidden));
}
