import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractPdf } from '../../../runtime/export/index.js';
import { exampleContract } from './examples.js';
import { tool } from './pdf-tools.js';

// The PDF writer draws the lines it laid out itself (runtime/export/pdf.ts, drawLines), as pdfkit's `text`
// would: a paragraph longer than the page flows onto the next pages, blank lines stay, and a word wider than
// the column is left to pdfkit, which cuts it.
const dir = mkdtempSync(path.join(tmpdir(), 'pacto-pdf-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORDS = Array.from({ length: 3000 }, (_, i) => `w${i + 1}`);
const LONG_WORD = `https://example.org/${'a'.repeat(150)}${'b'.repeat(150)}`;

async function pdfWithClauses(): Promise<string> {
    const contract = await exampleContract('imolko.pacto');
    contract.clauses = [
        { title: 'Long clause', texts: [WORDS.join(' ')] },
        { title: 'Wide word', texts: [`before ${LONG_WORD} after`] },
        { title: 'Blank lines', texts: ['first line\n\nthird line'] },
    ];
    const file = path.join(dir, 'clauses.pdf');
    writeFileSync(file, await contractPdf(contract));
    return file;
}

/** The text of each page, in reading order. */
function pages(file: string): string[] {
    return tool('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f');
}

describe('PDF lines', () => {
    it('flows a long paragraph over pages, keeps every word in order, cuts only a word wider than the page', async () => {
        const file = await pdfWithClauses();
        const texts = pages(file);
        const pageOf = (word: string) => texts.findIndex((t) => new RegExp(`(^|\\s)${word}(\\s|$)`).test(t));
        const first = pageOf('w1');
        const last = pageOf('w3000');
        expect(first).toBeGreaterThan(0);
        expect(last - first).toBeGreaterThanOrEqual(2);
        // Every word once, in order, the running header and footer between pages aside.
        const words = texts.join(' ').split(/\s+/).filter((w) => /^w\d+$/.test(w));
        expect(words).toEqual(WORDS);
        // The page the paragraph flows onto starts at the top margin (64 pt), below the running header.
        const bbox = tool('pdftotext', ['-f', String(first + 2), '-l', String(first + 2), '-bbox', file, '-']);
        const tops = [...bbox.matchAll(/yMin="([\d.]+)"[^>]*>(w\d+)</g)].map((m) => Number(m[1]));
        expect(Math.min(...tops)).toBeGreaterThan(60);
        expect(Math.min(...tops)).toBeLessThan(80);
        const all = texts.join('\n');
        expect(all.replace(/\s+/g, '')).toContain(`before${LONG_WORD}after`);
        expect(all).not.toContain(LONG_WORD);
        // The blank line between them keeps its height: two lines of 10 pt DejaVu Serif with the 1.5 pt gap.
        const at = (word: string) => Number(new RegExp(`yMin="([\\d.]+)"[^>]*>${word}<`).exec(tool('pdftotext', ['-bbox', file, '-']))?.[1]);
        expect(at('third') - at('first')).toBeCloseTo(26.28, 1);
    });
});
