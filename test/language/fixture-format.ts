/**
 * Parsing of the inline-expectation fixture format (see fixtures.test.ts for the reference).
 * Pure: no Langium here, so the format itself is unit-tested without services.
 */
import { SUPPORTED_LOCALES, type SupportedLocale } from '../../runtime/time/locales.js';

export const RANGE_START = '»';
export const RANGE_END = '«';

/** Offsets into the fixture text with the markers removed. */
export interface FixtureRange {
    start: number;
    end: number;
}

export type TextMatcher = { kind: 'text'; text: string } | { kind: 'regex'; regex: RegExp };

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type Expectation =
    /** `code` is required unless negated (`no error "…"` then forbids the message whatever its code). */
    | { kind: 'diagnostic'; negated: boolean; severity: Severity; code: string | undefined; message: TextMatcher }
    | { kind: 'hover'; negated: false; contains: TextMatcher[] }
    | { kind: 'hover'; negated: true }
    | { kind: 'completion'; negated: boolean; labels: string[] }
    | { kind: 'inlay'; negated: false; label: TextMatcher }
    | { kind: 'inlay'; negated: true };

export interface FixtureTest {
    expectation: Expectation;
    range: FixtureRange;
    /** The `$TEST$` comment as written (after `$TEST$`), for test titles and messages. */
    source: string;
    /** 1-based line of the `$TEST$` comment. */
    line: number;
}

export interface ParsedFixture {
    /** The fixture text with every marker removed: what is parsed. */
    text: string;
    tests: FixtureTest[];
    /** Malformed comments, unpaired markers and the like: each fails the fixture. */
    problems: string[];
    /** `// $TEST$ allow other diagnostics`: diagnostics not claimed by an expectation do not fail the fixture. */
    allowOtherDiagnostics: boolean;
    /** `// $LOCALE$ es`: the language the fixture's diagnostics, hovers and hints are in (English by default). */
    locale: SupportedLocale;
}

/** "12:5" (1-based line and column) of an offset in `text`. */
export function lineColumn(text: string, offset: number): string {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
        }
    }
    return `${line}:${offset - lineStart + 1}`;
}

export function rangeText(text: string, range: FixtureRange): string {
    return range.start === range.end ? lineColumn(text, range.start) : `${lineColumn(text, range.start)}-${lineColumn(text, range.end)}`;
}

export function matcherText(matcher: TextMatcher): string {
    return matcher.kind === 'text' ? JSON.stringify(matcher.text) : `r"${matcher.regex.source}"`;
}

export function matches(matcher: TextMatcher, actual: string, whole: boolean): boolean {
    if (matcher.kind === 'regex') return whole ? new RegExp(`^(?:${matcher.regex.source})$`, matcher.regex.flags).test(actual) : matcher.regex.test(actual);
    return whole ? actual === matcher.text : actual.includes(matcher.text);
}

/** Removes `»`/`«` and returns the ranges they marked, ordered by start (ties: the one opened first). */
function extractRanges(raw: string, problems: string[]): { text: string; ranges: FixtureRange[] } {
    let text = '';
    const open: number[] = [];
    const ranges: { range: FixtureRange; order: number }[] = [];
    const opened: number[] = [];
    let order = 0;
    for (const char of raw) {
        if (char === RANGE_START) {
            open.push(text.length);
            opened.push(order++);
        } else if (char === RANGE_END) {
            const start = open.pop();
            const index = opened.pop();
            if (start === undefined || index === undefined) {
                problems.push(`Unmatched ${RANGE_END} at ${lineColumn(text, text.length)} (marker-free text).`);
            } else {
                ranges.push({ range: { start, end: text.length }, order: index });
            }
        } else {
            text += char;
        }
    }
    for (const start of open) problems.push(`Unclosed ${RANGE_START} at ${lineColumn(text, start)} (marker-free text).`);
    ranges.sort((a, b) => a.range.start - b.range.start || a.order - b.order);
    return { text, ranges: ranges.map((r) => r.range) };
}

