/**
 * Registers Pacto's custom requests (language/protocol.ts) on the server's connection, each behind the one
 * error guard of handler.ts. Called from language/server.ts before the server listens.
 */
import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import {
    ComplianceReportRequest,
    ContractPreviewRequest,
    ExportRequest,
    ListCategoriesRequest,
    ListExportFormatsRequest,
    ListScenariosRequest,
    PreviewDeadlinesRequest,
    ProgressNotification,
    SimulateRequest,
} from '../protocol.js';
import { contractPreview, exportDocument, listExportFormats, simulateDocument, type ExportHost, type SimulationHost } from './contract.js';
import { documentAt, engineWork, handle, requestLocale } from './handler.js';
import { engineCheckBudget } from '../validation/engine.js';
import { listCategories, listScenarios } from './names.js';
import { checkPreviewParams, previewDeadlines } from './preview-deadlines.js';
import { checkReportParams, complianceReportOf } from './report.js';
import { readerLocale } from '../message-locale.js';

/** At most this many progress notifications a second. */
const PROGRESS_PER_SECOND = 10;

/**
 * Engine time one document's checks may spend in the server. More than a request's: the checks of a
 * many-calendar contract (internal-it) took over 500 ms on a loaded machine and reported themselves cut short
 * on a contract with nothing wrong; 1.5 s still ends a pathological contract's checks before a user waits.
 */
const DOCUMENT_CHECK_ENGINE_MS = 1_500;

export function registerRequests(connection: Connection, shared: LangiumSharedCoreServices, host: SimulationHost & ExportHost): void {
    // In the server, engine-backed checks also stop after this much engine time per document (not in the CLI).
    engineCheckBudget.ms = DOCUMENT_CHECK_ENGINE_MS;
    engineCheckBudget.now = () => performance.now();
    // Refusals are written in the server's message locale, as its diagnostics are.
    const locale = () => requestLocale(shared);
    handle(connection, PreviewDeadlinesRequest, 'preview deadlines', async (params, token) => {
        // Cheap checks first: a bad instant is refused without waiting for a build.
        checkPreviewParams(params, locale());
        const document = await documentAt(shared, params, DocumentState.Validated, token);
        const reader = readerLocale(shared, document);
        return engineWork(token, () => previewDeadlines(document, params, reader), undefined, reader);
    }, locale);
    handle(connection, ListCategoriesRequest, 'list categories', async (params, token) =>
        listCategories(await documentAt(shared, params, DocumentState.Linked, token)),
    );
    handle(connection, ListScenariosRequest, 'list scenarios', async (params, token) =>
        listScenarios(await documentAt(shared, params, DocumentState.Linked, token)),
    );
    handle(connection, SimulateRequest, 'simulate', async (params, token) => {
        const document = await documentAt(shared, params, DocumentState.Validated, token);
        const progressToken = typeof params.progressToken === 'string' ? params.progressToken : undefined;
        let last = 0;
        const report = (done: number, total: number) => {
            const now = Date.now();
            if (!progressToken || (now - last < 1000 / PROGRESS_PER_SECOND && done < total)) return;
            last = now;
            void connection.sendNotification(ProgressNotification, { token: progressToken, done, total });
        };
        return simulateDocument(document, params, token, report, host, locale());
    }, locale);
    handle(connection, ListExportFormatsRequest, 'list export formats', () => listExportFormats(locale()), locale);
    handle(connection, ExportRequest, 'export', async (params, token) =>
        exportDocument(await documentAt(shared, params, DocumentState.Validated, token), params, host, locale()),
    locale);
    handle(connection, ContractPreviewRequest, 'preview it', async (params, token) => {
        const document = await documentAt(shared, params, DocumentState.Validated, token);
        return engineWork(token, () => contractPreview(document, params, locale()), undefined, locale());
    }, locale);
    handle(connection, ComplianceReportRequest, 'report on it', async (params, token) => {
        checkReportParams(params, locale());
        const document = await documentAt(shared, params, DocumentState.Validated, token);
        return complianceReportOf(document, params, token, progressOf(connection, params.progressToken), host, locale());
    }, locale);
}

/** A throttled sender of `pacto/progress` for a request's token; nothing without one. */
function progressOf(connection: Connection, token: unknown): (done: number, total: number) => void {
    let last = 0;
    return (done, total) => {
        const now = Date.now();
        if (typeof token !== 'string' || (now - last < 1000 / PROGRESS_PER_SECOND && done < total)) return;
        last = now;
        void connection.sendNotification(ProgressNotification, { token, done, total });
    };
}
