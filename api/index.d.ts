/**
 * Types of Pacto's library (`import { loadContract, deadlines } from 'pacto'`), ESM and CommonJS alike.
 * docs/api.md shows each function at work. Instants go in as a Date, epoch milliseconds or ISO 8601 text with
 * an offset, and come out as Dates.
 */

/** A contract as the runtime models it (the JSON export, schema/pacto-contract.schema.json, with durations normalised). */
export interface Contract {
    name: string;
    title?: string;
    provider: string | null;
    customer: string | null;
    term: { start: string; end: string } | null;
    /** Language of generated documents: "en", "es", "pt-BR". */
    locale: string;
    calendars: { name: string; title?: string; zone: string; [key: string]: unknown }[];
    defaultCalendar: string | null;
    categories: { name: string; title?: string; priority: number | null; [key: string]: unknown }[];
    scenarios: { name: string; title?: string; [key: string]: unknown }[];
    [key: string]: unknown;
}

/** A contract that cannot be loaded, or an argument a computation cannot take. */
export class PactoError extends Error {
    readonly problems: readonly { file: string; line: number; column: number; message: string }[];
}

export type InstantInput = Date | number | string;
export type Pause = readonly [from: InstantInput, to: InstantInput];

export interface LoadOptions {
    /** The contract to take when the file declares several. */
    contract?: string;
}

/** A contract from a `.pacto` file, from `pacto export --format json` (a .json file or its parsed object), or a contract already loaded. */
export function loadContract(source: string | object, options?: LoadOptions): Promise<Contract>;
/** A contract from Pacto source text; `file` names it in messages. */
export function parseContract(text: string, options?: LoadOptions & { file?: string }): Promise<Contract>;

export interface Deadlines {
    /** null: the category sets no such target; `due` null: it can never fall due. */
    response: { due: Date | null } | null;
    resolution: { due: Date | null } | null;
    escalations: { at: Date; notify: string; contact?: string; target: 'response' | 'resolution'; percent: number }[];
}

export function deadlines(contract: Contract, category: string, opened: InstantInput, options?: { pauses?: readonly Pause[] }): Deadlines;
/** Open (business) milliseconds of a calendar (or "always") in [from, to). */
export function elapsed(contract: Contract, calendar: string, from: InstantInput, to: InstantInput, options?: { pauses?: readonly Pause[] }): number;

export interface ReplayOptions {
    format?: 'jsonl' | 'zendesk' | 'csv';
    zone?: string;
    skipBadRows?: boolean;
    file?: string;
    every?: 'week' | 'month' | 'quarter';
}
/** The compliance report of a ticket history: what `pacto report --format json` prints (schema/compliance-report.schema.json). */
export function replay(contract: Contract, history: string | { text: string }, options?: ReplayOptions): Promise<Record<string, unknown>>;
/** A scenario simulated: what `pacto simulate --format json` prints. */
export function simulate(contract: Contract, scenario: string, options?: { runs?: number; seed?: number }): Promise<Record<string, unknown>>;

export type ExportFormatId = 'json' | 'markdown' | 'html' | 'pdf' | 'zendesk' | 'freshdesk' | 'openslo' | 'ics';
/** The contract in an export format: text, or bytes for a PDF. */
export function exportContract(contract: Contract, format: ExportFormatId | 'md' | 'ical', options?: { categoryMap?: 'priority' | 'tag' }): Promise<string | Uint8Array>;
export const EXPORT_FORMAT_IDS: readonly ExportFormatId[];
export const VERSION: string;

declare const api: {
    PactoError: typeof PactoError;
    loadContract: typeof loadContract;
    parseContract: typeof parseContract;
    deadlines: typeof deadlines;
    elapsed: typeof elapsed;
    replay: typeof replay;
    simulate: typeof simulate;
    exportContract: typeof exportContract;
    EXPORT_FORMAT_IDS: typeof EXPORT_FORMAT_IDS;
    VERSION: string;
};
export default api;
