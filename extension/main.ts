// The VS Code client for Pacto: starts the bundled language server and adds the commands (deadline
// preview, simulation, export, contract preview, new contract). No domain logic here: everything about
// contracts is answered by the server (language/server.ts); this file asks, shows and writes files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    ErrorCodes,
    LanguageClient,
    ResponseError,
    TransportKind,
    type LanguageClientOptions,
    type ServerOptions,
} from 'vscode-languageclient/node';
import { readConfig } from './config.js';
import {
    ContractPreviewMethod,
    EXPORT_EXTENSIONS,
    EXPORT_FORMATS,
    ExportCommand,
    ExportMethod,
    ListCategoriesMethod,
    ListScenariosMethod,
    NewContractCommand,
    OpenPreviewCommand,
    PreviewDeadlinesCommand,
    PreviewDeadlinesMethod,
    ProgressNotification,
    RestartServerCommand,
    ShowOutputCommand,
    SimulateCommand,
    SimulateMethod,
    validateOpenedInstant,
    type ContractPreviewParams,
    type ContractPreviewResult,
    type ExportFormat,
    type ExportParams,
    type ExportResult,
    type ListCategoriesParams,
    type ListCategoriesResult,
    type ListScenariosResult,
    type PreviewDeadlinesParams,
    type PreviewDeadlinesResult,
    type ProgressParams,
    type SimulateParams,
    type SimulateResult,
} from './protocol.js';
import { fillTemplate, TEMPLATE_FILE, templateFileName, templateLocale, templateValues } from './templates.js';
import { escapeHtml, makeNonce, securePage, simplePage } from './webview.js';

const LANGUAGE_ID = 'pacto';
const SERVER_MODULE = 'dist/language/server.cjs';
const OPENED_EXAMPLE = '2026-03-06T17:30:00-03:00';

/** Everything the extension holds while active; all disposables go to `context.subscriptions`. */
class Ctx {
    private client: LanguageClient | undefined;
    private previewPanel: vscode.WebviewPanel | undefined;
    private simulationPanel: vscode.WebviewPanel | undefined;
    private contractPanel: { panel: vscode.WebviewPanel; uri: string; contract: string } | undefined;
    private previewTimer: ReturnType<typeof setTimeout> | undefined;
    /** The HTML of the latest contract preview rendering (the extension API exposes it to tests). */
    lastPreviewHtml: string | undefined;

