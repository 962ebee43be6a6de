// The plain lines' code units (LineBlock.bytes): a chunk whose bytes are its characters hands them over, and the
// replay reads them instead of the text; any other chunk hands none, and the replay reads its UTF-16 units. Both
// ways read the same ids, times and names (the readers on code units against the string ones), and a history
// with a character beyond ASCII gives the report the full way gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { complianceReport } from '../../../runtime/index.js';
import { csvBlocks } from '../../../runtime/replay/csv.js';
import { plainInstant, plainInstantIn } from '../../../runtime/replay/event-time.js';
import { idKey, idKeyIn } from '../../../runtime/replay/live-tickets.js';
import type { LineBlock } from '../../../runtime/replay/quote-free-csv.js';
import { exampleContract } from '../export/examples.js';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
    yield bytes;
}

async function blocks(text: string): Promise<LineBlock[]> {
    const out: LineBlock[] = [];
    for await (const b of csvBlocks(once(Buffer.from(text, 'utf8')), 'h.csv')) if (!Array.isArray(b)) out.push(b as LineBlock);
    return out;
}

describe('LineBlock.bytes', () => {
    it('are the characters of an ASCII chunk, code for code, after a byte-order mark and with CRLF', async () => {
        for (const text of ['ticket,at\nT1,2026-03-02T09:15:00Z\n', '\uFEFFticket,at\r\nT1,x\r\nT2,y\r\n']) {
            const [block] = await blocks(text);
            const bytes = block!.bytes!;
            expect(bytes).not.toBeNull();
            expect(bytes.length).toBe(block!.text.length);
            expect(Array.from(bytes)).toEqual(Array.from(block!.text, (c) => c.charCodeAt(0)));
        }
    });

    it('are null when a character takes more than one byte', async () => {
        const [block] = await blocks('ticket,at\nTé,2026-03-02T09:15:00Z\n');
        expect(block!.bytes).toBeNull();
        expect(block!.text).toBe('ticket,at\nTé,2026-03-02T09:15:00Z\n');
    });
});

describe('readers on code units', () => {
    const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
    const units = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));
    it('plainInstantIn reads what plainInstant reads, in bytes and in UTF-16 units', () => {
        const line = 'T0000001,2026-03-02T09:15:00-04:00,opened';
        for (const codes of [bytes(line), units(line)]) expect(plainInstantIn(codes, 9, 34)).toBe(Date.parse('2026-03-02T13:15:00Z'));
        for (const time of ['2026-03-02T09:15:00Z', '2026-03-02T09:15:00.123Z', '2024-02-29T23:59:59.999+05:30', '2026-02-29T00:00:00Z', '2026-03-02T09:15:0/-04:00', '2026-03-02T24:00:00Z']) {
            expect(plainInstantIn(bytes(time), 0, time.length)).toEqual(plainInstant(time, 0, time.length));
            expect(plainInstantIn(units(time), 0, time.length)).toEqual(plainInstant(time, 0, time.length));
        }
        expect(plainInstantIn(bytes('2026-03-02T09:15:00.123Z'), 0, 24)).toBe(Date.parse('2026-03-02T09:15:00.123Z'));
        expect(plainInstantIn(bytes('2026-02-29T00:00:00Z'), 0, 20)).toBeNaN();
    });

    it('idKeyIn is idKey of the same characters', () => {
        for (const id of ['T0000041', 'IM-0042', 'abc', 'A7', 'x']) {
            expect(idKeyIn(bytes(`,${id},`), 1, id.length + 1)).toBe(idKey(id, 0, id.length));
            expect(idKeyIn(units(id), 0, id.length)).toBe(idKey(id, 0, id.length));
        }
        expect(idKeyIn(bytes('T0000002'), 0, 8) - idKeyIn(bytes('T0000001'), 0, 8)).toBe(1);
    });
});

describe('a history with a character beyond ASCII', () => {
    it('gives the report the full way gives (its chunk read as UTF-16 units)', async () => {
        const contract = await exampleContract('imolko.pacto');
        const [header, ...rows] = readFileSync('examples/history/imolko.csv', 'utf8').trim().split('\n');
        // One row's ticket named with an accent: that row goes the full way (and is refused: no such ticket is open).
        const lines = [header!, ...rows.slice(0, 40), rows[40]!.replace(',', 'é,'), ...rows.slice(41)];
        const full = [lines[0], ...lines.slice(1).map((l) => l.replace(',', ' ,'))].join('\n') + '\n';
        const report = (text: string) => complianceReport({ contract, history: { source: once(Buffer.from(text, 'utf8')), file: 'h.csv', format: 'csv' }, skipBadRows: true });
        const fast = await report(lines.join('\n') + '\n');
        expect(fast.skippedRows.length).toBe(1);
        expect(fast).toEqual(await report(full));
        const ascii = await report([header!, ...rows].join('\n') + '\n');
        expect(ascii.skippedRows.length).toBe(0);
    });
});

describe("an ASCII chunk's text", () => {
    it('is made only when asked, and is then the chunk decoded', async () => {
        const text = 'ticket,at,event\nT1,2026-03-02T09:15:00Z,opened\nT1,2026-03-02T09:20:00Z,resolved\n';
        const [block] = await blocks(text);
        // A block that decoded its text as it was made would hold it as its own property.
        expect(Object.prototype.hasOwnProperty.call(block, 'text')).toBe(false);
        expect(block!.text).toBe(text);
        expect(block!.text).toBe(text);
    });

    it('gives ids too long for a held record and rows that go the full way as the full way reads them', async () => {
        const contract = await exampleContract('imolko.pacto');
        const [header, ...rows] = readFileSync('examples/history/imolko.csv', 'utf8').trim().split('\n');
        // Ids of 20 characters or more (a held record keeps 12: the id is cut from the block's text), a row repeated
        // (refused: the full way words it from the text) and one misspelt event.
        const long = rows.map((r) => `LONG-TICKET-ID-${r}`);
        const k = long.findIndex((r, i) => i >= 60 && r.includes(',responded,'));
        const lines = [header!, ...long.slice(0, 30), long[29]!, ...long.slice(30, k), long[k]!.replace('responded', 'respondd'), ...long.slice(k + 1)];
        const full = [lines[0], ...lines.slice(1).map((l) => l.replace(',', ' ,'))].join('\n') + '\n';
        const report = (t: string) => complianceReport({ contract, history: { source: once(Buffer.from(t, 'utf8')), file: 'h.csv', format: 'csv' }, skipBadRows: true });
        const fast = await report(lines.join('\n') + '\n');
        // The header is row 1, the repeated row the 32nd, the misspelt one after it and the k − 30 rows between.
        expect(fast.skippedRows.map((r) => r.row)).toEqual([32, k + 3]);
        const ids = fast.periods.flatMap((p) => p.breaches.map((b) => b.ticket));
        expect(ids.length).toBeGreaterThan(20);
        expect(ids.filter((t) => !/^LONG-TICKET-ID-(IM-\d{4}|CHANGE-\d+)$/.test(t))).toEqual([]);
        expect(fast).toEqual(await report(full));
    });
});
