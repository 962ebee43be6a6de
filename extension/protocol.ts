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

/**
 * `pacto/listScenarios`: the contracts of a document and their scenarios, for "Simulate scenario…" run
 * from the palette.
 */
export const ListScenariosMethod = 'pacto/listScenarios';

export interface ScenarioInfo {
    name: string;
    title?: string;
}

export interface ListScenariosResult {
    contracts: { name: string; title?: string; scenarios: ScenarioInfo[] }[];
}

/**
 * `pacto/simulate`: runs a scenario of a contract `runs` times (seeded, so reproducible) and answers with
 * the report as HTML (scripts carry `nonce`) and a JSON summary. While it runs the server sends
 * `pacto/progress` notifications with the request's `progressToken`; cancelling the request stops it.
 */
export const SimulateMethod = 'pacto/simulate';

export interface SimulateParams {
    uri: string;
    contract: string;
    scenario: string;
    runs: number;
    seed: number;
    /** Nonce for the report's inline scripts and styles (the webview's Content Security Policy). */
    nonce?: string;
    /** Echoed in `pacto/progress` notifications. */
    progressToken?: string;
}

export interface SimulateResult {
    /** The report as a complete HTML document. */
    html: string;
    /** The simulation results as JSON-compatible data (what `pacto simulate --format json` prints). */
    results: unknown;
}

/** `pacto/progress` notification: `done` of `total` units of a long request. */
export const ProgressNotification = 'pacto/progress';

export interface ProgressParams {
    token: string;
    done: number;
    total: number;
}

/** `pacto/export`: a contract as a document. Text formats come as `text`, PDF as base64 in `base64`. */
export const ExportMethod = 'pacto/export';

export const EXPORT_FORMATS = ['pdf', 'json', 'html', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', json: 'json', html: 'html', markdown: 'md' };

export interface ExportParams {
    uri: string;
    contract: string;
    format: ExportFormat;
}

export interface ExportResult {
    format: ExportFormat;
    text?: string;
    base64?: string;
}

/** `pacto/contractPreview`: the contract as an HTML page for the preview panel. */
export const ContractPreviewMethod = 'pacto/contractPreview';

export interface ContractPreviewParams {
    uri: string;
    contract: string;
    nonce?: string;
}

export interface ContractPreviewResult {
    html: string;
}

/** Command ids the extension registers (the server's code lenses name the preview and simulate commands). */
export const PreviewDeadlinesCommand = 'pacto.previewDeadlines';
export const RestartServerCommand = 'pacto.restartServer';
export const SimulateCommand = 'pacto.simulate';
export const ExportCommand = 'pacto.export';
export const OpenPreviewCommand = 'pacto.openPreview';
export const NewContractCommand = 'pacto.newContract';
export const ShowOutputCommand = 'pacto.showOutput';

/**
 * Arguments of `SimulateCommand`: `[uri, contract, scenario]` from a code lens; optional `runs` and `seed`
 * skip the settings (scripts and tests).
 */
export type SimulateCommandArgs = [uri: string, contract: string, scenario: string, options?: { runs?: number; seed?: number }];

/** Arguments of `ExportCommand`: `[uri?, format?, target?]` (a file URI or path; else a save dialog). */
export type ExportCommandArgs = [uri?: string, format?: ExportFormat, target?: string];

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
