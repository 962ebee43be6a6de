// `pacto.newContract [target?]`: the starter contract in the user's language (en, es, pt-BR) written to a
// file the user picks (or `target`), and opened.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CommandFactory } from '../ctx.js';
import { fillTemplate, TEMPLATE_FILE, templateFileName, templateLocale, templateValues } from '../templates.js';

export const newContract: CommandFactory = (ctx) => async (targetArg?: unknown): Promise<string | undefined> => {
    const locale = templateLocale(vscode.env.language);
    const template = await fs.promises.readFile(ctx.asAbsolutePath(TEMPLATE_FILE[locale]), 'utf8');
    const text = fillTemplate(template, templateValues(locale, new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone));
    let target: vscode.Uri | undefined =
        targetArg instanceof vscode.Uri ? targetArg : typeof targetArg === 'string' && targetArg !== '' ? vscode.Uri.file(targetArg) : undefined;
    if (!target) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        target = await vscode.window.showSaveDialog({
            title: vscode.l10n.t('New Pacto contract'),
            ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, templateFileName(locale)) } : {}),
            filters: { Pacto: ['pacto'] },
        });
        if (!target) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    ctx.output.info(vscode.l10n.t('New contract from the {0} template: {1}.', locale, target.toString(true)));
    return target.toString();
};
