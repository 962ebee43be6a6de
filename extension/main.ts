// The VS Code client for Pacto. Everything about contracts is answered by the language server
// (language/server.ts, its protocol in language/protocol.ts); the extension asks, shows and writes files.
// ctx.ts holds the client and the disposables, commands/ the commands, panels.ts the webviews.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './commands/index.js';
import { Ctx } from './ctx.js';
import { describeError } from './errors.js';

/** What `activate` returns to other extensions (and to the e2e tests). */
export interface PactoExtensionApi {
    /** The running language client (undefined while the server is stopped). */
    readonly client: LanguageClient | undefined;
    /** The latest contract preview page, for tests of the live preview. */
    readonly lastPreviewHtml: string | undefined;
}

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PactoExtensionApi> {
    const current = new Ctx(context);
    ctx = current;
    try {
        // Commands first: after a failed start, "Show language server log" and "Restart" still work.
        for (const [id, factory] of Object.entries(COMMANDS)) current.registerCommand(id, factory);
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
        current.output.error(vscode.l10n.t('Activation failed: {0}', message));
        const showOutput = vscode.l10n.t('Show output');
        void vscode.window.showErrorMessage(vscode.l10n.t('Pacto extension failed to activate: {0}', message), showOutput).then((choice) => {
            if (choice === showOutput) current.output.show();
        });
        throw error;
    }
}

export async function deactivate(): Promise<void> {
    // Everything else is disposed through context.subscriptions; the server gets a clean shutdown first.
    await ctx?.stop();
    ctx = undefined;
}
