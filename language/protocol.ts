/**
 * The Pacto language server's protocol: every custom request and notification beyond LSP, typed, with the
 * command ids its code lenses and hovers name and the instant syntax its requests accept. The VS Code
 * client (extension/), the server's handlers (language/requests/) and any other editor's client read it
 * here. It imports only the LSP protocol types and the runtime's instant parser, so a client can bundle it
 * without the server.
 *
 * Params follow LSP's shape: the document is a `TextDocumentIdentifier` under `textDocument`. Servers also
 * accept the `uri` field that clients of Pacto 0.1 sent, so those keep working.
 */
import { NotificationType, RequestType, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';
import { DEFAULT_LOCALE, INSTANT_EXAMPLE, instantReason, parseInstantText, t, type SupportedLocale } from '../runtime/index.js';

/** Params of every request about one document. */
export interface DocumentParams {
    textDocument: TextDocumentIdentifier;
}

/**
 * `pacto/previewDeadlines`: the due instants of one category's targets for a ticket opened at `opened`.
 * Sent by the `pacto.previewDeadlines` command (from the server's code lens or the command palette).
 */
export interface PreviewDeadlinesParams extends DocumentParams {
    /** Name (identifier) of the contract that holds the category. */
    contract: string;
    /** Name (identifier) of the category. */
    category: string;
    /** Opening instant in the syntax of `parseOpenedInstant`, e.g. `2026-03-06T17:30:00-03:00`. */
    opened: string;
}

export interface PreviewDeadlinesResult {
    /** The preview as Markdown, ready to show. */
    markdown: string;
}

export const PreviewDeadlinesRequest = new RequestType<PreviewDeadlinesParams, PreviewDeadlinesResult, void>('pacto/previewDeadlines');

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
 * `pacto/listCategories`: the contracts of a document and their categories, so the command can offer a
 * quick pick when it is run from the palette (no code lens arguments). Answers also for a document with errors.
 */
export const ListCategoriesRequest = new RequestType<DocumentParams, ListCategoriesResult, void>('pacto/listCategories');

export interface ScenarioInfo {
    name: string;
    title?: string;
}

export interface ListScenariosResult {
    contracts: { name: string; title?: string; scenarios: ScenarioInfo[] }[];
}

/** `pacto/listScenarios`: the contracts of a document and their scenarios, for "Simulate scenario…" from the palette. */
export const ListScenariosRequest = new RequestType<DocumentParams, ListScenariosResult, void>('pacto/listScenarios');

export interface SimulateParams extends DocumentParams {
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

/**
 * `pacto/simulate`: runs a scenario of a contract `runs` times (seeded, so reproducible) and answers with
 * the report as HTML (scripts carry `nonce`) and a JSON summary. While it runs the server sends
 * `pacto/progress` notifications with the request's `progressToken`; cancelling the request stops it.
 */
export const SimulateRequest = new RequestType<SimulateParams, SimulateResult, void>('pacto/simulate');

export interface ProgressParams {
    token: string;
    done: number;
    total: number;
}

/** `pacto/progress` notification: `done` of `total` units of a long request. */
export const ProgressNotification = new NotificationType<ProgressParams>('pacto/progress');

/** An export format as the server offers it (runtime/export/registry.ts is the table behind it). */
export interface ExportFormatInfo {
    /** Stable id, what `format` takes: `pdf`, `json`, `html`, `markdown`. */
    id: string;
    /** Other names accepted for it (`md` for `markdown`). */
    aliases: string[];
    /** File extension without the dot. */
    fileExtension: string;
    /** What the format is, for a picker, in the server's message locale. */
    label: string;
    /** What it holds, a sentence for a picker's detail, in the server's message locale. */
    description?: string;
    /** True when the document comes as `base64` (PDF), false when it comes as `text`. */
    binary: boolean;
}

export interface ListExportFormatsResult {
    formats: ExportFormatInfo[];
}

/** `pacto/listExportFormats`: the formats `pacto/export` accepts, for the client's picker. */
export const ListExportFormatsRequest = new RequestType<null | undefined | Record<string, never>, ListExportFormatsResult, void>('pacto/listExportFormats');

export interface ExportParams extends DocumentParams {
    contract: string;
    /** An id or alias of `pacto/listExportFormats`. */
    format: string;
}

export interface ExportResult {
    /** The format's id (also when the request named an alias). */
    format: string;
    text?: string;
    base64?: string;
}

/** `pacto/export`: a contract as a document. Text formats come as `text`, binary ones (PDF) as base64 in `base64`. */
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('pacto/export');

export interface ContractPreviewParams extends DocumentParams {
    contract: string;
    nonce?: string;
}

export interface ContractPreviewResult {
    html: string;
}

/** `pacto/contractPreview`: the contract as an HTML page for the preview panel. */
export const ContractPreviewRequest = new RequestType<ContractPreviewParams, ContractPreviewResult, void>('pacto/contractPreview');

/** How a compliance report is cut: weeks (Monday to Sunday), months or quarters. */
export type ReportEvery = 'week' | 'month' | 'quarter';

export interface ComplianceReportParams extends DocumentParams {
    contract: string;
    /**
     * The ticket history: a path (or `file:` URI) of a file on the server's machine, which the server reads
     * itself, streamed, so that a history of millions of rows never travels through the protocol. The client
     * picks it (VS Code: an open dialog); Pacto's event log (CSV, JSON Lines), a Zendesk or Freshdesk export,
     * or any CSV with `mapping`.
     */
    tickets: string;
    /** An outage log (CSV `start,end[,planned]`), read by the server as `tickets` is. */
    outages?: string;
    /** A mapping file (JSON, docs/compliance.md), read by the server as `tickets` is. */
    mapping?: string;
    /** The zone of times written without a UTC offset; without it such times are bad rows. */
    zone?: string;
    /** Go on past bad rows, listing them in the report, instead of refusing. */
    skipBadRows?: boolean;
    /** `pdf` adds the PDF for the customer as `base64`; `html` (default) answers the page and the data only. */
    format?: 'html' | 'pdf';
    /** The periods: weeks (Monday to Sunday), months or quarters; absent: those of the contract's reports to the customer. */
    every?: ReportEvery;
    /** Accepted as the other page requests accept it; the report's page runs no script, so it needs none. */
    nonce?: string;
    /** Echoed in `pacto/progress` notifications: bytes of the history read, of its size. */
    progressToken?: string;
}

export interface ComplianceReportResult {
    /** The report as a complete HTML page, in the contract's locale. */
    html: string;
    /** What `pacto report --format json` prints (schema/compliance-report.schema.json). */
    json: unknown;
    /** With `format: 'pdf'`: the PDF, base64. */
    base64?: string;
}

/**
 * `pacto/complianceReport`: replays a ticket history against a contract of the document (what `pacto report`
 * does) and answers with the report. While the history is read the server sends `pacto/progress` with the
 * request's `progressToken`; cancelling the request stops the reading. Bad rows are refused with the first
 * of them unless `skipBadRows`.
 */
export const ComplianceReportRequest = new RequestType<ComplianceReportParams, ComplianceReportResult, void>('pacto/complianceReport');

/** Every custom request and notification, for clients and tests that check both sides know each. */
export const CUSTOM_METHODS = [
    PreviewDeadlinesRequest.method,
    ListCategoriesRequest.method,
    ListScenariosRequest.method,
    SimulateRequest.method,
    ListExportFormatsRequest.method,
    ExportRequest.method,
    ContractPreviewRequest.method,
    ComplianceReportRequest.method,
    ProgressNotification.method,
] as const;

/** Command ids the VS Code extension registers; the server's code lenses and hovers name the first two. */
export const PreviewDeadlinesCommand = 'pacto.previewDeadlines';
export const SimulateCommand = 'pacto.simulate';
export const RestartServerCommand = 'pacto.restartServer';
export const ExportCommand = 'pacto.export';
export const OpenPreviewCommand = 'pacto.openPreview';
export const NewContractCommand = 'pacto.newContract';
export const ShowOutputCommand = 'pacto.showOutput';
export const ComplianceReportCommand = 'pacto.complianceReport';

/**
 * Arguments of `ComplianceReportCommand`: `[uri?, {tickets, outages?, mapping?, every?, pdf?}?]`; files given skip the
 * open dialogs and `pdf` (a path) saves the PDF there (scripts and tests).
 */
export type ComplianceReportCommandArgs = [uri?: string, files?: { tickets?: string; outages?: string; mapping?: string; every?: ReportEvery; pdf?: string }];

/**
 * Arguments of `SimulateCommand`: `[uri, contract, scenario]` from a code lens; optional `runs` and `seed`
 * skip the settings (scripts and tests).
 */
export type SimulateCommandArgs = [uri: string, contract: string, scenario: string, options?: { runs?: number; seed?: number }];

/** Arguments of `ExportCommand`: `[uri?, format?, target?]` (a format id or alias; a file URI or path, else a save dialog). */
export type ExportCommandArgs = [uri?: string, format?: string, target?: string];

/**
 * Arguments of `PreviewDeadlinesCommand` as a code lens passes them: `[uri, contract, category]`;
 * an optional fourth argument, the opening instant, skips the input box (scripts and tests).
 */
export type PreviewDeadlinesCommandArgs = [uri: string, contract: string, category: string, opened?: string];

/** An opening instant to show as an example in input boxes. */
export const OPENED_EXAMPLE = INSTANT_EXAMPLE;

/** Returns why `text` is not an opening instant the server accepts, in `locale`, or `undefined` when it is one. */
export function validateOpenedInstant(text: string, locale: SupportedLocale = DEFAULT_LOCALE): string | undefined {
    const parsed = parseInstantText(text);
    return parsed.ok ? undefined : t(locale, 'instantRefused', { reason: instantReason(parsed, locale) });
}

/** The document URI of a request's params: `textDocument.uri`, or the `uri` of Pacto 0.1 clients. */
export function documentUri(params: unknown): string | undefined {
    if (typeof params !== 'object' || params === null) return undefined;
    const { textDocument, uri } = params as { textDocument?: { uri?: unknown }; uri?: unknown };
    if (typeof textDocument?.uri === 'string' && textDocument.uri !== '') return textDocument.uri;
    return typeof uri === 'string' && uri !== '' ? uri : undefined;
}
