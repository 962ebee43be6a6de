/**
 * What every custom request handler shares: finding the document once the server has built it, refusing a
 * document with errors or an unknown name with a message the client shows as is, and one error guard that
 * turns whatever a handler throws into the right `ResponseError`.
 */
import { DocumentState, isOperationCancelled, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type RequestType } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { closest, DEFAULT_LOCALE, errorMessageIn, t, timeBudget, tn, withWorkBudget, WorkCutShort, type Contract, type MessageKey, type SupportedLocale } from '../../runtime/index.js';
import { documentUri } from '../protocol.js';
import { loweredContract } from '../lower.js';

export function invalid(message: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function cancelled(locale: SupportedLocale = DEFAULT_LOCALE): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestCancelled, t(locale, 'requestCancelled'));
}

/**
 * The server's message locale (services.i18n.MessageLocale) for refusals, known before any document is: the
 * cheap checks of a request's params refuse in it before a build is awaited.
 */
export function requestLocale(shared: LangiumSharedCoreServices): SupportedLocale {
    for (const services of shared.ServiceRegistry.all) {
        const locale = (services as { i18n?: { MessageLocale?: { get(): SupportedLocale } } }).i18n?.MessageLocale?.get();
        if (locale !== undefined) return locale;
    }
    return DEFAULT_LOCALE;
}

/** What a request does, as its refusals name it ("fix it to simulate it"). */
export type RequestAction = 'previewDeadlines' | 'simulate' | 'export' | 'preview' | 'report';
const ACTIONS: Readonly<Record<RequestAction, MessageKey>> = {
    previewDeadlines: 'requestActionPreviewDeadlines',
    simulate: 'requestActionSimulate',
    export: 'requestActionExport',
    preview: 'requestActionPreview',
    report: 'requestActionReport',
};

/** A diagnostic's message as text (LSP 3.18 allows markup). */
function messageText(message: unknown): string {
    return typeof message === 'string' ? message : String((message as { value?: unknown } | undefined)?.value ?? '');
}

/** " Did you mean "Critical"?" or nothing. */
export function suggestion(name: string, candidates: string[], locale: SupportedLocale = DEFAULT_LOCALE): string {
    const near = closest(name, candidates);
    return near !== undefined ? t(locale, 'requestDidYouMean', { name: near }) : '';
}

type NameKind = 'contract' | 'category' | 'scenario';
const KNOWN: Readonly<Record<NameKind, readonly [some: MessageKey, none: MessageKey, missing: MessageKey]>> = {
    contract: ['requestKnownContracts', 'requestNoContracts', 'requestMissingContract'],
    category: ['requestKnownCategories', 'requestNoCategories', 'requestMissingCategory'],
    scenario: ['requestKnownScenarios', 'requestNoScenarios', 'requestMissingScenario'],
};

/** " Its categories: A, B." or " It declares no categories." */
export function known(kind: NameKind, names: string[], locale: SupportedLocale = DEFAULT_LOCALE): string {
    const [some, none] = KNOWN[kind];
    return names.length > 0 ? t(locale, some, { names: names.join(', ') }) : t(locale, none);
}

/** A non-empty string param (`kind` is its field too), or an InvalidParams error naming it. */
export function requireName(value: unknown, kind: NameKind, locale: SupportedLocale = DEFAULT_LOCALE): string {
    if (typeof value !== 'string' || value === '') throw invalid(t(locale, KNOWN[kind][2]));
    return value;
}

/** Refuses a document with errors, naming the action refused. */
export function requireNoErrors(document: LangiumDocument, action: RequestAction, locale: SupportedLocale = DEFAULT_LOCALE): void {
    const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
    if (errors.length === 0) return;
    const first = errors[0]!;
    throw new ResponseError(
        LSPErrorCodes.RequestFailed,
        tn(locale, 'requestDocumentErrors', errors.length, { action: t(locale, ACTIONS[action]), line: first.range.start.line + 1, message: messageText(first.message) }),
    );
}

