import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IRecognitionException, IToken, TokenType } from 'chevrotain';
import { DefaultDocumentValidator, DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DEFAULT_LOCALE, closest, type MessageKey, type Translate } from '../runtime/index.js';
import type { PactoLinkingError } from './linker.js';
import { localeText, type MessageLocale } from './message-locale.js';
import { isTooManyErrors } from './parser/bounded-parser.js';

/** What each terminal looks like, in the words of a contract manager. */
const TERMINALS: Record<string, MessageKey> = {
    STRING: 'syntaxString',
    ID: 'syntaxName',
    NUMBER: 'syntaxNumber',
    PERCENT: 'syntaxPercent',
    DATE: 'syntaxDate',
    TIME: 'syntaxTime',
    EOF: 'syntaxEndOfFile',
};

/**
 * The blocks of the language (keyed by the grammar rule that holds the braces): what may stand inside
 * one, in plain words, and the keywords that start a member there (for "Did you mean …?"). When the parser
 * expected the closing '}' it says what else could have stood at that point.
 */
interface Block {
    /** "a calendar rule" */
    member: MessageKey;
    /** "'time zone', weekly hours such as …, or a text in quotes"; none when `member` says it all. */
    items?: MessageKey;
    /** Whether a text in quotes may stand in the block. */
    text: boolean;
    keywords: readonly string[];
    /** A sentence added to the message. */
    note?: MessageKey;
}

const BLOCKS: Record<string, Block> = {
    Contract: {
        member: 'syntaxContractMember',
        items: 'syntaxContractItems',
        text: false,
        keywords: ['provider', 'customer', 'term', 'fee', 'locale', 'service', 'calendar', 'default', 'channel', 'category', 'objective', 'escalation', 'on', 'penalties', 'termination', 'reporting', 'review', 'clause', 'definitions', 'scenario'],
    },
    Service: { member: 'syntaxTextMember', text: true, keywords: [] },
    Calendar: {
        member: 'syntaxCalendarMember',
        items: 'syntaxCalendarItems',
        text: true,
        keywords: ['time', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'every', 'holidays', 'holiday', 'on'],
    },
    Category: { member: 'syntaxCategoryMember', items: 'syntaxCategoryItems', text: true, keywords: ['priority', 'response', 'resolution', 'via'] },
    ChannelTargets: { member: 'syntaxChannelTargetsMember', items: 'syntaxChannelTargetsItems', text: false, keywords: ['response', 'resolution'] },
    Objective: { member: 'syntaxTextMember', text: true, keywords: [], note: 'syntaxObjectiveNote' },
    Escalation: { member: 'syntaxEscalationMember', items: 'syntaxEscalationItems', text: true, keywords: ['at'] },
    CustomerObligations: { member: 'syntaxCustomerObligationsMember', items: 'syntaxCustomerObligationsItems', text: true, keywords: ['contact', 'reply', 'notify'] },
    ProviderObligations: { member: 'syntaxProviderObligationsMember', text: true, keywords: [] },
    BreachProcedure: { member: 'syntaxBreachProcedureMember', items: 'syntaxBreachProcedureItems', text: true, keywords: ['notify', 'act', 'review'] },
    OnCall: { member: 'syntaxOnCallMember', items: 'syntaxOnCallItems', text: true, keywords: ['person'] },
    Penalties: { member: 'syntaxPenaltiesMember', items: 'syntaxPenaltiesItems', text: true, keywords: ['when', 'per', 'cap'] },
    Termination: { member: 'syntaxTerminationMember', items: 'syntaxTerminationItems', text: true, keywords: ['when', 'notice'] },
    Reporting: { member: 'syntaxReportingMember', items: 'syntaxReportingItems', text: true, keywords: ['weekly', 'monthly', 'quarterly'] },
    Clause: { member: 'syntaxClauseMember', text: true, keywords: [] },
    Definitions: { member: 'syntaxDefinitionsMember', items: 'syntaxDefinitionsItems', text: false, keywords: ['term'] },
    Scenario: { member: 'syntaxScenarioMember', items: 'syntaxScenarioItems', text: false, keywords: ['period', 'arrivals', 'team', 'handling', 'customer'] },
    Arrivals: { member: 'syntaxArrivalsMember', items: 'syntaxArrivalsItems', text: false, keywords: [] },
    Team: { member: 'syntaxTeamMember', items: 'syntaxTeamItems', text: false, keywords: ['agents', 'handles'] },
    Handling: { member: 'syntaxHandlingMember', items: 'syntaxHandlingItems', text: false, keywords: [] },
    CustomerReplies: { member: 'syntaxCustomerRepliesMember', items: 'syntaxCustomerRepliesItems', text: false, keywords: [] },
};

