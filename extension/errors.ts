// One wording of failures for the log and the error notifications.
import * as vscode from 'vscode';
import { ResponseError } from 'vscode-languageserver-protocol';

export function describeError(error: unknown): string {
    // The server's refusals are meant to be shown as they are; the code helps when reading a log.
    if (error instanceof ResponseError) return vscode.l10n.t('{0} (code {1})', error.message, error.code);
    if (error instanceof Error) return error.message;
    return String(error);
}
