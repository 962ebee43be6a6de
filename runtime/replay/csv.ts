import { parse } from 'csv-parse';
import type { ByteSource } from './records.js';
import { HistoryError, csvErrorWords } from './problems.js';
import { quoteFreeBatches, quoteFreeBlocks, type LineBlock } from './quote-free-csv.js';

/** A CSV record with the line it ends on (a quoted field may span lines). */
export interface CsvRow {
    readonly line: number;
    readonly fields: readonly string[];
}

/**
 * The records of a CSV file, one at a time as the bytes arrive (RFC 4180: quotes, embedded newlines and
 * a byte-order mark are handled by csv-parse). Rows may have more or fewer fields than the header: the
 * caller reports which column is missing instead of the parser refusing the whole file.
 */
export async function* csvRows(source: ByteSource, file: string, delimiter = ','): AsyncGenerator<CsvRow> {
    for await (const batch of csvBatches(source, file, delimiter)) yield* batch;
}

/**
 * The records of csvRows, as many at a time as are ready (never an empty batch): one await per chunk of the
 * file instead of one per record, which was a large share of a long replay. Lines without quotes are read
 * directly (quote-free-csv.ts); from the first line that needs csv-parse on, csv-parse reads the rest.
 */
export function csvBatches(source: ByteSource, file: string, delimiter = ','): AsyncGenerator<CsvRow[]> {
    return quoteFreeBatches(source, delimiter, (rest, from) => csvParseBatches(rest, file, delimiter, from));
}

/**
 * csvBatches with the plain lines left unsplit, a block per chunk (quote-free-csv.ts), for readers that find their
 * few fields themselves: an ASCII chunk's text is made only when asked for.
 */
export function csvBlocks(source: ByteSource, file: string, delimiter = ','): AsyncGenerator<CsvRow[] | LineBlock> {
    return quoteFreeBlocks(source, delimiter, (rest, from) => csvParseBatches(rest, file, delimiter, from), true);
}

/** Where csv-parse takes over: the lines before it, and the record delimiter of the file when already known. */
export interface ParseFrom {
    readonly linesBefore: number;
    readonly recordDelimiter: '\n' | '\r\n' | null;
}

/** The records of a CSV file read by csv-parse alone (from the start of the file, or from where the fast path handed over). */
export async function* csvParseBatches(source: ByteSource, file: string, delimiter = ',', from: ParseFrom = { linesBefore: 0, recordDelimiter: null }): AsyncGenerator<CsvRow[]> {
    // Mid-file, a byte-order mark is text (as csv-parse reads it there), and the record delimiter is the one
    // csv-parse found on the file's first line.
    const mid = from.linesBefore > 0;
    const parser = parse({
        delimiter,
        bom: !mid,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        relax_quotes: false,
        ...(from.recordDelimiter !== null ? { record_delimiter: from.recordDelimiter } : {}),
    });
    leanInfo(parser);
    const offset = startAtLine(parser, from.linesBefore);
    let ended = false;
    let failure: unknown = null;
    let wake: (() => void) | null = null;
    const notify = () => {
        const w = wake;
        wake = null;
        w?.();
    };
    parser.on('readable', notify);
    parser.on('end', () => {
        ended = true;
        notify();
    });
    parser.on('error', (error) => {
        failure = error;
        notify();
    });
    const feed = (async () => {
        try {
            for await (const chunk of source) {
                if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once('drain', resolve));
            }
            parser.end();
        } catch (error) {
            parser.destroy(error instanceof Error ? error : new Error(String(error)));
        }
    })();
    try {
        for (;;) {
            if (failure !== null) throw failure;
            const batch: CsvRow[] = [];
            // As Node's own stream iterator: once the parser failed, what it still buffers is not read.
            for (let item = (parser.destroyed ? null : parser.read()) as { record: string[]; info: { lines: number } } | null; item !== null; item = parser.destroyed ? null : parser.read()) {
                batch.push({ line: offset + item.info.lines, fields: item.record });
            }
            if (batch.length > 0) yield batch;
            else if (failure !== null) throw failure;
            else if (ended) break;
            // read() returned null just now, so the stream emits 'readable' (or 'end', 'error') when there is more.
            else await new Promise<void>((resolve) => (wake = resolve));
        }
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const why = csvErrorWords(error);
        throw why ? new HistoryError('csvUnreadable', { file }, why) : new HistoryError('csvUnreadable', { file, reason: message });
    } finally {
        if (!ended) parser.destroy();
    }
    await feed;
}

/**
 * Only the line is read of csv-parse's per-record `info`, yet it copies every counter (and more) into a new
 * object per record: a third of the parse. Built with the line alone, records carry the same line as before;
 * errors still get theirs from the parser's own counters. csv-parse keeps this method on its internal `api`
 * (6.x): when it is not there the full info is built, as before.
 */
function leanInfo(parser: unknown): void {
    const api = (parser as { api?: { info?: { lines: number }; __infoRecord?: unknown } }).api;
    if (!api || typeof api.__infoRecord !== 'function' || typeof api.info?.lines !== 'number') return;
    const info = api.info;
    api.__infoRecord = () => ({ lines: info.lines });
}

/**
 * Counts csv-parse's lines from `linesBefore`, so that its records and its error messages ("… at line N")
 * name the file's lines when it reads only the rest of a file; returns what is still to add to each record's
 * line (0, or all of it when csv-parse's internal counter is not where 6.x keeps it).
 */
function startAtLine(parser: unknown, linesBefore: number): number {
    const info = (parser as { api?: { info?: { lines: number } } }).api?.info;
    if (linesBefore === 0) return 0;
    if (!info || typeof info.lines !== 'number') return linesBefore;
    info.lines += linesBefore;
    return 0;
}

/** Header names as written, compared without case and surrounding blanks. */
export function headerIndex(header: readonly string[]): Map<string, number> {
    const index = new Map<string, number>();
    header.forEach((name, i) => {
        const key = name.trim().toLowerCase();
        if (!index.has(key)) index.set(key, i);
    });
    return index;
}
