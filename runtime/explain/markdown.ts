/**
 * Markdown building blocks for the editor's explanations. Names and titles come from the contract, so
 * whatever they hold must not turn into markup (runtime/text/escape.ts).
 */
import { escapeMarkdown } from '../text/escape.js';

/** Inline code; "?" for a part not written yet (documents are often incomplete while typed). */
export function code(text: string | undefined): string {
    return `\`${(text ?? '?').replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}

/** Text safe inside a markdown table cell (or anywhere after other markup on its line): one line, no markup. */
export function cell(text: string): string {
    return escapeMarkdown(text.replace(/[\r\n]+/g, ' '), { inline: true });
}

/** Contract text in running Markdown (a title after a heading, a description): shown literally. */
export function inert(text: string): string {
    return escapeMarkdown(text, { inline: true });
}
