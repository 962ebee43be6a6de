import { closest } from '../util/similar.js';
import { headerIndex, type CsvRow } from './csv.js';
import { parseEventTime } from './event-time.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { HistoryError, jsonSyntaxWords, type Words } from './problems.js';
import { HISTORY_EVENTS, problem, type ByteSource, type HistoryEventName, type HistoryItem, type ReadOptions, type RecordColumns } from './records.js';

const REQUIRED = ['ticket', 'at', 'event', 'category'] as const;
const OPTIONAL = ['channel', 'first_contact', 'satisfaction'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** The raw fields of one event, whatever the file format; `position` gives each field's column. */
interface RawEvent {
    values: Partial<Record<Column, string>>;
    position: (column: Column) => number;
    /** The record's columns when they are the same for every row (a CSV header), shared instead of built per row. */
    columns?: RecordColumns;
}

function eventName(text: string): HistoryEventName | Words {
    const name = text.trim();
    if ((HISTORY_EVENTS as readonly string[]).includes(name)) return name as HistoryEventName;
    // camelCase and other spellings of the same names are common in scripts that write logs.
    const snake = name.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/[\s-]+/g, '_').toLowerCase();
    if ((HISTORY_EVENTS as readonly string[]).includes(snake)) return snake as HistoryEventName;
    const near = closest(snake, HISTORY_EVENTS);
    return near ? { key: 'historyUnknownEventNear', args: { name, near } } : { key: 'historyUnknownEvent', args: { name, events: HISTORY_EVENTS.join(', ') } };
}

function columnsOf(position: (column: Column) => number): RecordColumns {
    return { ticket: position('ticket'), at: position('at'), event: position('event'), category: position('category'), channel: position('channel') };
}

/** What is wrong with a required field, if anything. */
function required(value: string | undefined, column: Column): { column: Column; key: MessageKey } | undefined {
    if (value === undefined) return { column, key: 'historyMissingColumn' };
    if (value.trim() === '') return { column, key: 'historyEmptyField' };
    return undefined;
}

/** One checked event from raw fields, or the first thing wrong with it. */
function toItem(raw: RawEvent, row: number, options: ReadOptions): HistoryItem {
    const { file } = options;
    const v = raw.values;
    const missing = required(v.ticket, 'ticket') ?? required(v.at, 'at') ?? required(v.event, 'event');
    if (missing) return problem(file, row, raw.position(missing.column), missing.key, { column: missing.column });
    const event = eventName(v.event!);
    if (typeof event !== 'string') return problem(file, row, raw.position('event'), event.key, event.args);
    const time = parseEventTime(v.at!, options.zone);
    if (!time.ok) return problem(file, row, raw.position('at'), time.key, time.args, time.reason);
    const category = v.category?.trim() || null;
    if ((event === 'opened' || event === 'category_changed') && category === null) {
        return problem(file, row, raw.position('category'), v.category === undefined ? 'historyMissingCategoryColumn' : 'historyNeedsCategory', { event });
    }
    let firstContact: boolean | null = null;
    const fc = v.first_contact?.trim().toLowerCase() ?? '';
    if (fc !== '') {
        if (fc === 'true' || fc === 'yes' || fc === '1') firstContact = true;
        else if (fc === 'false' || fc === 'no' || fc === '0') firstContact = false;
        else return problem(file, row, raw.position('first_contact'), 'historyFirstContactValue', { value: v.first_contact! });
        if (event !== 'resolved') return problem(file, row, raw.position('first_contact'), 'historyFirstContactPlace', { event });
    }
    let satisfaction: number | null = null;
    const score = v.satisfaction?.trim() ?? '';
    if (score !== '') {
        satisfaction = Number(score);
        if (!Number.isFinite(satisfaction)) return problem(file, row, raw.position('satisfaction'), 'historySatisfactionValue', { value: v.satisfaction! });
        if (event !== 'resolved') return problem(file, row, raw.position('satisfaction'), 'historySatisfactionPlace', { event });
    }
    return {
        kind: 'event',
        file,
        row,
        columns: raw.columns ?? columnsOf(raw.position),
        ticket: v.ticket!.trim(),
        at: time.ms,
        local: time.local,
        event,
        category: event === 'opened' || event === 'category_changed' ? category : null,
        channel: v.channel?.trim() || null,
        firstContact,
        satisfaction,
    };
}

/** Where Pacto's log columns are in a CSV: the field index of each (−1 when the header does not name it). */
export interface PactoColumns {
    readonly ticket: number;
    readonly at: number;
    readonly event: number;
    readonly category: number;
    readonly channel: number;
    readonly firstContact: number;
    readonly satisfaction: number;
}

