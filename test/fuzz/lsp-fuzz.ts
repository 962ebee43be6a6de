/**
 * The LSP fuzzer: random edit sequences against the real server bundle over stdio, each edit followed by
 * requests at random positions. It records every response's time and error, every diagnostic that says a
 * check crashed, an exit of the server, and the server's resident memory.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CancellationTokenSource,
    DidChangeTextDocumentNotification,
    DidChangeWatchedFilesNotification,
    FileChangeType,
    DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification,
    ErrorCodes,
    InitializedNotification,
    InitializeRequest,
    LSPErrorCodes,
    PublishDiagnosticsNotification,
    ResponseError,
} from 'vscode-languageserver-protocol';
import { ListCategoriesRequest, ListScenariosRequest, type ListCategoriesResult, type ListScenariosResult } from '../../language/protocol.js';
import { startServer, type ServerProcess } from '../server/language-server-process.js';
import { loadCorpus } from './corpus.js';
import { VALIDATION_CRASH } from './document-check.js';
import { planRequest, wholeDocumentRequests, type KnownNames, type PlannedRequest } from './lsp-requests.js';
import { mutate, mutateValue } from './mutations.js';
import { caseRandom, type Random } from './random.js';
import { changeBetween } from './text-edits.js';

export interface LspFuzzOptions {
    root: string;
    workspace: string;
    seed: number;
    from: number;
    /** Edit sequences to run. */
    count: number;
    /** A response later than this fails. */
    budgetMs: number;
    /** A request unanswered after this ends the run (the server is stuck). */
    hangMs: number;
    maxFailures: number;
    /** After this many sequences the server's RSS is taken as the baseline. */
    warmup: number;
}

export interface LspFinding {
    sequence: number;
    what: string;
}

export interface LspFuzzReport {
    sequences: number;
    edits: number;
    requests: number;
    /** Error responses the protocol documents (refusals, cancellations), by code. */
    refusals: Record<string, number>;
    /** Answers with a result (not null, not an error), by method: what the run really exercised. */
    answered: Record<string, number>;
    failures: LspFinding[];
    slowest: { sequence: number; method: string; ms: number; params: string }[];
    rss: { warm?: number; end?: number };
}

/** Codes a request may answer with: cancellation always; InvalidParams and RequestFailed for Pacto's refusals. */
const CANCELLED = new Set<number>([LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified]);
const REFUSED = new Set<number>([ErrorCodes.InvalidParams, LSPErrorCodes.RequestFailed]);
/** A refusal's message that is really a JavaScript failure passed through the error guard. */
const INTERNAL = /is not a function|Cannot read propert|of undefined|of null|is not iterable|Maximum call stack|Invalid unit value|Invalid time value|out of memory|is not defined|Invalid array length/;

export function reproduceLspCommand(seed: number, sequence: number): string {
    return `PACTO_FUZZ_SEED=${seed} PACTO_FUZZ_LSP_FROM=${sequence} PACTO_FUZZ_LSP_COUNT=1 npx vitest run test/fuzz/lsp.test.ts`;
}

/** Resident set size of a process in bytes (Linux /proc), or undefined elsewhere. */
export function rssOf(pid: number | undefined): number | undefined {
    if (pid === undefined) return undefined;
    try {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match ? Number(match[1]) * 1024 : undefined;
    } catch {
        return undefined;
    }
}

const brief = (value: unknown) => {
    const text = JSON.stringify(value) ?? 'undefined';
    return text.length > 300 ? `${text.slice(0, 297)}…` : text;
};

