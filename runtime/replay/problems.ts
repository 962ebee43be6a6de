import type { SupportedLocale } from '../time/locales.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';

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
}

export function formatProblem(p: RowProblem): string {
    return `${p.file}:${p.row}:${p.column}: ${p.message}`;
}

/** The problem as `file:row:column: message` in `locale` (English words when it carries no catalogue key). */
export function formatProblemIn(p: RowProblem, locale: SupportedLocale): string {
    return `${p.file}:${p.row}:${p.column}: ${p.key === undefined ? p.message : t(locale, p.key, p.args)}`;
}

/** A problem worded from the catalogue: its English message plus the key and arguments for other languages. */
export function wordedProblem(file: string, row: number, column: number, key: MessageKey, args: MessageArgs = {}): RowProblem {
    return { file, row, column, message: t('en', key, args), key, args };
}

/** How many problems a refusal lists before it only counts the rest. */
export const LISTED_PROBLEMS = 20;

/** Thrown when a history cannot be read at all (not JSON, no header, …): one line for the user. */
export class HistoryError extends Error {}
