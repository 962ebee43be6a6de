// The VS Code client for Pacto: starts the bundled language server and adds two commands.
// No domain logic here: everything about contracts is answered by the server (language/server.ts).
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
    ErrorCodes,
    LanguageClient,
    ResponseError,
    TransportKind,
    type LanguageClientOptions,
    type ServerOptions,
} from 'vscode-languageclient/node';
import {
    ListCategoriesMethod,
    PreviewDeadlinesCommand,
    PreviewDeadlinesMethod,
    RestartServerCommand,
    validateOpenedInstant,
    type ListCategoriesParams,
    type ListCategoriesResult,
    type PreviewDeadlinesParams,
    type PreviewDeadlinesResult,
} from './protocol.js';

const LANGUAGE_ID = 'pacto';
const SERVER_MODULE = 'dist/language/server.cjs';
const OPENED_EXAMPLE = '2026-03-06T17:30:00-03:00';

/** Everything the extension holds while active; all disposables go to `context.subscriptions`. */
class Ctx {
    private client: LanguageClient | undefined;
    private previewPanel: vscode.WebviewPanel | undefined;
    private lastOpened: string | undefined;
    readonly output: vscode.LogOutputChannel;

    constructor(private readonly context: vscode.ExtensionContext) {
        this.output = vscode.window.createOutputChannel('Pacto', { log: true });
        context.subscriptions.push(this.output);
    }

    async start(): Promise<void> {
        this.registerCommands();
        await this.startClient();
    }

    get currentClient(): LanguageClient | undefined {
        return this.client;
    }

    /** The running client; throws a readable error when the server is not running. */
    private requireClient(): LanguageClient {
        if (!this.client || !this.client.isRunning()) {
            throw new Error('The Pacto language server is not running (see the "Pacto" output). Try "Pacto: Restart language server".');
        }
        return this.client;
    }

    private async startClient(): Promise<void> {
        const module = this.context.asAbsolutePath(SERVER_MODULE);
        if (!fs.existsSync(module)) {
            throw new Error(`Language server not found at ${module}. Build it with "npm run bundle".`);
        }
        const serverOptions: ServerOptions = {
            run: { module, transport: TransportKind.ipc },
            debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
        };
        const clientOptions: LanguageClientOptions = {
            documentSelector: [
                { scheme: 'file', language: LANGUAGE_ID },
                { scheme: 'untitled', language: LANGUAGE_ID },
            ],
            synchronize: { configurationSection: LANGUAGE_ID },
            outputChannel: this.output,
            // Hovers link to the deadline preview (`command:pacto.previewDeadlines?[...]`): trust that command only.
            markdown: { isTrusted: { enabledCommands: [PreviewDeadlinesCommand] }, supportHtml: false },
        };
        // The id 'pacto' makes the client follow the `pacto.trace.server` setting.
        const client = new LanguageClient(LANGUAGE_ID, 'Pacto Language Server', serverOptions, clientOptions);
        this.client = client;
        await client.start();
        this.output.info(`Pacto language server started (${module}).`);
    }

    private registerCommands(): void {
        const register = (id: string, run: (...args: unknown[]) => unknown) =>
            this.context.subscriptions.push(
                vscode.commands.registerCommand(id, async (...args: unknown[]) => {
                    try {
                        return await run(...args);
                    } catch (error) {
                        const message = describeError(error);
                        this.output.error(`${id}: ${message}`);
                        void vscode.window.showErrorMessage(`Pacto: ${message}`);
                        return undefined;
                    }
                }),
            );
        register(RestartServerCommand, () => this.restart());
        register(PreviewDeadlinesCommand, (...args) => this.previewDeadlines(args));
        // Stop the client with the extension (it is not a vscode.Disposable itself); deactivate() awaits it.
        this.context.subscriptions.push({ dispose: () => void this.stopClient() });
    }

    /** Stops the server; safe to call more than once and after a failed start. */
    async stopClient(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        try {
            if (client?.needsStop()) await client.stop();
        } catch (error) {
            this.output.warn(`Stopping the language server: ${describeError(error)}`);
        }
    }

    private async restart(): Promise<void> {
        if (this.client?.needsStop()) {
            await this.client.restart();
        } else {
            // Never started, or its start failed: start afresh.
            await this.stopClient();
            await this.startClient();
        }
        void vscode.window.setStatusBarMessage('Pacto language server restarted', 3000);
    }

