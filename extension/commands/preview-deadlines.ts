// `pacto.previewDeadlines [uri, contract, category, opened?]`: a code lens or a hover's link passes all but
// `opened`; from the palette the category is picked from the active document. The due instants come from
// the server as Markdown, shown with VS Code's own Markdown renderer.
import * as vscode from 'vscode';
import {
    ListCategoriesRequest,
    OPENED_EXAMPLE,
    PreviewDeadlinesCommand,
    PreviewDeadlinesRequest,
    validateOpenedInstant,
    type PreviewDeadlinesResult,
} from '../../language/protocol.js';
import { DEFAULT_LOCALE, localeFromTag } from '../../runtime/index.js';
import { readConfig } from '../config.js';
import type { CommandFactory, Ctx } from '../ctx.js';
import { activePactoDocument } from '../documents.js';
import { preformatted } from '../panel-html.js';
import { Panel } from '../panels.js';

interface Target {
    uri: string;
    contract: string;
    category: string;
}

/** Why `text` is not an opening instant, as a sentence for the input box; undefined when it is one. */
function instantProblem(text: string): string | undefined {
    // In VS Code's display language, as the rest of the box (its prompt comes from the l10n bundles).
    const problem = validateOpenedInstant(text, localeFromTag(vscode.env.language) ?? DEFAULT_LOCALE);
    return problem && problem.charAt(0).toUpperCase() + problem.slice(1);
}

async function pickCategory(ctx: Ctx): Promise<Target | undefined> {
    const uri = activePactoDocument(vscode.l10n.t('Open a .pacto file to preview its deadlines.')).uri.toString();
    const listed = await ctx.sendRequest(ListCategoriesRequest, { textDocument: { uri } });
    const items = (listed?.contracts ?? []).flatMap((contract) =>
        contract.categories.map((category) => ({
            label: category.name,
            description: category.title,
            detail: contract.title ? vscode.l10n.t('contract {0} — {1}', contract.name, contract.title) : vscode.l10n.t('contract {0}', contract.name),
            contract: contract.name,
            category: category.name,
        })),
    );
    if (items.length === 0) throw new Error(vscode.l10n.t('This document declares no category.'));
    const picked =
        items.length === 1
            ? items[0]
            : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Preview deadlines of category…'), matchOnDescription: true, matchOnDetail: true });
    return picked && { uri, contract: picked.contract, category: picked.category };
}

/** The opening instant: one of the `pacto.preview.openings` settings, else typed (undefined when dismissed). */
async function askOpened(category: string, lastOpened: string | undefined): Promise<string | undefined> {
    const openings = readConfig(vscode.workspace).preview.openings;
    if (openings.length > 0) {
        const other = { label: `$(edit) ${vscode.l10n.t('Another instant…')}`, opened: undefined as string | undefined };
        const picked = await vscode.window.showQuickPick([...openings.map((o) => ({ label: o, opened: o as string | undefined })), other], {
            title: vscode.l10n.t('Preview deadlines of {0} for a ticket opened at…', category),
        });
        if (!picked) return undefined;
        if (picked.opened !== undefined) return picked.opened;
    }
    return vscode.window.showInputBox({
        title: vscode.l10n.t('Preview deadlines of {0}', category),
        prompt: vscode.l10n.t('Instant the ticket is opened (ISO 8601 with offset)'),
        placeHolder: OPENED_EXAMPLE,
        value: lastOpened ?? openings[0] ?? OPENED_EXAMPLE,
        ignoreFocusOut: true,
        validateInput: instantProblem,
    });
}

/** The Markdown as VS Code's Markdown preview renders it, or as plain text when that renderer is missing. */
async function renderMarkdown(markdown: string): Promise<string> {
    try {
        return await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    } catch {
        return preformatted(markdown);
    }
}

export const previewDeadlines: CommandFactory = (ctx) => {
    // The preview's "Explain…" links run the preview again, for another target.
    const panel = new Panel(ctx, { viewType: 'pacto.deadlines', scripts: false, commandUris: [PreviewDeadlinesCommand] });
    // The next box starts from the instant typed last: previews of several categories usually share it.
    let lastOpened: string | undefined;
    return async (...args: unknown[]): Promise<PreviewDeadlinesResult | undefined> => {
        ctx.requireClient();
        const [uri, contract, category, openedArg] = args.map((arg) => (arg instanceof vscode.Uri ? arg.toString() : arg));
        const target: Target | undefined =
            typeof uri === 'string' && typeof contract === 'string' && typeof category === 'string' ? { uri, contract, category } : await pickCategory(ctx);
        if (!target) return undefined;
        const opened = typeof openedArg === 'string' ? openedArg : await askOpened(target.category, lastOpened);
        if (opened === undefined) return undefined;
        const problem = instantProblem(opened);
        if (problem) throw new Error(problem);
        lastOpened = opened.trim();
        const result = await ctx.sendRequest(PreviewDeadlinesRequest, {
            textDocument: { uri: target.uri },
            contract: target.contract,
            category: target.category,
            opened: lastOpened,
        });
        if (!result || typeof result.markdown !== 'string') {
            throw new Error(vscode.l10n.t('The language server gave no preview for {0}.', `${target.contract}.${target.category}`));
        }
        panel.show(vscode.l10n.t('Deadlines: {0}', target.category), { body: await renderMarkdown(result.markdown) });
        return result;
    };
};
