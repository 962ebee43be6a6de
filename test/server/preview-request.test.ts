/**
 * The custom requests `pacto/previewDeadlines` and `pacto/listCategories` over stdio, against the built
 * server bundle (dist/language/server.cjs, built by `node esbuild.mjs` / `npm test`), as the VS Code
 * client sends them. Expected instants are worked by hand in the comments.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DidOpenTextDocumentNotification,
    ExitNotification,
    HoverRequest,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    ShutdownRequest,
    type Diagnostic,
    type Hover,
    type MarkupContent,
} from 'vscode-languageserver-protocol';
import { ListCategoriesRequest, PreviewDeadlinesRequest, type PreviewDeadlinesParams } from '../../language/protocol.js';
import { startServer, type ServerProcess } from './language-server-process.js';

const HELPDESK = `contract Helpdesk "Help desk" {
  provider "Exemplo Tecnologia Ltda."
  customer "Comercial Exemplo S.A."
  term 2026-03-01 to 2027-02-28

  calendar Comercial {
    time zone "America/Sao_Paulo"
    monday to friday 09:00-18:00
    saturday 09:00-13:00
    holidays of "BR" "SP"
  }

  default calendar Comercial

  category Duvida "Dúvida de uso" {
    priority 3
    response within 4 business hours
    resolution within 2 business days
  }

  category Queda {
    priority 1
    resolution within 4 hours
  }

  objective Resolucao { 90% of resolutions on time per month }

  escalation for Duvida {
    at 50% of resolution notify "Coordenador" "coord@exemplo.example"
  }
}
`;

const NEW_YORK = `contract Spring {
  provider "Acme Corp."
  customer "Example Inc."
  term 2026-03-01 to 2026-12-31

  calendar Office {
    time zone "America/New_York"
    monday to friday 09:00-17:00
  }

  default calendar Office

  category Incident {
    priority 1
    response within 4 business hours
    resolution within 4 hours
  }

  objective OnTime { 90% of resolutions on time per month }
}
`;

const BROKEN = 'contract Broken {\n  provider "x"\n';

describe('pacto/previewDeadlines and pacto/listCategories over stdio', () => {
    let server: ServerProcess;
    let workspace: string;
    const published = new Map<string, Diagnostic[]>();
    const waiters: Array<() => void> = [];
    const uris: Record<'helpdesk' | 'newYork' | 'broken', string> = { helpdesk: '', newYork: '', broken: '' };

    const diagnosticsFor = (uri: string, timeoutMs = 10_000) =>
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
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'pacto', version: 1, text },
        });
        await diagnosticsFor(uri);
        return uri;
    };

    /** The request as the protocol has it: the document under `textDocument`. */
    type Params = Omit<PreviewDeadlinesParams, 'textDocument'> & { uri: string };
    const preview = ({ uri, ...rest }: Params) => server.connection.sendRequest(PreviewDeadlinesRequest, { textDocument: { uri }, ...rest });

    /** The error a request is refused with, as the client sees it. */
    const refusal = async (params: Params) => {
        try {
            await preview(params);
        } catch (error) {
            const { code, message } = error as { code: number; message: string };
            return { code, message };
        }
        throw new Error('the request was not refused');
    };

    beforeAll(async () => {
        workspace = mkdtempSync(path.join(tmpdir(), 'pacto-preview-'));
        server = startServer();
        server.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
            published.set(uri, diagnostics);
            for (const waiter of waiters.splice(0)) waiter();
        });
        await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(workspace).toString(),
            workspaceFolders: null,
            capabilities: { textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown'] } } },
        });
        await server.connection.sendNotification(InitializedNotification.type, {});
        uris.helpdesk = await open('helpdesk.pacto', HELPDESK);
        uris.newYork = await open('new-york.pacto', NEW_YORK);
        uris.broken = await open('broken.pacto', BROKEN);
        expect(published.get(uris.helpdesk)!.filter((d) => d.severity === 1)).toEqual([]);
        expect(published.get(uris.newYork)!.filter((d) => d.severity === 1)).toEqual([]);
    });

    afterAll(async () => {
        try {
            await server.connection.sendRequest(ShutdownRequest.type);
            await server.connection.sendNotification(ExitNotification.type);
            await server.exited;
        } finally {
            server.connection.dispose();
            if (server.child.exitCode === null) server.child.kill();
            rmSync(workspace, { recursive: true, force: true });
        }
    });

    it('lists the contracts and categories of a document', async () => {
        const result = await server.connection.sendRequest(ListCategoriesRequest, { textDocument: { uri: uris.helpdesk } });
        expect(result).toEqual({
            contracts: [{ name: 'Helpdesk', title: 'Help desk', categories: [{ name: 'Duvida', title: 'Dúvida de uso' }, { name: 'Queda' }] }],
        });
    });

    it('previews due instants, escalations and the trace of each target across a holiday', async () => {
        // Thursday 2 April 17:45, Good Friday closed. Response: 15 min Thursday + 3 h 45 min Saturday → Sat 12:45.
        // Resolution: 2nd open day after Thursday (Saturday, Monday) at 17:45 → Mon 6 April 17:45; its
        // open time is 15 min + 4 h + 8 h 45 min = 13 h; half of it, 6 h 30 min, is 15 min Thursday,
        // 4 h Saturday and 2 h 15 min Monday: Monday 11:15.
        const { markdown } = await preview({ uri: uris.helpdesk, contract: 'Helpdesk', category: 'Duvida', opened: '2026-04-02T17:45:00-03:00' });
        expect(markdown).toContain('### Deadlines of `Duvida` — Dúvida de uso');
        expect(markdown).toContain('Ticket opened **Thu 2026-04-02 17:45 (−03:00)** (America/Sao_Paulo).');
        expect(markdown).toContain('| Response | 4 business hours on `Comercial` | **Sat 2026-04-04 12:45 (−03:00)** |');
        expect(markdown).toContain('| Resolution | 2 business days on `Comercial` | **Mon 2026-04-06 17:45 (−03:00)** |');
        expect(markdown).toContain('| Mon 2026-04-06 11:15 (−03:00) | 50% of resolution | Coordenador (coord@exemplo.example) |');
        expect(markdown).toContain([
            '#### Response: 4 business hours on `Comercial`',
            '',
            '- Opened Thu 2026-04-02 17:45 (−03:00), while `Comercial` is open: the clock starts at once.',
            '- Open time counted: 4 h in 2 intervals (local times, America/Sao_Paulo):',
            '  - Thu 2026-04-02 17:45–18:00 (15 min)',
            '  - Sat 2026-04-04 09:00–12:45 (3 h 45 min)',
            '- Holidays skipped: Fri 2026-04-03 Good Friday.',
            '- DST changes crossed: none.',
            '- Due **Sat 2026-04-04 12:45 (−03:00)**.',
        ].join('\n'));
        expect(markdown).toContain('- Closed days skipped (no weekly hours): Sun 2026-04-05.');
    });

    it('names the change of offset a deadline crosses, for business and wall-clock time', async () => {
        // Friday 6 March 17:30 EST, closed: the clock starts Monday 09:00 EDT; 4 h → 13:00 EDT.
        const business = await preview({ uri: uris.newYork, contract: 'Spring', category: 'Incident', opened: '2026-03-06T17:30:00-05:00' });
        expect(business.markdown).toContain('| Response | 4 business hours on `Office` | **Mon 2026-03-09 13:00 (−04:00)** |');
        expect(business.markdown).toContain('- Opened Fri 2026-03-06 17:30 (−05:00), while `Office` is closed: the clock starts at the next opening, Mon 2026-03-09 09:00 (−04:00).');
        expect(business.markdown).toContain('- Closed days skipped (no weekly hours): Sat 2026-03-07, Sun 2026-03-08.');
        expect(business.markdown).toContain('- DST changes crossed: Sun 2026-03-08 03:00 (−04:00): clocks go forward 1 h (−05:00 → −04:00).');
        // Sunday 8 March 01:00 EST + 4 real hours = 06:00 EDT; the wall clock shows 5 h.
        const wall = await preview({ uri: uris.newYork, contract: 'Spring', category: 'Incident', opened: '2026-03-08T06:00:00Z' });
        expect(wall.markdown).toContain('| Resolution | 4 hours (wall-clock) | **Sun 2026-03-08 06:00 (−04:00)** |');
        expect(wall.markdown).toContain('- DST changes crossed in America/New_York: Sun 2026-03-08 03:00 (−04:00): clocks go forward 1 h (−05:00 → −04:00); the wall clock shows 5 h for 4 h of real time.');
    });

    it('refuses a document with errors, unknown names, bad instants and unknown documents with a clear message', async () => {
        const opened = '2026-03-06T17:30:00-03:00';
        expect(await refusal({ uri: uris.broken, contract: 'Broken', category: 'X', opened })).toEqual({
            code: -32803,
            message: "The document has 1 error: fix it to preview deadlines (line 2: Expected '}' but found the end of the file.).",
        });
        expect(await refusal({ uri: uris.helpdesk, contract: 'HelpDesk', category: 'Duvida', opened })).toEqual({
            code: -32602,
            message: 'No contract "HelpDesk" in this document. Did you mean "Helpdesk"? Its contracts: Helpdesk.',
        });
        expect(await refusal({ uri: uris.helpdesk, contract: 'Helpdesk', category: 'Duvidas', opened })).toEqual({
            code: -32602,
            message: 'Contract Helpdesk has no category "Duvidas". Did you mean "Duvida"? Its categories: Duvida, Queda.',
        });
        expect(await refusal({ uri: uris.helpdesk, contract: 'Helpdesk', category: 'Duvida', opened: '2026-03-06 17:30' })).toEqual({
            code: -32602,
            message: 'Invalid opening instant "2026-03-06 17:30": not an ISO 8601 instant such as 2026-03-02T09:00-03:00 or 2026-03-02T12:00Z.',
        });
        expect(await refusal({ uri: uris.helpdesk, contract: 'Helpdesk', category: 'Duvida', opened: '2026-02-30T10:00:00-03:00' })).toEqual({
            code: -32602,
            message: 'Invalid opening instant "2026-02-30T10:00:00-03:00": day 30 does not exist in 2026-02.',
        });
        const missing = pathToFileURL(path.join(workspace, 'missing.pacto')).toString();
        expect(await refusal({ uri: missing, contract: 'Helpdesk', category: 'Duvida', opened })).toEqual({
            code: -32602,
            message: `The language server has no document ${missing}: open it in the editor first.`,
        });
    });

    it('still answers clients of Pacto 0.1, which sent `uri` instead of `textDocument`', async () => {
        const result = (await server.connection.sendRequest(PreviewDeadlinesRequest.method, {
            uri: uris.helpdesk, contract: 'Helpdesk', category: 'Duvida', opened: '2026-04-02T17:45:00-03:00',
        })) as { markdown: string };
        const { markdown } = await preview({ uri: uris.helpdesk, contract: 'Helpdesk', category: 'Duvida', opened: '2026-04-02T17:45:00-03:00' });
        expect(result.markdown).toBe(markdown);
    });

    it('shows worked examples with Explain links in the hover of a target', async () => {
        const line = HELPDESK.split('\n').findIndex((l) => l.includes('response within 4 business hours'));
        const hover: Hover | null = await server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uris.helpdesk },
            position: { line, character: 6 },
        });
        const value = (hover!.contents as MarkupContent).value;
        expect(value).toContain('| Eve of Good Friday (Fri 03 Apr) | Thu 02 Apr 17:45 → due Sat 04 Apr 12:45 | skips Good Friday (Fri 03 Apr) |');
        const args = encodeURIComponent(JSON.stringify([uris.helpdesk, 'Helpdesk', 'Duvida', '2026-04-02T17:45:00-03:00']));
        expect(value).toContain(`[Explain…](command:pacto.previewDeadlines?${args} "Open the explanation trace of this example")`);
    });
});
