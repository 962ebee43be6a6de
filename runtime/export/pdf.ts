/**
 * The contract as a PDF for signing, laid out with pdfkit: A4, DejaVu fonts embedded (they cover Spanish
 * and Portuguese, and pdfkit's built-in Helvetica is never loaded), a running header with the contract's
 * name, "page N of M" footers, tables that repeat their header row across pages, headings kept with what
 * follows them, and signature blocks kept on one page.
 *
 * Lines break at spaces only (Layout.wrap): pdfkit's own breaker also breaks after a hyphen or a slash, which
 * cuts e-mail addresses and URLs in two ("ops-" / "head@northwind.example"), and a reader copies them from
 * the signed PDF. Table columns widen to their longest word for the same reason.
 */
import type { Contract } from '../model.js';
import { contractDocument, type Block } from './document.js';
import type { PdfFont } from './fonts.js';
import { deflatePages, openPdf } from './pdf-document.js';
import { LineWriter, type LineDoc } from './pdf-line-writer.js';

export interface PdfOptions {
    /** Folder holding the DejaVu TTF files; by default the bundle's dist/fonts or the dejavu-fonts-ttf package. */
    fontsDir?: string;
    /**
     * How far the writer is, for a host's progress bar: the steps done and the steps in all, growing with each
     * call and last with done === total. A step is a block of text or a table row; finishing the pages (their
     * headers and footers, fonts and compression) counts for a quarter of the layout.
     */
    onProgress?: (done: number, total: number) => void;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = { top: 64, bottom: 60, left: 60, right: 60 };
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#9a9a9a';
const HEAD_FILL = '#e8ecf0';
const BODY_SIZE = 10;
const TABLE_SIZE = 8.5;
const CELL_PAD = 4;

interface TableMetrics {
    widths: number[];
    headHeight: number;
    heights: number[];
}

/** pdfkit's own line drawing, which its `text` calls once per line it has wrapped (pdfkit 0.20). */
interface PdfkitLines {
    _fragment(text: string, x: number, y: number, options: object): void;
    continueOnNewPage(): unknown;
}

/** The rounding pdfkit's line wrapper applies to the positions it compares (PDFNumber: a 32-bit float). */
const f32 = Math.fround;

/** Characters pdfkit's line breaker takes for a line end besides '\n': texts holding one are left to pdfkit. */
const OTHER_LINE_ENDS = /[\r\v\f\u0085\u2028\u2029]/;

/** A text broken into the lines it is drawn in. */
interface Wrapped {
    /** The text with a '\n' wherever a line ends (what pdfkit's `text` would draw the same way). */
    text: string;
    /** The lines drawn, in order: each ends at a '\n' of `text` except perhaps the last. */
    lines: string[];
    /** Whether the last line ends at a '\n' (pdfkit checks the page's end after such a line too). */
    endsAtBreak: boolean[];
    /** False when a word is wider than the width or the text has other line ends: pdfkit lays it out itself. */
    own: boolean;
}

/**
 * Every measure is cached, and every text is laid out once: a block is measured when a heading before it asks
 * whether it fits, again when it is drawn, and a 2,000-category contract has tables of thousands of rows, so
 * measuring anew made the layout a multiple of the document's size (issue 14). The lines found here are drawn
 * as they are (`drawLines`), so pdfkit's `text` no longer wraps and measures every word a second time.
 */
class Layout {
    /** Laid-out texts by font, size and width, then by text (a key of the whole text was built at every look-up). */
    private readonly wrapped = new Map<string, Map<string, Wrapped>>();
    private readonly measures = new Map<string, (word: string) => number>();
    private readonly lineHeights = new Map<string, number>();
    private readonly tables = new WeakMap<string[][], TableMetrics>();
    private readonly lineWriter = new LineWriter();

    constructor(readonly doc: Doc) {}

    get left(): number {
        return this.doc.page.margins.left;
    }
    get width(): number {
        return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
    }
    get bottom(): number {
        return this.doc.page.height - this.doc.page.margins.bottom;
    }
    get pageHeight(): number {
        return this.doc.page.height - this.doc.page.margins.top - this.doc.page.margins.bottom;
    }

    font(name: PdfFont, size: number, color = INK): this {
        this.doc.font(name).fontSize(size);
        this.fill(color);
        return this;
    }

