// Which document and contract a command is about: its arguments (code lenses, the explorer, scripts) when
// they say, else the active editor, else the user's pick.
import * as vscode from 'vscode';
import { ListCategoriesRequest } from '../language/protocol.js';
import { LANGUAGE_ID } from './client-options.js';
import type { Ctx } from './ctx.js';

/** The active Pacto document, or an error with `withoutOne`, which says what to open and why. */
export function activePactoDocument(withoutOne: string): vscode.TextDocument {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) throw new Error(withoutOne);
    return editor.document;
}

/** A document URI from a command argument (a string or a Uri), else the active Pacto document's. */
export function documentUri(arg: unknown, withoutOne: string): string {
    if (arg instanceof vscode.Uri) return arg.toString();
    if (typeof arg === 'string' && arg !== '') return arg;
    return activePactoDocument(withoutOne).uri.toString();
}

/** Makes sure the server has the document: the explorer passes files that are not open yet. */
export async function ensureOpen(uri: string): Promise<vscode.TextDocument> {
    return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
}

/** The contract of a document: the only one, or the user's pick (undefined when dismissed). */
export async function pickContract(ctx: Ctx, uri: string, title: string): Promise<string | undefined> {
    const listed = await ctx.sendRequest(ListCategoriesRequest, { textDocument: { uri } });
    const contracts = listed?.contracts ?? [];
    if (contracts.length === 0) throw new Error(vscode.l10n.t('This document declares no contract.'));
    if (contracts.length === 1) return contracts[0]!.name;
    const picked = await vscode.window.showQuickPick(
        contracts.map((c) => ({ label: c.name, description: c.title, contract: c.name })),
        { title },
    );
    return picked?.contract;
}