/** Reads `"text"` and `r"regex"` arguments (separated by spaces or commas). */
function parseArguments(input: string): { args: TextMatcher[]; error?: string } {
    const args: TextMatcher[] = [];
    let i = 0;
    while (i < input.length) {
        const char = input[i]!;
        if (char === ' ' || char === '\t' || char === ',') {
            i++;
            continue;
        }
        const regex = char === 'r' && input[i + 1] === '"';
        if (char !== '"' && !regex) return { args, error: `expected "text" or r"regex" at «${input.slice(i)}»` };
        i += regex ? 2 : 1;
        let value = '';
        let closed = false;
        while (i < input.length) {
            const c = input[i]!;
            if (c === '\\' && i + 1 < input.length) {
                const next = input[i + 1]!;
                // In a regex only \" is unescaped; everything else reaches the RegExp as written.
                if (regex) value += next === '"' ? '"' : c + next;
                else if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(input.slice(i + 2, i + 6))) {
                    // \u00a0: the no-break space Intl writes before "%" in Spanish ("99,9\u00a0%").
                    value += String.fromCharCode(parseInt(input.slice(i + 2, i + 6), 16));
                    i += 6;
                    continue;
                } else value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
                i += 2;
                continue;
            }
            i++;
            if (c === '"') {
                closed = true;
                break;
            }
            value += c;
        }
        if (!closed) return { args, error: 'unterminated string' };
        if (regex) {
            try {
                args.push({ kind: 'regex', regex: new RegExp(value, 'u') });
            } catch (e) {
                return { args, error: `invalid regex r"${value}": ${(e as Error).message}` };
            }
        } else {
            args.push({ kind: 'text', text: value });
        }
    }
    return { args };
}

type ParsedComment = { expectation: Expectation } | { directive: 'allow other diagnostics' } | { error: string };

/** A diagnostic code as written between brackets: `error[unknown-time-zone]`. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** `error[code] "message"` with its severity: the form a diagnostic expectation takes, for messages. */
export function diagnosticText(severity: Severity, code: string | undefined, message?: TextMatcher): string {
    const head = code === undefined ? severity : `${severity}[${code}]`;
    return message ? `${head} ${matcherText(message)}` : head;
}