    /**
     * `pacto.previewDeadlines [uri, contract, category, opened?]`: from a code lens all but `opened` come
     * in; from the palette the category is picked from the active document.
     */
    private async previewDeadlines(args: unknown[]): Promise<PreviewDeadlinesResult | undefined> {
        const client = this.requireClient();
        let [uri, contract, category, opened] = args.map((arg) => (arg instanceof vscode.Uri ? arg.toString() : arg));
        if (typeof uri !== 'string' || typeof contract !== 'string' || typeof category !== 'string') {
            const picked = await this.pickCategory(client);
            if (!picked) return undefined;
            ({ uri, contract, category } = picked);
        }
        if (typeof opened !== 'string') {
            opened = await vscode.window.showInputBox({
                title: `Preview deadlines of ${category}`,
                prompt: 'Instant the ticket is opened (ISO 8601 with offset)',
                placeHolder: OPENED_EXAMPLE,
                value: this.lastOpened ?? OPENED_EXAMPLE,
                ignoreFocusOut: true,
                validateInput: validateOpenedInstant,
            });
            if (opened === undefined) return undefined;
        }
        const invalid = validateOpenedInstant(opened as string);
        if (invalid) throw new Error(invalid);
        this.lastOpened = (opened as string).trim();

        const params: PreviewDeadlinesParams = {
            uri: uri as string,
            contract: contract as string,
            category: category as string,
            opened: this.lastOpened,
        };
        const result = await sendCustomRequest<PreviewDeadlinesResult>(client, PreviewDeadlinesMethod, params, 'deadline previews');
        if (!result || typeof result.markdown !== 'string') {
            throw new Error(`The language server gave no preview for ${params.contract}.${params.category}.`);
        }
        await this.showPreview(`Deadlines: ${params.category}`, result.markdown);
        return result;
    }

    private async pickCategory(client: LanguageClient): Promise<{ uri: string; contract: string; category: string } | undefined> {
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.document.languageId !== LANGUAGE_ID) {
            throw new Error('Open a .pacto file to preview its deadlines.');
        }
        const uri = editor.document.uri.toString();
        const params: ListCategoriesParams = { uri };
        const listed = await sendCustomRequest<ListCategoriesResult>(client, ListCategoriesMethod, params, 'listing categories');
        const items = (listed?.contracts ?? []).flatMap((contract) =>
            contract.categories.map((category) => ({
                label: category.name,
                description: category.title,
                detail: `contract ${contract.name}${contract.title ? ` — ${contract.title}` : ''}`,
                contract: contract.name,
                category: category.name,
            })),
        );
        if (items.length === 0) throw new Error('This document declares no category.');
        const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Preview deadlines of category…', matchOnDescription: true, matchOnDetail: true });
        return picked && { uri, contract: picked.contract, category: picked.category };
    }

    private async showPreview(title: string, markdown: string): Promise<void> {
        let html: string;
        try {
            // The built-in Markdown extension's renderer (same look as VS Code's Markdown preview).
            html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
        } catch {
            html = `<pre>${escapeHtml(markdown)}</pre>`;
        }
        if (!this.previewPanel) {
            this.previewPanel = vscode.window.createWebviewPanel('pacto.deadlines', title, vscode.ViewColumn.Beside, {
                enableScripts: false,
                enableFindWidget: true,
                enableCommandUris: [PreviewDeadlinesCommand],
            });
            this.previewPanel.onDidDispose(() => (this.previewPanel = undefined), undefined, this.context.subscriptions);
            this.context.subscriptions.push(this.previewPanel);
        }
        this.previewPanel.title = title;
        this.previewPanel.webview.html = webviewPage(title, html, this.previewPanel.webview.cspSource);
        this.previewPanel.reveal(vscode.ViewColumn.Beside, true);
    }
}

/** A custom request; a server that does not implement it gets a clear message instead of "-32601". */
async function sendCustomRequest<R>(client: LanguageClient, method: string, params: object, what: string): Promise<R> {
    try {
        return await client.sendRequest<R>(method, params);
    } catch (error) {
        if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) {
            throw new Error(`this version of the Pacto language server does not support ${what} (${method}).`);
        }
        throw error;
    }
}

function describeError(error: unknown): string {
    if (error instanceof ResponseError) return `${error.message} (code ${error.code})`;
    if (error instanceof Error) return error.message;
    return String(error);
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function webviewPage(title: string, body: string, cspSource: string): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} https: data:; style-src 'unsafe-inline' ${cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1.5em; line-height: 1.5; }
  table { border-collapse: collapse; margin: 1em 0; }
  th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 0.25em 0.75em; text-align: left; }
  code, pre { font-family: var(--vscode-editor-font-family); }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** What `activate` returns to other extensions (and to the e2e tests): the running language client. */
export interface PactoExtensionApi {
    readonly client: LanguageClient | undefined;
}

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PactoExtensionApi> {
    const current = new Ctx(context);
    ctx = current;
    try {
        await current.start();
        return {
            get client() {
                return current.currentClient;
            },
        };
    } catch (error) {
        const message = describeError(error);
        const output = current.output;
        output.error(`Activation failed: ${message}`);
        void vscode.window.showErrorMessage(`Pacto extension failed to activate: ${message}`, 'Show output').then((choice) => {
            if (choice) output.show();
        });
        throw error;
    }
}

export async function deactivate(): Promise<void> {
    // Everything else is disposed through context.subscriptions; the server gets a clean shutdown first.
    await ctx?.stopClient();
    ctx = undefined;
}
