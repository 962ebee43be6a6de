/**
 * The built server over stdio never freezes on issue 13's inputs: the typo contracts get their diagnostics and
 * the server answers the next request; a preview past the horizon or in year 9999 is refused in words; a
 * 4.5 M-character string literal neither kills the server nor stops it answering.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DidOpenTextDocumentNotification,
    ExitNotification,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    ShutdownRequest,
    type Diagnostic,
} from 'vscode-languageserver-protocol';
import { ListCategoriesRequest, PreviewDeadlinesRequest } from '../../language/protocol.js';
import { startServer, type ServerProcess } from './language-server-process.js';

const MONDAYMONDAY = `contract ZenkiuSupport {
  term 2026-01-01 to 2026-12-31
  calendar Oficina {
    time zone "America/Caracas"
    mondaymonday to friday 08:00-12:00, 13:00-17:00
  }
  category Requerimiento {
    resolution within 240240 business hours on Oficina
  }
}
`;

const HOUR_A_WEEK = `contract K1 {
  term 2026-01-01 to 2026-12-31
  calendar K {
    time zone "UTC"
    monday 09:00-10:00
  }
  objective OnTime { 90% of resolutions on time per month }
  category A { resolution within 99999999999 business hours on K }
}
`;

describe('the server within bounds, over stdio', () => {
    let server: ServerProcess;
    let workspace: string;
    const published = new Map<string, Diagnostic[]>();
    const waiters: Array<() => void> = [];

    const diagnosticsFor = (uri: string, timeoutMs = 60_000) =>
        new Promise<Diagnostic[]>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}; server stderr:\n${server.stderr()}`)), timeoutMs);
            const poll = () => {
                const diagnostics = published.get(uri);
                if (!diagnostics) return void waiters.push(poll);
                clearTimeout(timer);
                resolve(diagnostics);
            };
            poll();
        });

    const open = async (name: string, text: string) => {
        const uri = pathToFileURL(path.join(workspace, name)).toString();
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'pacto', version: 1, text } });
        return { uri, diagnostics: await diagnosticsFor(uri) };
    };

    const refusal = async (promise: Promise<unknown>) => {
        try {
            await promise;
        } catch (error) {
            return (error as { message: string }).message;
        }
        throw new Error('the request was not refused');
    };

    beforeAll(async () => {
        workspace = mkdtempSync(path.join(tmpdir(), 'pacto-bounded-'));
        server = startServer();
        server.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
            published.set(uri, diagnostics);
            for (const waiter of waiters.splice(0)) waiter();
        });
        await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(workspace).toString(),
            workspaceFolders: null,
            capabilities: { textDocument: { publishDiagnostics: {} } },
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

    it('checks the typo contracts and answers the next request', async () => {
        const typo = await open('mondaymonday.pacto', MONDAYMONDAY);
        expect(typo.diagnostics.map((d) => d.message)).toContain(
            'A resolution target of 240240 business hours is longer than the whole contract term (2026-01-01 to 2026-12-31): a ticket opened on the first day would fall due after the contract ends.',
        );
        const weekly = await open('hour-a-week.pacto', HOUR_A_WEEK);
        expect(weekly.diagnostics.map((d) => d.message)).toEqual([
            'A resolution target of 99999999999 business hours is longer than the whole contract term (2026-01-01 to 2026-12-31): a ticket opened on the first day would fall due after the contract ends.',
        ]);
        expect(await server.connection.sendRequest(ListCategoriesRequest, { textDocument: { uri: weekly.uri } })).toEqual({
            contracts: [{ name: 'K1', categories: [{ name: 'A' }] }],
        });
    });

    it('refuses previews past the horizon and in year 9999 or 0001, and keeps answering', async () => {
        const { uri } = await open('hour-a-week-2.pacto', HOUR_A_WEEK.replace('K1', 'K2'));
        expect(await refusal(server.connection.sendRequest(PreviewDeadlinesRequest, { textDocument: { uri }, contract: 'K2', category: 'A', opened: '2026-03-02T09:00Z' }))).toBe(
            'Cannot preview deadlines: K2 / A: the resolution target of 99999999999 business hours would fall due more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); Pacto computes no deadline beyond that horizon.',
        );
        for (const opened of ['9999-12-30T12:00Z', '0001-01-01T00:00Z']) {
            const year = opened.slice(0, 4);
            expect(await refusal(server.connection.sendRequest(PreviewDeadlinesRequest, { textDocument: { uri }, contract: 'K2', category: 'A', opened }))).toBe(
                `Invalid opening instant "${opened}": year ${year} is outside the years Pacto computes with (1900 to 2200).`,
            );
        }
        expect(await server.connection.sendRequest(ListCategoriesRequest, { textDocument: { uri } })).toEqual({ contracts: [{ name: 'K2', categories: [{ name: 'A' }] }] });
    });

    it('survives a 4.5 M-character string literal', async () => {
        const { diagnostics } = await open('long-string.pacto', `contract S "${'a'.repeat(4_500_000)}" {\n  term 2026-01-01 to 2026-12-31\n}\n`);
        expect(diagnostics).toEqual([]);
        const { uri } = await open('after.pacto', HOUR_A_WEEK.replace('K1', 'K3'));
        expect(await server.connection.sendRequest(ListCategoriesRequest, { textDocument: { uri } })).toEqual({ contracts: [{ name: 'K3', categories: [{ name: 'A' }] }] });
        expect(server.child.exitCode).toBe(null);
    });
});
