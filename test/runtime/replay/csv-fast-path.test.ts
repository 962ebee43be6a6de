// The quote-free fast path (runtime/replay/quote-free-csv.ts) against csv-parse alone: the same records with
// the same line numbers, the same error, and the same events out of readHistory, on files with quotes, CRLF,
// a byte-order mark, empty fields and lines, invalid UTF-8, and chunks cut anywhere (mid-character too).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvBatches, csvBlocks, csvParseBatches, type CsvRow } from '../../../runtime/replay/csv.js';
import { blockRows } from '../../../runtime/replay/quote-free-csv.js';
import { readHistory } from '../../../runtime/replay/history.js';
import type { HistoryItem } from '../../../runtime/replay/records.js';

async function* chunked(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
        if (cut <= from || cut >= bytes.length) continue;
        yield bytes.subarray(from, cut);
        from = cut;
    }
    if (from < bytes.length) yield bytes.subarray(from);
}

async function rows(batches: AsyncGenerator<CsvRow[]>): Promise<{ rows: CsvRow[] } | { error: string }> {
    const all: CsvRow[] = [];
    try {
        for await (const batch of batches) {
            expect(batch.length).toBeGreaterThan(0);
            all.push(...batch.map((r) => ({ line: r.line, fields: [...r.fields] })));
        }
        return { rows: all };
    } catch (error) {
        return { error: (error as Error).message };
    }
}

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** csvBlocks' records (an ASCII chunk's block read as its bytes, its text made when asked), as csvBatches gives them. */
async function* blockBatches(bytes: Uint8Array, cuts: readonly number[], delimiter: string): AsyncGenerator<CsvRow[]> {
    for await (const b of csvBlocks(chunked(bytes, cuts), 'h.csv', delimiter)) yield Array.isArray(b) ? b : blockRows(b, delimiter);
}

async function both(bytes: Uint8Array, cuts: readonly number[] = [], delimiter = ',') {
    const fast = await rows(csvBatches(chunked(bytes, cuts), 'h.csv', delimiter));
    const parsed = await rows(csvParseBatches(chunked(bytes, []), 'h.csv', delimiter));
    // The replay's blocks read the same records.
    expect(await rows(blockBatches(bytes, cuts, delimiter))).toEqual(fast);
    return { fast, parsed };
}

async function events(text: string, cuts: readonly number[]): Promise<HistoryItem[] | string> {
    try {
        const items: HistoryItem[] = [];
        for await (const item of readHistory(chunked(bytesOf(text), cuts), { file: 'h.csv', zone: null, format: 'csv', mapping: null })) items.push(item);
        return items;
    } catch (error) {
        return (error as Error).message;
    }
}

const LOG = [
    'ticket,at,event,category,channel',
    'T1,2026-03-02T09:00:00-03:00,opened,Critica,Correo',
    'T1,2026-03-02T09:20:00-03:00,responded,,',
    'T2,2026-03-02T10:00:00Z,opened,Grave,',
    '',
    'T1,2026-03-02T11:00:00-03:00,resolved,,',
];

