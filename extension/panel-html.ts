// The HTML half of extension/panels.ts: every panel's page gets a strict Content Security Policy (no remote
// content at all, scripts only with the page's nonce, resources only from the webview's own source) and
// follows the VS Code theme through its CSS variables (light, dark and high contrast alike).
// Pure string functions, apart from panels.ts because they need no `vscode`: unit tests check them.
// Contract text reaching a page is escaped by the runtime's one escapeHtml; the policy is the second wall.
import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../runtime/index.js';

/** A fresh nonce for one page load. */
export function makeNonce(): string {
    return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/** The policy of a page: `cspSource` is `webview.cspSource`; scripts only when a nonce is given. */
export function contentSecurityPolicy(cspSource: string, nonce?: string): string {
    return [
        "default-src 'none'",
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        // Inline styles cannot run code; the reports set element styles from their scripts.
        `style-src ${cspSource} 'unsafe-inline'`,
        nonce ? `script-src 'nonce-${nonce}'` : "script-src 'none'",
        "connect-src 'none'",
        "frame-src 'none'",
        "form-action 'none'",
        "base-uri 'none'",
    ].join('; ');
}

/** Theme colours for pages made outside the editor (reports, exports): VS Code's variables win. */
export const THEME_STYLE = `<style>
  html, body { background: var(--vscode-editor-background) !important; color: var(--vscode-editor-foreground) !important; }
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.5; }
  a { color: var(--vscode-textLink-foreground); }
  table { border-collapse: collapse; }
  th, td { border-color: var(--vscode-panel-border, #8884) !important; }
  code, pre { font-family: var(--vscode-editor-font-family); }
  body.vscode-high-contrast table, body.vscode-high-contrast-light table { outline: 1px solid var(--vscode-contrastBorder); }
</style>`;

/**
 * Puts our policy and theme style into a complete HTML page made elsewhere (the server's reports): any
 * policy the page declares is replaced, remote `<script src>`/`<link>` are dropped, and scripts without
 * the nonce are neutralised by the policy itself.
 */
export function securePage(html: string, cspSource: string, nonce?: string): string {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cspSource, nonce)}">`;
    let page = html
        .replace(/<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi, '')
        .replace(/<script[^>]+src=["']?https?:[^>]*>\s*<\/script>/gi, '')
        .replace(/<link[^>]+href=["']?https?:[^>]*>/gi, '');
    // `<head>` itself, not `<header>`.
    if (/<head(\s[^>]*)?>/i.test(page)) {
        page = page.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n${meta}`);
    } else {
        page = `<!DOCTYPE html><html><head>${meta}</head><body>${page}</body></html>`;
    }
    // Our style after the page's own, so the theme colours win.
    return /<\/head>/i.test(page) ? page.replace(/<\/head>/i, `${THEME_STYLE}\n</head>`) : page;
}

/** Text shown as it is, for a page body (the deadline preview when VS Code's Markdown renderer is missing). */
export function preformatted(text: string): string {
    return `<pre>${escapeHtml(text)}</pre>`;
}

/** A page of ours around rendered HTML (the deadline preview); `lang` is the display language. */
export function simplePage(title: string, body: string, cspSource: string, lang = 'en'): string {
    return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cspSource)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1.5em; line-height: 1.5; }
  table { border-collapse: collapse; margin: 1em 0; }
  th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 0.25em 0.75em; text-align: left; }
  code, pre { font-family: var(--vscode-editor-font-family); }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** A command link that a page's `enableCommandUris` lets run: the command with its JSON arguments. */
export interface PageCommand {
    readonly command: string;
    readonly args: readonly unknown[];
    readonly label: string;
}

/** Text in a page's command bar that is not a link: the choice the page already shows. */
export interface PageText {
    readonly label: string;
}

export type BarItem = PageCommand | PageText;

function barItem(item: BarItem): string {
    if (!('command' in item)) return `<strong aria-current="true">${escapeHtml(item.label)}</strong>`;
    const href = `command:${item.command}?${encodeURIComponent(JSON.stringify(item.args))}`;
    return `<a href="${escapeHtml(href)}">${escapeHtml(item.label)}</a>`;
}

/**
 * The page with a bar of command links at its top (the compliance report's periods and "Save as PDF…"):
 * `start` on the left after its caption, separated by middle dots, `end` on the right.
 */
export function withCommandBar(html: string, bar: { caption?: string; start?: readonly BarItem[]; end?: readonly BarItem[] }): string {
    const start = bar.start?.length ? `<span>${bar.caption ? `${escapeHtml(bar.caption)} ` : ''}${bar.start.map(barItem).join(' · ')}</span>` : '<span></span>';
    const end = bar.end?.length ? `<span>${bar.end.map(barItem).join(' · ')}</span>` : '';
    const nav = `<nav style="display:flex;justify-content:space-between;gap:1em;flex-wrap:wrap;margin:0.5em 0">${start}${end}</nav>`;
    return /<body(\s[^>]*)?>/i.test(html) ? html.replace(/<body(\s[^>]*)?>/i, (body) => `${body}\n${nav}`) : `${nav}${html}`;
}
