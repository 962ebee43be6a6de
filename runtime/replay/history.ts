import { csvBlocks, type CsvRow } from './csv.js';
import { HistoryError } from './problems.js';
import { isPactoHeader, pactoCsvReader, readPactoCsvBatches, readPactoJsonl } from './pacto-log.js';
import { PlainLines } from './pacto-lines.js';
import { blockRows, type LineBlock } from './quote-free-csv.js';
import type { Replay } from './replay.js';
import type { ByteSource, HistoryItem, ReadOptions } from './records.js';
import { isFreshdeskHeader, readMappedCsv, readZendesk, FRESHDESK_MAPPING, type Mapping } from './helpdesk.js';

export type HistoryFormat = 'csv' | 'jsonl' | 'zendesk';

/** The format a file name suggests: .jsonl/.ndjson are Pacto's JSON Lines, .json a Zendesk export, the rest CSV. */
export function historyFormatOf(file: string): HistoryFormat {
    const lower = file.toLowerCase();
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
    if (lower.endsWith('.json')) return 'zendesk';
    return 'csv';
}

/**
 * The events of a ticket history, in file order, one at a time. A CSV is read by its header: Pacto's
 * event log (ticket,at,event,…), a Freshdesk ticket export, or any CSV with a mapping.
 */
export async function* readHistory(source: ByteSource, options: ReadOptions & { format: HistoryFormat; mapping: Mapping | null }): AsyncGenerator<HistoryItem> {
    for await (const batch of readHistoryBatches(source, options)) yield* batch;
}

/** The block without its first line. */
function dropFirst(block: LineBlock): LineBlock {
    // The text through a getter: an ASCII block makes it only when asked for (a spread would make it now).
    return {
        kind: 'lines',
        get text() {
            return block.text;
        },
        bytes: block.bytes,
        count: block.count - 1,
        starts: block.starts.subarray(1),
        ends: block.ends.subarray(1),
        lines: block.lines.subarray(1),
    };
}

/** One by one, the items of a batch (the readers that make one item at a time). */
async function* single<T>(items: AsyncIterable<T>): AsyncGenerator<T[]> {
    for await (const item of items) yield [item];
}

/**
 * The items of readHistory, a batch at a time: Pacto's CSV log by the parser's chunks, other formats one by one.
 * Given the Replay the items are for, the plain lines of Pacto's CSV log go to it directly (pacto-lines.ts), and
 * only the rest is yielded, in file order: the caller adds each batch to the Replay before the next is read.
 */
export async function* readHistoryBatches(source: ByteSource, options: ReadOptions & { format: HistoryFormat; mapping: Mapping | null }, replay?: Replay): AsyncGenerator<HistoryItem[]> {
    if (options.format === 'jsonl') {
        yield* single(readPactoJsonl(source, options));
        return;
    }
    if (options.format === 'zendesk') {
        yield* single(readZendesk(source, options, options.mapping));
        return;
    }
    const delimiter = options.mapping?.delimiter ?? ',';
    const blocks = csvBlocks(source, options.file, delimiter);
    const first = await blocks.next();
    if (first.done) throw new HistoryError('historyEmpty', { file: options.file });
    const firstRows = Array.isArray(first.value) ? first.value : blockRows(first.value, delimiter);
    const header: CsvRow = firstRows[0]!;
    const afterHeader = firstRows.slice(1);
    const restBatches = (async function* () {
        if (afterHeader.length > 0) yield afterHeader;
        for await (const batch of { [Symbol.asyncIterator]: () => blocks }) yield Array.isArray(batch) ? batch : blockRows(batch, delimiter);
    })();
    const pacto = !options.mapping && !isFreshdeskHeader(header.fields) && isPactoHeader(header.fields);
    if (pacto && replay && delimiter === ',') {
        const reader = pactoCsvReader(header, options);
        const lines = new PlainLines(reader.columns, reader.item, replay, options.file);
        if (Array.isArray(first.value)) {
            if (afterHeader.length > 0) yield afterHeader.map(reader.item);
        } else if (first.value.count > 1) lines.feed(dropFirst(first.value));
        for await (const batch of { [Symbol.asyncIterator]: () => blocks }) {
            if (Array.isArray(batch)) yield batch.map(reader.item);
            else lines.feed(batch);
        }
        return;
    }
    const rest: AsyncIterable<CsvRow> = (async function* () {
        for await (const batch of restBatches) yield* batch;
    })();
    if (options.mapping && options.mapping.format !== 'freshdesk') yield* single(readMappedCsv(header, rest, options, options.mapping));
    else if (options.mapping?.format === 'freshdesk' || isFreshdeskHeader(header.fields)) yield* single(readMappedCsv(header, rest, options, { ...FRESHDESK_MAPPING, ...options.mapping, format: 'freshdesk' }));
    else if (isPactoHeader(header.fields)) yield* readPactoCsvBatches(header, restBatches, options);
    else {
        throw new HistoryError('historyUnknownHeader', { file: options.file, line: String(header.line), found: header.fields.join(', ') });
    }
}