export async function runLspFuzz(options: LspFuzzOptions): Promise<LspFuzzReport> {
    const corpus = loadCorpus(options.root);
    const examples = corpus.filter((d) => !d.name.startsWith('test/'));
    const report: LspFuzzReport = { sequences: 0, edits: 0, requests: 0, refusals: {}, answered: {}, failures: [], slowest: [], rss: {} };
    const timings: LspFuzzReport['slowest'] = [];
    let sequence = options.from;
    /** The document as the server last got it, written beside the failure so it can be opened or checked. */
    const current = { text: '' };
    const fail = (what: string) => {
        const dir = path.join(tmpdir(), 'pacto-fuzz-cases');
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `lsp-seed-${options.seed}-sequence-${sequence}.pacto`);
        writeFileSync(file, current.text);
        report.failures.push({ sequence, what: `${what}\n  document at the time: ${file}\n  reproduce: ${reproduceLspCommand(options.seed, sequence)}` });
    };

    const server: ServerProcess = startServer();
    let exited: number | null | undefined;
    void server.exited.then((code) => {
        exited = code;
    });
    server.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
        for (const d of diagnostics) {
            const message = typeof d.message === 'string' ? d.message : String((d.message as { value?: string }).value);
            if (message.includes(VALIDATION_CRASH)) fail(`diagnostic on ${uri} at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${message.split('\n').slice(0, 4).join(' | ')}`);
        }
    });
    server.connection.onError(() => undefined);

    let stuck = false;
    /** Sends a request (cancelled `cancelAfter` ms later, as an editor does when the user types on) and judges its answer. */
    const send = async (request: PlannedRequest, cancelAfter?: number): Promise<unknown> => {
        report.requests++;
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), options.hangMs)));
        const cancellation = new CancellationTokenSource();
        const canceller = cancelAfter === undefined ? undefined : setTimeout(() => cancellation.cancel(), cancelAfter);
        const answer = server.connection.sendRequest(request.method, request.params, cancellation.token).then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
        );
        const outcome = await Promise.race([answer, timeout]);
        clearTimeout(timer);
        clearTimeout(canceller);
        cancellation.dispose();
        const ms = performance.now() - started;
        timings.push({ sequence, method: request.method, ms, params: brief(request.params) });
        if (outcome === 'hang') {
            stuck = true;
            fail(`${request.method} unanswered after ${options.hangMs} ms; params ${brief(request.params)}`);
            return undefined;
        }
        if (ms > options.budgetMs) fail(`${request.method} answered after ${Math.round(ms)} ms > ${options.budgetMs} ms; params ${brief(request.params)}`);
        if ('error' in outcome) {
            const error = outcome.error;
            const code = error instanceof ResponseError ? error.code : undefined;
            const message = error instanceof Error ? error.message : String(error);
            const documented = code !== undefined && (CANCELLED.has(code) || (request.custom && REFUSED.has(code) && !INTERNAL.test(message)));
            if (documented) report.refusals[String(code)] = (report.refusals[String(code)] ?? 0) + 1;
            else fail(`${request.method} answered error ${code ?? '(no code)'}: ${message}; params ${brief(request.params)}`);
            return undefined;
        }
        if (outcome.result !== null && outcome.result !== undefined) report.answered[request.method] = (report.answered[request.method] ?? 0) + 1;
        return outcome.result;
    };

    try {
        await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(options.workspace).toString(),
            workspaceFolders: null,
            capabilities: {
                textDocument: {
                    publishDiagnostics: {},
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                    inlayHint: {},
                    codeLens: {},
                    formatting: {},
                },
            },
        });
        await server.connection.sendNotification(InitializedNotification.type, {});

        for (; sequence < options.from + options.count && report.failures.length < options.maxFailures && !stuck; sequence++) {
            if (exited !== undefined) break;
            const rng = caseRandom(options.seed ^ 0x5eed, sequence);
            // Half the sequences only change values in an example, so that the document often stays free of
            // errors and the requests that compute (previews, exports, simulation) get past the refusal.
            const values = rng.chance(0.5);
            const seeds = values ? examples : corpus;
            await runSequence(options, seeds[rng.below(seeds.length)]!.text, values, rng, server, send, report, current);
            report.sequences++;
            if (report.sequences === options.warmup) report.rss.warm = rssOf(server.child.pid);
        }
        report.rss.end = rssOf(server.child.pid);
        // Let a crash caused by the last messages show before judging.
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (exited !== undefined) fail(`the server exited (code ${exited}); stderr:\n${server.stderr().split('\n').slice(-15).join('\n')}`);
    } finally {
        server.connection.dispose();
        if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
    timings.sort((a, b) => b.ms - a.ms);
    report.slowest = timings.slice(0, 5);
    return report;
}

/**
 * One sequence: open a seed document, edit it 2–8 times (typos, or values only), after each edit 1–4 requests
 * at once (one in ten cancelled within 50 ms), close it.
 */
async function runSequence(
    options: LspFuzzOptions,
    seedText: string,
    valuesOnly: boolean,
    rng: Random,
    server: ServerProcess,
    send: (request: PlannedRequest, cancelAfter?: number) => Promise<unknown>,
    report: LspFuzzReport,
    current: { text: string },
): Promise<void> {
    // As editors do: an untitled buffer, or a file on disk that is deleted after it is closed. Either leaves the
    // workspace when it is gone, so the server's memory after hundreds of sequences says whether anything leaks.
    const file = path.join(options.workspace, `sequence-${report.sequences}.pacto`);
    const untitled = report.sequences % 2 === 0;
    const uri = untitled ? `untitled:Untitled-${report.sequences}` : pathToFileURL(file).toString();
    if (!untitled) writeFileSync(file, seedText);
    let text = seedText;
    current.text = text;
    let version = 1;
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'pacto', version, text } });
    const known: KnownNames = {};
    const learn = async () => {
        known.categories = ((await send({ method: ListCategoriesRequest.method, params: { textDocument: { uri } }, custom: true })) as ListCategoriesResult | undefined) ?? known.categories;
        known.scenarios = ((await send({ method: ListScenariosRequest.method, params: { textDocument: { uri } }, custom: true })) as ListScenariosResult | undefined) ?? known.scenarios;
    };
    await learn();
    const edits = rng.between(2, 8);
    for (let e = 0; e < edits; e++) {
        const next = (valuesOnly ? mutateValue(text, rng) : mutate(text, rng)).text;
        if (next !== text) {
            await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: ++version },
                contentChanges: [changeBetween(text, next)],
            });
            text = next;
            current.text = text;
            report.edits++;
        }
        if (rng.chance(0.3)) await learn();
        const batch = [...Array.from({ length: rng.between(1, 4) }, () => planRequest(uri, text, known, rng)), ...(valuesOnly ? wholeDocumentRequests(uri, text) : [])];
        await Promise.all(batch.map((request) => send(request, rng.chance(0.1) ? rng.below(50) : undefined)));
    }
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    if (!untitled) {
        rmSync(file, { force: true });
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
    }
}
