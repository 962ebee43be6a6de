// `pacto.complianceReport [uri?, {tickets?, outages?, mapping?, every?, pdf?}?]`: picks a ticket history (and, if
// wanted, an outage log and a mapping), asks the server for the report (`pacto/complianceReport`: the server
// reads the files itself) and shows its page in a panel. The page's "Save as PDF…" link runs this command
// again with the same files and `pdf: true`, and the server's PDF is written where the user says; its period
// links ("Weeks · Months · Quarters") run it again with `every`, so the same history is cut another way.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ComplianceReportCommand, ComplianceReportRequest, type ComplianceReportParams, type ReportEvery } from '../../language/protocol.js';
import type { CommandFactory } from '../ctx.js';
import { documentUri, ensureOpen, pickContract } from '../documents.js';
import { withCommandBar, type BarItem } from '../panel-html.js';
import { Panel } from '../panels.js';
import { withServerProgress } from '../progress.js';

interface Files {
    tickets?: string;
    outages?: string;
    mapping?: string;
    /** true: ask where to save the PDF; a path: save it there. */
    pdf?: boolean | string;
    /** The periods (week, month, quarter); absent: the contract's reports'. */
    every?: ReportEvery;
}

const EVERY: readonly ReportEvery[] = ['week', 'month', 'quarter'];

/** How the server cut the report it answered: the unit of its periods (none when the history had no period). */
function unitOf(json: unknown): ReportEvery | undefined {
    const periods = json && typeof json === 'object' ? (json as { periods?: unknown }).periods : undefined;
    const unit = Array.isArray(periods) ? (periods[0] as { unit?: unknown } | undefined)?.unit : undefined;
    return EVERY.find((every) => every === unit);
}

const unitLabel = (every: ReportEvery) =>
    every === 'week' ? vscode.l10n.t('Weeks') : every === 'month' ? vscode.l10n.t('Months') : vscode.l10n.t('Quarters');

const filesOf = (arg: unknown): Files => (arg && typeof arg === 'object' ? (arg as Files) : {});
const given = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

async function pickFile(title: string, filters: Record<string, string[]>, near: vscode.Uri | undefined): Promise<string | undefined> {
    const picked = await vscode.window.showOpenDialog({ title, canSelectMany: false, openLabel: vscode.l10n.t('Select'), filters, ...(near ? { defaultUri: near } : {}) });
    return picked?.[0]?.fsPath;
}

/** The optional files, one quick pick: the user says which to add, then picks each. */
async function pickExtras(near: vscode.Uri | undefined): Promise<{ outages?: string; mapping?: string } | undefined> {
    const choice = await vscode.window.showQuickPick(
        [
            { label: vscode.l10n.t('No other file'), extras: [] as const },
            { label: vscode.l10n.t('An outage log…'), description: vscode.l10n.t('CSV start,end[,planned], for availability'), extras: ['outages'] as const },
            { label: vscode.l10n.t('A mapping…'), description: vscode.l10n.t("JSON: how another help desk's export reads"), extras: ['mapping'] as const },
            { label: vscode.l10n.t('An outage log and a mapping…'), extras: ['outages', 'mapping'] as const },
        ],
        { title: vscode.l10n.t('Compliance report: other inputs') },
    );
    if (!choice) return undefined;
    const extras: { outages?: string; mapping?: string } = {};
    for (const extra of choice.extras) {
        const file =
            extra === 'outages'
                ? await pickFile(vscode.l10n.t('Outage log'), { CSV: ['csv'] }, near)
                : await pickFile(vscode.l10n.t('Mapping'), { JSON: ['json'] }, near);
        if (!file) return undefined;
        extras[extra] = file;
    }
    return extras;
}

