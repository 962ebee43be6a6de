/**
 * The one way Pacto opens a PDF: A4, buffered pages, the embedded DejaVu faces registered under their
 * PDF_FONT_FILES names, one of them as the starting font (so pdfkit never loads its AFM Helvetica from disk),
 * and a fixed creation date (the file ID hashes it: the same input gives the same bytes). The contract PDF and the
 * compliance report both start here.
 */
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { PDF_FONT_FILES, resolveFontsDir, type PdfFont } from './fonts.js';

export interface PdfStart {
    fontsDir?: string;
    margins: { top: number; bottom: number; left: number; right: number };
    /** The font the document starts with. */
    defaultFont: PdfFont;
    lang: string;
    info: { Title: string; Subject: string; Author?: string; CreationDate: Date };
}

/** A new document and the promise of its bytes (resolved once `doc.end()` is called). */
export function openPdf(start: PdfStart): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
    const fonts = resolveFontsDir(start.fontsDir);
    const doc = new PDFDocument({
        size: 'A4',
        margins: start.margins,
        bufferPages: true,
        // No font yet: one given here is cached under its path, not its name, and pdfkit then parses the file
        // again at every switch to it by name (each `font('body')` read and decoded the TTF: seconds in a
        // large contract). The registered names are the only ones used.
        font: null as unknown as string,
        lang: start.lang,
        displayTitle: true,
        info: {
            Title: start.info.Title,
            Subject: start.info.Subject,
            ...(start.info.Author !== undefined ? { Author: start.info.Author } : {}),
            Creator: 'Pacto',
            Producer: 'Pacto (pdfkit)',
            CreationDate: start.info.CreationDate,
        },
    });
    const chunks: Buffer[] = [];
    const bytes = new Promise<Buffer>((resolve, reject) => {
        doc.on('data', (chunk: Buffer) => chunks.push(chunk));
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
    });
    for (const [name, file] of Object.entries(PDF_FONT_FILES)) doc.registerFont(name, path.join(fonts, file));
    doc.font(start.defaultFont);
    compactFinishedPages(doc);
    return { doc, bytes };
}

/** What pdfkit 0.20 keeps of a buffered page's content: one small byte array per operator written. */
interface BufferedPages {
    _pageBuffer?: { content?: { buffer?: unknown } }[];
}

/**
 * Buffered pages (kept for the "page N of M" footers) hold their content as one byte array per operator, tens
 * of thousands a page: in a 2,000-category contract most of the memory and of the collector's time. When a
 * page is done, its arrays become one; the footer written later is appended to it as before.
 */
function compactFinishedPages(doc: PDFKit.PDFDocument): void {
    const pages = (doc as PDFKit.PDFDocument & BufferedPages)._pageBuffer;
    if (!Array.isArray(pages)) return;
    doc.on('pageAdded', () => {
        const content = pages[pages.length - 2]?.content;
        const chunks = content?.buffer;
        if (content && Array.isArray(chunks) && chunks.length > 1 && chunks.every((c) => c instanceof Uint8Array)) {
            content.buffer = [Buffer.concat(chunks as Uint8Array[])];
        }
    });
}

/** What of a pdfkit 0.20 page's content stream (a PDFReference) the compression below touches. */
interface PageContent {
    compress?: boolean;
    buffer?: unknown;
    data?: { Filter?: string };
}

/**
 * Compresses the buffered pages' content streams at zlib `level` before `doc.end()`, which would deflate each
 * at zlib's default (6). A contract's pages are mostly glyph codes and positions: level 1 deflates them in
 * about a third of the time for a file ~15 % larger (2,000 categories: doc.end 0.45 -> 0.22 s CPU, 1.38 -> 1.58 MB).
 */
export function deflatePages(doc: PDFKit.PDFDocument, level: number): void {
    const pages = (doc as PDFKit.PDFDocument & BufferedPages)._pageBuffer as { content?: PageContent }[] | undefined;
    if (!Array.isArray(pages)) return;
    for (const page of pages) {
        const content = page.content;
        const chunks = content?.buffer;
        if (!content || content.compress !== true || !content.data || !Array.isArray(chunks) || chunks.length === 0) continue;
        if (!chunks.every((c) => c instanceof Uint8Array)) continue;
        content.buffer = [deflateSync(Buffer.concat(chunks as Uint8Array[]), { level })];
        content.compress = false;
        content.data.Filter = 'FlateDecode';
    }
}