    /**
     * The page's fill colour, stroke colour and line width as last set on it, so that each is written only when
     * it changes (a table of thousands of rows set the same colours for every cell and rule: a fifth of the
     * page's bytes). Every colour and width goes through here; a new page, or a page switched back to, starts
     * unknown.
     */
    private state: { page: unknown; fill?: string; stroke?: string; lineWidth?: number } = { page: undefined };

    private current(): { page: unknown; fill?: string; stroke?: string; lineWidth?: number } {
        if (this.state.page !== this.doc.page) this.state = { page: this.doc.page };
        return this.state;
    }

    /** Forgets what the page has set (the footers are added to pages finished long before). */
    forgetState(): void {
        this.state = { page: undefined };
    }

    fill(color: string): void {
        const state = this.current();
        if (state.fill !== color) {
            this.doc.fillColor(color);
            state.fill = color;
        }
    }

    /** A horizontal rule from x1 to x2 at y. */
    rule(x1: number, x2: number, y: number, lineWidth: number, color: string): void {
        const state = this.current();
        if (state.lineWidth !== lineWidth) {
            this.doc.lineWidth(lineWidth);
            state.lineWidth = lineWidth;
        }
        if (state.stroke !== color) {
            this.doc.strokeColor(color);
            state.stroke = color;
        }
        this.doc.moveTo(x1, y).lineTo(x2, y).stroke();
    }

    /** Starts a new page unless `height` still fits below the cursor. */
    ensure(height: number): void {
        if (this.doc.y + height > this.bottom) {
            this.doc.addPage();
            this.doc.y = this.doc.page.margins.top;
        }
    }

    /**
     * A measure of words in `font` at `size`, as pdfkit's line wrapper measures a word: each word apart, with
     * the space or line break that follows it. Measuring sets the font but no colour: nothing is drawn.
     */
    private measure(font: PdfFont, size: number): (word: string) => number {
        const key = `${font}|${size}`;
        let measure = this.measures.get(key);
        if (measure === undefined) {
            const widths = new Map<string, number>();
            measure = (word) => {
                let width = widths.get(word);
                if (width === undefined) {
                    width = this.doc.font(font).fontSize(size).widthOfString(word);
                    widths.set(word, width);
                }
                return width;
            };
            this.measures.set(key, measure);
        }
        return measure;
    }

    /** A line's height with its gap, as pdfkit advances between the lines of a text. */
    private lineHeight(font: PdfFont, size: number): number {
        const key = `${font}|${size}`;
        let height = this.lineHeights.get(key);
        if (height === undefined) {
            height = this.doc.font(font).fontSize(size).currentLineHeight(true);
            this.lineHeights.set(key, height);
        }
        return height;
    }

    /**
     * `text` with a line break wherever a line must end within `width` in `font` at `size`, breaking only at
     * spaces, so that pdfkit never has to break a line itself. A word wider than `width` is left whole (a
     * table widens its column to its longest word; a paragraph's width holds any address).
     */
    private layOut(text: string, font: PdfFont, size: number, width: number): Wrapped {
        const column = `${font}|${size}|${width}`;
        let texts = this.wrapped.get(column);
        if (texts === undefined) {
            texts = new Map();
            this.wrapped.set(column, texts);
        }
        let result = texts.get(text);
        if (result !== undefined) return result;
        const limit = width - 0.01;
        const wordWidth = this.measure(font, size);
        const space = wordWidth(' ');
        const breakWidth = wordWidth('\n');
        let own = !OTHER_LINE_ENDS.test(text);
        const lines: string[] = [];
        const endsAtBreak: boolean[] = [];
        const paragraphs = text.split('\n');
        for (const [p, paragraph] of paragraphs.entries()) {
            let line = '';
            let lineWidth = 0;
            for (const word of paragraph.split(/ +/)) {
                const w = wordWidth(word);
                if (line === '') {
                    line = word;
                    lineWidth = w;
                } else if (lineWidth + space + w + breakWidth <= limit) {
                    line = `${line} ${word}`;
                    lineWidth += space + w;
                } else {
                    lines.push(line);
                    endsAtBreak.push(true);
                    if (lineWidth + breakWidth > limit) own = false;
                    line = word;
                    lineWidth = w;
                }
            }
            const last = p === paragraphs.length - 1;
            // A text's last line ends without a break; an empty one draws nothing (as pdfkit's wrapper).
            if (!last || line !== '') {
                lines.push(line);
                endsAtBreak.push(!last);
                if (lineWidth + (last ? 0 : breakWidth) > limit) own = false;
            }
        }
        result = { text: lines.join('\n'), lines, endsAtBreak, own };
        texts.set(text, result);
        return result;
    }

