import { describe, expect, it } from 'vitest';
import { contractDocument, contractPdf, findExportFormat } from '../../../runtime/export/index.js';
import { exampleContract } from './examples.js';

// The PDF writer's progress feeds `pacto export`'s bar (cli/commands/export.ts, drawn on a terminal only).

/** Blocks and table rows of the document: the steps the layout reports, one each (a table's head too). */
function layoutSteps(doc: ReturnType<typeof contractDocument>): number {
    return doc.sections.reduce((sum, s) => sum + s.blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length + 1 : 1), 0), 0);
}

describe('PDF progress', () => {
    it('reports every block and table row, then the finished pages, in growing fractions that end at 1', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const calls: [number, number][] = [];
        const bytes = await contractPdf(contract, { onProgress: (done, total) => calls.push([done, total]) });
        const units = layoutSteps(contractDocument(contract));
        const total = units + Math.max(2, Math.ceil(units / 4));
        expect(units).toBeGreaterThan(50);
        // One call per step, one before the pages are compressed, one when the bytes are ready.
        expect(calls).toHaveLength(units + 2);
        expect(calls.every(([, t]) => t === total)).toBe(true);
        expect(calls.map(([done]) => done).slice(0, units)).toEqual(Array.from({ length: units }, (_, i) => i + 1));
        expect(calls.at(-2)).toEqual([units + (total - units) / 2, total]);
        expect(calls.at(-1)).toEqual([total, total]);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('reaches the writer through the export registry', async () => {
        const contract = await exampleContract('imolko.pacto');
        const fractions: number[] = [];
        const pdf = findExportFormat('pdf');
        await pdf?.render(contract, { pactoVersion: 'test', onProgress: (done, total) => fractions.push(done / total) });
        expect(fractions.length).toBeGreaterThan(10);
        expect(fractions.every((f, i) => f > 0 && (i === 0 || f > (fractions[i - 1] ?? 1)))).toBe(true);
        expect(fractions.at(-1)).toBe(1);
    });
});
