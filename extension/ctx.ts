// What the extension holds while it is active: the language client (started, restarted and stopped only
// here, so the commands never keep a stale one) and every disposable, handed to VS Code's
// `context.subscriptions` so nothing outlives the extension.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ErrorCodes, LanguageClient, ResponseError, type CancellationToken, type RequestParam, type RequestType } from 'vscode-languageclient/node';
import { ProgressNotification, type ProgressParams } from '../language/protocol.js';
import { clientOptions, LANGUAGE_ID, SERVER_MODULE, serverOptions } from './client-options.js';
import { describeError } from './errors.js';

/** A command's handler: it gets the command's arguments and returns what `executeCommand` resolves to. */
export type Command = (...args: unknown[]) => unknown;

/** Builds a command's handler once, at activation, so it can keep state (a panel, the last input). */
export type CommandFactory = (ctx: Ctx) => Command;

export class Ctx {
    readonly output: vscode.LogOutputChannel;
    /** The HTML of the latest contract preview, which the extension API exposes to the e2e tests. */
    lastPreviewHtml: string | undefined;
    private client: LanguageClient | undefined;
    private readonly progressListeners = new Map<string, (params: ProgressParams) => void>();

    constructor(private readonly context: vscode.ExtensionContext) {
        this.output = vscode.window.createOutputChannel('Pacto', { log: true });
        this.push(this.output);
        // The client is not a vscode.Disposable; deactivate() awaits its stop, this covers a dispose without it.
        this.push({ dispose: () => void this.stop() });
    }

    get extensionUri(): vscode.Uri {
        return this.context.extensionUri;
    }

    asAbsolutePath(relative: string): string {
        return this.context.asAbsolutePath(relative);
    }

    /** Disposed with the extension. */
    push(...disposables: vscode.Disposable[]): void {
        this.context.subscriptions.push(...disposables);
    }

    /** Registers a command behind one guard: a failure is logged and shown, and the command returns undefined. */
    registerCommand(id: string, factory: CommandFactory): void {
        const run = factory(this);
        this.push(
            vscode.commands.registerCommand(id, async (...args: unknown[]) => {
                try {
                    return await run(...args);
                } catch (error) {
                    const message = describeError(error);
                    this.output.error(`${id}: ${message}`);
                    void vscode.window.showErrorMessage(vscode.l10n.t('Pacto: {0}', message));
                    return undefined;
                }
            }),
        );
    }

    /** The client now (undefined before the start or after a stop); the extension API hands it out. */
    get currentClient(): LanguageClient | undefined {
        return this.client;
    }

    /** The running client; throws a readable error when the server is not running. */
    requireClient(): LanguageClient {
        if (!this.client || !this.client.isRunning()) {
            throw new Error(vscode.l10n.t('The Pacto language server is not running (see the "Pacto" output). Try "Pacto: Restart language server".'));
        }
        return this.client;
    }

    /** A custom request; a server that does not know it gets a clear message instead of "-32601". */
    async sendRequest<P, R>(type: RequestType<P, R, void>, params: RequestParam<P>, token?: CancellationToken): Promise<R> {
        const client = this.requireClient();
        try {
            return token ? await client.sendRequest(type, params, token) : await client.sendRequest(type, params);
        } catch (error) {
            if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) {
                throw new Error(vscode.l10n.t('This version of the Pacto language server does not support {0}.', type.method));
            }
            throw error;
        }
    }

    /** Routes the server's `pacto/progress` notifications for `token` to `listener` until disposed. */
    onProgress(token: string, listener: (params: ProgressParams) => void): vscode.Disposable {
        this.progressListeners.set(token, listener);
        return { dispose: () => this.progressListeners.delete(token) };
    }

    async start(): Promise<void> {
        const module = this.asAbsolutePath(SERVER_MODULE);
        if (!fs.existsSync(module)) {
            throw new Error(vscode.l10n.t('Language server not found at {0}. Build it with "npm run bundle".', module));
        }
        // The id makes the client follow the `pacto.trace.server` setting (see client-options.ts).
        const client = new LanguageClient(LANGUAGE_ID, 'Pacto Language Server', serverOptions(module), clientOptions(this.output));
        this.client = client;
        await client.start();
        client.onNotification(ProgressNotification, (params) => this.progressListeners.get(params?.token)?.(params));
        this.output.info(vscode.l10n.t('Pacto language server started ({0}).', module));
    }

    async restart(): Promise<void> {
        if (this.client?.needsStop()) {
            await this.client.restart();
        } else {
            // Never started, or its start failed: start afresh.
            await this.stop();
            await this.start();
        }
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Pacto language server restarted'), 3000);
    }

    /** Stops the server; safe to call more than once and after a failed start. */
    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        try {
            if (client?.needsStop()) await client.stop();
        } catch (error) {
            this.output.warn(vscode.l10n.t('Stopping the language server: {0}', describeError(error)));
        }
    }
}
