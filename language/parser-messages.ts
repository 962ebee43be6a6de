import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IRecognitionException, IToken, TokenType } from 'chevrotain';
import { DefaultDocumentValidator, DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { closest } from '../runtime/index.js';

/** What each terminal looks like, in the words of a contract manager. */
const TERMINALS: Record<string, string> = {
    STRING: 'a text in double quotes',
    ID: 'a name',
    NUMBER: 'a number',
    PERCENT: 'a percentage such as 95%',
    DATE: 'a date such as 2026-03-01',
    TIME: 'a time of day such as 09:00',
    EOF: 'the end of the file',
};

/**
 * The blocks of the language (keyed by the grammar rule that holds the braces): what may stand inside
 * one, in plain words, and the keywords that start a member there (for "Did you mean …?"). When the parser
 * expected the closing '}' it says what else could have stood at that point.
 */
interface Block {
    /** "a calendar rule" */
    member: string;
    /** "'time zone', weekly hours such as …, or a text in quotes"; empty when `member` says it all. */
    items: string;
    keywords: readonly string[];
    /** A sentence added to the message. */
    note?: string;
}

const TEXT = 'a text in quotes';

const BLOCKS: Record<string, Block> = {
    Contract: {
        member: 'a contract clause',
        items: "'provider', 'customer', 'term', 'fee', 'locale', 'service', 'calendar', 'default calendar', 'channel', 'category', 'objective', 'escalation for', 'on call', 'customer obligations', 'provider obligations', 'on breach', 'penalties', 'termination', 'reporting', 'review every', 'clause', 'definitions' or 'scenario'",
        keywords: ['provider', 'customer', 'term', 'fee', 'locale', 'service', 'calendar', 'default', 'channel', 'category', 'objective', 'escalation', 'on', 'penalties', 'termination', 'reporting', 'review', 'clause', 'definitions', 'scenario'],
    },
    Service: { member: TEXT, items: '', keywords: [] },
    Calendar: {
        member: 'a calendar rule',
        items: `'time zone', weekly hours such as 'monday to friday 09:00-18:00', 'holidays of', 'holiday', 'on DATE' or ${TEXT}`,
        keywords: ['time', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'every', 'holidays', 'holiday', 'on'],
    },
    Category: {
        member: 'a category clause',
        items: "a description in quotes, 'priority', 'response within', 'resolution within' or 'via CHANNEL { … }'",
        keywords: ['priority', 'response', 'resolution', 'via'],
    },
    ChannelTargets: { member: 'a target of the channel', items: "'response within' or 'resolution within'", keywords: ['response', 'resolution'] },
    Objective: { member: TEXT, items: '', keywords: [], note: 'An objective states one measure; declare another objective for another.' },
    Escalation: {
        member: 'an escalation step',
        items: `'at P% of response|resolution notify …' or ${TEXT}`,
        keywords: ['at'],
    },
    CustomerObligations: {
        member: "an obligation of the customer",
        items: `'contact', 'reply within', 'notify demand above' or ${TEXT}`,
        keywords: ['contact', 'reply', 'notify'],
    },
    ProviderObligations: { member: `${TEXT} (one duty of the provider each)`, items: '', keywords: [] },
    BreachProcedure: {
        member: 'a step of the breach procedure',
        items: `'notify team within', 'notify customer within', 'act within', 'notify customer of resolution within', 'review within' or ${TEXT}`,
        keywords: ['notify', 'act', 'review'],
    },
    OnCall: {
        member: 'a person on call',
        items: `a name and a contact in quotes, such as "Ana Pérez" "ana@example.com"`,
        keywords: ['person'],
    },
    Penalties: {
        member: 'a penalty clause',
        items: `'when OBJECTIVE below … credit P% of fee', 'when OBJECTIVE below … pay AMOUNT', 'per breach of CATEGORY response|resolution …', 'per hour|minute of downtime beyond budget of OBJECTIVE …', 'cap P% of fee per month|year' or ${TEXT}`,
        keywords: ['when', 'per', 'cap'],
    },
    Termination: {
        member: 'a termination clause',
        items: `'when OBJECTIVE below … for N consecutive …', 'notice …' or ${TEXT}`,
        keywords: ['when', 'notice'],
    },
    Reporting: {
        member: 'a reporting clause',
        items: `'weekly|monthly|quarterly report to customer|provider with OBJECTIVE, …', 'weekly|monthly|quarterly meeting with customer|provider' or ${TEXT}`,
        keywords: ['weekly', 'monthly', 'quarterly'],
    },
    Clause: { member: `${TEXT} (one paragraph each)`, items: '', keywords: [] },
    Definitions: { member: 'a definition', items: `'term "Word" "what it means"'`, keywords: ['term'] },
    Scenario: {
        member: 'a scenario clause',
        items: "'period', 'arrivals', 'arrivals follow', 'team', 'handling' or 'customer replies'",
        keywords: ['period', 'arrivals', 'team', 'handling', 'customer'],
    },
    Arrivals: { member: 'an arrival rate', items: "'CATEGORY N per UNIT', e.g. 'Question 20 per business day via WhatsApp'", keywords: [] },
    Team: { member: 'a team clause', items: "'agents N on CALENDAR' or 'handles CATEGORY, …'", keywords: ['agents', 'handles'] },
    Handling: { member: 'a handling time', items: "'CATEGORY DISTRIBUTION', e.g. 'Major exponential mean 3 hours'", keywords: [] },
    CustomerReplies: { member: 'a customer wait', items: "'P% of CATEGORY wait DISTRIBUTION', e.g. '30% of Question wait exponential mean 1 day'", keywords: [] },
};

/** "a calendar rule: 'time zone', …": a block's member rule, for RULES. */
function memberWords(block: string): string {
    const b = BLOCKS[block]!;
    return b.items ? `${b.member}: ${b.items}` : b.member;
}

/**
 * Rules whose alternatives the parser cannot list (LL(*) lookahead reports no paths): what they expect.
 * Keyed by grammar rule name.
 */
const RULES: Record<string, string> = {
    TimeUnit: 'a time unit (seconds, minutes, hours, days, weeks)',
    PeriodUnit: "a period ('day', 'week', 'month', 'quarter' or 'year')",
    Period: "a period such as 'per month'",
    RateUnit: "a rate unit ('hour', 'day', 'week', 'month', 'quarter' or 'year')",
    Weekday: "a day of the week ('monday' … 'sunday')",
    DaySpec: "days such as 'monday to friday', 'saturday' or 'every day'",
    FeePeriod: "'monthly' or 'yearly'",
    TargetKind: "'response' or 'resolution'",
    TargetKindPlural: "'responses' or 'resolutions'",
    Audience: "'team' or 'customer'",
    ReportAudience: "'customer' or 'provider'",
    ReportFrequency: "'weekly', 'monthly' or 'quarterly'",
    ConsecutiveUnit: "'days', 'weeks', 'months', 'quarters' or 'years'",
    HolidayType: "a holiday type ('bank', 'school', 'optional' or 'observance')",
    RotationUnit: "'daily', 'weekly' or 'monthly'",
    DowntimeUnit: "'hour' or 'minute'",
    ReviewUnit: "'weeks', 'months' or 'years'",
    Threshold: 'a percentage such as 99% or a score such as 4.5',
    PenaltyAmount: "'credit P% of fee' or 'pay AMOUNT CURRENCY' such as 'pay 500 USD'",
    Money: 'an amount and a currency code such as 500 USD',
    Measure: "an objective such as '90% of resolutions on time per month', 'availability 99.9% per month', 'availability at most 4 hours down per month', 'first contact resolution at least 70% per quarter', 'satisfaction at least 4.5 of 5 per month' or 'satisfaction at least 85% satisfied per month'",
    CalendarRule: memberWords('Calendar'),
    CalendarRef: "a calendar name or 'always'",
    ContractMember: memberWords('Contract'),
    CategoryMember: memberWords('Category'),
    Obligation: memberWords('CustomerObligations'),
    BreachStep: memberWords('BreachProcedure'),
    EscalationStep: "an escalation step such as 'at 50% of resolution notify \"Role\" \"contact\"' or 'at 50% of resolution notify on call ROTATION'",
    PenaltyClause: memberWords('Penalties'),
    TerminationClause: memberWords('Termination'),
    ScenarioMember: memberWords('Scenario'),
    TeamMember: memberWords('Team'),
    Distribution: "a distribution: 'exponential mean …', 'lognormal mean … sd …', 'fixed …' or 'uniform from … to …'",
};

/** The grammar's rule name: Langium gives chevrotain its rule names with a zero-width space appended. */
function ruleOf(name: string | undefined): string {
    return (name ?? '').replace(/\u200B/g, '');
}

function isKeyword(type: TokenType | undefined): boolean {
    return !!type && !(type.name in TERMINALS) && type.name !== 'WS' && !type.name.endsWith('COMMENT');
}

function describeExpected(type: TokenType): string {
    return TERMINALS[type.name] ?? `'${type.name}'`;
}

/** "one of 'hours', 'days'": singular forms are dropped when the plural is offered too. */
function describeChoices(types: TokenType[]): string {
    const names = [...new Set(types.map((t) => t.name))];
    const kept = names.filter((n) => !(isKeyword({ name: n } as TokenType) && names.includes(`${n}s`)));
    const words = kept.map((n) => TERMINALS[n] ?? `'${n}'`);
    return words.length === 1 ? words[0]! : `one of ${words.join(', ')}`;
}

/**
 * " Did you mean 'hours'?" when the found word is a typo of an expected keyword or, failing that, of any
 * keyword of the language (error recovery often expects '}' where the user misspelt a clause).
 * `candidates`, when given, replaces the language's keywords: the words that start a member of the block.
 */
function suggestion(types: TokenType[], actual: IToken | undefined, allKeywords: readonly string[], candidates?: readonly string[]): string {
    if (!actual?.image || !/^[A-Za-z]/.test(actual.image)) return '';
    const names = types.filter(isKeyword).map((t) => t.name);
    const expected = names.filter((n) => !names.includes(`${n}s`));
    const fallback = candidates ?? (isKeyword(actual.tokenType) ? [] : allKeywords);
    const near = closest(actual.image, expected) ?? closest(actual.image, fallback);
    return near && near !== actual.image ? ` Did you mean '${near}'?` : '';
}

function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') return 'the end of the file';
    return `'${token.image}'`;
}