    private schedulePreviewRefresh(): void {
        clearTimeout(this.previewTimer);
        this.previewTimer = setTimeout(() => {
            void this.renderContractPreview().catch((error) => this.output.info(`Contract preview kept as it was: ${describeError(error)}`));
        }, 300);
    }
    private lastOpened: string | undefined;
    private readonly progressListeners = new Map<string, (p: ProgressParams) => void>();
    private progressCounter = 0;
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
        client.onNotification(ProgressNotification, (p: ProgressParams) => this.progressListeners.get(p?.token)?.(p));
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
        register(SimulateCommand, (...args) => this.simulate(args));
        register(ExportCommand, (...args) => this.exportContract(args));
        register(OpenPreviewCommand, (...args) => this.openContractPreview(args));
        register(NewContractCommand, (...args) => this.newContract(args));
        register(ShowOutputCommand, () => this.output.show(true));
        // The contract preview follows its document as the user types (debounced, so a burst of keystrokes
        // is one rendering). While the text has errors the server refuses, and the last good page stays.
        this.context.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument((event) => {
                if (this.contractPanel && event.contentChanges.length > 0 && event.document.uri.toString() === this.contractPanel.uri) {
                    this.schedulePreviewRefresh();
                }
            }),
            { dispose: () => clearTimeout(this.previewTimer) },
        );
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
        const openings = readConfig(vscode.workspace).preview.openings;
        if (typeof opened !== 'string' && openings.length > 0) {
            // Openings from the `pacto.preview.openings` setting, then "another instant…".
            const other = { label: '$(edit) Another instant…', opened: undefined as string | undefined };
            const picked = await vscode.window.showQuickPick(
                [...openings.map((o) => ({ label: o, opened: o as string | undefined })), other],
                { title: `Preview deadlines of ${category} for a ticket opened at…` },
            );
            if (!picked) return undefined;
            opened = picked.opened;
        }
        if (typeof opened !== 'string') {
            opened = await vscode.window.showInputBox({
                title: `Preview deadlines of ${category}`,
                prompt: 'Instant the ticket is opened (ISO 8601 with offset)',
                placeHolder: OPENED_EXAMPLE,
                value: this.lastOpened ?? openings[0] ?? OPENED_EXAMPLE,
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

    /** The active Pacto document, or an error saying what to open. */
    private activePactoDocument(what: string): vscode.TextDocument {
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.document.languageId !== LANGUAGE_ID) throw new Error(`Open a .pacto file to ${what}.`);
        return editor.document;
    }

    /** A document URI from a command argument (string or Uri), else the active Pacto document's. */
    private documentUri(arg: unknown, what: string): string {
        if (arg instanceof vscode.Uri) return arg.toString();
        if (typeof arg === 'string' && arg !== '') return arg;
        return this.activePactoDocument(what).uri.toString();
    }

    /** Makes sure the server has the document (commands from the explorer pass files not opened yet). */
    private async ensureOpen(uri: string): Promise<vscode.TextDocument> {
        return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    }

    /** The contract of a document: the given name, the only one, or the user's pick. */
    private async pickContract(client: LanguageClient, uri: string, title: string): Promise<string | undefined> {
        const listed = await sendCustomRequest<ListCategoriesResult>(client, ListCategoriesMethod, { uri }, 'listing contracts');
        const contracts = listed?.contracts ?? [];
        if (contracts.length === 0) throw new Error('This document declares no contract.');
        if (contracts.length === 1) return contracts[0]!.name;
        const picked = await vscode.window.showQuickPick(
            contracts.map((c) => ({ label: c.name, description: c.title, contract: c.name })),
            { title },
        );
        return picked?.contract;
    }

    /** A long request with a cancellable progress notification fed by the server's `pacto/progress`. */
    private async withServerProgress<R>(
        title: string,
        run: (progressToken: string, token: vscode.CancellationToken) => Promise<R>,
    ): Promise<R | undefined> {
        return vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title, cancellable: true },
            async (progress, token) => {
                const progressToken = `pacto-${++this.progressCounter}`;
                let reported = 0;
                this.progressListeners.set(progressToken, ({ done, total }) => {
                    if (!(total > 0)) return;
                    const percent = Math.min(100, (100 * done) / total);
                    if (percent > reported) {
                        progress.report({ increment: percent - reported, message: `${done} / ${total}` });
                        reported = percent;
                    }
                });
                try {
                    return await run(progressToken, token);
                } catch (error) {
                    if (token.isCancellationRequested) {
                        this.output.info(`${title}: cancelled.`);
                        return undefined;
                    }
                    throw error;
                } finally {
                    this.progressListeners.delete(progressToken);
                }
            },
        );
    }

    /**
     * `pacto.simulate [uri, contract, scenario, {runs, seed}?]`: from a code lens the first three come in;
     * from the palette the scenario is picked. Runs and seed come from the settings unless given.
     */
    private async simulate(args: unknown[]): Promise<SimulateResult | undefined> {
        const client = this.requireClient();
        const [uriArg, contractArg, scenarioArg, optionsArg] = args;
        const uri = this.documentUri(uriArg, 'simulate a scenario');
        await this.ensureOpen(uri);
        let contract = typeof contractArg === 'string' ? contractArg : undefined;
        let scenario = typeof scenarioArg === 'string' ? scenarioArg : undefined;
        if (!contract || !scenario) {
            const listed = await sendCustomRequest<ListScenariosResult>(client, ListScenariosMethod, { uri }, 'simulation');
            const items = (listed?.contracts ?? []).flatMap((c) =>
                c.scenarios.map((s) => ({ label: s.name, description: s.title, detail: `contract ${c.name}`, contract: c.name, scenario: s.name })),
            );
            if (items.length === 0) throw new Error('This document declares no scenario: add one (snippet "scenario") to simulate it.');
            const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Simulate scenario…', matchOnDescription: true });
            if (!picked) return undefined;
            ({ contract, scenario } = picked);
        }
        const config = readConfig(vscode.workspace, vscode.Uri.parse(uri)).simulation;
        const options = (optionsArg && typeof optionsArg === 'object' ? optionsArg : {}) as { runs?: unknown; seed?: unknown };
        const runs = typeof options.runs === 'number' ? options.runs : config.runs;
        const seed = typeof options.seed === 'number' ? options.seed : config.seed;
        const nonce = makeNonce();
        const result = await this.withServerProgress(`Pacto: simulating ${scenario} (${runs} runs, seed ${seed})`, (progressToken, token) => {
            const params: SimulateParams = { uri, contract: contract!, scenario: scenario!, runs, seed, nonce, progressToken };
            return sendCustomRequest<SimulateResult>(client, SimulateMethod, params, 'simulation', token);
        });
        if (!result) return undefined;
        const title = `Simulation: ${scenario}`;
        if (!this.simulationPanel) {
            this.simulationPanel = vscode.window.createWebviewPanel('pacto.simulation', title, vscode.ViewColumn.Beside, {
                enableScripts: true,
                enableFindWidget: true,
                retainContextWhenHidden: false,
                localResourceRoots: [this.context.extensionUri],
            });
            this.simulationPanel.onDidDispose(() => (this.simulationPanel = undefined), undefined, this.context.subscriptions);
            this.context.subscriptions.push(this.simulationPanel);
        }
        this.simulationPanel.title = title;
        this.simulationPanel.webview.html = securePage(result.html, this.simulationPanel.webview.cspSource, nonce);
        this.simulationPanel.reveal(vscode.ViewColumn.Beside, true);
        this.output.info(`Simulated ${contract}.${scenario}: ${runs} runs, seed ${seed}.`);
        return result;
    }

    /**
     * `pacto.export [uri?, format?, target?]`: writes the contract as PDF, JSON, HTML or Markdown. Without a
     * target, a save dialog proposes CONTRACT.EXT next to the document. Returns the file written.
     */
    private async exportContract(args: unknown[]): Promise<{ target: string; bytes: number } | undefined> {
        const client = this.requireClient();
        const [uriArg, formatArg, targetArg] = args;
        const uri = this.documentUri(uriArg, 'export a contract');
        await this.ensureOpen(uri);
        let format = typeof formatArg === 'string' && (EXPORT_FORMATS as readonly string[]).includes(formatArg) ? (formatArg as ExportFormat) : undefined;
        if (!format) {
            const labels: Record<ExportFormat, string> = { pdf: 'PDF', json: 'JSON', html: 'HTML', markdown: 'Markdown' };
            const details: Record<ExportFormat, string> = {
                pdf: 'A document to sign',
                json: 'The lowered contract for other tools (schema/pacto-contract.schema.json)',
                html: 'A standalone page for an intranet',
                markdown: 'For a wiki or a repository',
            };
            const picked = await vscode.window.showQuickPick(
                EXPORT_FORMATS.map((f) => ({ label: labels[f], detail: details[f], format: f })),
                { title: 'Export contract to…' },
            );
            if (!picked) return undefined;
            format = picked.format;
        }
        const contract = await this.pickContract(client, uri, 'Export which contract?');
        if (!contract) return undefined;
        const documentUri = vscode.Uri.parse(uri);
        let target: vscode.Uri | undefined;
        const interactive = !(targetArg instanceof vscode.Uri) && !(typeof targetArg === 'string' && targetArg !== '');
        if (targetArg instanceof vscode.Uri) target = targetArg;
        else if (typeof targetArg === 'string' && targetArg !== '') target = /^[a-z][\w+.-]*:/i.test(targetArg) && !path.isAbsolute(targetArg) ? vscode.Uri.parse(targetArg) : vscode.Uri.file(targetArg);
        else {
            const folder = documentUri.scheme === 'file' ? vscode.Uri.joinPath(documentUri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
            const name = `${contract}.${EXPORT_EXTENSIONS[format]}`;
            target = await vscode.window.showSaveDialog({
                title: `Export ${contract} to ${format.toUpperCase()}`,
                ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
                filters: { [format.toUpperCase()]: [EXPORT_EXTENSIONS[format]] },
            });
            if (!target) return undefined;
        }
        const chosen = format;
        const result = await this.withServerProgress(`Pacto: exporting ${contract} to ${format.toUpperCase()}`, (_progressToken, token) => {
            const params: ExportParams = { uri, contract, format: chosen };
            return sendCustomRequest<ExportResult>(client, ExportMethod, params, 'export', token);
        });
        if (!result) return undefined;
        const bytes = result.base64 !== undefined ? Buffer.from(result.base64, 'base64') : Buffer.from(result.text ?? '', 'utf8');
        await vscode.workspace.fs.writeFile(target, bytes);
        this.output.info(`Exported ${contract} to ${target.toString(true)} (${bytes.length} bytes).`);
        const shown = target.scheme === 'file' ? target.fsPath : target.toString(true);
        // A target given as an argument comes from a script or a test: the log line is enough.
        if (!interactive) return { target: target.toString(), bytes: bytes.length };
        void vscode.window.showInformationMessage(`Pacto: exported ${contract} to ${path.basename(shown)}.`, 'Open').then((choice) => {
            if (!choice) return;
            if (format === 'pdf' || format === 'html') void vscode.env.openExternal(target);
            else void vscode.window.showTextDocument(target);
        });
        return { target: target.toString(), bytes: bytes.length };
    }

    /** `pacto.openPreview [uri?, contract?]`: the contract as a readable page, refreshed as the user types. */
    private async openContractPreview(args: unknown[]): Promise<ContractPreviewResult | undefined> {
        const client = this.requireClient();
        const [uriArg, contractArg] = args;
        const uri = this.documentUri(uriArg, 'preview a contract');
        await this.ensureOpen(uri);
        const contract = typeof contractArg === 'string' && contractArg !== '' ? contractArg : await this.pickContract(client, uri, 'Preview which contract?');
        if (!contract) return undefined;
        if (!this.contractPanel) {
            const panel = vscode.window.createWebviewPanel('pacto.contractPreview', `Preview: ${contract}`, vscode.ViewColumn.Beside, {
                enableScripts: false,
                enableFindWidget: true,
                localResourceRoots: [this.context.extensionUri],
            });
            panel.onDidDispose(() => (this.contractPanel = undefined), undefined, this.context.subscriptions);
            this.context.subscriptions.push(panel);
            this.contractPanel = { panel, uri, contract };
        }
        this.contractPanel.uri = uri;
        this.contractPanel.contract = contract;
        const result = await this.renderContractPreview();
        this.contractPanel?.panel.reveal(vscode.ViewColumn.Beside, true);
        return result;
    }

    private async renderContractPreview(): Promise<ContractPreviewResult | undefined> {
        const current = this.contractPanel;
        if (!current) return undefined;
        const params: ContractPreviewParams = { uri: current.uri, contract: current.contract };
        const result = await sendCustomRequest<ContractPreviewResult>(this.requireClient(), ContractPreviewMethod, params, 'contract previews');
        current.panel.title = `Preview: ${current.contract}`;
        current.panel.webview.html = securePage(result.html, current.panel.webview.cspSource);
        this.lastPreviewHtml = result.html;
        return result;
    }

    /**
     * `pacto.newContract [target?]`: writes the starter contract in the user's language (en, es, pt-BR)
     * to a file the user picks (or `target`), and opens it.
     */
    private async newContract(args: unknown[]): Promise<string | undefined> {
        const locale = templateLocale(vscode.env.language);
        const template = await fs.promises.readFile(this.context.asAbsolutePath(TEMPLATE_FILE[locale]), 'utf8');
        const text = fillTemplate(template, templateValues(locale, new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone));
        const [targetArg] = args;
        let target: vscode.Uri | undefined =
            targetArg instanceof vscode.Uri ? targetArg : typeof targetArg === 'string' && targetArg !== '' ? vscode.Uri.file(targetArg) : undefined;
        if (!target) {
            const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
            target = await vscode.window.showSaveDialog({
                title: 'New Pacto contract',
                ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, templateFileName(locale)) } : {}),
                filters: { Pacto: ['pacto'] },
            });
            if (!target) return undefined;
        }
        await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
        const doc = await vscode.workspace.openTextDocument(target);
        await vscode.window.showTextDocument(doc);
        this.output.info(`New contract from the ${locale} template: ${target.toString(true)}.`);
        return target.toString();
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
                localResourceRoots: [this.context.extensionUri],
            });
            this.previewPanel.onDidDispose(() => (this.previewPanel = undefined), undefined, this.context.subscriptions);
            this.context.subscriptions.push(this.previewPanel);
        }
        this.previewPanel.title = title;
        this.previewPanel.webview.html = simplePage(title, html, this.previewPanel.webview.cspSource);
        this.previewPanel.reveal(vscode.ViewColumn.Beside, true);
    }
}

/** A custom request; a server that does not implement it gets a clear message instead of "-32601". */
async function sendCustomRequest<R>(client: LanguageClient, method: string, params: object, what: string, token?: vscode.CancellationToken): Promise<R> {
    try {
        return token ? await client.sendRequest<R>(method, params, token) : await client.sendRequest<R>(method, params);
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

/** What `activate` returns to other extensions (and to the e2e tests): the running language client. */
export interface PactoExtensionApi {
    readonly client: LanguageClient | undefined;
    /** The latest contract preview page, for tests of the live preview. */
    readonly lastPreviewHtml: string | undefined;
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
            get lastPreviewHtml() {
                return current.lastPreviewHtml;
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
