/**
 * The built server over stdio (issue 13): a file of 50,000 stray names and one of random tokens get their
 * syntax errors up to the limit and one located "could not be parsed" (the first overflowed the parser's
 * stack), every feature answers on them, and the server stays up; a closed document whose file was deleted
 * while it was open leaves the workspace, its diagnostics cleared.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CodeLensRequest,
    CompletionRequest,
    DidChangeTextDocumentNotification,
    DidChangeWatchedFilesNotification,
    DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification,
    DocumentSymbolRequest,
    ExitNotification,
    FileChangeType,
    HoverRequest,
    InitializedNotification,
    InitializeRequest,
    InlayHintRequest,
    PublishDiagnosticsNotification,
    ShutdownRequest,
    WorkspaceSymbolRequest,
    type Diagnostic,
} from 'vscode-languageserver-protocol';
import { randomTokens } from '../fuzz/random-tokens.js';
import { startServer, type ServerProcess } from './language-server-process.js';

const STRAY_NAMES = `contract A {\n${Array.from({ length: 50_000 }, (_, i) => `  N${i} provider "x"`).join('\n')}\n}\n`;
const BROKEN = 'contract Gone {\n  term 2026-01-01 to 2026-12-31\n  category X { resolution within 4 business hours on Nowhere }\n}\n';

describe('the server on garbage, and on a deleted file closed', () => {
    let server: ServerProcess;
    let workspace: string;
    /** Every publication, in order, per document. */
    const published = new Map<string, Diagnostic[][]>();
    const waiters: Array<() => void> = [];

    /** The next publication for `uri` after the `seen` ones. */
    const publication = (uri: string, seen: number) =>
        new Promise<Diagnostic[]>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no publication ${seen + 1} for ${uri}; server stderr:\n${server.stderr()}`)), 120_000);
            const poll = () => {
                const list = published.get(uri) ?? [];
                if (list.length <= seen) return void waiters.push(poll);
                clearTimeout(timer);
                resolve(list[seen]!);
            };
            poll();
        });
    const count = (uri: string) => published.get(uri)?.length ?? 0;
    const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).toString();
    const text = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : String(d.message));

    beforeAll(async () => {
        workspace = mkdtempSync(path.join(tmpdir(), 'pacto-garbage-'));
        server = startServer();
        server.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
            published.set(uri, [...(published.get(uri) ?? []), diagnostics]);
            for (const waiter of waiters.splice(0)) waiter();
        });
        await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(workspace).toString(),
            workspaceFolders: null,
            capabilities: { textDocument: { publishDiagnostics: {}, hover: {}, completion: {}, inlayHint: {}, codeLens: {}, documentSymbol: {} } },
        });
        await server.connection.sendNotification(InitializedNotification.type, {});
    });

    afterAll(async () => {
        try {
            await server.connection.sendRequest(ShutdownRequest.type);
            await server.connection.sendNotification(ExitNotification.type);
        } finally {
            server.connection.dispose();
            server.child.kill();
            rmSync(workspace, { recursive: true, force: true });
        }
    });

    const garbage = [
        { name: 'stray-names.pacto', text: STRAY_NAMES, line: 501 },
        { name: 'random-tokens.pacto', text: `contract Fuzz {\n${randomTokens(1, 2_000_000)}`, line: undefined },
    ];
    for (const file of garbage) {
        it(`answers on ${file.name} (${(file.text.length / 1e6).toFixed(1)} MB) and stays up`, async () => {
            const uri = uriOf(file.name);
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'pacto', version: 1, text: file.text } });
            const diagnostics = await publication(uri, 0);
            const stopped = diagnostics.filter((d) => text(d).startsWith('The file could not be parsed from line'));
            expect(stopped).toHaveLength(1);
            if (file.line !== undefined) expect(text(stopped[0]!)).toBe(`The file could not be parsed from line ${file.line}: too many errors. Fix the first ones and check again.`);
            const lines = file.text.split('\n').length;
            const end = { line: lines - 1, character: 0 };
            const document = { textDocument: { uri } };
            await server.connection.sendRequest(HoverRequest.type, { ...document, position: { line: 1, character: 3 } });
            expect(await server.connection.sendRequest(CompletionRequest.type, { ...document, position: end })).not.toBe(null);
            await server.connection.sendRequest(InlayHintRequest.type, { ...document, range: { start: { line: 0, character: 0 }, end } });
            expect(Array.isArray(await server.connection.sendRequest(CodeLensRequest.type, document))).toBe(true);
            expect(Array.isArray(await server.connection.sendRequest(DocumentSymbolRequest.type, document))).toBe(true);
            await server.connection.sendNotification(DidCloseTextDocumentNotification.type, document);
            expect(server.child.exitCode).toBe(null);
        }, 180_000);
    }

    it('drops a closed document whose file was deleted while it was open, and clears its diagnostics', async () => {
        const file = path.join(workspace, 'gone.pacto');
        const uri = pathToFileURL(file).toString();
        writeFileSync(file, BROKEN);
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'pacto', version: 1, text: BROKEN } });
        const unknown = "Unknown calendar 'Nowhere'. No calendar is declared in this contract.";
        const opened = (await publication(uri, 0)).map(text);
        expect(opened).toHaveLength(3);
        expect(opened[0]).toBe(unknown);
        // Deleted on disk while the editor holds it: the watcher's deletion clears it…
        rmSync(file);
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
        expect(await publication(uri, 1)).toEqual([]);
        // …and an edit in the editor brings it back, as an unsaved buffer of a file that is no more.
        const edited = BROKEN.replace('4 business', '5 business');
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
        const back = (await publication(uri, 2)).map(text);
        expect(back).toHaveLength(3);
        expect(back[0]).toBe(unknown);
        expect((await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Gone' }))?.map((s) => s.name)).toEqual(['Gone']);
        // Closed without saving: nothing on disk holds it any more, so it leaves the workspace.
        const before = count(uri);
        await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        expect(await publication(uri, before)).toEqual([]);
        expect(await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Gone' })).toEqual([]);
    }, 60_000);
});
