// Pacto's custom LSP requests, shared by the VS Code client (extension/main.ts) and the language server.
// Plain types and method names only: no `vscode` or `vscode-languageserver` import, so either side can use it.

/**
 * `pacto/previewDeadlines`: the due instants of one category's targets for a ticket opened at `opened`.
 * Sent by the `pacto.previewDeadlines` command (from the server's code lens or the command palette).
 */
export const PreviewDeadlinesMethod = 'pacto/previewDeadlines';

export interface PreviewDeadlinesParams {
    /** The document's URI, as the client sends it in `textDocument` requests. */
    uri: string;
    /** Name (identifier) of the contract that holds the category. */
    contract: string;
    /** Name (identifier) of the category. */
    category: string;
    /** Opening instant, ISO 8601 with an explicit offset, e.g. `2026-03-06T17:30:00-03:00`. */
    opened: string;
}

export interface PreviewDeadlinesResult {
    /** The preview as Markdown, ready to show. */
    markdown: string;
}

/**
 * `pacto/listCategories`: the contracts of a document and their categories, so the command can offer a
 * quick pick when it is run from the palette (no code lens arguments).
 */
export const ListCategoriesMethod = 'pacto/listCategories';

export interface ListCategoriesParams {
    uri: string;
}

export interface CategoryInfo {
    /** Identifier, as in `category Critical "Critical failure"` → `Critical`. */
    name: string;
    /** Display name, if the category has one. */
    title?: string;
}

export interface ContractCategories {
    /** Contract identifier. */
    name: string;
    /** Contract display name, if any. */
    title?: string;
    categories: CategoryInfo[];
}

export interface ListCategoriesResult {
    contracts: ContractCategories[];
}

/** Command ids the extension registers (the server's code lenses name `PreviewDeadlinesCommand`). */
export const PreviewDeadlinesCommand = 'pacto.previewDeadlines';
export const RestartServerCommand = 'pacto.restartServer';

/**
 * Arguments of `PreviewDeadlinesCommand` as a code lens passes them: `[uri, contract, category]`;
 * an optional fourth argument, the opening instant, skips the input box (scripts and tests).
 */
export type PreviewDeadlinesCommandArgs = [uri: string, contract: string, category: string, opened?: string];

/** ISO 8601 date-time with seconds optional and an explicit offset (`Z` or `±HH:MM`). */
export const OPENED_INSTANT_PATTERN =
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Returns an error message for an invalid opening instant, or `undefined` when it is valid. */
export function validateOpenedInstant(text: string): string | undefined {
    const value = text.trim();
    if (!OPENED_INSTANT_PATTERN.test(value)) {
        return 'Expected an ISO 8601 instant with an offset, e.g. 2026-03-06T17:30:00-03:00 (or …Z for UTC).';
    }
    // The pattern allows 31 for every month; let the calendar decide (2026-02-30 is not a day).
    const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
        return `${value.slice(0, 10)} is not a calendar date.`;
    }
    return undefined;
}
