/**
 * What every custom request handler shares: finding the document once the server has built it, refusing a
 * document with errors or an unknown name with a message the client shows as is, and one error guard that
 * turns whatever a handler throws into the right `ResponseError`.
 */
import { DocumentState, isOperationCancelled, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type RequestType } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { closest, t, timeBudget, withWorkBudget, WorkCutShort, type Contract } from '../../runtime/index.js';
import { documentUri } from '../protocol.js';
import { loweredContract } from '../lower.js';

export function invalid(message: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function cancelled(): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** A diagnostic's message as text (LSP 3.18 allows markup). */
function messageText(message: unknown): string {
    return typeof message === 'string' ? message : String((message as { value?: unknown } | undefined)?.value ?? '');
}

/** " Did you mean "Critical"?" or nothing. */
export function suggestion(name: string, candidates: string[]): string {
    const near = closest(name, candidates);
    return near !== undefined ? ` Did you mean "${near}"?` : '';
}

/** " Its categories: A, B." or " It declares no categories." */
export function known(kind: string, names: string[]): string {
    return names.length > 0 ? ` Its ${kind}: ${names.join(', ')}.` : ` It declares no ${kind}.`;
}

/** A non-empty string param, or an InvalidParams error naming it. */
export function requireName(value: unknown, what: string, field: string): string {
    if (typeof value !== 'string' || value === '') throw invalid(`Missing the ${what} name (\`${field}\`).`);
    return value;
}

/** Refuses a document with errors: `what` is the action, e.g. "preview deadlines". */
export function requireNoErrors(document: LangiumDocument, what: string): void {
    const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
    if (errors.length === 0) return;
    const first = errors[0]!;
    throw new ResponseError(
        LSPErrorCodes.RequestFailed,
        `The document has ${errors.length} error${errors.length === 1 ? '' : 's'}: fix ${errors.length === 1 ? 'it' : 'them'} to ${what} (line ${first.range.start.line + 1}: ${messageText(first.message)}).`,
    );
}

/** The lowered contract `name` of a document without errors, or a ResponseError saying why not. */
export function requireContract(document: LangiumDocument, name: unknown, what: string): Contract {
    requireNoErrors(document, what);
    const wanted = requireName(name, 'contract', 'contract');
    const contracts = (document.parseResult.value as ast.Model).contracts.filter((c) => c.name);
    const node = contracts.find((c) => c.name === wanted);
    if (!node) {
        const names = contracts.map((c) => c.name);
        throw invalid(`No contract "${wanted}" in this document.${suggestion(wanted, names)}${known('contracts', names)}`);
    }
    return loweredContract(node);
}

/**
 * The document of a request's params once it has reached `state`; a ResponseError when the server does not
 * have it. As Langium's own handlers do, it first waits for the workspace to be ready (documents opened while
 * the server starts are not known before). A new version arriving meanwhile resets the state: wait again.
 */
export async function documentAt(shared: LangiumSharedCoreServices, params: unknown, state: DocumentState, token: CancellationToken): Promise<LangiumDocument> {
    const uri = documentUri(params);
    if (uri === undefined) throw invalid('Missing the document (`textDocument.uri`).');
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    await shared.workspace.WorkspaceManager.ready;
    for (;;) {
        const document = documents.getDocument(parsed);
        if (!document) throw invalid(`The language server has no document ${uri}: open it in the editor first.`);
        if (document.state >= state) return document;
        await shared.workspace.DocumentBuilder.waitUntil(state, parsed, token);
    }
}

/** Milliseconds of engine work a request may take before it is cut short (WorkCutShort): the server must stay responsive. */
export const REQUEST_ENGINE_MS = 500;

/**
 * A request's engine work: refused once the client has cancelled, and cut short after REQUEST_ENGINE_MS
 * (the engine checks its budget at each year of table it builds), so one request never freezes the server.
 */
export function engineWork<T>(token: CancellationToken | undefined, body: () => T, now: () => number = () => performance.now()): T {
    if (token?.isCancellationRequested) throw cancelled();
    return withWorkBudget(timeBudget(REQUEST_ENGINE_MS, now), body);
}

/** Whatever a handler throws, as the client should see it: refusals as they are, the rest "Cannot <what>: …". */
export function asResponseError(error: unknown, what: string, token?: CancellationToken): ResponseError<void> {
    if (isOperationCancelled(error) || token?.isCancellationRequested) return cancelled();
    if (error instanceof ResponseError) return error as ResponseError<void>;
    if (error instanceof WorkCutShort) return new ResponseError(LSPErrorCodes.RequestFailed, t('en', 'answerCutShort', { ms: String(error.limit) }));
    // The runtime refused the contract or an input (a RangeError, a SimulationError): say so, not "internal error".
    return new ResponseError(LSPErrorCodes.RequestFailed, `Cannot ${what}: ${error instanceof Error ? error.message : String(error)}`);
}

/** Registers `handler` for `type` behind the one error guard; `what` names the action in failure messages. */
export function handle<P, R>(
    connection: Connection,
    type: RequestType<P, R, void>,
    what: string,
    handler: (params: Partial<P>, token: CancellationToken) => Promise<R> | R,
): void {
    connection.onRequest(type.method, async (params: P | null, token: CancellationToken) => {
        try {
            return await handler((params ?? {}) as Partial<P>, token);
        } catch (error) {
            throw asResponseError(error, what, token);
        }
    });
}
