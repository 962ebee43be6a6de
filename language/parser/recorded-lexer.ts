/**
 * The lexer as data (issue 14). Building Langium's lexer builds its tokens from the grammar (each terminal's regular
 * expression, each keyword's longer alternatives through partial regular expressions) and Chevrotain's Lexer then
 * analyses them (each pattern's first characters, line terminators and ASCII classes through its regular expression
 * parser): a fifth of building the parser at every `pacto check`, and all of it depends on the grammar only.
 * esbuild.mjs records both at build time (`recordLexer`, through record-grammar.ts) and the bundles carry the
 * recording (built-gast.ts); `createPactoLexer` restores the tokens and the analysis's tables instead of computing
 * them. Chevrotain's own constructor still makes the lexer object (its options, its methods, the token types'
 * indices, its table of char codes above 255): it is given the tokens with no pattern yet, which leaves it nothing to
 * analyse, and the recorded patterns and tables are put in place after it. Same tokens and tables, property for
 * property, and the same tokens on every example and fixture: test/language/parser/recorded-lexer.test.ts.
 */
import { Lexer as ChevrotainLexer, type TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type TokenBuilder } from 'langium';
import { builtTokenNames } from '../token-builder.js';

/** A value of a token or of a pattern's configuration as JSON can hold it. */
type Recorded =
    | string
    | number
    | boolean
    | null
    | { undefined: true }
    | { regexp: string; flags: string }
    | { ascii: string }
    | { token: number }
    | { indexOf: number }
    | { na: true }
    | Recorded[];

/** What the token builder and Chevrotain's analysis of its tokens yield for one grammar. */
export interface RecordedLexer {
    /** The token builder's tokens in its order: each one's own properties in order (tokens by index). */
    tokens: Array<Record<string, Recorded>>;
    /** Chevrotain's configuration of each pattern (patternIdxToConfig of its one mode), properties in order. */
    configs: Array<Record<string, Recorded>>;
    /** Its first-character table (charCodeToPatternIdxToConfig): [optimized char code, indices into configs]. */
    firstChars: Array<[number, number[]]>;
    /** The token groups Chevrotain keeps apart (`hidden`), each empty at the start of a run. */
    groups: string[];
    hasCustom: boolean;
    canBeOptimized: boolean;
}

/** Chevrotain's Lexer fields the analysis fills (lexer_public.js, v11–13). */
interface AnalysedLexer {
    lexerDefinition: unknown;
    patternIdxToConfig: Record<string, object[]>;
    charCodeToPatternIdxToConfig: Record<string, object[][]>;
    emptyGroups: Record<string, unknown[]>;
    cachedGroupKeys: string[];
    hasCustom: boolean;
    canModeBeOptimized: Record<string, boolean>;
    modes: string[];
    defaultMode: string;
    addToken: unknown;
    handlePayload: unknown;
    addTokenUsingPush: unknown;
    handlePayloadWithCustom: unknown;
}

/** DefaultLexer's fields, in the order its constructor sets them (Langium 4.4). */
interface LexerFields {
    errorMessageProvider: unknown;
    tokenBuilder: TokenBuilder;
    tokenTypes: Record<string, TokenType>;
    chevrotainLexer: ChevrotainLexer;
}

const MODE = 'defaultMode';

function record(value: unknown, tokens: readonly object[], where: string): Recorded {
    if (value === undefined) return { undefined: true };
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    if (value === ChevrotainLexer.NA) return { na: true };
    // Not its lastIndex: the lexer sets it before each match.
    if (value instanceof RegExp) return { regexp: value.source, flags: value.flags };
    if (value instanceof Uint8Array) return { ascii: Array.from(value, (bit) => (bit ? '1' : '0')).join('') };
    if (Array.isArray(value)) return value.map((item, i) => record(item, tokens, `${where}[${i}]`));
    const token = tokens.indexOf(value);
    if (token >= 0) return { token };
    throw new Error(`recorded-lexer: ${where} is neither plain data nor a token`);
}

function restore(value: Recorded, tokens: readonly TokenType[]): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => restore(item, tokens));
    if ('undefined' in value) return undefined;
    if ('na' in value) return ChevrotainLexer.NA;
    if ('regexp' in value) return new RegExp(value.regexp, value.flags);
    if ('ascii' in value) return Uint8Array.from(value.ascii, (bit) => (bit === '1' ? 1 : 0));
    if ('indexOf' in value) return tokens[value.indexOf]!.tokenTypeIdx;
    return tokens[value.token];
}

function recordObject(object: object, tokens: readonly object[], where: string): Record<string, Recorded> {
    const recorded: Record<string, Recorded> = {};
    for (const [key, value] of Object.entries(object)) {
        // A token's index is the process's (Chevrotain numbers token types as they are made): kept as whose it is.
        if (key === 'tokenTypeIdx') {
            const token = tokens.findIndex((type) => (type as TokenType).tokenTypeIdx === value);
            if (token < 0) throw new Error(`recorded-lexer: ${where}.${key} is no token's index`);
            recorded[key] = { indexOf: token };
        } else {
            recorded[key] = record(value, tokens, `${where}.${key}`);
        }
    }
    return recorded;
}

/**
 * What `services`' lexer was built from and computed: the token builder's tokens (built again, before Chevrotain
 * adds its own properties to them) and the analysis's tables. Throws on anything it could not restore as it was: a
 * custom pattern (a function), more than one mode, a table entry that is not one of the patterns' configurations.
 */
