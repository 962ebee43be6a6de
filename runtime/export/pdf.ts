/**
 * The contract as a PDF for signing, laid out with pdfkit: A4, DejaVu fonts embedded (they cover Spanish
 * and Portuguese, and pdfkit's built-in Helvetica is never loaded), a running header with the contract's
 * name, "page N of M" footers, tables that repeat their header row across pages, headings kept with what
 * follows them, and signature blocks kept on one page.
 */
import * as path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Contract } from '../model.js';
import { contractDocument, type Block } from './document.js';
import { PDF_FONT_FILES, resolveFontsDir, type PdfFont } from './fonts.js';

export interface PdfOptions {
    /** Folder holding the DejaVu TTF files; by default the bundle's dist/fonts or the dejavu-fonts-ttf package. */
    fontsDir?: string;
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

class Layout {
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

    font(name: PdfFont, size: number, color = INK): this {
        this.doc.font(name).fontSize(size).fillColor(color);
        return this;
    }

    /** Starts a new page unless `height` still fits below the cursor. */
    ensure(height: number): void {
        if (this.doc.y + height > this.bottom) {
            this.doc.addPage();
            this.doc.y = this.doc.page.margins.top;
        }
    }

    textHeight(text: string, font: PdfFont, size: number, width: number): number {
        this.font(font, size);
        return this.doc.heightOfString(text, { width, lineGap: 1.5 });
    }

    paragraph(text: string, font: PdfFont = 'body', size = BODY_SIZE, color = INK, indent = 0): void {
        const width = this.width - indent;
        // Keep at least two lines together at a page end.
        this.ensure(Math.min(this.textHeight(text, font, size, width), size * 2.8));
        this.font(font, size, color);
        this.doc.text(text, this.left + indent, this.doc.y, { width, lineGap: 1.5, align: 'left' });
        this.doc.y += size * 0.55;
    }

    sectionTitle(text: string): void {
        this.doc.y += 8;
        this.ensure(60);
        this.font('sansBold', 13, '#12304a');
        this.doc.text(text, this.left, this.doc.y, { width: this.width });
        const y = this.doc.y + 2;
        this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor('#12304a').stroke();
        this.doc.y = y + 8;
    }

    heading(text: string): void {
        this.doc.y += 3;
        this.ensure(50);
        this.font('sansBold', 10.5, '#12304a');
        this.doc.text(text, this.left, this.doc.y, { width: this.width });
        this.doc.y += 4;
    }

    list(items: string[]): void {
        for (const item of items) {
            const width = this.width - 14;
            this.ensure(Math.min(this.textHeight(item, 'body', BODY_SIZE, width), 28));
            const y = this.doc.y;
            this.font('body', BODY_SIZE);
            this.doc.text('•', this.left + 2, y, { width: 10, lineBreak: false });
            this.doc.text(item, this.left + 14, y, { width, lineGap: 1.5 });
            this.doc.y += 3;
        }
        this.doc.y += 3;
    }

    fields(rows: [string, string][]): void {
        const labelWidth = Math.min(150, this.width * 0.3);
        const valueWidth = this.width - labelWidth - 8;
        for (const [label, value] of rows) {
            const height = Math.max(this.textHeight(label, 'sansBold', 9.5, labelWidth), this.textHeight(value, 'body', BODY_SIZE, valueWidth));
            this.ensure(Math.min(height, 40));
            const y = this.doc.y;
            this.font('sansBold', 9.5, MUTED);
            this.doc.text(label, this.left, y + 0.5, { width: labelWidth });
            this.font('body', BODY_SIZE);
            this.doc.text(value, this.left + labelWidth + 8, y, { width: valueWidth, lineGap: 1.5 });
            this.doc.y = Math.max(this.doc.y, y + height) + 4;
        }
        this.doc.y += 4;
    }

    private rowHeight(cells: string[], widths: number[], font: PdfFont): number {
        return Math.max(...cells.map((cell, i) => this.textHeight(cell, font, TABLE_SIZE, widths[i]! - 2 * CELL_PAD))) + 2 * CELL_PAD;
    }

    private drawRow(cells: string[], widths: number[], font: PdfFont, height: number, fill?: string): void {
        const y = this.doc.y;
        let x = this.left;
        if (fill) this.doc.rect(this.left, y, this.width, height).fill(fill);
        for (const [i, cell] of cells.entries()) {
            const w = widths[i]!;
            this.font(font, TABLE_SIZE, fill ? '#12304a' : INK);
            this.doc.text(cell, x + CELL_PAD, y + CELL_PAD, { width: w - 2 * CELL_PAD, lineGap: 1.5 });
            x += w;
        }
        this.doc.moveTo(this.left, y + height).lineTo(this.left + this.width, y + height).lineWidth(0.4).strokeColor(RULE).stroke();
        this.doc.y = y + height;
    }

