// How the client starts the bundled server and which documents it hands over. Kept apart from ctx.ts and
// free of `vscode` at run time (type imports only) so the manifest test can check these values as data.
import type { LanguageClientOptions, NodeModule, TransportKind } from 'vscode-languageclient/node';
import type { LogOutputChannel } from 'vscode';
import { PreviewDeadlinesCommand } from '../language/protocol.js';

/**
 * The language id, the settings' section and the client's id at once: vscode-languageclient follows the
 * `<id>.trace.server` setting, and the server reads its settings from the synchronized section.
 */
export const LANGUAGE_ID = 'pacto';

/** The server bundle, relative to the extension's folder (the .vsix ships it). */
export const SERVER_MODULE = 'dist/language/server.cjs';

// `TransportKind` is an enum of vscode-languageclient/node, which loads `vscode` when imported; the literal
// is typed by the enum's member, so a change of the enum fails the type check instead of the editor.
const IPC: TransportKind.ipc = 1;

/**
 * Node's options for the server. The young generation would double up to 2 × 16 MiB while a large contract is
 * first built and keep that size: capped at 8 MiB a half, a 20,000-line contract's server stays under 200 MiB
 * after edits (213 MiB without) for about the same CPU per edit, where keeping it at its first 1 MiB cost a
 * fifth more (bench/lsp/RESULTS.md, issue 14). A start-up option only: V8 reads it when it sets its heap up.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=8'];

/** The server over Node IPC (faster than stdio, and stdout stays free for the server's own log). */
export function serverOptions(module: string): { run: NodeModule; debug: NodeModule } {
    return {
        run: { module, transport: IPC, options: { execArgv: [...SERVER_NODE_ARGS] } },
        debug: { module, transport: IPC, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6009'] } },
    };
}

export function clientOptions(outputChannel: LogOutputChannel): LanguageClientOptions {
    return {
        documentSelector: [
            { scheme: 'file', language: LANGUAGE_ID },
            { scheme: 'untitled', language: LANGUAGE_ID },
        ],
        synchronize: { configurationSection: LANGUAGE_ID },
        outputChannel,
        // Hovers link to the deadline preview (`command:pacto.previewDeadlines?[...]`): trust that command only.
        markdown: { isTrusted: { enabledCommands: [PreviewDeadlinesCommand] }, supportHtml: false },
    };
}
