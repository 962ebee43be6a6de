/**
 * The custom requests that run the runtime on a whole contract (extension/protocol.ts):
 * `pacto/simulate` (runtime/simulate, with `pacto/progress` notifications and cancellation),
 * `pacto/export` (runtime/export: PDF, JSON, HTML, Markdown) and `pacto/contractPreview` (HTML page).
 * All refuse a document with errors, an unknown contract or scenario, with a message the client shows.
 */
import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { closest, contractHtml, contractJsonText, contractMarkdown, contractPdf, simulate, simulationReportWebviewHtml, type Contract } from '../../runtime/index.js';
import { loadChartJs } from '../../runtime/simulate/index.js';
import {
    ContractPreviewMethod,
    EXPORT_FORMATS,
    ExportMethod,
    ProgressNotification,
    SimulateMethod,
    type ContractPreviewParams,
    type ContractPreviewResult,
    type ExportParams,
    type ExportResult,
    type ProgressParams,
    type SimulateParams,
    type SimulateResult,
} from '../../extension/protocol.js';
import { loweredContract } from '../lower.js';
import { documentAt, invalid } from './requests.js';

const VERSION = typeof PACTO_VERSION === 'string' ? PACTO_VERSION : '0.0.0-dev';

/** A diagnostic's message as text (LSP 3.18 allows markup). */
function messageText(message: unknown): string {
    return typeof message === 'string' ? message : String((message as { value?: unknown } | undefined)?.value ?? '');
}

/** The lowered contract named `name` of a document without errors, or a ResponseError saying why not. */
export function contractOf(document: LangiumDocument, name: unknown, what: string): Contract {
    const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
    if (errors.length > 0) {
        const first = errors[0]!;
        throw new ResponseError(
            LSPErrorCodes.RequestFailed,
            `The document has ${errors.length} error${errors.length === 1 ? '' : 's'}: fix ${errors.length === 1 ? 'it' : 'them'} to ${what} (line ${first.range.start.line + 1}: ${messageText(first.message)}).`,
        );
    }
    if (typeof name !== 'string' || name === '') throw invalid('Missing the contract name (`contract`).');
    const contracts = (document.parseResult.value as ast.Model).contracts.filter((c) => c.name);
    const node = contracts.find((c) => c.name === name);
    if (!node) {
        const names = contracts.map((c) => c.name);
        const near = closest(name, names);
        throw invalid(`No contract "${name}" in this document.${near ? ` Did you mean "${near}"?` : ''}`);
    }
    return loweredContract(node);
}

/** chart.js for the report: found by the runtime (dist/vendor next to the bundle, else the package). */
export function chartJsSource(): string | null {
    return loadChartJs();
}

function failed(what: string, error: unknown): ResponseError<void> {
    if (error instanceof ResponseError) return error;
    return new ResponseError(LSPErrorCodes.RequestFailed, `Cannot ${what}: ${error instanceof Error ? error.message : String(error)}`);
}

function cancelled(): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** Runs a scenario; progress goes to `report`, `token` aborts it. Exported for in-process tests. */
export async function simulateDocument(
    document: LangiumDocument,
    params: Partial<SimulateParams>,
    token: CancellationToken,
    report: (done: number, total: number) => void,
): Promise<SimulateResult> {
    const contract = contractOf(document, params.contract, 'simulate it');
    if (typeof params.scenario !== 'string' || params.scenario === '') throw invalid('Missing the scenario name (`scenario`).');
    if (!contract.scenarios.some((s) => s.name === params.scenario)) {
        const names = contract.scenarios.map((s) => s.name);
        const near = closest(params.scenario, names);
        throw invalid(`Contract ${contract.name} has no scenario "${params.scenario}".${near ? ` Did you mean "${near}"?` : ''}${names.length ? ` Its scenarios: ${names.join(', ')}.` : ' It declares no scenario.'}`);
    }
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
        const results = await simulate(contract, params.scenario, {
            ...(typeof params.runs === 'number' ? { runs: params.runs } : {}),
            ...(typeof params.seed === 'number' ? { seed: params.seed } : {}),
            onProgress: report,
            signal: controller.signal,
        });
        if (token.isCancellationRequested) throw cancelled();
        const nonce = typeof params.nonce === 'string' && /^[A-Za-z0-9+/=]{8,}$/.test(params.nonce) ? params.nonce : 'pacto';
        const html = simulationReportWebviewHtml(results, { nonce, chartJs: chartJsSource() });
        return { html, results };
    } catch (error) {
        if (token.isCancellationRequested || controller.signal.aborted) throw cancelled();
        throw failed('simulate', error);
    } finally {
        subscription.dispose();
    }
}

/** A contract as a document in one of the export formats. Exported for in-process tests. */
export async function exportDocument(document: LangiumDocument, params: Partial<ExportParams>): Promise<ExportResult> {
    const format = params.format;
    if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
        throw invalid(`Unknown export format "${String(format)}": one of ${EXPORT_FORMATS.join(', ')}.`);
    }
    const contract = contractOf(document, params.contract, 'export it');
    try {
        switch (format) {
            case 'json':
                return { format, text: contractJsonText(contract, { pactoVersion: VERSION }) };
            case 'pdf':
                return { format, base64: (await contractPdf(contract)).toString('base64') };
            case 'html':
                return { format, text: contractHtml(contract) };
            case 'markdown':
                return { format, text: contractMarkdown(contract) };
        }
    } catch (error) {
        throw failed(`export to ${format}`, error);
    }
}

/** The contract preview page. Exported for in-process tests. */
export function contractPreview(document: LangiumDocument, params: Partial<ContractPreviewParams>): ContractPreviewResult {
    const contract = contractOf(document, params.contract, 'preview it');
    const nonce = typeof params.nonce === 'string' && /^[A-Za-z0-9+/=]{8,}$/.test(params.nonce) ? params.nonce : undefined;
    return { html: contractHtml(contract, nonce ? { nonce } : {}) };
}

export function registerContractRequests(connection: Connection, shared: LangiumSharedCoreServices): void {
    connection.onRequest(SimulateMethod, async (params: Partial<SimulateParams> | null, token: CancellationToken) => {
        const p = params ?? {};
        const document = await documentAt(shared, p.uri, DocumentState.Validated, token);
        const progressToken = typeof p.progressToken === 'string' ? p.progressToken : undefined;
        let last = 0;
        return simulateDocument(document, p, token, (done, total) => {
            // At most ~10 notifications a second.
            const now = Date.now();
            if (!progressToken || (now - last < 100 && done < total)) return;
            last = now;
            const progress: ProgressParams = { token: progressToken, done, total };
            void connection.sendNotification(ProgressNotification, progress);
        });
    });
    connection.onRequest(ExportMethod, async (params: Partial<ExportParams> | null, token: CancellationToken) => {
        const p = params ?? {};
        const document = await documentAt(shared, p.uri, DocumentState.Validated, token);
        return exportDocument(document, p);
    });
    connection.onRequest(ContractPreviewMethod, async (params: Partial<ContractPreviewParams> | null, token: CancellationToken) => {
        const p = params ?? {};
        const document = await documentAt(shared, p.uri, DocumentState.Validated, token);
        return contractPreview(document, p);
    });
}
