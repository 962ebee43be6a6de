/**
 * Contract text is data, never markup: every surface that shows a name, title or clause (hover Markdown,
 * webviews, HTML and Markdown exports, reports, the terminal) passes it through one of these. Templates and
 * labels are ours and trusted; what a contract's author wrote is not.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
    return stripControls(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

export interface MarkdownPlace {
    /** The text follows other markup on its first line (a heading's `## `, a table cell, a `**Label:**`). */
    readonly inline?: boolean;
}

const LINE_BLANKS = { start: /(?<=^|\n)[ \t]+/g, inline: /(?<=\n)[ \t]+/g };
const BLOCK_MARKS = {
    start: /(?<=^|\n)(?:#{1,6}(?=[ \t\n]|$)|[+-](?=[ \t\n]|$)|[=-]+[ \t]*(?=\n|$))/g,
    inline: /(?<=\n)(?:#{1,6}(?=[ \t\n]|$)|[+-](?=[ \t\n]|$)|[=-]+[ \t]*(?=\n|$))/g,
};
const ORDERED_MARKS = { start: /(?<=^|\n)(\d{1,9})([.)])(?=[ \t\n]|$)/g, inline: /(?<=\n)(\d{1,9})([.)])(?=[ \t\n]|$)/g };

/**
 * Text shown literally in CommonMark (VS Code hovers, Markdown exports), escaping only what could open
 * markup there, so that the raw Markdown stays readable ("99.5 % (Oficina)" keeps its dots and brackets):
 * anywhere in a line `\\`, `` ` ``, `*`, `[`, `]` (links and images: `[click](https://…)` and `![t](…)` stay
 * words), `<`, `>` (HTML and autolinks), `|` (a table cell), `~` (strikethrough), `_` unless inside a word
 * (where CommonMark never reads it as emphasis) and `&` when it would start an entity; at the start of a line
 * what would open a block (`#`, `-`, `+`, `=`, `1.`, `1)`; its leading blanks, which could make code, are
 * dropped; of every line but the first when the text is `inline`). Line breaks are kept; the caller decides
 * what a line break becomes.
 */
export function escapeMarkdown(text: string, place: MarkdownPlace = {}): string {
    const at = place.inline ? 'inline' : 'start';
    return stripControls(text)
        .replace(/[\\`*[\]<>|~]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_|&(?=#?[A-Za-z0-9]+;)/gu, '\\$&')
        // Leading blanks mean nothing in a paragraph but four of them make code; what then opens a block does so only there.
        .replace(LINE_BLANKS[at], '')
        .replace(BLOCK_MARKS[at], '\\$&')
        .replace(ORDERED_MARKS[at], '$1\\$2');
}

/** C0 and C1 controls other than tab and newline, and DEL: never meaningful in a contract's text. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text without control characters (a document or webview has no use for ESC, BEL or NUL). */
export function stripControls(text: string): string {
    return text.replace(CONTROLS, '');
}

/** Every string inside plain data (a report, results) without control characters; other values as they are. */
export function stripControlsDeep<T>(value: T): T {
    if (typeof value === 'string') return stripControls(value) as T;
    if (Array.isArray(value)) return value.map(stripControlsDeep) as T;
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripControlsDeep(v)])) as T;
    }
    return value;
}

/**
 * Text visible but inert on a terminal: each control character but newline and tab is shown as its Unicode
 * control picture (ESC → ␛, BEL → ␇), C1 controls and DEL as \u escapes, so a title cannot clear the screen,
 * retitle the window or write the clipboard (OSC 52).
 */
export function terminalSafe(text: string): string {
    return text.replace(CONTROLS, (c) => {
        const code = c.charCodeAt(0);
        if (code < 0x20) return String.fromCharCode(0x2400 + code);
        if (code === 0x7f) return '\u2421';
        return `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
