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
    readonly message: string;
}

export function formatProblem(p: RowProblem): string {
    return `${p.file}:${p.row}:${p.column}: ${p.message}`;
}

/** How many problems a refusal lists before it only counts the rest. */
export const LISTED_PROBLEMS = 20;

/** Thrown when a history cannot be read at all (not JSON, no header, …): one line for the user. */
export class HistoryError extends Error {}
