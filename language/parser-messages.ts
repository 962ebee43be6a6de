import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
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
    Threshold: 'a percentage such as 99% or a score such as 4.5',
    Measure: "an objective such as '90% of resolutions on time per month', 'availability 99.9% per month', 'first contact resolution at least 70% per quarter' or 'satisfaction at least 4.5 of 5 per month'",
    CalendarRule: "a calendar rule: 'time zone', weekly hours such as 'monday to friday 09:00-18:00', 'holidays of', 'holiday' or 'on DATE'",
    CalendarRef: "a calendar name or 'always'",
    ContractMember: "a contract clause such as 'provider', 'term', 'calendar', 'category', 'objective', 'penalties' or 'scenario'",
    CategoryMember: "a description in quotes, 'priority', 'response within' or 'resolution within'",
    Obligation: "an obligation: 'contact', 'reply within', 'notify demand above' or a text in quotes",
    BreachStep: "'notify team within', 'notify customer within' or 'review within'",
    PenaltyClause: "'when OBJECTIVE below …' or 'cap …'",
    TerminationClause: "'when OBJECTIVE below …' or 'notice …'",
    ScenarioMember: "a scenario clause: 'period', 'arrivals', 'team', 'handling' or 'customer replies'",
    TeamMember: "'agents N on CALENDAR' or 'handles CATEGORY, …'",
    Distribution: "a distribution: 'exponential mean …', 'lognormal mean … sd …', 'fixed …' or 'uniform from … to …'",
};

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
 */
function suggestion(types: TokenType[], actual: IToken | undefined, allKeywords: readonly string[]): string {
    if (!actual?.image || !/^[A-Za-z]/.test(actual.image)) return '';
    const names = types.filter(isKeyword).map((t) => t.name);
    const expected = names.filter((n) => !names.includes(`${n}s`));
    const near = closest(actual.image, expected) ?? (isKeyword(actual.tokenType) ? undefined : closest(actual.image, allKeywords));
    return near ? ` Did you mean '${near}'?` : '';
}

function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') return 'the end of the file';
    return `'${token.image}'`;
}

export class PactoParserErrorMessageProvider extends LangiumParserErrorMessageProvider implements IParserErrorMessageProvider {
    /** @param keywords every keyword of the grammar, for suggestions. */
    constructor(private readonly keywords: readonly string[] = []) {
        super();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual } = options;
        let what = describeExpected(expected);
        if (expected.name === 'ID' && options.ruleName === 'Fee') what = 'a currency code such as USD';
        const keyword = isKeyword(actual.tokenType) && expected.name === 'ID'
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
        const firsts = options.expectedPathsPerAlt.flat().map((path) => path[0]).filter((t): t is TokenType => !!t);
        const expected = firsts.length > 0 ? describeChoices(firsts) : RULES[options.ruleName] ?? 'something else';
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
        const expected = firsts.length > 0 ? describeChoices(firsts) : RULES[options.ruleName] ?? 'more';
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