/** "a calendar rule: 'time zone', …": a block's member rule, for RULES. */
function memberWords(block: string): (t: Translate) => string {
    const b = BLOCKS[block]!;
    return (t) => (b.items ? `${t(b.member)}: ${t(b.items)}` : t(b.member));
}

/**
 * Rules whose alternatives the parser cannot list (LL(*) lookahead reports no paths): what they expect.
 * Keyed by grammar rule name.
 */
const RULES: Record<string, MessageKey | ((t: Translate) => string)> = {
    TimeUnit: 'syntaxTimeUnit',
    PeriodUnit: 'syntaxPeriodUnit',
    Period: 'syntaxPeriod',
    RateUnit: 'syntaxRateUnit',
    Weekday: 'syntaxWeekday',
    DaySpec: 'syntaxDaySpec',
    FeePeriod: 'syntaxFeePeriod',
    TargetKind: 'syntaxTargetKind',
    TargetKindPlural: 'syntaxTargetKindPlural',
    Audience: 'syntaxAudience',
    ReportAudience: 'syntaxReportAudience',
    ReportFrequency: 'syntaxReportFrequency',
    ConsecutiveUnit: 'syntaxConsecutiveUnit',
    HolidayType: 'syntaxHolidayType',
    RotationUnit: 'syntaxRotationUnit',
    DowntimeUnit: 'syntaxDowntimeUnit',
    ReviewUnit: 'syntaxReviewUnit',
    Threshold: 'syntaxThreshold',
    PenaltyAmount: 'syntaxPenaltyAmount',
    Money: 'syntaxMoney',
    Measure: 'syntaxMeasure',
    CalendarRule: memberWords('Calendar'),
    CalendarRef: 'syntaxCalendarRef',
    ContractMember: memberWords('Contract'),
    CategoryMember: memberWords('Category'),
    Obligation: memberWords('CustomerObligations'),
    BreachStep: memberWords('BreachProcedure'),
    EscalationStep: 'syntaxEscalationStep',
    PenaltyClause: memberWords('Penalties'),
    TerminationClause: memberWords('Termination'),
    ScenarioMember: memberWords('Scenario'),
    TeamMember: memberWords('Team'),
    Distribution: 'syntaxDistribution',
};

/** What a rule expects, in words; undefined for a rule RULES does not know. */
function ruleWords(rule: string, t: Translate): string | undefined {
    const words = RULES[rule];
    return words === undefined ? undefined : typeof words === 'function' ? words(t) : t(words);
}

/** The grammar's rule name: Langium gives chevrotain its rule names with a zero-width space appended. */
function ruleOf(name: string | undefined): string {
    return (name ?? '').replace(/\u200B/g, '');
}

function isKeyword(type: TokenType | undefined): boolean {
    return !!type && !(type.name in TERMINALS) && type.name !== 'WS' && !type.name.endsWith('COMMENT');
}

function describeExpected(type: TokenType, t: Translate): string {
    const terminal = TERMINALS[type.name];
    return terminal ? t(terminal) : `'${type.name}'`;
}

