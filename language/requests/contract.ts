/**
 * The requests that run the runtime on a whole contract: `pacto/simulate` (with `pacto/progress` and
 * cancellation), `pacto/export` and `pacto/listExportFormats` (runtime/export/registry.ts), and
 * `pacto/contractPreview`. All refuse a document with errors or an unknown name with a message the client shows.
 */
import type { LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { contractHtml, DEFAULT_LOCALE, EXPORT_FORMATS, findExportFormat, simulate, simulationReportWebviewHtml, t, type SupportedLocale } from '../../runtime/index.js';
import type {
    ContractPreviewParams,
    ContractPreviewResult,
    ExportParams,
    ExportResult,
    ListExportFormatsResult,
    SimulateParams,
    SimulateResult,
} from '../protocol.js';
import { cancelled, invalid, known, requireContract, requireName, suggestion } from './handler.js';

const VERSION = typeof PACTO_VERSION === 'string' ? PACTO_VERSION : '0.0.0-dev';

/** A webview nonce as the client sent it, when it is one (base64 characters only: it goes into a CSP). */
function nonceOf(value: unknown): string | undefined {
    return typeof value === 'string' && /^[A-Za-z0-9+/=]{8,}$/.test(value) ? value : undefined;
}

/** What a simulation needs from its host (language/assets.ts finds it next to the server's bundle). */
export interface SimulationHost {
    /** chart.js's source for the report; null: the report says charts are missing. */
    chartJs(): string | null;
    /** The simulation worker bundle; without it the replications run on the server's thread. */
    workerScript?: string | undefined;
    /** The folder of V8's code cache for the worker bundle; without it workers compile the bundle each time. */
    workerCodeCache?: string | undefined;
}

/** What an export needs from its host: the PDF's fonts folder (without it, the runtime's fallback). */
export interface ExportHost {
    fontsDir?: string | undefined;
}

/** Runs a scenario; progress goes to `report`, `token` aborts it. */
export async function simulateDocument(
    document: LangiumDocument,
    params: Partial<SimulateParams>,
    token: CancellationToken,
    report: (done: number, total: number) => void,
    host: SimulationHost,
    locale: SupportedLocale = DEFAULT_LOCALE,
): Promise<SimulateResult> {
    const contract = requireContract(document, params.contract, 'simulate', locale);
    const scenario = requireName(params.scenario, 'scenario', locale);
    const names = contract.scenarios.map((s) => s.name);
    if (!names.includes(scenario)) {
        throw invalid(t(locale, 'requestNoScenario', { contract: contract.name, name: scenario }) + suggestion(scenario, names, locale) + known('scenario', names, locale));
    }
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
        const results = await simulate(contract, scenario, {
            ...(typeof params.runs === 'number' ? { runs: params.runs } : {}),
            ...(typeof params.seed === 'number' ? { seed: params.seed } : {}),
            workerScript: host.workerScript,
            workerCodeCache: host.workerCodeCache,
            onProgress: report,
            signal: controller.signal,
        });
        if (token.isCancellationRequested) throw cancelled(locale);
        const html = simulationReportWebviewHtml(results, { nonce: nonceOf(params.nonce) ?? 'pacto', chartJs: host.chartJs(), locale: contract.locale });
        return { html, results };
    } catch (error) {
        if (controller.signal.aborted) throw cancelled(locale);
        throw error;
    } finally {
        subscription.dispose();
    }
}

/** The formats, labelled and described in `locale` (the server's message locale). */
export function listExportFormats(locale: SupportedLocale = DEFAULT_LOCALE): ListExportFormatsResult {
    return {
        formats: EXPORT_FORMATS.map((f) => ({
            id: f.id,
            aliases: [...f.aliases],
            fileExtension: f.fileExtension,
            label: t(locale, f.labelKey),
            description: t(locale, f.descriptionKey),
            binary: f.binary,
        })),
    };
}

/** A contract as a document in one of the registered formats. */
export async function exportDocument(
    document: LangiumDocument,
    params: Partial<ExportParams>,
    host: ExportHost = {},
    locale: SupportedLocale = DEFAULT_LOCALE,
): Promise<ExportResult> {
    const format = typeof params.format === 'string' ? findExportFormat(params.format) : undefined;
    if (!format) {
        throw invalid(t(locale, 'requestUnknownExportFormat', { value: String(params.format), formats: EXPORT_FORMATS.map((f) => f.id).join(', ') }));
    }
    const contract = requireContract(document, params.contract, 'export', locale);
    const content = await format.render(contract, { pactoVersion: VERSION, fontsDir: host.fontsDir });
    return typeof content === 'string' ? { format: format.id, text: content } : { format: format.id, base64: Buffer.from(content).toString('base64') };
}

export function contractPreview(document: LangiumDocument, params: Partial<ContractPreviewParams>, locale: SupportedLocale = DEFAULT_LOCALE): ContractPreviewResult {
    const contract = requireContract(document, params.contract, 'preview', locale);
    const nonce = nonceOf(params.nonce);
    return { html: contractHtml(contract, nonce ? { nonce } : {}) };
}