export function recordLexer(services: LangiumCoreServices): RecordedLexer {
    const lexer = services.parser.Lexer as unknown as LexerFields;
    const chevrotain = lexer.chevrotainLexer as unknown as AnalysedLexer;
    const built = services.parser.TokenBuilder.buildTokens(services.Grammar, { caseInsensitive: services.LanguageMetaData.caseInsensitive });
    if (!Array.isArray(built) || !Array.isArray(chevrotain.lexerDefinition) || chevrotain.modes.join() !== MODE) {
        throw new Error('recorded-lexer: only a lexer of one mode, from an array of tokens, is recorded');
    }
    const used = Object.values(lexer.tokenTypes);
    if (used.length !== built.length || used.some((token, i) => token.name !== (built[i] as TokenType).name)) {
        throw new Error("recorded-lexer: the token builder's tokens are not the lexer's");
    }
    const tokens = built.map((token: object, i) => recordObject(token, built, `token ${i}`));
    const analysed = chevrotain.patternIdxToConfig[MODE]!;
    const configs = analysed.map((config, i) => recordObject(config, used, `pattern ${i}`));
    const firstChars: RecordedLexer['firstChars'] = [];
    chevrotain.charCodeToPatternIdxToConfig[MODE]!.forEach((entries, code) => {
        const indices = entries.map((config) => analysed.indexOf(config));
        if (indices.includes(-1)) throw new Error(`recorded-lexer: char code ${code} lists a configuration of no pattern`);
        firstChars.push([code, indices]);
    });
    for (const [key, value] of Object.entries(chevrotain.emptyGroups)) {
        if (!Array.isArray(value) || value.length > 0) throw new Error(`recorded-lexer: group ${key} is not empty`);
    }
    return {
        tokens,
        configs,
        firstChars,
        groups: Object.keys(chevrotain.emptyGroups),
        hasCustom: chevrotain.hasCustom,
        canBeOptimized: chevrotain.canModeBeOptimized[MODE]!,
    };
}

/**
 * `services`' lexer restored from `recorded`: the token builder's tokens and Chevrotain's tables as recorded, in a
 * DefaultLexer (its own methods and fields) around a Chevrotain Lexer made by its own constructor with the same
 * options. Undefined when the recording is not this grammar's (other keywords or terminals, by name and order) or
 * the services validate the lexer's definition (not 'production'): then the lexer is built as usual.
 */
function restoreLexer(services: LangiumCoreServices, recorded: RecordedLexer): DefaultLexer | undefined {
    if (services.LanguageMetaData.mode !== 'production') return undefined;
    const names = builtTokenNames(services.Grammar);
    if (names.length !== recorded.tokens.length || names.some((name, i) => recorded.tokens[i]!.name !== name)) return undefined;
    const tokens: TokenType[] = [];
    const patterns: unknown[] = [];
    for (const properties of recorded.tokens) {
        const token: Record<string, unknown> = {};
        // Each token as the builder makes it, but without a pattern yet (see below); longer alternatives once all exist.
        for (const key of Object.keys(properties)) token[key] = key === 'PATTERN' ? ChevrotainLexer.NA : undefined;
        tokens.push(token as unknown as TokenType);
    }
    recorded.tokens.forEach((properties, i) => {
        const token = tokens[i] as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(properties)) {
            if (key === 'PATTERN') patterns.push(restore(value, tokens));
            else token[key] = restore(value, tokens);
        }
    });
    const errorMessageProvider = services.parser.LexerErrorMessageProvider;
    // Chevrotain analyses no token whose pattern is Lexer.NA; it still gives every token its index and properties.
    const chevrotain = new ChevrotainLexer(tokens, { positionTracking: 'full', skipValidations: true, errorMessageProvider });
    const analysed = chevrotain as unknown as AnalysedLexer;
    tokens.forEach((token, i) => (token.PATTERN = patterns[i] as TokenType['PATTERN']));
    const configs = recorded.configs.map((config) => {
        const restored: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(config)) restored[key] = restore(value, tokens);
        return restored;
    });
    const firstChars: object[][] = [];
    for (const [code, indices] of recorded.firstChars) firstChars[code] = indices.map((index) => configs[index]!);
    analysed.patternIdxToConfig[MODE] = configs;
    analysed.charCodeToPatternIdxToConfig[MODE] = firstChars;
    analysed.emptyGroups = Object.fromEntries(recorded.groups.map((group) => [group, []]));
    analysed.cachedGroupKeys = Object.keys(analysed.emptyGroups);
    analysed.canModeBeOptimized[MODE] = recorded.canBeOptimized;
    analysed.hasCustom = recorded.hasCustom;
    if (recorded.hasCustom) {
        analysed.addToken = analysed.addTokenUsingPush;
        analysed.handlePayload = analysed.handlePayloadWithCustom;
    }
    const lexer = Object.create(DefaultLexer.prototype) as LexerFields;
    lexer.errorMessageProvider = errorMessageProvider;
    lexer.tokenBuilder = services.parser.TokenBuilder;
    lexer.tokenTypes = Object.fromEntries(tokens.map((token) => [token.name, token]));
    lexer.chevrotainLexer = chevrotain;
    return lexer as unknown as DefaultLexer;
}

/** The Lexer service: restored from `recorded` when it is this grammar's, otherwise Langium's DefaultLexer. */
export function createPactoLexer(services: LangiumCoreServices, recorded: RecordedLexer | undefined): DefaultLexer {
    return (recorded && restoreLexer(services, recorded)) ?? new DefaultLexer(services);
}