/** "one of 'hours', 'days'": singular forms are dropped when the plural is offered too. */
function describeChoices(types: TokenType[], t: Translate): string {
    const names = [...new Set(types.map((type) => type.name))];
    const kept = names.filter((n) => !(isKeyword({ name: n } as TokenType) && names.includes(`${n}s`)));
    const words = kept.map((n) => describeExpected({ name: n } as TokenType, t));
    return words.length === 1 ? words[0]! : t('syntaxOneOf', { choices: words.join(', ') });
}

/**
 * " Did you mean 'hours'?" when the found word is a typo of an expected keyword or, failing that, of any
 * keyword of the language (error recovery often expects '}' where the user misspelt a clause).
 * `candidates`, when given, replaces the language's keywords: the words that start a member of the block.
 */
function suggestion(types: TokenType[], actual: IToken | undefined, allKeywords: readonly string[], t: Translate, candidates?: readonly string[]): string {
    if (!actual?.image || !/^[A-Za-z]/.test(actual.image)) return '';
    const names = types.filter(isKeyword).map((type) => type.name);
    const expected = names.filter((n) => !names.includes(`${n}s`));
    const fallback = candidates ?? (isKeyword(actual.tokenType) ? [] : allKeywords);
    const near = closest(actual.image, expected) ?? closest(actual.image, fallback);
    return near && near !== actual.image ? ` ${t('syntaxDidYouMean', { word: near })}` : '';
}

function atEndOfFile(token: IToken | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF' || token.image === '';
}

function describeActual(token: IToken | undefined, t: Translate): string {
    return atEndOfFile(token) ? t('syntaxEndOfFile') : `'${token!.image}'`;
}

/**
 * A number where a percentage must stand (`90 of resolutions`, `cap 30 of fee`): the message names the
 * percentage the user most likely meant. Undefined when that is not the mistake.
 */
function missingPercentSign(expected: readonly TokenType[], actual: IToken | undefined, t: Translate): string | undefined {
    if (actual?.tokenType?.name !== 'NUMBER' || !expected.some((type) => type.name === 'PERCENT')) return undefined;
    // Where a score is allowed too (`below 4.5`), a bare number is no mistake of this kind.
    if (expected.some((type) => type.name === 'NUMBER')) return undefined;
    return t('syntaxMissingPercentSign', { number: actual.image });
}

/**
 * When the tokens found begin one or more of the expected paths (`provider` of `provider "…"` and of
 * `provider obligations { … }`) and then go astray, what could have come next, and what came instead.
 */
function continuation(paths: readonly TokenType[][], actual: readonly IToken[]): { expected: TokenType[]; found: IToken | undefined } | undefined {
    const same = (type: TokenType | undefined, token: IToken | undefined) => !!type && !!token && token.tokenType?.name === type.name;
    let depth = 0;
    while (paths.some((path) => path.length > depth + 1 && path.slice(0, depth + 1).every((type, i) => same(type, actual[i])))) depth++;
    if (depth === 0) return undefined;
    const expected = paths
        .filter((path) => path.length > depth && path.slice(0, depth).every((type, i) => same(type, actual[i])))
        .map((path) => path[depth]!);
    return expected.length > 0 ? { expected, found: actual[depth] } : undefined;
}

/**
 * Syntax errors in the reader's language: the message locale is read when the parser reports (parse time),
 * so a change of locale re-parses the documents (language/lsp/message-locale-sync.ts).
 */
export class PactoParserErrorMessageProvider extends LangiumParserErrorMessageProvider implements IParserErrorMessageProvider {
    /**
     * @param keywords every keyword of the grammar, for suggestions.
     * @param locale the language of the messages; English when not given.
     */
    constructor(private readonly keywords: readonly string[] = [], private readonly locale?: MessageLocale) {
        super();
    }

