import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type CstNode, type LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams,
    DocumentOnTypeFormattingOptions,
    DocumentOnTypeFormattingParams,
    DocumentRangeFormattingParams,
    Range,
    TextEdit,
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Indentation of one block level in the canonical layout (the normative examples use two spaces). */
export const INDENT = '  ';

interface Item {
    node: CstNode;
    text: string;
    offset: number;
    end: number;
    comment: boolean;
    lineComment: boolean;
}

/**
 * Pacto's one canonical layout, as whitespace between tokens (comments included as tokens):
 * - two-space indentation per block level; `{` on the line that opens the block, `}` on its own line;
 * - one member per line (each element between a block's braces starts a line); an empty block is `{}`;
 * - blank lines kept, at most one, never right after `{` or right before `}`; none at the start of the file,
 *   and the file ends with exactly one newline;
 * - single spaces between tokens; no space before `,`; none around `-` in `09:00-12:00`;
 * - comments are kept: a comment on its own line is indented like the line that follows it (one level
 *   deeper when it sits inside a member); a trailing comment keeps its place and its spacing;
 * - no trailing whitespace (inside block comments, lines are left as written).
 *
 * This is a whole-token formatter rather than Langium's AbstractFormatter: every gap between two tokens is
 * recomputed from the tokens alone, which makes the result independent of the input's layout (so formatting
 * is idempotent) and keeps comments and blank lines exactly under control. Documents with syntax errors are
 * left alone.
 */