/** Parses what follows `$TEST$`. */
export function parseExpectation(body: string): ParsedComment {
    const trimmed = body.trim();
    if (/^allow other diagnostics$/.test(trimmed)) return { directive: 'allow other diagnostics' };
    const head = /^(no\s+)?(error|warning|info|hint|hover|completion|inlay)\b(\[[^\]\s"]*\]?)?\s*(.*)$/s.exec(trimmed);
    if (!head) return { error: `unknown expectation "${trimmed}" (expected error, warning, info, hint, hover, completion or inlay, optionally after "no")` };
    const negated = head[1] !== undefined;
    const kind = head[2]!;
    const bracket = head[3];
    const rest = head[4]!;
    const diagnostic = (SEVERITIES as readonly string[]).includes(kind);
    if (bracket !== undefined && !diagnostic) return { error: `${kind} takes no [code]; only error, warning, info and hint do` };
    if (diagnostic && bracket === undefined && rest.startsWith('[')) return { error: `${kind}: write the code right after the severity, without a space: ${kind}[code] "message"` };
    let code: string | undefined;
    if (bracket !== undefined) {
        code = bracket.endsWith(']') ? bracket.slice(1, -1) : undefined;
        if (code === undefined || !CODE.test(code)) {
            return { error: `${kind}: malformed code "${bracket}"; write ${kind}[code] with the diagnostic's code, e.g. ${kind}[unknown-time-zone]` };
        }
    }
    const { args, error } = parseArguments(rest);
    if (error) return { error: `${kind}: ${error}` };
    if (diagnostic) {
        if (code === undefined && !negated) {
            return { error: `${kind} needs the diagnostic's code: ${kind}[code] "message" (a code of language/validation/codes.ts)` };
        }
        if (args.length !== 1) return { error: `${kind} takes exactly one message: ${kind}[code] "text" or ${kind}[code] r"regex"` };
        return { expectation: { kind: 'diagnostic', negated, severity: kind as Severity, code, message: args[0]! } };
    }
    if (kind === 'hover') {
        if (negated) {
            return args.length === 0 ? { expectation: { kind: 'hover', negated: true } } : { error: '"no hover" takes no argument' };
        }
        if (args.length === 0) return { error: 'hover needs at least one "substring" or r"regex"' };
        return { expectation: { kind: 'hover', negated: false, contains: args } };
    }
    if (kind === 'completion') {
        if (args.length === 0) return { error: 'completion needs at least one "label"' };
        if (args.some((a) => a.kind !== 'text')) return { error: 'completion labels are plain "strings"' };
        return { expectation: { kind: 'completion', negated, labels: args.map((a) => (a.kind === 'text' ? a.text : '')) } };
    }
    // inlay
    if (negated) return args.length === 0 ? { expectation: { kind: 'inlay', negated: true } } : { error: '"no inlay" takes no argument' };
    if (args.length !== 1) return { error: 'inlay takes exactly one label: "text" or r"regex"' };
    return { expectation: { kind: 'inlay', negated: false, label: args[0]! } };
}

const TEST_COMMENT = /\/\/[ \t]*\$TEST\$([^\r\n]*)/g;
const LOCALE_COMMENT = /\/\/[ \t]*\$LOCALE\$([^\r\n]*)/g;

/** The fixture's `// $LOCALE$ TAG` (one at most, a supported locale: en, es, pt-BR). */
function fixtureLocale(text: string, problems: string[]): SupportedLocale {
    const found = [...text.matchAll(LOCALE_COMMENT)];
    if (found.length === 0) return 'en';
    if (found.length > 1) problems.push(`$LOCALE$ is given ${found.length} times; a fixture is in one language.`);
    const tag = found[0]![1]!.trim();
    if ((SUPPORTED_LOCALES as readonly string[]).includes(tag)) return tag as SupportedLocale;
    problems.push(`$LOCALE$ ${tag}: not a supported locale (${SUPPORTED_LOCALES.join(', ')}).`);
    return 'en';
}

export function parseFixture(raw: string): ParsedFixture {
    const problems: string[] = [];
    const { text, ranges } = extractRanges(raw, problems);
    const locale = fixtureLocale(text, problems);
    // A malformed comment keeps its place (expectation undefined) so later comments still pair with their ranges.
    const comments: { source: string; line: number; end: number; expectation: Expectation | undefined }[] = [];
    let allowOtherDiagnostics = false;
    for (const match of text.matchAll(TEST_COMMENT)) {
        const offset = match.index ?? 0;
        const line = Number(lineColumn(text, offset).split(':')[0]);
        const source = match[1]!.trim();
        const parsed = parseExpectation(source);
        if ('error' in parsed) {
            problems.push(`Line ${line}: $TEST$ ${source}: ${parsed.error}.`);
            comments.push({ source, line, end: offset + match[0].length, expectation: undefined });
        } else if ('directive' in parsed) allowOtherDiagnostics = true;
        else comments.push({ source, line, end: offset + match[0].length, expectation: parsed.expectation });
    }
    const tests: FixtureTest[] = [];
    comments.forEach((comment, i) => {
        const range = ranges[i];
        if (!range) {
            problems.push(`Line ${comment.line}: $TEST$ ${comment.source}: no marked range (»…« or »«) follows it.`);
            return;
        }
        if (range.start < comment.end) {
            problems.push(`Line ${comment.line}: $TEST$ ${comment.source}: its range (${rangeText(text, range)}) starts before the comment; ranges pair with $TEST$ comments in order.`);
            return;
        }
        if (comment.expectation) tests.push({ expectation: comment.expectation, range, source: comment.source, line: comment.line });
    });
    for (const range of ranges.slice(comments.length)) {
        problems.push(`Range ${rangeText(text, range)} has no $TEST$ comment before it.`);
    }
    return { text, tests, problems, allowOtherDiagnostics, locale };
}