/** The lowered contract `name` of a document without errors, or a ResponseError saying why not. */
export function requireContract(document: LangiumDocument, name: unknown, action: RequestAction, locale: SupportedLocale = DEFAULT_LOCALE): Contract {
    requireNoErrors(document, action, locale);
    const wanted = requireName(name, 'contract', locale);
    const contracts = (document.parseResult.value as ast.Model).contracts.filter((c) => c.name);
    const node = contracts.find((c) => c.name === wanted);
    if (!node) {
        const names = contracts.map((c) => c.name);
        throw invalid(t(locale, 'requestNoContract', { name: wanted }) + suggestion(wanted, names, locale) + known('contract', names, locale));
    }
    return loweredContract(node);
}

/**
 * The document of a request's params once it has reached `state`; a ResponseError when the server does not
 * have it. As Langium's own handlers do, it first waits for the workspace to be ready (documents opened while
 * the server starts are not known before). A new version arriving meanwhile resets the state: wait again.
 */
export async function documentAt(shared: LangiumSharedCoreServices, params: unknown, state: DocumentState, token: CancellationToken): Promise<LangiumDocument> {
    const locale = requestLocale(shared);
    const uri = documentUri(params);
    if (uri === undefined) throw invalid(t(locale, 'requestMissingDocument'));
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    await shared.workspace.WorkspaceManager.ready;
    for (;;) {
        const document = documents.getDocument(parsed);
        if (!document) throw invalid(t(locale, 'requestNoDocument', { uri }));
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
export function engineWork<T>(token: CancellationToken | undefined, body: () => T, now: () => number = () => performance.now(), locale: SupportedLocale = DEFAULT_LOCALE): T {
    if (token?.isCancellationRequested) throw cancelled(locale);
    return withWorkBudget(timeBudget(REQUEST_ENGINE_MS, now), body);
}

/** What a handler does, as "Cannot <what>: …" names it (the English words; the catalogue's in other languages). */
const WHAT = {
    'preview deadlines': 'requestWhatPreviewDeadlines',
    'list categories': 'requestWhatListCategories',
    'list scenarios': 'requestWhatListScenarios',
    simulate: 'requestWhatSimulate',
    'list export formats': 'requestWhatListExportFormats',
    export: 'requestWhatExport',
    'preview it': 'requestWhatPreview',
    'report on it': 'requestWhatReport',
} as const satisfies Record<string, MessageKey>;
export type RequestWhat = keyof typeof WHAT;

/** Whatever a handler throws, as the client should see it: refusals as they are, the rest "Cannot <what>: …". */
export function asResponseError(error: unknown, what: RequestWhat, token?: CancellationToken, locale: SupportedLocale = DEFAULT_LOCALE): ResponseError<void> {
    if (isOperationCancelled(error) || token?.isCancellationRequested) return cancelled(locale);
    if (error instanceof ResponseError) return error as ResponseError<void>;
    if (error instanceof WorkCutShort) return new ResponseError(LSPErrorCodes.RequestFailed, t(locale, 'answerCutShort', { ms: String(error.limit) }));
    // The runtime refused the contract or an input (a RangeError, a SimulationError): say so, not "internal error".
    return new ResponseError(LSPErrorCodes.RequestFailed, t(locale, 'requestCannot', { action: t(locale, WHAT[what]), reason: errorMessageIn(error, locale) }));
}

/** Registers `handler` for `type` behind the one error guard; `what` names the action in failure messages. */
export function handle<P, R>(
    connection: Connection,
    type: RequestType<P, R, void>,
    what: RequestWhat,
    handler: (params: Partial<P>, token: CancellationToken) => Promise<R> | R,
    locale: () => SupportedLocale = () => DEFAULT_LOCALE,
): void {
    connection.onRequest(type.method, async (params: P | null, token: CancellationToken) => {
        try {
            return await handler((params ?? {}) as Partial<P>, token);
        } catch (error) {
            throw asResponseError(error, what, token, locale());
        }
    });
}
