/**
 * Pacto's custom LSP requests (extension/protocol.ts): `pacto/previewDeadlines`,
 * `pacto/listCategories` and `pacto/listScenarios`. The answers are pure functions of a document (exported for tests); the
 * handlers find the document, wait until the language server has built it, and turn every refusal into
 * a ResponseError whose message the VS Code client shows as is.
 */
import { DocumentState, isOperationCancelled, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { closest } from '../../runtime/index.js';
import {
    ListCategoriesMethod,
    ListScenariosMethod,
    PreviewDeadlinesMethod,
    validateOpenedInstant,
    type ListCategoriesParams,
    type ListCategoriesResult,
    type ListScenariosResult,
    type PreviewDeadlinesParams,
    type PreviewDeadlinesResult,
} from '../../extension/protocol.js';
import { loweredContract } from '../lower.js';
import { previewMarkdown } from './deadline-trace.js';

/** A diagnostic's message as text (LSP 3.18 allows markup). */
function messageText(message: unknown): string {
    return typeof message === 'string' ? message : String((message as { value?: unknown } | undefined)?.value ?? '');
}

export function invalid(message: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** ", did you mean "Critical"?" or nothing. */
function suggestion(name: string, candidates: string[]): string {
    const near = closest(name, candidates);
    return near !== undefined ? ` Did you mean "${near}"?` : '';
}

function known(kind: string, names: string[]): string {
    return names.length > 0 ? ` Its ${kind}: ${names.join(', ')}.` : ` It declares no ${kind}.`;
}

/** Epoch ms of an ISO 8601 instant with an offset, or a ResponseError saying what is wrong with it. */
export function parseOpened(opened: unknown): number {
    if (typeof opened !== 'string') throw invalid('Missing the opening instant (`opened`), e.g. 2026-03-06T17:30:00-03:00.');
    const problem = validateOpenedInstant(opened);
    if (problem) throw invalid(`Invalid opening instant "${opened}": ${problem}`);
    const ms = Date.parse(opened.trim());
    if (!Number.isFinite(ms)) throw invalid(`Invalid opening instant "${opened}".`);
    return ms;
}

/** The preview, or a ResponseError for a document with errors, an unknown contract or category, a bad instant. */
export function previewDeadlines(document: LangiumDocument, params: PreviewDeadlinesParams): PreviewDeadlinesResult {
    const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
    if (errors.length > 0) {
        const first = errors[0]!;
        throw new ResponseError(
            LSPErrorCodes.RequestFailed,
            `The document has ${errors.length} error${errors.length === 1 ? '' : 's'}: fix ${errors.length === 1 ? 'it' : 'them'} to preview deadlines (line ${first.range.start.line + 1}: ${messageText(first.message)}).`,
        );
    }
    const model = document.parseResult.value as ast.Model;
    const contracts = model.contracts.filter((c) => c.name);
    const contractNode = contracts.find((c) => c.name === params.contract);
    if (!contractNode) {
        const names = contracts.map((c) => c.name);
        throw invalid(`No contract "${params.contract}" in this document.${suggestion(params.contract, names)}${known('contracts', names)}`);
    }
    const contract = loweredContract(contractNode);
    const categories = contract.categories.map((c) => c.name);
    if (!categories.includes(params.category)) {
        throw invalid(`Contract ${contract.name} has no category "${params.category}".${suggestion(params.category, categories)}${known('categories', categories)}`);
    }
    const opened = parseOpened(params.opened);
    return { markdown: previewMarkdown(contract, params.category, opened) };
}

/** The contracts of a document and their categories (also for a document with errors: it only lists names). */
export function listCategories(document: LangiumDocument): ListCategoriesResult {
    const model = document.parseResult.value as ast.Model;
    return {
        contracts: model.contracts.filter((c) => c.name).map((contract) => ({
            name: contract.name,
            ...(contract.title !== undefined ? { title: contract.title } : {}),
            categories: contract.members.filter(ast.isCategory).filter((c) => c.name).map((category) => ({
                name: category.name,
                ...(category.title !== undefined ? { title: category.title } : {}),
            })),
        })),
    };
}

/** The contracts of a document and their scenarios (names only, so also for a document with errors). */
export function listScenarios(document: LangiumDocument): ListScenariosResult {
    const model = document.parseResult.value as ast.Model;
    return {
        contracts: model.contracts.filter((c) => c.name).map((contract) => ({
            name: contract.name,
            ...(contract.title !== undefined ? { title: contract.title } : {}),
            scenarios: contract.members.filter(ast.isScenario).filter((s) => s.name).map((scenario) => ({
                name: scenario.name,
                ...(scenario.title !== undefined ? { title: scenario.title } : {}),
            })),
        })),
    };
}

/**
 * The document at `uri` once it has reached `state`; a ResponseError when the server does not have it.
 * As Langium's own handlers do, it first waits for the workspace to be ready (documents opened while
 * the server starts are not known before). A new version arriving meanwhile resets the state: wait again.
 */
export async function documentAt(shared: LangiumSharedCoreServices, uri: unknown, state: DocumentState, token: CancellationToken): Promise<LangiumDocument> {
    if (typeof uri !== 'string' || uri === '') throw invalid('Missing the document URI (`uri`).');
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    try {
        await shared.workspace.WorkspaceManager.ready;
        for (;;) {
            const document = documents.getDocument(parsed);
            if (!document) throw invalid(`The language server has no document ${uri}: open it in the editor first.`);
            if (document.state >= state) return document;
            await shared.workspace.DocumentBuilder.waitUntil(state, parsed, token);
        }
    } catch (error) {
        if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
        throw error;
    }
}

function checkNames(params: Partial<PreviewDeadlinesParams>): asserts params is PreviewDeadlinesParams {
    if (typeof params.contract !== 'string' || params.contract === '') throw invalid('Missing the contract name (`contract`).');
    if (typeof params.category !== 'string' || params.category === '') throw invalid('Missing the category name (`category`).');
}

/** Registers both requests on the server's connection (called from language/server.ts). */
export function registerPactoRequests(connection: Connection, shared: LangiumSharedCoreServices): void {
    connection.onRequest(PreviewDeadlinesMethod, async (params: Partial<PreviewDeadlinesParams> | null, token: CancellationToken) => {
        const p = params ?? {};
        // Cheap checks first: a bad instant is refused without waiting for a build.
        checkNames(p);
        parseOpened(p.opened);
        const document = await documentAt(shared, p.uri, DocumentState.Validated, token);
        try {
            return previewDeadlines(document, p);
        } catch (error) {
            if (error instanceof ResponseError) throw error;
            // The runtime refused the contract or the instant (a RangeError): say so rather than "internal error".
            throw new ResponseError(LSPErrorCodes.RequestFailed, `Cannot preview deadlines: ${error instanceof Error ? error.message : String(error)}`);
        }
    });
    connection.onRequest(ListCategoriesMethod, async (params: Partial<ListCategoriesParams> | null, token: CancellationToken) => {
        const document = await documentAt(shared, params?.uri, DocumentState.Linked, token);
        return listCategories(document);
    });
    connection.onRequest(ListScenariosMethod, async (params: { uri?: unknown } | null, token: CancellationToken) => {
        const document = await documentAt(shared, params?.uri, DocumentState.Linked, token);
        return listScenarios(document);
    });
}