export class PactoFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.hasSyntaxErrors(document) ? [] : this.computeEdits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        if (this.hasSyntaxErrors(document)) return [];
        return this.computeEdits(document).filter((edit) => this.within(edit.range, params.range));
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The whole document, formatted (for tools such as a future `pacto fmt`). */
    formatText(document: LangiumDocument): string | undefined {
        if (this.hasSyntaxErrors(document)) return undefined;
        let text = document.textDocument.getText();
        const edits = this.computeEdits(document);
        for (const edit of [...edits].reverse()) {
            const start = document.textDocument.offsetAt(edit.range.start);
            const end = document.textDocument.offsetAt(edit.range.end);
            text = text.slice(0, start) + edit.newText + text.slice(end);
        }
        return text;
    }

    protected hasSyntaxErrors(document: LangiumDocument): boolean {
        const result = document.parseResult;
        return result.lexerErrors.length > 0 || result.parserErrors.length > 0;
    }

    /** An edit belongs to a range when the token it places (at the edit's end) starts on one of the range's lines. */
    protected within(edit: Range, range: Range): boolean {
        return edit.end.line >= range.start.line && edit.end.line <= range.end.line;
    }

    protected items(document: LangiumDocument): Item[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        return CstUtils.flattenCst(root)
            .filter((leaf) => leaf.length > 0)
            .map((leaf) => ({
                node: leaf,
                text: leaf.text,
                offset: leaf.offset,
                end: leaf.end,
                comment: leaf.hidden,
                lineComment: leaf.hidden && leaf.text.startsWith('//'),
            }))
            .toArray()
            .sort((a, b) => a.offset - b.offset);
    }

    /**
     * Offsets of the tokens that start a line: each contract, and each element of a block. An element is a
     * clause (a parser rule's node) or an item of a list (`"Blog propio…"` in `service`); consecutive
     * keywords and single values form one line (`weekly rotation starting 2026-01-05` in `on call`).
     * Elements of an inline block (inlineBlocks) start no line.
     */
    protected lineStarts(document: LangiumDocument, inline: ReadonlySet<number>): Set<number> {
        const starts = new Set<number>();
        const root = document.parseResult.value.$cstNode;
        if (!root) return starts;
        for (const node of CstUtils.streamCst(root)) {
            if (!('content' in node)) continue;
            const content = (node as CstNode & { content: CstNode[] }).content;
            if (node === root) {
                for (const child of content) if (!child.hidden) starts.add(child.offset);
                continue;
            }
            const open = content.findIndex((c) => this.isKeyword(c, '{'));
            const close = content.findIndex((c, i) => i > open && this.isKeyword(c, '}'));
            if (open < 0 || close < 0 || inline.has(content[open]!.offset)) continue;
            let previous: CstNode | undefined;
            for (const child of content.slice(open + 1, close)) {
                if (child.hidden) continue;
                if (!previous || this.isElement(child) || this.isElement(previous)) starts.add(child.offset);
                previous = child;
            }
        }
        return starts;
    }

    /** A clause of its own: a parser rule's node (not a data type such as `weekly`), or an item of a list. */
    protected isElement(node: CstNode): boolean {
        const source = node.grammarSource;
        if (GrammarAST.isRuleCall(source) && GrammarAST.isParserRule(source.rule.ref) && !GrammarUtils.isDataTypeRule(source.rule.ref)) return true;
        const assignment = source && AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
        return assignment?.operator === '+=';
    }

    /**
     * Offsets of the `{` of blocks laid out on one line: a `via CHANNEL { … }` with a single target and no
     * comment inside stays `via Phone { response within 30 seconds }`, as the examples write it.
     */
    protected inlineBlocks(document: LangiumDocument): Set<number> {
        const inline = new Set<number>();
        const root = document.parseResult.value.$cstNode;
        if (!root) return inline;
        for (const node of CstUtils.streamCst(root)) {
            if (!('content' in node) || !ast.isChannelTargets(node.astNode)) continue;
            // `via X { response within 30 seconds }`: one target, no comment.
            const content = (node as CstNode & { content: CstNode[] }).content;
            const open = content.findIndex((c) => this.isKeyword(c, '{'));
            const close = content.findIndex((c, i) => i > open && this.isKeyword(c, '}'));
            if (open < 0 || close < 0) continue;
            const inside = content.slice(open + 1, close);
            const comments = inside.some((c) => c.hidden || CstUtils.flattenCst(c).some((leaf) => leaf.hidden && leaf.length > 0));
            if (inside.filter((c) => !c.hidden).length === 1 && !comments) inline.add(content[open]!.offset);
        }
        return inline;
    }

    protected isKeyword(node: CstNode, value: string): boolean {
        return !node.hidden && GrammarAST.isKeyword(node.grammarSource) && node.grammarSource.value === value;
    }

    protected computeEdits(document: LangiumDocument): TextEdit[] {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const items = this.items(document);
        if (items.length === 0) return [];
        const inline = this.inlineBlocks(document);
        const lineStarts = this.lineStarts(document, inline);
        /** Offsets of the `{` of the blocks the scan is in, innermost last. */
        const open: number[] = [];
        const inInline = () => open.length > 0 && inline.has(open[open.length - 1]!);
        const isCode = (item: Item | undefined, value: string) => item !== undefined && !item.comment && item.text === value;
        const lines = (count: number, indent: number) => eol.repeat(count) + INDENT.repeat(Math.max(0, indent));

        const edits: TextEdit[] = [];
        const replace = (start: number, end: number, newText: string) => {
            if (text.slice(start, end) !== newText) {
                edits.push({ range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText });
            }
        };

        let depth = 0;
        for (let i = 0; i < items.length; i++) {
            const item = items[i]!;
            const prev = items[i - 1];
            const gapStart = prev ? prev.end : 0;
            const gap = text.slice(gapStart, item.offset);
            const newlines = (gap.match(/\n/g) ?? []).length;
            const blank = (limit: number) => Math.min(Math.max(newlines, 1), limit);
            let separator: string;
            if (!prev) {
                separator = '';
            } else if (item.comment) {
                if (newlines === 0) {
                    separator = gap.length > 0 ? gap : ' ';
                } else {
                    // Indent like the code that follows; one level deeper inside a member.
                    const next = items.slice(i + 1).find((it) => !it.comment);
                    const closing = isCode(next, '}');
                    const continuation = next !== undefined && !closing && !lineStarts.has(next.offset) && !isCode(prev, '{');
                    separator = lines(isCode(prev, '{') ? 1 : blank(2), depth + (continuation ? 1 : 0));
                }
            } else if (isCode(prev, '{') && isCode(item, '}')) {
                separator = '';
            } else if (inInline() && (isCode(prev, '{') || isCode(item, '}'))) {
                separator = ' ';
            } else if (isCode(item, '}')) {
                separator = lines(1, depth - 1);
            } else if (isCode(prev, '{') || lineStarts.has(item.offset)) {
                separator = lines(isCode(prev, '{') ? 1 : blank(2), depth);
            } else if (prev.lineComment || (prev.comment && newlines > 0)) {
                // Code continuing a member after a comment on its own line.
                separator = lines(1, depth + 1);
            } else if (prev.comment) {
                separator = ' ';
            } else if (item.text === ',' || item.text === '-' || prev.text === '-') {
                separator = '';
            } else {
                separator = ' ';
            }
            replace(gapStart, item.offset, separator);
            if (item.lineComment) {
                // A line comment's token runs to the end of the line: drop its trailing whitespace.
                const trimmed = item.text.trimEnd();
                if (trimmed.length < item.text.length) replace(item.offset + trimmed.length, item.end, '');
            }
            if (!item.comment) {
                if (item.text === '{') {
                    depth++;
                    open.push(item.offset);
                } else if (item.text === '}') {
                    depth = Math.max(0, depth - 1);
                    open.pop();
                }
            }
        }
        const last = items[items.length - 1]!;
        replace(last.end, text.length, eol);
        return edits;
    }
}
