import { afterAll, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification,
    DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { startServer } from './language-server-process.js';

// An untitled buffer has no file extension; once closed, the client forgets its language id too. The server
// must neither die on the next workspace update nor keep the buffer's diagnostics alive.
describe('untitled documents', () => {
    const server = startServer();
    const published: PublishDiagnosticsParams[] = [];
    server.connection.onNotification(PublishDiagnosticsNotification.type, (params) => void published.push(params));
    afterAll(() => server.child.kill());

    const waitFor = async (predicate: () => boolean, what: string) => {
        for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
        if (!predicate()) throw new Error(`timed out waiting for ${what}; server stderr:\n${server.stderr()}`);
    };

    it('are checked while open, forgotten when closed, and the server keeps serving', async () => {
        await server.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        await server.connection.sendNotification(InitializedNotification.type, {});
        let exitCode: number | null | undefined;
        void server.exited.then((code) => (exitCode = code));

        const untitled = 'untitled:Untitled-1';
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: untitled, languageId: 'pacto', version: 1, text: 'contract Draft {\n  provider\n}\n' },
        });
        await waitFor(() => published.some((p) => p.uri === untitled && p.diagnostics.length > 0), 'the untitled diagnostics');
        expect(published.find((p) => p.uri === untitled)!.diagnostics[0]!.message).toBe("Expected one of a text in double quotes, 'obligations' but found '}'.");

        await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: untitled } });
        const file = 'file:///tmp/pacto-untitled-test/a.pacto';
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: file, languageId: 'pacto', version: 1, text: 'contract A {}\n' },
        });
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: file, version: 2 },
            contentChanges: [{ text: 'contract B { provider }\n' }],
        });
        await waitFor(() => published.some((p) => p.uri === file && p.diagnostics.length > 0), 'the file diagnostics after the change');
        expect(exitCode).toBeUndefined();
        // The closed buffer's diagnostics were cleared (an empty set published after the close).
        expect(published.filter((p) => p.uri === untitled).at(-1)!.diagnostics).toEqual([]);
    });
});