    protected get t(): Translate {
        return (this.locale?.text() ?? localeText(DEFAULT_LOCALE)).t;
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual } = options;
        const t = this.t;
        const percent = missingPercentSign([expected], actual, t);
        if (percent) return percent;
        // At the end of the file the block is simply unclosed: "Expected '}'" says it all.
        const block = expected.name === '}' && !atEndOfFile(actual) ? BLOCKS[ruleOf(options.ruleName)] : undefined;
        if (block) {
            // The block could have gone on: say what may stand there besides its end.
            const words = block.items ? `${t(block.member)} (${t(block.items)})` : t(block.member);
            const text = actual.tokenType?.name === 'STRING' && !block.text ? ` ${t('syntaxTextCannotStandHere')}` : '';
            const note = block.note ? ` ${t(block.note)}` : '';
            return `${t('syntaxExpectedInBlock', { expected: words, found: describeActual(actual, t) })}${text}${note}${suggestion([], actual, this.keywords, t, block.keywords)}`;
        }
        let what = describeExpected(expected, t);
        if (expected.name === 'ID' && (ruleOf(options.ruleName) === 'Fee' || ruleOf(options.ruleName) === 'Money')) what = t('syntaxCurrencyCode');
        const keyword = isKeyword(actual.tokenType) && /^[A-Za-z]/.test(actual.image) && expected.name === 'ID';
        const found = describeActual(actual, t);
        return `${t(keyword ? 'syntaxExpectedKeywordAsName' : 'syntaxExpected', { expected: what, found })}${suggestion([expected], actual, this.keywords, t)}`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const t = this.t;
        return t('syntaxExpectedContract', { found: describeActual(options.firstRedundant, t) });
    }

    override buildNoViableAltMessage(options: {
        expectedPathsPerAlt: TokenType[][][];
        actual: IToken[];
        previous: IToken;
        customUserDescription?: string;
        ruleName: string;
    }): string {
        const t = this.t;
        const paths = options.expectedPathsPerAlt.flat();
        const next = continuation(paths, options.actual);
        if (next) {
            // The clause began well (`provider`) and what follows fits none of its forms (`provider }`).
            return `${t('syntaxExpected', { expected: describeChoices(next.expected, t), found: describeActual(next.found, t) })}${suggestion(next.expected, next.found, this.keywords, t)}`;
        }
        const firsts = paths.map((path) => path[0]).filter((type): type is TokenType => !!type);
        const percent = missingPercentSign(firsts, options.actual[0], t);
        if (percent) return percent;
        const expected = firsts.length > 0 ? describeChoices(firsts, t) : ruleWords(ruleOf(options.ruleName), t) ?? t('syntaxSomethingElse');
        return `${t('syntaxExpected', { expected, found: describeActual(options.actual[0], t) })}${suggestion(firsts, options.actual[0], this.keywords, t)}`;
    }

    override buildEarlyExitMessage(options: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
        previous: IToken;
        customUserDescription?: string;
        ruleName: string;
    }): string {
        const t = this.t;
        const firsts = options.expectedIterationPaths.map((path) => path[0]).filter((type): type is TokenType => !!type);
        const percent = missingPercentSign(firsts, options.actual[0], t);
        if (percent) return percent;
        const expected = firsts.length > 0 ? describeChoices(firsts, t) : ruleWords(ruleOf(options.ruleName), t) ?? t('syntaxMore');
        return `${t('syntaxExpected', { expected, found: describeActual(options.actual[0], t) })}${suggestion(firsts, options.actual[0], this.keywords, t)}`;
    }
}

export class PactoLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(private readonly locale?: MessageLocale) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const { t } = this.locale?.text() ?? localeText(DEFAULT_LOCALE);
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) return t('syntaxUnclosedText');
        return t('syntaxUnexpectedCharacter', { character: text });
    }
}

/** Blanks and comments only: nothing the parser reads. */
const NOTHING = /^(?:\s|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/)*$/;

function hasOffsets(token: IToken | undefined): token is IToken & { endOffset: number } {
    return !!token && Number.isFinite(token.startOffset) && Number.isFinite(token.endOffset);
}

/**
 * The syntax errors worth showing. After a mistake the parser's error recovery skips tokens and resumes
 * where a clause could start again, and what it then fails to read is the same mistake seen again
 * (`90 of resolutions on time per month` also gave "Expected '}' but found 'on'"). Dropped:
 * - an error on the token of the error before it, or on the first token where the parser resumed after
 *   that one (each error is compared with the one right before it, kept or not);
 * - when the parser resumed in the middle of a line (on a word of the broken clause that happens to start
 *   another one, such as `fee` in `cap 30 of fee per month`), every further error of that contract: braces
 *   no longer pair from there on, so what follows in the contract is reported once the mistake is fixed.
 */