    wrap(text: string, font: PdfFont, size: number, width: number): string {
        return this.layOut(text, font, size, width).text;
    }

    /**
     * Draws the lines of a laid-out text at (x, y) as pdfkit's `text` with `width` draws them: the same line
     * fragments at the same positions, a new page where a line would pass the bottom margin (the fill colour
     * set again there), the cursor below the last line.
     */
    private drawLines(wrapped: Wrapped, x: number, y: number, width: number, lineGap: number, lineHeight: number, align: 'left' | 'right'): void {
        const doc = this.doc as Doc & PdfkitLines;
        doc.x = x;
        doc.y = y;
        let maxY = f32(doc.page.maxY());
        const color = this.state.fill;
        const nextPage = () => {
            doc.continueOnNewPage();
            maxY = f32(doc.page.maxY());
            doc.x = x;
            if (color !== undefined) this.fill(color);
        };
        if (doc.y > maxY || doc.y + lineHeight > maxY) nextPage();
        const options = { width, lineGap, align, columns: 0, columnGap: 18, rotation: 0, lineWidth: width };
        // A right-aligned line (the page numbers) is measured by pdfkit itself, to the same rounding.
        const own = align === 'left' && this.lineWriter.canWrite(doc as unknown as LineDoc);
        for (const [i, line] of wrapped.lines.entries()) {
            if (!own || !this.lineWriter.write(doc as unknown as LineDoc, line, doc.x, doc.y)) doc._fragment(line, doc.x, doc.y, options);
            doc.y += lineHeight + lineGap;
            if (wrapped.endsAtBreak[i] && f32(doc.y + lineHeight) > maxY) nextPage();
        }
        doc.x = x;
    }

    /** Writes `text` at (x, y), wrapped as `wrap` does; `lineGap` as pdfkit's option (0 for the running header and footer). */
    write(text: string, font: PdfFont, size: number, x: number, y: number, width: number, color = INK, align: 'left' | 'right' = 'left', lineGap = 1.5): void {
        const wrapped = this.layOut(text, font, size, width);
        this.font(font, size, color);
        // pdfkit is pinned (0.20.2); a version without its line call still gets every text drawn, by `text`.
        if (wrapped.own && typeof (this.doc as Doc & Partial<PdfkitLines>)._fragment === 'function') {
            this.drawLines(wrapped, x, y, width, lineGap, this.lineHeight(font, size), align);
        } else {
            this.doc.text(wrapped.text, x, y, { width, lineGap, align });
        }
    }

    /** The width of the longest word of `text`: a column narrower than that would break it. */
    longestWord(text: string, font: PdfFont, size: number): number {
        const wordWidth = this.measure(font, size);
        let longest = 0;
        for (const word of text.split(/[ \n]+/)) {
            const width = wordWidth(word);
            if (width > longest) longest = width;
        }
        return longest + wordWidth('\n');
    }

    textHeight(text: string, font: PdfFont, size: number, width: number): number {
        const wrapped = this.layOut(text, font, size, width);
        if (wrapped.own) return wrapped.lines.length * (this.lineHeight(font, size) + 1.5);
        return this.doc.font(font).fontSize(size).heightOfString(wrapped.text, { width, lineGap: 1.5 });
    }

    paragraph(text: string, font: PdfFont = 'body', size = BODY_SIZE, color = INK, indent = 0): void {
        const width = this.width - indent;
        // Keep at least two lines together at a page end.
        this.ensure(Math.min(this.textHeight(text, font, size, width), size * 2.8));
        this.write(text, font, size, this.left + indent, this.doc.y, width, color);
        this.doc.y += size * 0.55;
    }

