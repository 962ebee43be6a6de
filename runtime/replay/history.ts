import { csvBatches, type CsvRow } from './csv.js';
import { HistoryError } from './problems.js';
import { isPactoHeader, readPactoCsvBatches, readPactoJsonl } from './pacto-log.js';
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

/** One by one, the items of a batch (the readers that make one item at a time). */
async function* single<T>(items: AsyncIterable<T>): AsyncGenerator<T[]> {
    for await (const item of items) yield [item];
}

/** The items of readHistory, a batch at a time: Pacto's CSV log by the parser's chunks, other formats one by one. */
export async function* readHistoryBatches(source: ByteSource, options: ReadOptions & { format: HistoryFormat; mapping: Mapping | null }): AsyncGenerator<HistoryItem[]> {
    if (options.format === 'jsonl') {
        yield* single(readPactoJsonl(source, options));
        return;
    }
    if (options.format === 'zendesk') {
        yield* single(readZendesk(source, options, options.mapping));
        return;
    }
    const batches = csvBatches(source, options.file, options.mapping?.delimiter ?? ',');
    const first = await batches.next();
    if (first.done) throw new HistoryError(`${options.file}: empty file: a ticket history needs a header (ticket,at,event,category,channel)`);
    const header: CsvRow = first.value[0]!;
    const afterHeader = first.value.slice(1);
    const restBatches = (async function* () {
        if (afterHeader.length > 0) yield afterHeader;
        yield* { [Symbol.asyncIterator]: () => batches };
    })();
    const rest: AsyncIterable<CsvRow> = (async function* () {
        for await (const batch of restBatches) yield* batch;
    })();
    if (options.mapping && options.mapping.format !== 'freshdesk') yield* single(readMappedCsv(header, rest, options, options.mapping));
    else if (options.mapping?.format === 'freshdesk' || isFreshdeskHeader(header.fields)) yield* single(readMappedCsv(header, rest, options, { ...FRESHDESK_MAPPING, ...options.mapping, format: 'freshdesk' }));
    else if (isPactoHeader(header.fields)) yield* readPactoCsvBatches(header, restBatches, options);
    else {
        throw new HistoryError(
            `${options.file}:${header.line}:0: not Pacto's event log (its header names ticket, at, event, category) nor a Freshdesk export; for another help desk's CSV give --mapping (docs/compliance.md); found: ${header.fields.join(', ')}`,
        );
    }
}
