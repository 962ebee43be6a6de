/**
 * Markdown building blocks for the editor's explanations. Names and titles come from the contract, so
 * whatever they hold must not turn into markup.
 */

/** Inline code; "?" for a part not written yet (documents are often incomplete while typed). */
export function code(text: string | undefined): string {
    return `\`${(text ?? '?').replace(/`/g, "'")}\``;
}

/** Text safe inside a markdown table cell. */
export function cell(text: string): string {
    return text.replace(/[\\|*_`[\]<>]/g, '\\$&');
}
