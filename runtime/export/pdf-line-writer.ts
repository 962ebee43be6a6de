/**
 * The content-stream bytes of one line of text, exactly as pdfkit 0.20's `_fragment` writes them for the
 * options the contract PDF draws with (left aligned, no spacing, scaling, link, underline or rotation), from
 * glyphs encoded once per word and font. `_fragment` measured the line again (its `widthOfString`, for
 * links and underlines it then did not draw), laid it out word by word into concatenated arrays, and wrote
 * one byte array per operator: in a 2,000-category contract, half of drawing (issue 14).
 *
 * The first encoding of a word goes through pdfkit's own `encode` (which adds its glyphs to the font subset,
 * in document order as before), so the font subset, its widths and its Unicode map are pdfkit's; only the
 * assembly of the line's operators is done here. A line holding a glyph pdfkit positions with an offset
 * (marks, in no text Pacto writes today) is left to `_fragment`.
 */

/** A glyph position as pdfkit's EmbeddedFont lays it out (thousandths of the font size). */
interface Position {
    xAdvance: number;
    advanceWidth: number;
    xOffset: number;
    yOffset: number;
}

/** What of pdfkit's EmbeddedFont this writer uses. */
export interface EmbeddedFontLike {
    id: string;
    ascender: number;
    subset: unknown;
    encode(text: string): [string[], Position[]];
    ref(): unknown;
}

/** What of pdfkit's document and page this writer uses. */
export interface LineDoc {
    _font: EmbeddedFontLike | null;
    _fontSize: number;
    page: { height: number; fonts: Record<string, unknown>; write(chunk: Uint8Array | string): void; content?: Content };
}

/** pdfkit's content stream of a page (a PDFReference): the chunks written and their length. */
interface Content {
    buffer?: unknown;
    data?: { Length?: number };
    uncompressedLength?: number;
}

/** The end of a text object and of the state saved around it. */
const CLOSE = Buffer.from('ET\nQ\n', 'latin1');

/**
 * A word (a run of pdfkit's layout: up to and including a space or tab) as `[...] TJ` segments: pdfkit ends a
 * segment after each glyph whose advance is kerned, with the adjustment.
 */
interface Run {
    /** The glyphs up to the first kerned one, or all of them. */
    head: string;
    /** The adjustment ending the head, when a glyph of the word is kerned. */
    headAdjust: string | undefined;
    /** Whole segments after the head (`<hex> adjust`). */
    middle: string[];
    /** The glyphs after the last kerned one (continued by the next word). */
    tail: string;
    /** A glyph placed with an offset: the line is left to pdfkit. */
    offset: boolean;
}

/** pdfkit's PDFObject.number: six decimals, as its operators print them. */
function num(n: number): number {
    if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
    throw new Error(`unsupported number: ${n}`);
}

/** Below Hebrew: the scripts in which a space never changes the glyphs before it (no right-to-left reordering). */
const SPACE_SAFE = /^[\u0000-\u058f]* $/;

/**
 * pdfkit's encoding of a word: a word and the space after it are shaped apart when the space cannot change
 * the word's glyphs, so that the word's shaping (done when it was measured) serves its drawing too. In the
 * DejaVu faces no glyph below U+0590 is kerned against a space or joined with it (test/runtime/export/
 * pdf-line-writer.test.ts checks every one); shaping once instead of twice is a tenth of a large export.
 */
function encodeWord(font: EmbeddedFontLike, word: string): [string[], Position[]] {
    if (word.length < 2 || !SPACE_SAFE.test(word)) return font.encode(word);
    const [hex, positions] = font.encode(word.slice(0, -1));
    const [spaceHex, spacePositions] = font.encode(' ');
    return [hex.concat(spaceHex), positions.concat(spacePositions)];
}

export class LineWriter {
    private readonly runs = new WeakMap<object, Map<string, Run>>();
    /** The text object last written: its page, font and size; open again while its end is the page's last chunk. */
    private last: { page: object; font: string; size: number } | undefined;

    /** Whether the document's current font is one this writer can draw with (an embedded TTF). */
    canWrite(doc: LineDoc): boolean {
        const font = doc._font;
        return font !== null && typeof font === 'object' && font.subset !== undefined && typeof font.encode === 'function';
    }