export function withoutRecoveryEchoes(errors: readonly IRecognitionException[], text: string): IRecognitionException[] {
    const kept: IRecognitionException[] = [];
    let previous: IRecognitionException | undefined;
    let silentUntil = -1;
    for (const error of errors) {
        const token = error.token;
        // Where reading stopped is said whatever came before it.
        const dropped = !isTooManyErrors(error) && hasOffsets(token) && (token.startOffset < silentUntil || (previous !== undefined && isEcho(error, previous, text)));
        if (!dropped) {
            kept.push(error);
            const resumed = resumeOffset(error);
            if (resumed !== undefined && resumed < text.length && midLine(text, resumed)) silentUntil = Math.max(silentUntil, endOfContract(text, resumed));
        }
        previous = error;
    }
    return kept;
}

/** Where the parser went on reading after an error: the first code after the tokens its recovery skipped. */
function resumeOffset(error: IRecognitionException): number | undefined {
    if (!hasOffsets(error.token)) return undefined;
    const skipped = error.resyncedTokens?.filter(hasOffsets) ?? [];
    return skipped.length > 0 ? skipped[skipped.length - 1]!.endOffset + 1 : error.token.startOffset;
}

/** The offset of the first code at or after `offset` (blanks and comments skipped). */
function codeAfter(text: string, offset: number): number {
    const rest = /^(?:\s|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/)*/.exec(text.slice(offset));
    return offset + (rest?.[0].length ?? 0);
}

/** True when code precedes the code at `offset` on its line. */
function midLine(text: string, offset: number): boolean {
    const at = codeAfter(text, offset);
    const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, 0);
    return text.slice(lineStart, at).trim() !== '';
}

/** The start of the next line that opens a contract after `offset`, or the end of the text. */
function endOfContract(text: string, offset: number): number {
    const next = /^[ \t]*contract\b/m.exec(text.slice(offset));
    return next ? offset + next.index : text.length;
}

function isEcho(error: IRecognitionException, previous: IRecognitionException, text: string): boolean {
    const token = error.token;
    const before = previous.token;
    if (!hasOffsets(token) || !hasOffsets(before)) return false;
    if (token.startOffset >= before.startOffset && token.startOffset <= before.endOffset) return true;
    const skipped = previous.resyncedTokens?.filter(hasOffsets) ?? [];
    const resumed = (skipped.length > 0 ? skipped[skipped.length - 1]!.endOffset : before.endOffset) + 1;
    return token.startOffset >= resumed && NOTHING.test(text.slice(resumed, token.startOffset));
}

/**
 * Langium's document validator, reporting each syntax mistake once (withoutRecoveryEchoes), and keeping the
 * name an unknown reference most likely meant in its diagnostic's data (`data.suggestion`): the quick fix
 * reads it there, whatever language the message is in.
 */
export class PactoDocumentValidator extends DefaultDocumentValidator {
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const text = parseResult.value.$cstNode?.root.fullText;
        const parserErrors = text === undefined ? parseResult.parserErrors : withoutRecoveryEchoes(parseResult.parserErrors, text);
        super.processParsingErrors({ ...parseResult, parserErrors }, diagnostics, options);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const linking: Diagnostic[] = [];
        super.processLinkingErrors(document, linking, options);
        // Langium reports one diagnostic per reference with an error, in the order of document.references.
        const errors = document.references.flatMap((reference) => (reference.error ? [reference.error as PactoLinkingError] : []));
        linking.forEach((diagnostic, i) => {
            const suggestion = errors[i]?.suggestion;
            if (suggestion !== undefined) diagnostic.data = { ...(diagnostic.data as object), suggestion };
        });
        diagnostics.push(...linking);
    }
}
