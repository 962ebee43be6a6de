// `pacto.export [uri?, format?, target?]`: writes a contract in one of the formats the server offers
// (`pacto/listExportFormats`, from runtime/export/registry.ts: a new format needs nothing here). Without a
// format the user picks one; without a target a save dialog proposes CONTRACT.EXT next to the document.
// Returns the file written.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExportRequest, ListExportFormatsRequest, type ExportFormatInfo } from '../../language/protocol.js';
import type { CommandFactory, Ctx } from '../ctx.js';
import { documentUri, ensureOpen, pickContract } from '../documents.js';
import { withServerProgress } from '../progress.js';

/** The format an argument names by id or alias, as the server matches them (case-insensitive). */
function formatNamed(formats: readonly ExportFormatInfo[], name: unknown): ExportFormatInfo | undefined {
    if (typeof name !== 'string') return undefined;
    const wanted = name.toLowerCase();
    return formats.find((f) => f.id === wanted || f.aliases.includes(wanted));
}

async function pickFormat(ctx: Ctx, name: unknown): Promise<ExportFormatInfo | undefined> {
    const { formats } = await ctx.sendRequest(ListExportFormatsRequest, null);
    const named = formatNamed(formats, name);
    if (named) return named;
    const picked = await vscode.window.showQuickPick(
        // The server labels and describes the formats in its message locale (older servers send no description).
        formats.map((format) => ({ label: format.label, description: `.${format.fileExtension}`, ...(format.description ? { detail: format.description } : {}), format })),
        { title: vscode.l10n.t('Export contract to…') },
    );
    return picked?.format;
}

/** A target given as an argument: a Uri, a URI string, or a file path. */
function targetOf(arg: unknown): vscode.Uri | undefined {
    if (arg instanceof vscode.Uri) return arg;
    if (typeof arg !== 'string' || arg === '') return undefined;
    // A Windows path such as C:\x looks like a URI with the scheme "c".
    return /^[a-z][\w+.-]*:/i.test(arg) && !path.isAbsolute(arg) ? vscode.Uri.parse(arg) : vscode.Uri.file(arg);
}

async function askTarget(uri: string, contract: string, format: ExportFormatInfo): Promise<vscode.Uri | undefined> {
    const documentUri = vscode.Uri.parse(uri);
    const folder = documentUri.scheme === 'file' ? vscode.Uri.joinPath(documentUri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${contract}.${format.fileExtension}`;
    return vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export {0} to {1}', contract, format.id.toUpperCase()),
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
        filters: { [format.id.toUpperCase()]: [format.fileExtension] },
    });
}

/** Offers to open what was written: a page or a binary document outside, a text format in the editor. */
function offerToOpen(contract: string, target: vscode.Uri, format: ExportFormatInfo): void {
    const shown = target.scheme === 'file' ? target.fsPath : target.toString(true);
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Pacto: exported {0} to {1}.', contract, path.basename(shown)), open).then((choice) => {
        if (choice !== open) return;
        if (format.binary || format.id === 'html') void vscode.env.openExternal(target);
        else void vscode.window.showTextDocument(target);
    });
}

export const exportContract: CommandFactory = (ctx) => async (uriArg?: unknown, formatArg?: unknown, targetArg?: unknown) => {
    ctx.requireClient();
    const uri = documentUri(uriArg, vscode.l10n.t('Open a .pacto file to export a contract.'));
    await ensureOpen(uri);
    const format = await pickFormat(ctx, formatArg);
    if (!format) return undefined;
    const contract = await pickContract(ctx, uri, vscode.l10n.t('Export which contract?'));
    if (!contract) return undefined;
    const given = targetOf(targetArg);
    const target = given ?? (await askTarget(uri, contract, format));
    if (!target) return undefined;
    const result = await withServerProgress(ctx, vscode.l10n.t('Pacto: exporting {0} to {1}', contract, format.id.toUpperCase()), (_progressToken, token) =>
        ctx.sendRequest(ExportRequest, { textDocument: { uri }, contract, format: format.id }, token),
    );
    if (!result) return undefined;
    const bytes = result.base64 !== undefined ? Buffer.from(result.base64, 'base64') : Buffer.from(result.text ?? '', 'utf8');
    await vscode.workspace.fs.writeFile(target, bytes);
    ctx.output.info(vscode.l10n.t('Exported {0} to {1} ({2} bytes).', contract, target.toString(true), bytes.length));
    // A target given as an argument comes from a script or a test: the log line is enough.
    if (!given) offerToOpen(contract, target, format);
    return { target: target.toString(), bytes: bytes.length };
};
