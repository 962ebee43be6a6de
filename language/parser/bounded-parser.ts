/**
 * Langium's parser with a bound on error recovery (issue 13). Chevrotain re-synchronises inside a
 * repetition by calling the repetition again from within itself (recoverable.js, tryInRepetitionRecovery),
 * so every mistake it recovers from in one block costs stack frames that are only given back when the
 * block ends: 50,000 stray names in one contract (1 MB) overflowed the stack, and `pacto check` exited
 * with an internal error. Past MAX_SYNTAX_ERRORS mistakes (the lexer's, or the parser's) nothing more
 * is read: the parser sees the end of the file there, and one located error says that the rest of the
 * file was not read. The depth of recovery and the diagnostics are bounded by that number whatever the
 * size of the file, and each recovery's search by RESYNC_WINDOW tokens (it looked to the end of the file:
 * quadratic time), so 10 MB of random tokens take about as long as lexing them.
 */
import { createTokenInstance, EOF, MismatchedTokenException, type ILexingError, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { createParser, DatatypeSymbol, GrammarAST, GrammarUtils, LangiumCompletionParser, LangiumParser, type AstNode, type CompletionParserResult, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import { DEFAULT_LOCALE, type Translate } from '../../runtime/index.js';
import { localeText, type MessageLocale } from '../message-locale.js';
import { installFastConstruction, linkContainers } from './fast-construction.js';
import { deferLookahead } from './lazy-lookahead.js';
import { reachableGrammar } from './reachable-rules.js';
import { BUILT_GAST } from './built-gast.js';
import { replayRecording, type RecordedGrammar } from './recorded-gast.js';

/** More mistakes than anyone reads in one go; few enough that recovering from them stays shallow and quick. */
export const MAX_SYNTAX_ERRORS = 500;

/** After a stack overflow despite the bound (a deeper call site), the parse is tried once more with this one. */
const FALLBACK_SYNTAX_ERRORS = 20;

/** The exception that says where reading stopped: kept by the echo filter (parser-messages.ts). */
export interface TooManyErrorsException extends IRecognitionException {
    tooManyErrors: true;
}

export function isTooManyErrors(error: IRecognitionException): error is TooManyErrorsException {
    return (error as Partial<TooManyErrorsException>).tooManyErrors === true;
}

/** The parts of Chevrotain's recognizer the bound works with (public at run time, not in its typings). */
interface Recognizer {
    _errors: IRecognitionException[];
    tokVector: IToken[];
    tokVectorLength: number;
    currIdx: number;
    errorMessageProvider: IParserErrorMessageProvider;
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    LA(howMuch: number): IToken;
    SKIP_TOKEN(): IToken;
    tokenMatcher(token: IToken, type: TokenType): boolean;
    flattenFollowSet(): TokenType[];
    getCurrRuleFullName(): string;
    exportLexerState(): number;
    importLexerState(state: number): void;
    addToResyncTokens(token: IToken, tokens: IToken[]): IToken[];
    tryInRepetitionRecovery(grammarRule: (...args: unknown[]) => unknown, args: unknown[], lookahead: () => boolean, expected: TokenType): void;
}

/**
 * How far in-repetition recovery looks for a place to resume: Chevrotain looks as far as the next token
 * that may follow any rule being parsed, which in a file without a closing brace is the end of the file,
 * once per mistake (quadratic: 10 MB of stray tokens took minutes). Past this many tokens the mistake is
 * left to rule-level recovery, which consumes what it skips.
 */
export const RESYNC_WINDOW = 1000;

/**
 * Chevrotain's tryInRepetitionRecovery (recoverable.js, v11–13) with both searches bounded by RESYNC_WINDOW:
 * the search for the resynchronisation token and the tokens skipped before giving up. Otherwise the same:
 * the mistake is reported when the parser resumes the repetition or finds the token after it.
 */
function boundedRepetitionRecovery(this: Recognizer, grammarRule: (...args: unknown[]) => unknown, args: unknown[], lookahead: () => boolean, expected: TokenType): void {
    const follows = this.flattenFollowSet();
    let reSync: TokenType | undefined;
    for (let k = 1; k <= RESYNC_WINDOW && reSync === undefined; k++) {
        const token = this.LA(k);
        reSync = follows.find((type) => this.tokenMatcher(token, type));
    }
    const saved = this.exportLexerState();
    const resynced: IToken[] = [];
    const first = this.LA(1);
    let current = first;
    const report = () => {
        const message = this.errorMessageProvider.buildMismatchTokenMessage({ expected, actual: first, previous: this.LA(0), ruleName: this.getCurrRuleFullName() });
        const error = new MismatchedTokenException(message, first, this.LA(0));
        error.resyncedTokens = resynced.slice(0, -1);
        this.SAVE_ERROR(error);
    };
    for (let skipped = 0; ; skipped++) {
        if (this.tokenMatcher(current, expected)) {
            report();
            return;
        }
        if (lookahead.call(this)) {
            report();
            // Chevrotain resumes by calling the repetition again; MAX_SYNTAX_ERRORS bounds how deep this goes.
            grammarRule.apply(this, args);
            return;
        }
        if ((reSync !== undefined && this.tokenMatcher(current, reSync)) || skipped >= RESYNC_WINDOW || this.tokenMatcher(current, EOF)) break;
        current = this.SKIP_TOKEN();
        this.addToResyncTokens(current, resynced);
    }
    this.importLexerState(saved);
}

interface Cut {
    /** Offset of the first character not read. */
    offset: number;
    /** Where the message stands: the first token not read, or the lexer's mistake reading stopped at. */
    token: IToken;
}

const endOfFile = () => createTokenInstance(EOF, '', NaN, NaN, NaN, NaN, NaN, NaN);

function lexingErrorToken(error: ILexingError): IToken {
    const length = Math.max(error.length, 1);
    return {
        image: '',
        startOffset: error.offset,
        endOffset: error.offset + length - 1,
        startLine: error.line ?? 1,
        startColumn: error.column ?? 1,
        endLine: error.line ?? 1,
        endColumn: (error.column ?? 1) + length - 1,
        tokenTypeIdx: -1,
        tokenType: { name: 'LexingError' },
    };
}

/**
 * The bound, installed on one Chevrotain recognizer: counts its mistakes (and, through `lexingErrors`, the
 * lexer's), and past the limit cuts its tokens where it stands.
 */
class RecoveryBound {
    limit = MAX_SYNTAX_ERRORS;
    cut: Cut | undefined;

    constructor(
        private readonly r: Recognizer,
        lexingErrors: () => readonly ILexingError[],
    ) {
        r.tryInRepetitionRecovery = boundedRepetitionRecovery;
        const save = r.SAVE_ERROR.bind(r);
        r.SAVE_ERROR = (error) => {
            // Past the cut, what recovery says is about the missing end of the file: not the user's mistake.
            if (this.cut) return error;
            const saved = save(error);
            if (r._errors.length >= this.limit) {
                const next = r.currIdx + 1;
                const token = r.tokVector[next] ?? error.token;
                this.stopAt(next, { offset: token.startOffset, token });
            }
            return saved;
        };
        // The lexer's mistakes count too: a file of stray characters stops being read at the limit's one.
        const setter = findSetter(Object.getPrototypeOf(r) as object, 'input');
        Object.defineProperty(r, 'input', {
            configurable: true,
            get: () => r.tokVector,
            set: (tokens: IToken[]) => {
                this.cut = undefined;
                setter.call(r, tokens);
                const stop = lexingErrors()[this.limit - 1];
                if (stop) {
                    const index = tokens.findIndex((token) => token.startOffset >= stop.offset);
                    this.stopAt(index < 0 ? tokens.length : index, { offset: stop.offset, token: lexingErrorToken(stop) });
                }
            },
        });
    }

    /** Lets go of the tokens of the last input (the tree and the errors keep what they use). */
    release(): void {
        this.r.tokVector = [];
        this.r.tokVectorLength = 0;
    }

    /** Stops reading at `index` (a token index): the parser then finds the end of the file there. */
    private stopAt(index: number, cut: Cut): void {
        const r = this.r;
        this.cut = cut;
        const kept = r.tokVector.slice(0, Math.max(index, 0));
        r.tokVectorLength = kept.length;
        // Chevrotain reads past the end without a bound check in places (LA_FAST): end-of-file sentinels.
        r.tokVector = [...kept, ...Array.from({ length: 4 }, endOfFile)];
    }
}

function findSetter(proto: object | null, name: string): (value: unknown) => void {
    for (let p = proto; p; p = Object.getPrototypeOf(p) as object | null) {
        const setter = Object.getOwnPropertyDescriptor(p, name)?.set;
        if (setter) return setter;
    }
    throw new Error(`Chevrotain's parser has no '${name}' setter`);
}

/** The parts of LangiumParser its parse works with (private in its typings). */
interface LangiumParserInternals {
    nodeBuilder: { buildRootNode(input: string): unknown; addHiddenNodes(tokens: IToken[]): void };
    lexerResult: ReturnType<LangiumParser['lexer']['tokenize']> | undefined;
    wrapper: { input: IToken[]; errors: IRecognitionException[] };
    doParse(rule: unknown): unknown;
}

/**
 * LangiumParser's computeRuleType (Langium 4.4) asking whether a parser rule is a data type rule once, not
 * twice: each answer walks the rule and the rules it calls (a tenth of the parser's construction, issue 14).
 * `getTypeName` of a parser rule that is no data type rule is its explicit type or its name.
 */
export function computeRuleType(rule: GrammarAST.ParserRule | GrammarAST.InfixRule): string | symbol | undefined {
    if (GrammarAST.isInfixRule(rule)) return GrammarUtils.getTypeName(rule);
    if (rule.fragment) return undefined;
    if (GrammarUtils.isDataTypeRule(rule)) return DatatypeSymbol;
    return GrammarUtils.getExplicitRuleType(rule) ?? rule.name;
}

/** computeRuleType answered from the recording of the grammar (record-grammar.ts), computed for a rule it lacks. */
function recordedRuleType(recorded: RecordedGrammar): typeof computeRuleType {
    return (rule) => {
        if (!Object.hasOwn(recorded.ruleTypes, rule.name)) return computeRuleType(rule);
        const type = recorded.ruleTypes[rule.name];
        return type === null || type === undefined ? undefined : typeof type === 'string' ? type : DatatypeSymbol;
    };
}

type BoundedServices = LangiumCoreServices & { i18n?: { MessageLocale: MessageLocale } };

export class BoundedLangiumParser extends LangiumParser {
    private readonly bound: RecoveryBound;
    private readonly locale: MessageLocale | undefined;

    constructor(services: BoundedServices, recorded: RecordedGrammar | undefined = BUILT_GAST) {
        super(services);
        this.locale = services.i18n?.MessageLocale;
        // Langium keeps the lexer's result while it parses (private, set before the tokens are handed over).
        this.bound = new RecoveryBound(this.wrapper as unknown as Recognizer, () => (this as unknown as { lexerResult?: { errors: ILexingError[] } }).lexerResult?.errors ?? []);
        installFastConstruction(this);
        deferLookahead(this.wrapper);
        (this as unknown as { computeRuleType: typeof computeRuleType }).computeRuleType = recorded ? recordedRuleType(recorded) : computeRuleType;
        if (recorded) replayRecording(this.wrapper, recorded);
    }

    /** LangiumParser.parse (Langium 4.4), with the containers linked by fast-construction.ts. */
    private langiumParse<T extends AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const self = this as unknown as LangiumParserInternals;
        self.nodeBuilder.buildRootNode(input);
        const lexerResult = self.lexerResult = this.lexer.tokenize(input);
        self.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        const result = self.doParse(ruleMethod) as T;
        self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        self.lexerResult = undefined;
        linkContainers(result);
        return { value: result, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors: self.wrapper.errors };
    }

    private get t(): Translate {
        return (this.locale?.text() ?? localeText(DEFAULT_LOCALE)).t;
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        try {
            return this.boundedParse<T>(input, options, MAX_SYNTAX_ERRORS);
        } catch (error) {
            if (!isStackOverflow(error)) throw error;
            // What was left half-built by the overflow is thrown away with the rule stack.
            (this as unknown as { stack: unknown[] }).stack = [];
            return this.boundedParse<T>(input, options, FALLBACK_SYNTAX_ERRORS);
        }
    }

    private boundedParse<T extends AstNode>(input: string, options: ParserOptions | undefined, limit: number): ParseResult<T> {
        this.bound.limit = limit;
        const result = this.langiumParse<T>(input, options);
        // Chevrotain keeps the last input until the next parse: 645,000 tokens (72 MiB) of a 5 MB contract held
        // by the CLI for the whole check and by the server for the last document parsed. The CST has what it needs.
        this.bound.release();
        const cut = this.bound.cut;
        this.bound.cut = undefined;
        if (!cut) return result;
        const line = cut.token.startLine ?? 1;
        const message = this.t('syntaxTooManyErrors', { line: String(line) });
        const stopped = Object.assign(new MismatchedTokenException(message, cut.token, cut.token), { tooManyErrors: true as const });
        return {
            ...result,
            lexerErrors: result.lexerErrors.filter((error) => error.offset < cut.offset),
            parserErrors: [...result.parserErrors, stopped],
        };
    }
}

/**
 * The parser completion runs on the text before the cursor: the same recovery, so the same bound (50,000
 * stray names overflowed the stack there too, and 10 MB of random tokens took 72 s). Past the cut nothing is
 * proposed from the grammar, which is all one can say after 500 mistakes.
 */
export class BoundedCompletionParser extends LangiumCompletionParser {
    private readonly bound: RecoveryBound;

    constructor(services: BoundedServices) {
        super(services);
        this.bound = new RecoveryBound(this.wrapper as unknown as Recognizer, () => []);
        deferLookahead(this.wrapper);
    }

    override parse(input: string): CompletionParserResult {
        let result: CompletionParserResult;
        try {
            this.bound.limit = MAX_SYNTAX_ERRORS;
            result = super.parse(input);
        } catch (error) {
            if (!isStackOverflow(error)) throw error;
            this.bound.limit = FALLBACK_SYNTAX_ERRORS;
            result = super.parse(input);
        }
        // The result has the tokens; the parser need not keep them (and a copy) until the next completion.
        this.bound.release();
        (this as unknown as { tokens: unknown[] }).tokens = [];
        return result;
    }
}

function isStackOverflow(error: unknown): boolean {
    return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * The parser service: Langium's createLangiumParser with the bounded parser in place of its own, built from the
 * reachable rules the token builder found (reachable-rules.ts).
 */
export function createBoundedParser(services: BoundedServices, recorded: RecordedGrammar | undefined = BUILT_GAST): LangiumParser {
    const parser = createParser(reachableGrammar(services.Grammar), new BoundedLangiumParser(services, recorded), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

/** The completion parser service: Langium's createCompletionParser with the bounded one. */
export function createBoundedCompletionParser(services: BoundedServices): LangiumCompletionParser {
    const parser = createParser(reachableGrammar(services.Grammar), new BoundedCompletionParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
