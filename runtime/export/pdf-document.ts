/**
 * The one way Pacto opens a PDF: A4, buffered pages, the embedded DejaVu faces registered under their
 * PDF_FONT_FILES names, a TTF as the default font (so pdfkit never loads its AFM Helvetica from disk), and a
 * fixed creation date (the file ID hashes it: the same input gives the same bytes). The contract PDF and the
 * compliance report both start here.
 */
import * as path from 'node:path';
import PDFDocument from 'pdfkit';
import { PDF_FONT_FILES, resolveFontsDir, type PdfFont } from './fonts.js';

export interface PdfStart {
    fontsDir?: string;
    margins: { top: number; bottom: number; left: number; right: number };
    /** The default font: one the document never switches to by name (pdfkit would parse its file again at each switch). */
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
        font: path.join(fonts, PDF_FONT_FILES[start.defaultFont]),
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
    return { doc, bytes };
}