/**
 * A number where a percentage must stand (`90 of resolutions`, `cap 30 of fee`): the message names the
 * percentage the user most likely meant. Undefined when that is not the mistake.
 */
function missingPercentSign(expected: readonly TokenType[], actual: IToken | undefined): string | undefined {
    if (actual?.tokenType?.name !== 'NUMBER' || !expected.some((t) => t.name === 'PERCENT')) return undefined;
    // Where a score is allowed too (`below 4.5`), a bare number is no mistake of this kind.
    if (expected.some((t) => t.name === 'NUMBER')) return undefined;
    return `Expected a percentage such as ${actual.image}% but found '${actual.image}'. Did you mean '${actual.image}%'?`;
}

/**
 * When the tokens found begin one or more of the expected paths (`provider` of `provider "…"` and of
 * `provider obligations { … }`) and then go astray, what could have come next, and what came instead.
 */
function continuation(paths: readonly TokenType[][], actual: readonly IToken[]): { expected: TokenType[]; found: IToken | undefined } | undefined {
    const same = (type: TokenType | undefined, token: IToken | undefined) => !!type && !!token && token.tokenType?.name === type.name;
    let depth = 0;
    while (paths.some((path) => path.length > depth + 1 && path.slice(0, depth + 1).every((t, i) => same(t, actual[i])))) depth++;
    if (depth === 0) return undefined;
    const expected = paths
        .filter((path) => path.length > depth && path.slice(0, depth).every((t, i) => same(t, actual[i])))
        .map((path) => path[depth]!);
    return expected.length > 0 ? { expected, found: actual[depth] } : undefined;
}

