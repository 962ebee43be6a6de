import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * Langium's token builder, with the partial form of each terminal's pattern built once: it asks, for every
 * keyword and every terminal, whether the terminal could also match the keyword (a keyword then yields to a
 * longer name), and rebuilt the terminal's partial regular expression for each keyword, a sixth of building
 * the parser at every `pacto check` (issue 14). Same answers, same tokens.
 */
export class PactoTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();

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