/** The columns of Pacto's log named by a CSV header, and the reader of its rows; refuses a header that lacks a required column. */
export function pactoCsvReader(header: CsvRow, options: ReadOptions): { columns: PactoColumns; item: (row: CsvRow) => HistoryItem } {
    const columns = headerIndex(header.fields);
    const missing = REQUIRED.filter((c) => !columns.has(c));
    if (missing.length > 0) {
        throw new HistoryError('historyHeaderLacks', { file: options.file, line: String(header.line), required: REQUIRED.join(', '), missing: missing.join(', '), found: header.fields.join(', ') });
    }
    const position = (c: Column) => (columns.get(c) ?? -1) + 1;
    const shared = columnsOf(position);
    const at = (name: Column) => columns.get(name) ?? -1;
    const [iTicket, iAt, iEvent, iCategory, iChannel, iFirst, iScore] = [at('ticket'), at('at'), at('event'), at('category'), at('channel'), at('first_contact'), at('satisfaction')];
    const item = ({ line, fields }: CsvRow): HistoryItem => {
        const n = fields.length;
        // One shape for every row (a field the row lacks, or the header does not name, is undefined).
        const values: RawEvent['values'] = {
            ticket: iTicket < n ? fields[iTicket] : undefined,
            at: iAt < n ? fields[iAt] : undefined,
            event: iEvent < n ? fields[iEvent] : undefined,
            category: iCategory >= 0 && iCategory < n ? fields[iCategory] : undefined,
            channel: iChannel >= 0 && iChannel < n ? fields[iChannel] : undefined,
            first_contact: iFirst >= 0 && iFirst < n ? fields[iFirst] : undefined,
            satisfaction: iScore >= 0 && iScore < n ? fields[iScore] : undefined,
        };
        return toItem({ values, position, columns: shared }, line, options);
    };
    return { columns: { ticket: iTicket, at: iAt, event: iEvent, category: iCategory, channel: iChannel, firstContact: iFirst, satisfaction: iScore }, item };
}

/** Pacto's event log as CSV, from its header row on, a batch of rows at a time (csvBatches): the header names at least ticket, at, event and category, in any order. */
export async function* readPactoCsvBatches(header: CsvRow, batches: AsyncIterable<readonly CsvRow[]>, options: ReadOptions): AsyncGenerator<HistoryItem[]> {
    const { item } = pactoCsvReader(header, options);
    for await (const batch of batches) {
        const items: HistoryItem[] = new Array(batch.length);
        for (let k = 0; k < batch.length; k++) items[k] = item(batch[k]!);
        yield items;
    }
}

/** Whether a CSV header is Pacto's own event log. */
export function isPactoHeader(header: readonly string[]): boolean {
    const columns = headerIndex(header);
    return columns.has('ticket') && columns.has('at') && columns.has('event');
}

/** Lines of text as the bytes arrive. */
export async function* textLines(source: ByteSource): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8');
    let rest = '';
    for await (const chunk of source) {
        rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
        let newline = rest.indexOf('\n');
        while (newline >= 0) {
            yield rest.slice(0, newline).replace(/\r$/, '');
            rest = rest.slice(newline + 1);
            newline = rest.indexOf('\n');
        }
    }
    rest += decoder.decode();
    if (rest !== '') yield rest.replace(/\r$/, '');
}

/** Pacto's event log as JSON Lines: one object per line with the same fields as the CSV columns. */
export async function* readPactoJsonl(source: ByteSource, options: ReadOptions): AsyncGenerator<HistoryItem> {
    let row = 0;
    for await (const line of textLines(source)) {
        row++;
        const text = row === 1 ? line.replace(/^\uFEFF/, '') : line;
        if (text.trim() === '') continue;
        let object: unknown;
        try {
            object = JSON.parse(text);
        } catch (error) {
            // JSON.parse explains in English only: Pacto says where, the engine's words only as a last resort.
            const why = jsonSyntaxWords(text);
            yield why ? problem(options.file, row, 1, 'historyJsonNotObject', {}, why) : problem(options.file, row, 1, 'historyJsonNotObject', { reason: error instanceof Error ? error.message : String(error) });
            continue;
        }
        if (typeof object !== 'object' || object === null || Array.isArray(object)) {
            yield problem(options.file, row, 1, 'historyJsonLineShape');
            continue;
        }
        const record = object as Record<string, unknown>;
        const values: RawEvent['values'] = {};
        let wrong: HistoryItem | null = null;
        for (const name of [...REQUIRED, ...OPTIONAL]) {
            const value = record[name];
            if (value === undefined || value === null) continue;
            if (typeof value === 'string') values[name] = value;
            else if ((typeof value === 'number' && (name === 'ticket' || name === 'satisfaction')) || (typeof value === 'boolean' && name === 'first_contact')) values[name] = String(value);
            else wrong ??= problem(options.file, row, text.indexOf(`"${name}"`) + 1, name === 'first_contact' ? 'historyJsonNotBoolean' : name === 'satisfaction' ? 'historyJsonNotNumber' : 'historyJsonNotString', { name });
        }
        yield wrong ?? toItem({ values, position: (c) => text.indexOf(`"${c}"`) + 1 }, row, options);
    }
}