    sectionTitle(text: string): void {
        this.doc.y += 8;
        this.ensure(60);
        this.write(text, 'sansBold', 13, this.left, this.doc.y, this.width, '#12304a');
        const y = this.doc.y + 2;
        this.rule(this.left, this.left + this.width, y, 0.6, '#12304a');
        this.doc.y = y + 8;
    }

    heading(text: string): void {
        this.doc.y += 3;
        this.ensure(50);
        this.write(text, 'sansBold', 10.5, this.left, this.doc.y, this.width, '#12304a');
        this.doc.y += 4;
    }

    list(items: string[], ordered = false): void {
        // Numbers need room for "10."; bullets do not.
        const indent = ordered ? 20 : 14;
        for (const [i, item] of items.entries()) {
            const width = this.width - indent;
            this.ensure(Math.min(this.textHeight(item, 'body', BODY_SIZE, width), 28));
            const y = this.doc.y;
            this.font('body', BODY_SIZE);
            this.doc.text(ordered ? `${i + 1}.` : '•', this.left + 2, y, { width: indent - 4, lineBreak: false });
            this.write(item, 'body', BODY_SIZE, this.left + indent, y, width);
            this.doc.y += 3;
        }
        this.doc.y += 3;
    }

    fields(rows: [string, string][]): void {
        const labelWidth = Math.min(150, this.width * 0.3);
        const valueWidth = this.width - labelWidth - 8;
        for (const [label, value] of rows) {
            const height = Math.max(this.textHeight(label, 'sansBold', 9.5, labelWidth), this.textHeight(value, 'body', BODY_SIZE, valueWidth));
            // A row stays with its label on one page unless it is longer than half a page; then it flows on.
            this.ensure(height <= this.pageHeight / 2 ? height : Math.min(height, 40));
            const y = this.doc.y;
            const page = this.doc.page;
            this.write(label, 'sansBold', 9.5, this.left, y + 0.5, labelWidth, MUTED);
            this.write(value, 'body', BODY_SIZE, this.left + labelWidth + 8, y, valueWidth);
            // When the value flowed onto a new page, the cursor is already below it there.
            this.doc.y = (this.doc.page === page ? Math.max(this.doc.y, y + height) : this.doc.y) + 4;
        }
        this.doc.y += 4;
    }

    private rowHeight(cells: string[], widths: number[], font: PdfFont): number {
        return Math.max(...cells.map((cell, i) => this.textHeight(cell, font, TABLE_SIZE, widths[i]! - 2 * CELL_PAD))) + 2 * CELL_PAD;
    }

    private drawRow(cells: string[], widths: number[], font: PdfFont, height: number, fill?: string): void {
        const y = this.doc.y;
        let x = this.left;
        if (fill) {
            this.fill(fill);
            this.doc.rect(this.left, y, this.width, height).fill();
        }
        for (const [i, cell] of cells.entries()) {
            const w = widths[i]!;
            this.write(cell, font, TABLE_SIZE, x + CELL_PAD, y + CELL_PAD, w - 2 * CELL_PAD, fill ? '#12304a' : INK);
            x += w;
        }
        this.rule(this.left, this.left + this.width, y + height, 0.4, RULE);
        this.doc.y = y + height;
    }

    /**
     * Column widths: the relative widths asked for, then each column widened to its longest word (so that no
     * word, an e-mail address least of all, is broken mid-word), taking the room from columns that have it.
     */
    private columnWidths(head: string[], rows: string[][], relative: number[]): number[] {
        const total = relative.reduce((a, b) => a + b, 0);
        const widths = relative.map((r) => (r / total) * this.width);
        const needed = widths.map((_, i) => Math.max(
            this.longestWord(head[i] ?? '', 'sansBold', TABLE_SIZE),
            ...rows.map((row) => this.longestWord(row[i] ?? '', 'sans', TABLE_SIZE)),
        ) + 2 * CELL_PAD + 1);
        if (needed.reduce((a, b) => a + b, 0) > this.width) return widths;
        for (let round = 0; round < widths.length; round++) {
            const short = widths.reduce((sum, w, i) => sum + Math.max(0, needed[i]! - w), 0);
            if (short <= 0.01) break;
            const slack = widths.map((w, i) => Math.max(0, w - needed[i]!));
            const spare = slack.reduce((a, b) => a + b, 0);
            for (let i = 0; i < widths.length; i++) {
                widths[i] = widths[i]! < needed[i]! ? needed[i]! : widths[i]! - (slack[i]! / spare) * short;
            }
        }
        return widths;
    }

