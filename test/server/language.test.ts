/**
 * The server speaks the client's language: the `initialize` locale, overridden by the setting `pacto.language`
 * (pulled with workspace/configuration, pushed with didChangeConfiguration), English when unknown. Diagnostics
 * are published again in the new language when it changes; their codes never change. Runs the built server on
 * stdio, as an editor would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
    ConfigurationRequest,
    DidChangeConfigurationNotification,
    DidOpenTextDocumentNotification,
    ExitNotification,
    HoverRequest,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    RegistrationRequest,
    ShutdownRequest,
    type Diagnostic,
    type Hover,
    type MarkupContent,
    type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { PreviewDeadlinesRequest } from '../../language/protocol.js';
import { startServer, type ServerProcess } from './language-server-process.js';

const URI = 'untitled:Untitled-locale';

const TEXT = `contract Demo {
  term 2026-01-01 to 2026-12-31
  calendar Office {
    time zone "America/Sao_Paulo"
    monday to friday 09:00-18:00
  }
  category Question {
    resolution within 8 business hours on Ofice
  }
  category Outage {
    response within 1 business hour on Office
  }
}
`;
/** The `1` of `response within 1 business hour on Office`: a target's hover. */
const TARGET = { line: 10, character: 20 };

interface Client {
    server: ServerProcess;
    /** The `pacto` section the client answers workspace/configuration with. */
    settings: Record<string, unknown>;
    diagnostics: PublishDiagnosticsParams[];
}

let client: Client | undefined;

afterEach(async () => {
    if (!client) return;
    const { server } = client;
    client = undefined;
    try {
        await server.connection.sendRequest(ShutdownRequest.type);
        await server.connection.sendNotification(ExitNotification.type);
    } catch {
        // The server may already be gone; the process is ended below either way.
    }
    server.child.kill();
    await server.exited;
});

async function start(locale: string | undefined, settings: Record<string, unknown>): Promise<Client> {
    const server = startServer();
    const started: Client = { server, settings, diagnostics: [] };
    client = started;
    server.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'pacto' ? started.settings : null)));
    server.connection.onRequest(RegistrationRequest.type, () => undefined);
    server.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        started.diagnostics.push(params);
    });
    await server.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        ...(locale !== undefined ? { locale } : {}),
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'pacto', version: 1, text: TEXT } });
    return started;
}

/** The diagnostics of the document once published with a message matching `message` (several publications may come first). */
async function diagnosticsMatching(started: Client, message: RegExp, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const last = started.diagnostics.filter((d) => d.uri === URI).at(-1);
        if (last && last.diagnostics.some((d) => message.test(messageOf(d)))) return last.diagnostics;
        if (Date.now() > deadline) {
            throw new Error(`No diagnostics matching ${message} within ${timeoutMs} ms; last published: ${JSON.stringify(last?.diagnostics.map(messageOf))}\n${started.server.stderr()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

async function hoverText(started: Client): Promise<string> {
    const hover = await started.server.connection.sendRequest<Hover | null>(HoverRequest.method, { textDocument: { uri: URI }, position: TARGET });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

/** A diagnostic's message as text (LSP 3.18 allows markup). */
function messageOf(diagnostic: Diagnostic): string {
    const message: unknown = diagnostic.message;
    return typeof message === 'string' ? message : (message as MarkupContent).value;
}

const codes = (list: Diagnostic[]) => list.map((d) => (d.data as { code?: string } | undefined)?.code ?? d.code).sort();

describe('the language of the language server', () => {
    it('follows the editor display language of initialize (pt-br) when the setting is auto', async () => {
        const started = await start('pt-br', { language: 'auto' });
        const list = await diagnosticsMatching(started, /não é um calendário deste contrato/);
        expect(list.map(messageOf)).toContain("'Ofice' não é um calendário deste contrato. Você quis dizer 'Office'?");
        expect(await hoverText(started)).toContain('**1 hora útil**: o relógio só corre enquanto o calendário `Office` está aberto');
    }, 60_000);

    it('lets pacto.language override it, switches when the setting changes, and keeps the codes', async () => {
        const started = await start('pt-br', { language: 'es' });
        const spanish = await diagnosticsMatching(started, /no es un calendario de este contrato/);
        expect(spanish.map(messageOf)).toContain("'Ofice' no es un calendario de este contrato. ¿Quiso decir 'Office'?");
        // The first build waited for the setting: nothing was ever published in another language.
        const published = started.diagnostics.filter((p) => p.uri === URI).flatMap((p) => p.diagnostics.map(messageOf));
        expect(published.filter((m) => /Unknown|não é/.test(m))).toEqual([]);
        expect(await hoverText(started)).toContain('**1 hora hábil**: el reloj solo corre mientras el calendario `Office` está abierto');
        // The deadline preview (pacto/previewDeadlines) too: a Friday-evening ticket waits for Monday's opening.
        const valid = 'untitled:Untitled-valid';
        await started.server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: valid, languageId: 'pacto', version: 1, text: TEXT.replace('on Ofice', 'on Office') },
        });
        const preview = await started.server.connection.sendRequest(PreviewDeadlinesRequest, {
            textDocument: { uri: valid }, contract: 'Demo', category: 'Outage', opened: '2026-03-06T18:30:00-03:00',
        });
        expect(preview.markdown).toContain('### Vencimientos de `Outage`');
        expect(preview.markdown).toContain('- Abierto el vie 2026-03-06 18:30 (−03:00), con `Office` cerrado: el reloj empieza en la siguiente apertura, el lun 2026-03-09 09:00 (−03:00).');
        expect(preview.markdown).toContain('| Primera respuesta | 1 hora hábil según `Office` | **lun 2026-03-09 10:00 (−03:00)** |');

        started.settings = { language: 'en' };
        await started.server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { pacto: started.settings } });
        const english = await diagnosticsMatching(started, /^Unknown calendar 'Ofice'/);
        expect(english.map(messageOf)).toContain("Unknown calendar 'Ofice'. Did you mean 'Office'?");
        expect(await hoverText(started)).toContain('**1 business hour**: the clock runs only while calendar `Office` is open');
        expect(codes(english)).toEqual(codes(spanish));

        // A client that pulls its settings only says that something changed: the server asks again.
        started.settings = { language: 'auto' };
        await started.server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
        await diagnosticsMatching(started, /não é um calendário deste contrato/);
    }, 60_000);

    it('speaks English for a language it does not write, or a setting it does not know', async () => {
        const started = await start('de', { language: 'auto' });
        await diagnosticsMatching(started, /^Unknown calendar 'Ofice'/);
        started.settings = { language: 'klingon' };
        await started.server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { pacto: started.settings } });
        started.settings = { language: 'pt-BR' };
        await started.server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { pacto: started.settings } });
        await diagnosticsMatching(started, /não é um calendário deste contrato/);
        started.settings = { language: 'klingon' };
        await started.server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { pacto: started.settings } });
        await diagnosticsMatching(started, /^Unknown calendar 'Ofice'/);
    }, 60_000);
});
