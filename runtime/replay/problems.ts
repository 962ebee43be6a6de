import type { SupportedLocale } from '../time/locales.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import { WordedError } from '../i18n/worded-error.js';
import { JsonSyntaxError, parseLocatedJson } from '../integrations/located-json.js';

/**
 * A catalogue message with its arguments, and the words of a nested reason that fill its `{reason}` (a
 * time's "'x': <why it is no instant>"): an English reason passed in `args` would stay English everywhere.
 */
export interface Words {
    readonly key: MessageKey;
    readonly args?: MessageArgs;
    readonly reason?: Words;
}

/** `words` in `locale`, the nested reason said in the same language. */
export function wordsIn(words: Words, locale: SupportedLocale): string {
    return t(locale, words.key, words.reason ? { ...words.args, reason: wordsIn(words.reason, locale) } : words.args);
}

/**
 * Bad rows of a ticket history or an outage log. Nothing is dropped without a trace: a reader either
 * refuses the file listing these, or (with skipping allowed) goes on and the report lists every one.
 */
export interface RowProblem {
    /** The file as the user named it. */
    readonly file: string;
    /** Line of the file (1 is the header of a CSV, the first line of a JSON Lines file). */
    readonly row: number;
    /** 1-based column of the offending field; 0 when the whole row is at fault. */
    readonly column: number;
    /** In English: what JSON output and logs carry, stable across languages. */
    readonly message: string;
    /** The catalogue message the words came from, so a reader's surface can say it in its language. */
    readonly key?: MessageKey;
    readonly args?: MessageArgs;
    /** Words that fill the message's `{reason}` in the reader's language. */
    readonly reason?: Words;
}

export function formatProblem(p: RowProblem): string {
    return `${p.file}:${p.row}:${p.column}: ${p.message}`;
}

/** The problem as `file:row:column: message` in `locale` (English words when it carries no catalogue key). */
export function formatProblemIn(p: RowProblem, locale: SupportedLocale): string {
    return `${p.file}:${p.row}:${p.column}: ${p.key === undefined ? p.message : wordsIn(p as Words, locale)}`;
}

/** A problem worded from the catalogue: its English message plus the key and arguments for other languages. */
export function wordedProblem(file: string, row: number, column: number, key: MessageKey, args: MessageArgs = {}, reason?: Words): RowProblem {
    const words: Words = reason ? { key, args, reason } : { key, args };
    return { file, row, column, message: wordsIn(words, 'en'), ...words };
}

/** What csv-parse refused (it explains in English only), in the catalogue's words where its code is one Pacto knows (csv-parse 5 names the opening-quote error without its CSV_ prefix). */
export function csvErrorWords(error: unknown): Words | undefined {
    const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
    if (typeof lines !== 'number') return undefined;
    if (code === 'CSV_QUOTE_NOT_CLOSED') return { key: 'csvQuoteNotClosed', args: { line: String(lines) } };
    if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_OPENING_QUOTE') return { key: 'csvQuoteInField', args: { line: String(lines) } };
    if (code === 'CSV_INVALID_CLOSING_QUOTE') return { key: 'csvTextAfterQuote', args: { line: String(lines) } };
    return undefined;
}

/** How many problems a refusal lists before it only counts the rest. */
export const LISTED_PROBLEMS = 20;

/**
 * Thrown when a history or an outage log cannot be read at all (not JSON, no header, …): one line for the
 * user, `file:line:0:` first where a line is at fault, worded from the catalogue (imports domain).
 */
export class HistoryError extends WordedError {
    /** `reason`: the words that fill the message's `{reason}`, said in the reader's language too. */
    constructor(key: MessageKey, args: MessageArgs = {}, readonly reason?: Words) {
        super(key, reason ? { ...args, reason: wordsIn(reason, 'en') } : args);
        this.name = 'HistoryError';
    }

    override messageIn(locale: SupportedLocale): string {
        return this.reason ? wordsIn({ key: this.key, args: this.args, reason: this.reason }, locale) : super.messageIn(locale);
    }
}

/**
 * Why `text` (which JSON.parse refused) is not JSON, in the catalogue's words with the place: JSON.parse
 * explains in English only, and each Node version its own way. Undefined when Pacto's reader finds no fault
 * (then the engine's own words are the last resort).
 */
export function jsonSyntaxWords(text: string): Words | undefined {
    try {
        parseLocatedJson(text);
    } catch (error) {
        if (!(error instanceof JsonSyntaxError)) return undefined;
        if (error.key === 'jsonUnexpectedEnd') return { key: 'jsonEndsEarly' };
        const { line, column } = error.place;
        return line === 1 ? { key: 'jsonInvalidAtColumn', args: { column } } : { key: 'jsonInvalidAt', args: { line, column } };
    }
    return undefined;
}
