import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CompletionRequest,
    DidOpenTextDocumentNotification,
    ExitNotification,
    HoverRequest,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    ShutdownRequest,
    type CompletionItem,
    type CompletionList,
    type Diagnostic,
    type Hover,
    type MarkupContent,
} from 'vscode-languageserver-protocol';
import { startServer, type ServerProcess } from './language-server-process.js';

const BROKEN = 'contract Broken {\n  provider "x"\n';

const VALID = `contract Demo "Demo agreement" {
  provider "Provider Inc."
  customer "Customer Ltd."
  term 2026-01-01 to 2026-12-31
  fee 100 USD monthly
  locale "en"

  calendar Office {
    time zone "UTC"
    monday to friday 09:00-17:00
  }

  default calendar Office

  /** Nothing works for anyone. */
  category Critical "Critical failure" {
    priority 1
    response within 1 business hour
    resolution within 4 business hours
  }

  objective OnTime { 90% of resolutions on time for Critical per month }

  escalation for Critical {
    at 50% of resolution notify "Lead" "lead@example.com"
  }

}
`;
const LINES = VALID.split('\n');
/** 0-based, as LSP counts: the line `escalation for Critical {`. */
const HOVER_LINE = LINES.findIndex((line) => line.includes('escalation for Critical'));
/** The empty line before the contract's closing brace: inside the contract block. */
const BLANK_LINE = LINES.lastIndexOf('}') - 1;


describe('pacto-language-server --stdio', () => {
    let server: ServerProcess;
    let workspace: string;
    /** Diagnostics by document URI, as the server publishes them (the latest set wins). */
    const published = new Map<string, Diagnostic[]>();
    const waiters: Array<() => void> = [];

    const diagnosticsFor = (uri: string, timeoutMs = 10_000) =>
        new Promise<Diagnostic[]>((resolve, reject) => {
            const timer = setTimeout(
                () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr:\n${server.stderr()}`)),
                timeoutMs,
            );
            const poll = () => {
                const diagnostics = published.get(uri);
                if (!diagnostics) return void waiters.push(poll);
                clearTimeout(timer);
                resolve(diagnostics);
            };
            poll();
        });

    const open = (name: string, text: string) => {
        const uri = pathToFileURL(path.join(workspace, name)).toString();
        void server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'pacto', version: 1, text },
        });
        return uri;
    };

    beforeAll(async () => {
        workspace = mkdtempSync(path.join(tmpdir(), 'pacto-lsp-'));
        server = startServer();
        server.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
            published.set(uri, diagnostics);
            for (const waiter of waiters.splice(0)) waiter();
        });
        const result = await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(workspace).toString(),
            workspaceFolders: null,
            capabilities: {
                textDocument: {
                    publishDiagnostics: {},
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: false } },
                },
            },
        });
        expect(result.capabilities.hoverProvider).toBeTruthy();
        expect(result.capabilities.completionProvider).toBeDefined();
        await server.connection.sendNotification(InitializedNotification.type, {});
    });

    afterAll(() => {
        server.connection.dispose();
        if (server.child.exitCode === null) server.child.kill();
        rmSync(workspace, { recursive: true, force: true });
    });

    it('publishes the parser error of a broken contract at its exact range', async () => {
        const diagnostics = await diagnosticsFor(open('broken.pacto', BROKEN));
        expect(diagnostics.map(({ message, range, severity }) => ({ message, range, severity }))).toEqual([
            {
                message: "Expected '}' but found the end of the file.",
                range: { start: { line: 1, character: 14 }, end: { line: 1, character: 14 } },
                severity: 1,
            },
        ]);
    });

    it('publishes no errors for a valid contract', async () => {
        const diagnostics = await diagnosticsFor(open('valid.pacto', VALID));
        expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    });

    it('answers hover on a category reference with non-empty content', async () => {
        const uri = pathToFileURL(path.join(workspace, 'valid.pacto')).toString();
        await diagnosticsFor(uri);
        const character = LINES[HOVER_LINE]!.indexOf('Critical') + 3;
        const hover: Hover | null = await server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri },
            position: { line: HOVER_LINE, character },
        });
        expect(hover).not.toBeNull();
        const contents = hover!.contents as MarkupContent;
        // Whatever else the hover shows, a declaration's doc comment is the least it has to say.
        expect(contents.value.trim()).not.toBe('');
    });

    it('offers the contract keywords in completion inside a contract block', async () => {
        const uri = pathToFileURL(path.join(workspace, 'valid.pacto')).toString();
        await diagnosticsFor(uri);
        const result: CompletionItem[] | CompletionList | null = await server.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri },
            position: { line: BLANK_LINE, character: 2 },
        });
        const items = Array.isArray(result) ? result : (result?.items ?? []);
        const labels = items.map((item) => item.label);
        expect(labels).toEqual(expect.arrayContaining(['category', 'calendar', 'objective', 'escalation', 'scenario']));
    });

    it('shuts down and exits with status 0', async () => {
        await server.connection.sendRequest(ShutdownRequest.type);
        await server.connection.sendNotification(ExitNotification.type);
        expect(await server.exited).toBe(0);
    });
});