export const complianceReport: CommandFactory = (ctx) => {
    // The page has no script; its only active part is the link back to this command.
    const panel = new Panel(ctx, { viewType: 'pacto.complianceReport', scripts: false, commandUris: [ComplianceReportCommand] });
    return async (uriArg?: unknown, filesArg?: unknown) => {
        ctx.requireClient();
        const uri = documentUri(uriArg, vscode.l10n.t('Open a .pacto file to report on a ticket history.'));
        await ensureOpen(uri);
        const contract = await pickContract(ctx, uri, vscode.l10n.t('Report on which contract?'));
        if (!contract) return undefined;
        const args = filesOf(filesArg);
        const document = vscode.Uri.parse(uri);
        const near = document.scheme === 'file' ? vscode.Uri.joinPath(document, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
        let tickets = given(args.tickets);
        let extras: { outages?: string; mapping?: string } | undefined = { ...(given(args.outages) ? { outages: args.outages! } : {}), ...(given(args.mapping) ? { mapping: args.mapping! } : {}) };
        if (!tickets) {
            tickets = await pickFile(
                vscode.l10n.t('Ticket history'),
                { [vscode.l10n.t('Ticket history')]: ['csv', 'jsonl', 'ndjson', 'json'], [vscode.l10n.t('All files')]: ['*'] },
                near,
            );
            if (!tickets) return undefined;
            extras = await pickExtras(near);
            if (!extras) return undefined;
        }
        const every = EVERY.find((unit) => unit === args.every);
        const files: Files = { tickets, ...extras, ...(every ? { every } : {}) };
        const wantsPdf = args.pdf === true || given(args.pdf) !== undefined;
        let target: vscode.Uri | undefined;
        if (wantsPdf) {
            target = given(args.pdf) ? vscode.Uri.file(args.pdf as string) : await vscode.window.showSaveDialog({
                title: vscode.l10n.t('Save the compliance report of {0} as PDF', contract),
                filters: { PDF: ['pdf'] },
                ...(near ? { defaultUri: vscode.Uri.joinPath(near, `${contract}-compliance.pdf`) } : {}),
            });
            if (!target) return undefined;
        }
        const params: ComplianceReportParams = { textDocument: { uri }, contract, tickets, ...extras, ...(every ? { every } : {}), ...(wantsPdf ? { format: 'pdf' as const } : {}) };
        const result = await withServerProgress(ctx, vscode.l10n.t('Pacto: replaying {0} against {1}', path.basename(tickets), contract), (progressToken, token) =>
            ctx.sendRequest(ComplianceReportRequest, { ...params, progressToken }, token),
        );
        if (!result) return undefined;
        const save = { command: ComplianceReportCommand, args: [uri, { ...files, pdf: true }], label: vscode.l10n.t('Save as PDF…') };
        // The same history cut into the other periods, one click away; the cut shown is plain text.
        const shown = unitOf(result.json);
        const periods: BarItem[] = shown
            ? EVERY.map((unit) => (unit === shown ? { label: unitLabel(unit) } : { command: ComplianceReportCommand, args: [uri, { ...files, every: unit }], label: unitLabel(unit) }))
            : [];
        panel.show(vscode.l10n.t('Compliance: {0}', contract), { page: withCommandBar(result.html, { caption: vscode.l10n.t('Periods:'), start: periods, end: [save] }) });
        if (target && result.base64 !== undefined) {
            const bytes = Buffer.from(result.base64, 'base64');
            await vscode.workspace.fs.writeFile(target, bytes);
            ctx.output.info(vscode.l10n.t('Saved the compliance report of {0} to {1} ({2} bytes).', contract, target.toString(true), bytes.length));
            if (!given(args.pdf)) {
                const open = vscode.l10n.t('Open');
                void vscode.window.showInformationMessage(vscode.l10n.t('Pacto: saved {0}.', path.basename(target.fsPath)), open).then((choice) => {
                    if (choice === open) void vscode.env.openExternal(target!);
                });
            }
            return { target: target.toString(), bytes: bytes.length, json: result.json };
        }
        ctx.output.info(vscode.l10n.t('Compliance report of {0} from {1}.', contract, tickets));
        return { json: result.json };
    };
};