    /**
     * Writes `text` (no line break in it) with its top-left corner at (x, y), as `_fragment(text, x, y, { align:
     * 'left' })` does; false, writing nothing, when a glyph would need an offset (the caller then uses `_fragment`).
     */
    write(doc: LineDoc, text: string, x: number, y: number): boolean {
        if (text.length === 0) return true;
        const font = doc._font!;
        let runs = this.runs.get(font);
        if (runs === undefined) {
            runs = new Map();
            this.runs.set(font, runs);
        }
        // The line's runs, split where pdfkit's EmbeddedFont.layout splits it: after each space or tab.
        const parts: string[] = [];
        let open = '';
        let last = 0;
        for (let index = 0; index < text.length; index++) {
            const c = text.charCodeAt(index);
            if (c !== 32 && c !== 9 && index !== text.length - 1) continue;
            const word = text.slice(last, index + 1);
            last = index + 1;
            let run = runs.get(word);
            if (run === undefined) {
                run = this.encode(font, word);
                runs.set(word, run);
            }
            if (run.offset) return false;
            if (run.headAdjust === undefined) {
                open += run.head;
            } else {
                parts.push(`<${open}${run.head}> ${run.headAdjust}`);
                for (const segment of run.middle) parts.push(segment);
                open = run.tail;
            }
        }
        // The last glyph is not kerned, or its segment was closed: pdfkit's closing adjustment is then 0.
        if (open !== '') parts.push(`<${open}> 0`);
        const size = doc._fontSize;
        const page = doc.page;
        if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
        const baseline = page.height - y - (font.ascender / 1000) * size;
        const tj = parts.length > 0 ? `[${parts.join(' ')}] TJ\n` : '';
        const position = `1 0 0 1 ${num(x)} ${num(baseline)} Tm\n`;
        const tf = `/${font.id} ${num(size)} Tf\n`;
        const previous = this.last;
        if (previous !== undefined && previous.page === page && this.reopen(page.content)) {
            // The previous line's text object, nothing written since: this line joins it.
            page.write(Buffer.from(previous.font === font.id && previous.size === size ? position + tj : position + tf + tj, 'latin1'));
        } else {
            // _fragment's operators, each on its own line: save, flip the y axis, the text object.
            page.write(Buffer.from(`q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n${position}${tf}${tj}`, 'latin1'));
        }
        page.write(CLOSE);
        this.last = { page, font: font.id, size };
        return true;
    }

    /**
     * Takes back the end of the page's last text object when it is the last thing written on the page, so that
     * consecutive lines (a paragraph's, a table row's cells) share one text object: pdfkit's `_fragment` wraps
     * each line in its own, whose framing was a third of a page's bytes.
     */
    private reopen(content: Content | undefined): boolean {
        const chunks = content?.buffer;
        if (!Array.isArray(chunks) || chunks[chunks.length - 1] !== CLOSE) return false;
        if (typeof content!.data?.Length !== 'number' || typeof content!.uncompressedLength !== 'number') return false;
        chunks.pop();
        content!.data.Length -= CLOSE.length;
        content!.uncompressedLength -= CLOSE.length;
        return true;
    }

    private encode(font: EmbeddedFontLike, word: string): Run {
        const [hex, positions] = encodeWord(font, word);
        const run: Run = { head: '', headAdjust: undefined, middle: [], tail: '', offset: false };
        let start = 0;
        for (let i = 0; i < positions.length; i++) {
            const pos = positions[i]!;
            if (pos.xOffset || pos.yOffset) run.offset = true;
            const kern = pos.xAdvance - pos.advanceWidth;
            if (kern === 0) continue;
            const glyphs = hex.slice(start, i + 1).join('');
            const adjust = `${num(-kern)}`;
            if (run.headAdjust === undefined) {
                run.head = glyphs;
                run.headAdjust = adjust;
            } else {
                run.middle.push(`<${glyphs}> ${adjust}`);
            }
            start = i + 1;
        }
        const rest = hex.slice(start).join('');
        if (run.headAdjust === undefined) run.head = rest;
        else run.tail = rest;
        return run;
    }
}
