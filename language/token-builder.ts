import { DefaultTokenBuilder, GrammarAST, RegExpUtils, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { reachableRules, ruleContents } from './parser/reachable-rules.js';

/**
 * Langium's token builder, with the same tokens in the same order, built without Langium's lazy streams: its
 * `getAllReachableRules` and keyword collection walk every rule through `streamAllContents` (parser/reachable-rules.ts
 * walks them once for the token builder and the parser builder), and each partial form of a terminal's pattern was
 * rebuilt for every keyword. Together about a sixth of building the parser at every
 * `pacto check` (issue 14). test/language/token-builder.test.ts holds the tokens to Langium's own.
 */
/** The keywords of the parser rules among `reachable`, each once, in the order of the tokens made of them. */
function keywordsOf(reachable: readonly GrammarAST.AbstractRule[]): GrammarAST.Keyword[] {
    const seen = new Set<string>();
    const keywords: GrammarAST.Keyword[] = [];
    for (const rule of reachable) {
        if (!GrammarAST.isAbstractParserRule(rule)) continue;
        for (const node of ruleContents(rule)) {
            if (GrammarAST.isKeyword(node) && !seen.has(node.value)) {
                seen.add(node.value);
                keywords.push(node);
            }
        }
    }
    // Stable, as Langium's: keywords of one length keep the grammar's order.
    return keywords.sort((a, b) => b.value.length - a.value.length);
}

/**
 * The names of the tokens PactoTokenBuilder makes of `grammar`, in its order, without making them (no regular
 * expression is built): the keywords, then the terminals. Tells whether a recording of the tokens is this grammar's
 * (parser/recorded-lexer.ts).
 */
export function builtTokenNames(grammar: GrammarAST.Grammar): string[] {
    const reachable = reachableRules(grammar);
    const names = keywordsOf(reachable).map((keyword) => keyword.value);
    for (const rule of reachable) if (GrammarAST.isTerminalRule(rule) && !rule.fragment) names.push(rule.name);
    return names;
}

export class PactoTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const reachable = reachableRules(grammar);
        const terminalTokens: TokenType[] = [];
        for (const rule of reachable) {
            if (GrammarAST.isTerminalRule(rule) && !rule.fragment) terminalTokens.push(this.buildTerminalToken(rule));
        }
        const caseInsensitive = Boolean(options?.caseInsensitive);
        const tokens = keywordsOf(reachable).map((keyword) => this.buildKeywordToken(keyword, terminalTokens, caseInsensitive));
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
