// Long requests (simulate, export) run under a cancellable notification fed by the server's `pacto/progress`.
import * as vscode from 'vscode';
import type { Ctx } from './ctx.js';

let counter = 0;

/**
 * Runs `run` with a fresh progress token to send with the request and the notification's cancellation
 * token; a cancelled run resolves to undefined (the user asked for it: no error to show).
 */
export async function withServerProgress<R>(
    ctx: Ctx,
    title: string,
    run: (progressToken: string, token: vscode.CancellationToken) => Promise<R>,
): Promise<R | undefined> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
        const progressToken = `pacto-${++counter}`;
        let reported = 0;
        // withProgress adds increments up, while the server reports how much is done.
        const listening = ctx.onProgress(progressToken, ({ done, total }) => {
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
                ctx.output.info(vscode.l10n.t('{0}: cancelled.', title));
                return undefined;
            }
            throw error;
        } finally {
            listening.dispose();
        }
    });
}