    private tableMetrics(head: string[], rows: string[][], relative: number[], room: number) {
        let metrics = this.tables.get(rows);
        if (!metrics) {
            const widths = this.columnWidths(head, rows, relative);
            const headHeight = this.rowHeight(head, widths, 'sansBold');
            const heights = rows.map((row) => this.rowHeight(row, widths, 'sans'));
            metrics = { widths, headHeight, heights };
            this.tables.set(rows, metrics);
        }
        const { widths, headHeight, heights } = metrics;
        const whole = headHeight + heights.reduce((a, b) => a + b, 0);
        const page = this.pageHeight;
        const opening = headHeight + (heights[0] ?? 0) + (heights[1] ?? 0);
        // A short table stays on one page, unless moving it would leave a quarter of this page blank (page 1
        // half empty before a holiday table): then it starts here, with its head and at least two rows.
        const start = whole <= room || (whole <= page * 0.4 && room < page * 0.25) ? whole : opening;
        return { widths, headHeight, heights, start };
    }

    /** The room left on the page below the cursor. */
    get room(): number {
        return this.bottom - this.doc.y;
    }

    /**
     * The height a block needs at the bottom of a page so as not to be left there alone; `room`: the space
     * the page will have left when the block starts.
     */
    startHeight(block: Block | undefined, room = this.room): number {
        if (!block) return 0;
        switch (block.kind) {
            case 'table':
                return this.tableMetrics(block.head, block.rows, block.widths, room).start;
            case 'paragraph':
                return Math.min(this.textHeight(block.text, 'body', BODY_SIZE, this.width), BODY_SIZE * 2.8) + 6;
            case 'note':
                return this.textHeight(block.text, 'sans', 9, this.width) + 5;
            case 'heading':
                return 20;
            case 'signatures':
                return 190;
            case 'fields':
            case 'list':
                return 36;
        }
    }

    /** Draws a table; `drawn` is told of the head and of each row once they are on the page. */
    table(head: string[], rows: string[][], relative: number[], drawn: () => void = () => {}): void {
        const { widths, headHeight, heights, start } = this.tableMetrics(head, rows, relative, this.room);
        this.ensure(start);
        this.drawRow(head, widths, 'sansBold', headHeight, HEAD_FILL);
        drawn();
        for (const [i, row] of rows.entries()) {
            const height = heights[i]!;
            if (this.doc.y + height > this.bottom) {
                this.doc.addPage();
                this.doc.y = this.doc.page.margins.top;
                this.drawRow(head, widths, 'sansBold', headHeight, HEAD_FILL);
            }
            this.drawRow(row, widths, 'sans', height);
            drawn();
        }
        this.doc.y += 10;
    }

