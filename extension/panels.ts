// The one webview helper behind every panel (deadline preview, simulation report, contract preview), so
// they all get the same policy and theme (panel-html.ts) and the same habits: one panel per kind, reused
// and retitled for the next page, beside the editor.
import * as vscode from 'vscode';
import type { Ctx } from './ctx.js';
import { securePage, simplePage } from './panel-html.js';

export interface PanelKind {
    /** The webview's view type, e.g. `pacto.simulation`. */
    readonly viewType: string;
    /** Whether the page runs scripts: only those carrying the nonce given to `show`. */
    readonly scripts: boolean;
    /** Commands the page's `command:` links may run. */
    readonly commandUris?: readonly string[];
}

/** What a panel shows: a complete page made by the server, or a body our page wraps. */
export type PanelContent = { readonly page: string; readonly nonce?: string } | { readonly body: string };

export class Panel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;

    constructor(
        private readonly ctx: Ctx,
        private readonly kind: PanelKind,
    ) {
        ctx.push(this);
    }

    /** True while the panel is open (the user may close it at any time). */
    get isOpen(): boolean {
        return this.panel !== undefined;
    }

    /** The open panel retitled, or a new one: a page can then follow its document before its first content. */
    open(title: string): vscode.WebviewPanel {
        if (!this.panel) {
            const panel = vscode.window.createWebviewPanel(this.kind.viewType, title, vscode.ViewColumn.Beside, {
                enableScripts: this.kind.scripts,
                enableFindWidget: true,
                ...(this.kind.commandUris ? { enableCommandUris: [...this.kind.commandUris] } : {}),
                // A hidden page is rebuilt from its HTML when shown again, which is cheaper than keeping it alive.
                retainContextWhenHidden: false,
                localResourceRoots: [this.ctx.extensionUri],
            });
            panel.onDidDispose(() => {
                if (this.panel === panel) this.panel = undefined;
            });
            this.panel = panel;
        }
        this.panel.title = title;
        return this.panel;
    }

    /** Shows `content` under the panel's policy; `reveal: false` updates it where it is (a live refresh). */
    show(title: string, content: PanelContent, { reveal = true }: { reveal?: boolean } = {}): void {
        const panel = this.open(title);
        const cspSource = panel.webview.cspSource;
        panel.webview.html =
            'page' in content ? securePage(content.page, cspSource, content.nonce) : simplePage(title, content.body, cspSource, vscode.env.language);
        if (reveal) panel.reveal(vscode.ViewColumn.Beside, true);
    }

    dispose(): void {
        this.panel?.dispose();
        this.panel = undefined;
    }
}