export class PactoParserErrorMessageProvider extends LangiumParserErrorMessageProvider implements IParserErrorMessageProvider {
    /** @param keywords every keyword of the grammar, for suggestions. */
    constructor(private readonly keywords: readonly string[] = []) {
        super();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual } = options;
        const percent = missingPercentSign([expected], actual);
        if (percent) return percent;
        // At the end of the file the block is simply unclosed: "Expected '}'" says it all.
        const atEnd = describeActual(actual) === 'the end of the file';
        const block = expected.name === '}' && !atEnd ? BLOCKS[ruleOf(options.ruleName)] : undefined;
        if (block) {
            // The block could have gone on: say what may stand there besides its end.
            const words = block.items ? `${block.member} (${block.items})` : block.member;
            const text = actual.tokenType?.name === 'STRING' && !`${block.member} ${block.items}`.includes('in quotes') ? ' A text in quotes cannot stand here.' : '';
            const note = block.note ? ` ${block.note}` : '';
            return `Expected ${words} or '}' but found ${describeActual(actual)}.${text}${note}${suggestion([], actual, this.keywords, block.keywords)}`;
        }
        let what = describeExpected(expected);
        if (expected.name === 'ID' && (ruleOf(options.ruleName) === 'Fee' || ruleOf(options.ruleName) === 'Money')) what = 'a currency code such as USD';
        const keyword = isKeyword(actual.tokenType) && /^[A-Za-z]/.test(actual.image) && expected.name === 'ID'
            ? ` ('${actual.image}' is a keyword and cannot be used as a name)`
            : '';
        return `Expected ${what} but found ${describeActual(actual)}${keyword}.${suggestion([expected], actual, this.keywords)}`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Expected 'contract' to start a contract, but found ${describeActual(options.firstRedundant)}.`;
    }

    override buildNoViableAltMessage(options: {
        expectedPathsPerAlt: TokenType[][][];
        actual: IToken[];
        previous: IToken;
        customUserDescription?: string;
        ruleName: string;
    }): string {
        const paths = options.expectedPathsPerAlt.flat();
        const next = continuation(paths, options.actual);
        if (next) {
            // The clause began well (`provider`) and what follows fits none of its forms (`provider }`).
            return `Expected ${describeChoices(next.expected)} but found ${describeActual(next.found)}.${suggestion(next.expected, next.found, this.keywords)}`;
        }
        const firsts = paths.map((path) => path[0]).filter((t): t is TokenType => !!t);
        const percent = missingPercentSign(firsts, options.actual[0]);
        if (percent) return percent;
        const expected = firsts.length > 0 ? describeChoices(firsts) : RULES[ruleOf(options.ruleName)] ?? 'something else';
        return `Expected ${expected} but found ${describeActual(options.actual[0])}.${suggestion(firsts, options.actual[0], this.keywords)}`;
    }

    override buildEarlyExitMessage(options: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
        previous: IToken;
        customUserDescription?: string;
        ruleName: string;
    }): string {
        const firsts = options.expectedIterationPaths.map((path) => path[0]).filter((t): t is TokenType => !!t);
        const percent = missingPercentSign(firsts, options.actual[0]);
        if (percent) return percent;
        const expected = firsts.length > 0 ? describeChoices(firsts) : RULES[ruleOf(options.ruleName)] ?? 'more';
        return `Expected ${expected} but found ${describeActual(options.actual[0])}.${suggestion(firsts, options.actual[0], this.keywords)}`;
    }
}

export class PactoLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) return 'This text has no closing quote on its line; close it with ".';
        return `Unexpected character '${text}'.`;
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
        const dropped = hasOffsets(token) && (token.startOffset < silentUntil || (previous !== undefined && isEcho(error, previous, text)));
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

/** Langium's document validator, reporting each syntax mistake once (withoutRecoveryEchoes). */
export class PactoDocumentValidator extends DefaultDocumentValidator {
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const text = parseResult.value.$cstNode?.root.fullText;
        const parserErrors = text === undefined ? parseResult.parserErrors : withoutRecoveryEchoes(parseResult.parserErrors, text);
        super.processParsingErrors({ ...parseResult, parserErrors }, diagnostics, options);
    }
}
