import { describe, expect, it } from 'vitest';
import { PDF_FONT_FILES, type PdfFont } from '../../../runtime/export/fonts.js';
import { openPdf } from '../../../runtime/export/pdf-document.js';
import { LineWriter, type LineDoc } from '../../../runtime/export/pdf-line-writer.js';

// The contract PDF writes its lines itself (runtime/export/pdf-line-writer.ts) with the bytes pdfkit's
// `_fragment` would write: the same glyphs, kerning adjustments, positions and font resources; consecutive
// lines share one text object.

interface Shaping {
    glyphs: { id: number }[];
    positions: object[];
}
type Doc = PDFKit.PDFDocument & LineDoc & {
    _font: { layoutRun(text: string): Shaping };
    _fragment(text: string, x: number, y: number, options: object): void;
    page: { content: { buffer: Uint8Array[] } };
};

function newDoc(): Doc {
    const start = { margins: { top: 64, bottom: 60, left: 60, right: 60 }, defaultFont: 'body' as PdfFont, lang: 'es', info: { Title: 't', Subject: 's', CreationDate: new Date(Date.UTC(2026, 0, 1)) } };
    return openPdf(start).doc as Doc;
}

/** The page's content so far, as text. */
function content(doc: Doc): string {
    return Buffer.concat(doc.page.content.buffer).toString('latin1');
}

const LINES = [
    'Tiempo de respuesta: 4 h hábiles (AV, To, Ty, \u201cWe\u201d, Yo, LT, P.)',
    'Atenção: a solução é válida até às 18:00 — “Avaliação” ',
    'dos  espacios\tuna tabulación, fin con espacio ',
    'ops-head@northwind.example https://example.org/a/b?c=1',
    'ﬁn ffi ﬂ Å Ǆ ŉ ſt 0123456789 %&',
    'שלום עולם y árabe مرحبا mezclados',
    ' ',
];

describe('PDF line writer', () => {
    it('writes the bytes pdfkit writes for the same line, in every face and size', () => {
        // Something else drawn between the lines (a rule, a colour) ends each text object, as in a table.
        for (const font of Object.keys(PDF_FONT_FILES) as PdfFont[]) {
            for (const size of [8.5, 13]) {
                const ours = newDoc();
                const theirs = newDoc();
                const writer = new LineWriter();
                // Twice: the second time the words come from the writer's cache.
                for (const [i, line] of [...LINES, ...LINES].entries()) {
                    const x = 60 + i * 0.37;
                    const y = 100 + i * 13.1;
                    for (const doc of [ours, theirs]) doc.font(font).fontSize(size);
                    expect(writer.canWrite(ours)).toBe(true);
                    if (!writer.write(ours, line, x, y)) ours._fragment(line, x, y, { align: 'left' });
                    theirs._fragment(line, x, y, { width: 400, align: 'left', lineWidth: 400 });
                    for (const doc of [ours, theirs]) doc.rect(0, 0, 1, 1);
                }
                expect(content(ours)).toBe(content(theirs));
                expect(content(ours)).toContain(' TJ');
            }
        }
    });

    it('puts consecutive lines in one text object, the font set again only where it changes', () => {
        const ours = newDoc();
        const theirs = newDoc();
        const writer = new LineWriter();
        const faces: [PdfFont, number][] = [['sans', 8.5], ['sans', 8.5], ['sansBold', 8.5], ['sansBold', 10], ['sansBold', 10]];
        for (const [i, [font, size]] of faces.entries()) {
            for (const doc of [ours, theirs]) doc.font(font).fontSize(size);
            const line = LINES[i % 4]!;
            expect(writer.write(ours, line, 64, 100 + 12 * i)).toBe(true);
            theirs._fragment(line, 64, 100 + 12 * i, { width: 400, align: 'left', lineWidth: 400 });
        }
        const one = content(ours);
        expect(one.match(/BT/g)).toHaveLength(1);
        expect(one.match(/ Tf/g)).toHaveLength(3);
        // pdfkit's lines without the end and start of a text object between them, nor a font set again.
        const joined = content(theirs).replaceAll('ET\nQ\nq\n1 0 0 -1 0 841.89 cm\nBT\n', '').replace(/(\/F\d+ [\d.]+ Tf\n)((?:(?!Tf\n)[^])*?)\1/g, '$1$2');
        expect(one).toBe(joined.replace(/(\/F\d+ [\d.]+ Tf\n)((?:(?!Tf\n)[^])*?)\1/g, '$1$2'));
    });

    it('shapes a word and the space after it apart only where the space changes nothing: below U+0590, every glyph of every face', () => {
        for (const font of Object.keys(PDF_FONT_FILES) as PdfFont[]) {
            const doc = newDoc();
            doc.font(font);
            const shaping = doc._font;
            const space = shaping.layoutRun(' ');
            const shaped = (s: Shaping) => ({ glyphs: s.glyphs.map((g) => g.id), positions: s.positions });
            let checked = 0;
            for (let c = 0x21; c < 0x590; c++) {
                const char = String.fromCodePoint(c);
                const alone = shaping.layoutRun(char);
                if (alone.glyphs.every((g) => g.id === 0)) continue;
                const together = shaping.layoutRun(`${char} `);
                expect(shaped(together), `${font} U+${c.toString(16)}`).toEqual({
                    glyphs: [...shaped(alone).glyphs, ...shaped(space).glyphs],
                    positions: [...shaped(alone).positions, ...shaped(space).positions],
                });
                checked++;
            }
            expect(checked).toBeGreaterThan(600);
        }
    });
});