describe('the quote-free fast path', () => {
    it('reads a plain log as csv-parse does, line numbers and empty fields included', async () => {
        const { fast, parsed } = await both(bytesOf(LOG.join('\n') + '\n'));
        expect(fast).toEqual(parsed);
        expect(fast).toEqual({
            rows: [
                { line: 1, fields: ['ticket', 'at', 'event', 'category', 'channel'] },
                { line: 2, fields: ['T1', '2026-03-02T09:00:00-03:00', 'opened', 'Critica', 'Correo'] },
                { line: 3, fields: ['T1', '2026-03-02T09:20:00-03:00', 'responded', '', ''] },
                { line: 4, fields: ['T2', '2026-03-02T10:00:00Z', 'opened', 'Grave', ''] },
                { line: 6, fields: ['T1', '2026-03-02T11:00:00-03:00', 'resolved', '', ''] },
            ],
        });
    });

    it('hands the rest to csv-parse from the first quoted line, with the file lines and its line ending', async () => {
        const text = [...LOG.slice(0, 3), 'T3,2026-03-02T12:00:00Z,opened,"Gra\r\nve",x', ...LOG.slice(3)].join('\r\n');
        const { fast, parsed } = await both(bytesOf('\uFEFF' + text));
        expect(fast).toEqual(parsed);
        // csv-parse counts the \r and the \n of the quoted line ending as a line each.
        expect((fast as { rows: CsvRow[] }).rows.map((r) => r.line)).toEqual([1, 2, 3, 6, 7, 9]);
        expect((fast as { rows: CsvRow[] }).rows[3]!.fields).toEqual(['T3', '2026-03-02T12:00:00Z', 'opened', 'Gra\r\nve', 'x']);
    });

    it("names csv-parse's error at the file's line when it reads only the rest", async () => {
        const { fast, parsed } = await both(bytesOf(`${LOG.slice(0, 3).join('\n')}\nT3,x"y,opened,A,\n`));
        expect(fast).toEqual(parsed);
        expect(fast).toEqual({ error: "h.csv: not a readable CSV file: line 4: a quote inside a field that does not start with one (put the whole field in quotes and write the quote twice)" });
    });

    it('leaves a byte-order mark mid-file, lone carriage returns, mixed endings and invalid UTF-8 to csv-parse', async () => {
        for (const text of ['a,b\n\uFEFFc,d\n', 'a,b\rc,d\r', 'a,b\r\nc,d\ne,f\r\n', 'a,b\nc,d\r\ne,f\n', 'a\r\r\nb\r\n', 'a,b\r\nc,d\r']) {
            const { fast, parsed } = await both(bytesOf(text));
            expect(fast, JSON.stringify(text)).toEqual(parsed);
        }
        const invalid = new Uint8Array([0x61, 0x2c, 0xc3, 0x0a, 0x62, 0xff, 0x2c, 0x63, 0x0a]);
        const { fast, parsed } = await both(invalid, [3]);
        expect(fast).toEqual(parsed);
        const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\nc,d\n', 'utf16le')]));
        expect((await both(utf16)).fast).toEqual((await both(utf16)).parsed);
    });

    it('gives csv-parse the delimiters a split would read differently', async () => {
        for (const delimiter of [';', '\t', '::']) {
            const text = `a${delimiter}b\nc${delimiter}"d${delimiter}e"\nf${delimiter}${delimiter}g\n`;
            const { fast, parsed } = await both(bytesOf(text), [5], delimiter);
            expect(fast).toEqual(parsed);
        }
    });

    it('gives the same records as csv-parse on any file of quotes, separators and line endings, cut anywhere', async () => {
        const piece = fc.constantFrom('a', 'bc', 'é', '€', '😀', ',', ',', '"', '""', '\n', '\n', '\r\n', '\r', ' ', '\uFEFF', '');
        await fc.assert(
            fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(200), { maxLength: 6 }), async (pieces, cuts) => {
                const { fast, parsed } = await both(bytesOf(pieces.join('')), cuts);
                expect(fast).toEqual(parsed);
            }),
            { numRuns: 3000 },
        );
    });

    it('gives readHistory the same events either way, quotes, CRLF, BOM and empty fields included', async () => {
        const quoted = ['\uFEFFticket,at,event,category,channel', ...LOG.slice(1, 3), '"T4","2026-03-02T12:00:00Z","opened","Grave",""', ...LOG.slice(3)];
        for (const text of [LOG.join('\n'), LOG.join('\r\n') + '\r\n', '\uFEFF' + LOG.join('\n'), quoted.join('\r\n'), quoted.join('\n')]) {
            const fast = await events(text, [7, 60, 61]);
            // The same file with its first line quoted is read by csv-parse alone.
            const [header, ...rest] = text.replace(/^\uFEFF/, '').split(/(?<=\n)/);
            const parsedOnly = await events(`"${header!.replace(/,/g, '","').replace(/\r?\n$/, '')}"${/\r\n$/.test(header!) ? '\r\n' : '\n'}${rest.join('')}`, []);
            expect(fast, JSON.stringify(text)).toEqual(parsedOnly);
            expect((fast as HistoryItem[]).filter((i) => i.kind === 'event')).toHaveLength(text.includes('"T4"') ? 5 : 4);
        }
    });
});
