/** An edit between two versions of a text, as an editor sends it: one range replaced (LSP positions, UTF-16). */
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

export function positionAt(text: string, offset: number): Position {
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: offset - lineStart };
}

/** The change from `before` to `after`: their common prefix and suffix kept, the middle replaced. */
export function changeBetween(before: string, after: string): TextDocumentContentChangeEvent {
    let start = 0;
    const max = Math.min(before.length, after.length);
    while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
    let end = 0;
    while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
    return {
        range: { start: positionAt(before, start), end: positionAt(before, before.length - end) },
        text: after.slice(start, after.length - end),
    };
}