    signatures(block: Extract<Block, { kind: 'signatures' }>): void {
        const gap = 30;
        const width = (this.width - gap) / 2;
        this.ensure(170);
        const top = this.doc.y + 6;
        block.parties.forEach((party, i) => {
            const x = this.left + i * (width + gap);
            this.font('sansBold', 10, '#12304a');
            this.doc.text(party.side, x, top, { width });
            this.font('body', BODY_SIZE);
            this.doc.text(party.name, x, this.doc.y + 2, { width });
            let y = top + 70;
            for (const label of [block.labels.signature, block.labels.name, block.labels.role, block.labels.date]) {
                this.rule(x, x + width, y, 0.5, INK);
                this.font('sans', 8, MUTED);
                this.doc.text(label, x, y + 2, { width, lineBreak: false });
                y += 28;
            }
        });
        this.doc.y = top + 70 + 4 * 28;
    }
}

/** The PDF document of a contract, as bytes. */
export async function contractPdf(contract: Contract, options: PdfOptions = {}): Promise<Buffer> {
    const content = contractDocument(contract);
    const { doc, bytes: finished } = openPdf({
        ...(options.fontsDir !== undefined ? { fontsDir: options.fontsDir } : {}),
        margins: MARGIN,
        defaultFont: 'body',
        lang: content.lang,
        info: {
            Title: content.title,
            Subject: content.subtitle,
            ...(contract.provider ? { Author: contract.provider } : {}),
            // The same contract gives the same bytes: the date is the term's start, never the system clock.
            CreationDate: new Date(Date.UTC(...termStartParts(contract))),
        },
    });

    const layout = new Layout(doc);
    doc.y = MARGIN.top + 10;
    layout.font('sansBold', 20, '#12304a');
    doc.text(content.title, layout.left, doc.y, { width: layout.width, align: 'center' });
    doc.y += 4;
    layout.font('sans', 12, MUTED);
    doc.text(content.subtitle, layout.left, doc.y, { width: layout.width, align: 'center' });
    doc.y += 18;

    // A section title, a heading or an introduction stays with what follows it (up to the first lines of a
    // paragraph or the first rows of a table).
    // `before`: the height of the blocks kept ahead of this one, which the page's room must also hold.
    const keep = (blocks: Block[], i: number, before = 0): number => {
        const block = blocks[i];
        if (!block) return 0;
        const next = blocks[i + 1];
        const introduces = (block.kind === 'note' || block.kind === 'paragraph')
            && (next?.kind === 'table' || (next?.kind === 'note' && blocks[i + 2]?.kind === 'table'));
        const own = layout.startHeight(block, layout.room - before);
        return own + (block.kind === 'heading' || introduces ? keep(blocks, i + 1, before + own) : 0);
    };
    // Progress in blocks and table rows, the unit the layout's time grows with.
    const units = content.sections.reduce((sum, section) => sum + section.blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length + 1 : 1), 0), 0);
    const finishing = Math.max(2, Math.ceil(units / 4));
    const steps = units + finishing;
    let done = 0;
    const step = options.onProgress ? () => options.onProgress?.(++done, steps) : () => {};
    for (const section of content.sections) {
        doc.y += 8;
        layout.ensure(32 + keep(section.blocks, 0, 32));
        doc.y -= 8;
        layout.sectionTitle(section.title);
        for (const [i, block] of section.blocks.entries()) {
            if (block.kind !== 'table' && block.kind !== 'signatures') layout.ensure(keep(section.blocks, i));
            switch (block.kind) {
                case 'heading':
                    layout.heading(block.text);
                    break;
                case 'paragraph':
                    layout.paragraph(block.text);
                    break;
                case 'note':
                    layout.paragraph(block.text, 'sans', 9, MUTED);
                    break;
                case 'list':
                    layout.list(block.items, block.ordered);
                    break;
                case 'fields':
                    layout.fields(block.rows);
                    break;
                case 'table':
                    layout.table(block.head, block.rows, block.widths, step);
                    break;
                case 'signatures':
                    layout.signatures(block);
                    break;
            }
            if (block.kind !== 'table') step();
        }
    }

    // Running header and footer on every page; the bottom margin is lifted while writing the footer, or
    // pdfkit would take text below it as overflow and add a page.
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        layout.forgetState();
        const { width, height, margins } = doc.page;
        const saved = margins.bottom;
        margins.bottom = 0;
        if (i > range.start) {
            // The first page shows the title itself.
            layout.write(content.header, 'sans', 8, margins.left, 30, width - margins.left - margins.right, MUTED, 'left', 0);
            layout.rule(margins.left, width - margins.right, 44, 0.4, RULE);
        }
        layout.rule(margins.left, width - margins.right, height - 44, 0.4, RULE);
        // Through the layout's lines, as every other text: pdfkit's wrapper costs more than the rest of a footer.
        layout.write(content.footer, 'sans', 8, margins.left, height - 38, (width - margins.left - margins.right) / 2, MUTED, 'left', 0);
        layout.write(content.page(i - range.start + 1, range.count), 'sans', 8, width / 2, height - 38, width / 2 - margins.right, MUTED, 'right', 0);
        margins.bottom = saved;
    }
    options.onProgress?.(units + finishing / 2, steps);
    deflatePages(doc, 1);
    doc.end();
    const bytes = await finished;
    options.onProgress?.(steps, steps);
    return bytes;
}

/** [year, month index, day] of the term's start, or of 2000-01-01 for a contract without a term. */
function termStartParts(contract: Contract): [number, number, number] {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(contract.term?.start ?? '');
    return match ? [Number(match[1]), Number(match[2]) - 1, Number(match[3])] : [2000, 0, 1];
}
