// `pacto.openPreview [uri?, contract?]`: the contract as the server renders it, beside the editor, following
// its document as the user types. While the text has errors the server refuses, and the last good page stays.
import * as vscode from 'vscode';
import { ContractPreviewRequest, type ContractPreviewResult } from '../../language/protocol.js';
import type { CommandFactory } from '../ctx.js';
import { documentUri, ensureOpen, pickContract } from '../documents.js';
import { describeError } from '../errors.js';
import { Panel } from '../panels.js';

const previewTitle = (contract: string) => vscode.l10n.t('Preview: {0}', contract);

/** Keystrokes closer together than this make one rendering. */
const REFRESH_DELAY_MS = 300;

export const openPreview: CommandFactory = (ctx) => {
    const panel = new Panel(ctx, { viewType: 'pacto.contractPreview', scripts: false });
    let shown: { uri: string; contract: string } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const render = async (reveal: boolean): Promise<ContractPreviewResult | undefined> => {
        const current = shown;
        if (!current || !panel.isOpen) return undefined;
        const result = await ctx.sendRequest(ContractPreviewRequest, { textDocument: { uri: current.uri }, contract: current.contract });
        // Meanwhile the user may have closed the panel (showing would reopen it) or previewed another contract.
        if (current !== shown || !panel.isOpen) return result;
        panel.show(previewTitle(current.contract), { page: result.html }, { reveal });
        ctx.lastPreviewHtml = result.html;
        return result;
    };

    ctx.push(
        vscode.workspace.onDidChangeTextDocument((event) => {
            if (!shown || !panel.isOpen || event.contentChanges.length === 0 || event.document.uri.toString() !== shown.uri) return;
            clearTimeout(timer);
            timer = setTimeout(() => {
                void render(false).catch((error) => ctx.output.info(vscode.l10n.t('Contract preview kept as it was: {0}', describeError(error))));
            }, REFRESH_DELAY_MS);
        }),
        { dispose: () => clearTimeout(timer) },
    );

    return async (uriArg?: unknown, contractArg?: unknown): Promise<ContractPreviewResult | undefined> => {
        ctx.requireClient();
        const uri = documentUri(uriArg, vscode.l10n.t('Open a .pacto file to preview a contract.'));
        await ensureOpen(uri);
        const contract = typeof contractArg === 'string' && contractArg !== '' ? contractArg : await pickContract(ctx, uri, vscode.l10n.t('Preview which contract?'));
        if (!contract) return undefined;
        shown = { uri, contract };
        // Open before the first rendering: a document with errors gets its preview as soon as they are fixed.
        panel.open(previewTitle(contract));
        return render(true);
    };
};