    private tableMetrics(head: string[], rows: string[][], relative: number[]) {
        const total = relative.reduce((a, b) => a + b, 0);
        const widths = relative.map((r) => (r / total) * this.width);
        const headHeight = this.rowHeight(head, widths, 'sansBold');
        const heights = rows.map((row) => this.rowHeight(row, widths, 'sans'));
        const whole = headHeight + heights.reduce((a, b) => a + b, 0);
        const page = this.doc.page.height - this.doc.page.margins.top - this.doc.page.margins.bottom;
        // A short table stays on one page; a long one starts with its head and at least two rows.
        const start = whole <= page * 0.4 ? whole : headHeight + (heights[0] ?? 0) + (heights[1] ?? 0);
        return { widths, headHeight, heights, start };
    }

    /** The height a block needs at the bottom of a page so as not to be left there alone. */
    startHeight(block: Block | undefined): number {
        if (!block) return 0;
        switch (block.kind) {
            case 'table':
                return this.tableMetrics(block.head, block.rows, block.widths).start;
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

    table(head: string[], rows: string[][], relative: number[]): void {
        const { widths, headHeight, heights, start } = this.tableMetrics(head, rows, relative);
        this.ensure(start);
        this.drawRow(head, widths, 'sansBold', headHeight, HEAD_FILL);
        for (const [i, row] of rows.entries()) {
            const height = heights[i]!;
            if (this.doc.y + height > this.bottom) {
                this.doc.addPage();
                this.doc.y = this.doc.page.margins.top;
                this.drawRow(head, widths, 'sansBold', headHeight, HEAD_FILL);
            }
            this.drawRow(row, widths, 'sans', height);
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
                this.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.5).strokeColor(INK).stroke();
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
    const fonts = resolveFontsDir(options.fontsDir);
    const content = contractDocument(contract);
    const doc = new PDFDocument({
        size: 'A4',
        margins: MARGIN,
        bufferPages: true,
        // A TTF as the default font: pdfkit then never loads its standard Helvetica (AFM files on disk).
        font: path.join(fonts, PDF_FONT_FILES.body),
        lang: content.lang,
        displayTitle: true,
        info: {
            Title: content.title,
            Subject: content.subtitle,
            ...(contract.provider ? { Author: contract.provider } : {}),
            Creator: 'Pacto',
            Producer: 'Pacto (pdfkit)',
            // The same contract gives the same bytes: the date is the term's start (the file ID hashes it),
            // never the system clock.
            CreationDate: new Date(Date.UTC(...termStartParts(contract))),
        },
    });
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
        doc.on('data', (chunk: Buffer) => chunks.push(chunk));
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
    });
    for (const [name, file] of Object.entries(PDF_FONT_FILES)) doc.registerFont(name, path.join(fonts, file));

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
    const keep = (blocks: Block[], i: number): number => {
        const block = blocks[i];
        if (!block) return 0;
        const next = blocks[i + 1];
        const introduces = (block.kind === 'note' || block.kind === 'paragraph')
            && (next?.kind === 'table' || (next?.kind === 'note' && blocks[i + 2]?.kind === 'table'));
        return layout.startHeight(block) + (block.kind === 'heading' || introduces ? keep(blocks, i + 1) : 0);
    };
    for (const section of content.sections) {
        doc.y += 8;
        layout.ensure(32 + keep(section.blocks, 0));
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
                    layout.list(block.items);
                    break;
                case 'fields':
                    layout.fields(block.rows);
                    break;
                case 'table':
                    layout.table(block.head, block.rows, block.widths);
                    break;
                case 'signatures':
                    layout.signatures(block);
                    break;
            }
        }
    }

    // Running header and footer on every page; the bottom margin is lifted while writing the footer, or
    // pdfkit would take text below it as overflow and add a page.
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const { width, height, margins } = doc.page;
        const saved = margins.bottom;
        margins.bottom = 0;
        if (i > range.start) {
            // The first page shows the title itself.
            layout.font('sans', 8, MUTED);
            doc.text(content.header, margins.left, 30, { width: width - margins.left - margins.right, align: 'left', lineBreak: false, ellipsis: true });
            doc.moveTo(margins.left, 44).lineTo(width - margins.right, 44).lineWidth(0.4).strokeColor(RULE).stroke();
        }
        doc.moveTo(margins.left, height - 44).lineTo(width - margins.right, height - 44).lineWidth(0.4).strokeColor(RULE).stroke();
        layout.font('sans', 8, MUTED);
        doc.text(content.footer, margins.left, height - 38, { width: (width - margins.left - margins.right) / 2, align: 'left', lineBreak: false });
        doc.text(content.page(i - range.start + 1, range.count), width / 2, height - 38, { width: width / 2 - margins.right, align: 'right', lineBreak: false });
        margins.bottom = saved;
    }
    doc.end();
    return done;
}

/** [year, month index, day] of the term's start, or of 2000-01-01 for a contract without a term. */
function termStartParts(contract: Contract): [number, number, number] {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(contract.term?.start ?? '');
    return match ? [Number(match[1]), Number(match[2]) - 1, Number(match[3])] : [2000, 0, 1];
}
