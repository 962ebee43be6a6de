import { DateTime } from 'luxon';
import { WordedError } from '../i18n/worded-error.js';
import { closest } from '../util/similar.js';
import { headerIndex, type CsvRow } from './csv.js';
import { badTime, invalidTimeWords, luxonText, parseEventTime, type EventTime } from './event-time.js';
import { textLines } from './pacto-log.js';
import { HistoryError, jsonSyntaxWords, wordedProblem, type Words } from './problems.js';
import { type ByteSource, type HistoryEventName, type HistoryItem, type HistoryRecord, type ReadOptions } from './records.js';

/** What a help desk's status means for the SLA clock. */
export type StatusClass = 'open' | 'responded' | 'waiting' | 'resolved';
const STATUS_CLASSES: readonly StatusClass[] = ['open', 'responded', 'waiting', 'resolved'];

/**
 * How another help desk's export reads as Pacto's events (docs/compliance.md). `rows: "tickets"` is one row
 * per ticket with a column per instant (created, first response, resolved); `rows: "events"` one row per
 * status change. Values of the category, channel and status columns are looked up in the maps, compared
 * without case; a value equal to a contract's category or channel name needs no entry.
 */
export interface Mapping {
    readonly format: 'csv' | 'freshdesk' | 'zendesk';
    readonly rows: 'tickets' | 'events';
    readonly columns: Readonly<Partial<Record<MappedColumn, string>>>;
    /** A luxon format of the time columns (e.g. "dd/MMM/yy h:mm a"); absent: ISO 8601 or "yyyy-MM-dd HH:mm[:ss]". */
    readonly timeFormat?: string;
    /** The field separator (GLPI exports with ';'); a comma when absent. */
    readonly delimiter?: string;
    readonly categories: Readonly<Record<string, string>>;
    readonly channels: Readonly<Record<string, string>>;
    readonly statuses: Readonly<Record<string, StatusClass>>;
}

export type MappedColumn = 'ticket' | 'opened' | 'responded' | 'resolved' | 'closed' | 'at' | 'status' | 'category' | 'channel' | 'firstContact' | 'satisfaction';
const MAPPED_COLUMNS: readonly MappedColumn[] = ['ticket', 'opened', 'responded', 'resolved', 'closed', 'at', 'status', 'category', 'channel', 'firstContact', 'satisfaction'];

/**
 * Freshdesk's ticket export (Tickets → Export, CSV): one row per ticket; times in the account's zone without
 * an offset (give --zone); priorities Low, Medium, High, Urgent and sources Email, Portal, Phone, Chat, … are
 * the help desk's words, so the contract's categories and channels come from a mapping unless they are
 * named alike.
 */
export const FRESHDESK_MAPPING: Mapping = {
    format: 'freshdesk',
    rows: 'tickets',
    columns: { ticket: 'Ticket ID', opened: 'Created time', responded: 'Initial response time', resolved: 'Resolved time', closed: 'Closed time', category: 'Priority', channel: 'Source' },
    categories: {},
    channels: {},
    statuses: {},
};

/** Zendesk's statuses: pending (waiting for the requester) and on-hold (waiting for a third party) pause. */
export const ZENDESK_STATUSES: Readonly<Record<string, StatusClass>> = { new: 'open', open: 'open', pending: 'waiting', hold: 'waiting', solved: 'resolved', closed: 'resolved' };

export function isFreshdeskHeader(header: readonly string[]): boolean {
    const columns = headerIndex(header);
    return columns.has('ticket id') && columns.has('created time');
}

/** Reads a mapping file's JSON; an Error with the first thing wrong. */
export function parseMapping(json: unknown): Mapping | Error {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return new WordedError('mappingNotObject');
    const m = json as Record<string, unknown>;
    const format = m['format'] ?? 'csv';
    if (format !== 'csv' && format !== 'freshdesk' && format !== 'zendesk') return new WordedError('mappingBadFormat', { value: String(JSON.stringify(format)) });
    const rows = m['rows'] ?? (format === 'csv' ? undefined : format === 'freshdesk' ? 'tickets' : 'events');
    if (rows !== 'tickets' && rows !== 'events') return new WordedError('mappingBadRows');
    const strings = (key: string): Record<string, string> | Error => {
        const value = m[key] ?? {};
        if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) return new WordedError('mappingNotTexts', { key });
        return value as Record<string, string>;
    };
    const columns = strings('columns');
    if (columns instanceof Error) return columns;
    for (const key of Object.keys(columns)) {
        if (!(MAPPED_COLUMNS as readonly string[]).includes(key)) {
            const near = closest(key, MAPPED_COLUMNS);
            return near ? new WordedError('mappingUnknownRoleNear', { key, name: near }) : new WordedError('mappingUnknownRole', { key });
        }
    }
    const preset = format === 'freshdesk' ? FRESHDESK_MAPPING.columns : {};
    const all = { ...preset, ...columns };
    const need = format === 'zendesk' ? [] : rows === 'tickets' ? ['ticket', 'opened', 'category'] : ['ticket', 'at', 'status', 'category'];
    const lacking = need.filter((k) => !(k in all));
    if (lacking.length > 0) return new WordedError('mappingLacksColumns', { columns: lacking.map((k) => `"${k}"`).join(', '), rows });
    const categories = strings('categories');
    if (categories instanceof Error) return categories;
    const channels = strings('channels');
    if (channels instanceof Error) return channels;
    const statuses = strings('statuses');
    if (statuses instanceof Error) return statuses;
    for (const [status, cls] of Object.entries(statuses)) {
        if (!(STATUS_CLASSES as readonly string[]).includes(cls)) return new WordedError('mappingBadStatus', { status, cls, classes: STATUS_CLASSES.join(', ') });
    }
    if (rows === 'events' && format === 'csv' && Object.keys(statuses).length === 0) return new WordedError('mappingNoStatuses');
    const timeFormat = m['timeFormat'];
    if (timeFormat !== undefined && typeof timeFormat !== 'string') return new WordedError('mappingBadTimeFormat');
    const delimiter = m['delimiter'];
    if (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter.length !== 1)) return new WordedError('mappingBadDelimiter');
    return { format, rows, columns: all, ...(timeFormat !== undefined ? { timeFormat } : {}), ...(delimiter !== undefined ? { delimiter } : {}), categories, channels, statuses: statuses as Record<string, StatusClass> };
}

/** A bad row, worded from the catalogue (imports domain). */
function problem(file: string, row: number, column: number, words: Words): HistoryItem {
    return { kind: 'problem', ...wordedProblem(file, row, column, words.key, words.args, words.reason) };
}

function lookup(map: Readonly<Record<string, string>>, value: string): string {
    const lower = value.trim().toLowerCase();
    for (const [key, target] of Object.entries(map)) if (key.trim().toLowerCase() === lower) return target;
    return value.trim();
}

function timeOf(text: string, mapping: Mapping, zone: string | null): EventTime {
    if (!mapping.timeFormat) return parseEventTime(text, zone);
    const withOffset = /Z|ZZ|ZZZ|z/.test(mapping.timeFormat.replace(/'[^']*'/g, ''));
    if (!withOffset && zone === null) return badTime('rowTimeNoOffsetGiveZone', { text });
    const dt = DateTime.fromFormat(text.trim(), mapping.timeFormat, withOffset ? { setZone: true } : { zone: zone! });
    if (!dt.isValid) {
        const why = invalidTimeWords(dt);
        return why ? badTime('rowTimeNotFormat', { text, format: mapping.timeFormat }, why) : badTime('rowTimeNotFormat', { text, format: mapping.timeFormat, reason: luxonText(dt) });
    }
    return { ok: true, ms: dt.toMillis(), local: !withOffset };
}

/** Per ticket, what the status machine needs to turn status changes into events. */
interface StatusState {
    status: StatusClass;
    category: string | null;
    responded: boolean;
}

/** The events a status change means, in the order the clock should see them. */
function transition(state: StatusState | undefined, next: StatusClass): HistoryEventName[] {
    const events: HistoryEventName[] = [];
    const from = state?.status ?? null;
    if (from === next) return events;
    if (from === 'resolved') events.push('reopened');
    if (from === 'waiting' && next !== 'resolved') events.push('customer_replied');
    // Asking the customer something, or working on the ticket, answers them: the first such change is the response.
    if ((next === 'waiting' || next === 'responded') && !state?.responded) events.push('responded');
    if (next === 'waiting') events.push('awaiting_customer');
    if (next === 'resolved') events.push('resolved');
    return events;
}

function record(file: string, row: number, columns: HistoryRecord['columns'], ticket: string, time: EventTime & { ok: true }, event: HistoryEventName, extra: Partial<HistoryRecord>): HistoryRecord {
    return { kind: 'event', file, row, columns, ticket, at: time.ms, local: time.local, event, category: null, channel: null, firstContact: null, satisfaction: null, ...extra };
}

function flag(text: string | undefined): boolean | null {
    const v = text?.trim().toLowerCase() ?? '';
    if (['true', 'yes', 'y', '1', 'sí', 'si', 'sim'].includes(v)) return true;
    if (['false', 'no', 'n', '0', 'não', 'nao'].includes(v)) return false;
    return null;
}

/** Any CSV through a mapping (and Freshdesk's export through its preset). */
export async function* readMappedCsv(header: CsvRow, rows: AsyncIterable<CsvRow>, options: ReadOptions, mapping: Mapping): AsyncGenerator<HistoryItem> {
    const { file } = options;
    const index = headerIndex(header.fields);
    const col = (role: MappedColumn): number => {
        const name = mapping.columns[role];
        return name === undefined ? -1 : (index.get(name.trim().toLowerCase()) ?? -1);
    };
    const required: MappedColumn[] = mapping.rows === 'tickets' ? ['ticket', 'opened', 'category'] : ['ticket', 'at', 'status', 'category'];
    const missing = required.filter((r) => col(r) < 0);
    if (missing.length > 0) {
        const columns = missing.map((r) => `${r} ('${mapping.columns[r] ?? '?'}')`).join(', ');
        throw new HistoryError('mappedHeaderLacks', { file, line: String(header.line), columns, found: header.fields.join(', ') });
    }
    const columns = { ticket: col('ticket') + 1, at: col(mapping.rows === 'tickets' ? 'opened' : 'at') + 1, event: col('status') + 1, category: col('category') + 1, channel: col('channel') + 1 };
    const states = new Map<string, StatusState>();
    for await (const { line, fields } of rows) {
        const value = (role: MappedColumn): string | undefined => {
            const i = col(role);
            return i < 0 || i >= fields.length ? undefined : fields[i];
        };
        const absent = required.find((r) => value(r) === undefined);
        if (absent) {
            yield problem(file, line, col(absent) + 1, { key: 'rowMissingColumn', args: { column: mapping.columns[absent] ?? absent } });
            continue;
        }
        const ticket = value('ticket')!.trim();
        if (ticket === '') {
            yield problem(file, line, col('ticket') + 1, { key: 'rowEmptyColumn', args: { column: mapping.columns.ticket ?? 'ticket' } });
            continue;
        }
        const category = value('category')!.trim() === '' ? null : lookup(mapping.categories, value('category')!);
        const channelText = value('channel')?.trim() ?? '';
        const channel = channelText === '' ? null : lookup(mapping.channels, channelText);
        const satisfactionText = value('satisfaction')?.trim() ?? '';
        const satisfaction = satisfactionText === '' ? null : Number(satisfactionText);
        if (satisfaction !== null && !Number.isFinite(satisfaction)) {
            yield problem(file, line, col('satisfaction') + 1, { key: 'rowNotRating', args: { value: satisfactionText } });
            continue;
        }
        const firstContact = flag(value('firstContact'));
        if (mapping.rows === 'tickets') {
            if (category === null) {
                yield problem(file, line, col('category') + 1, { key: 'rowEmptyCategory', args: { column: mapping.columns.category ?? 'category' } });
                continue;
            }
            const times: [HistoryEventName, MappedColumn][] = [['opened', 'opened'], ['responded', 'responded'], ['resolved', value('resolved')?.trim() ? 'resolved' : 'closed']];
            const out: HistoryRecord[] = [];
            let bad: HistoryItem | null = null;
            for (const [event, role] of times) {
                const text = value(role)?.trim() ?? '';
                if (text === '') continue;
                const time = timeOf(text, mapping, options.zone);
                if (!time.ok) {
                    bad = problem(file, line, col(role) + 1, time);
                    break;
                }
                out.push(record(file, line, { ...columns, at: col(role) + 1 }, ticket, time, event, event === 'opened' ? { category, channel } : event === 'resolved' ? { firstContact, satisfaction } : {}));
            }
            if (bad) yield bad;
            else yield* out;
            continue;
        }
        const statusText = value('status')!.trim();
        const status = Object.entries(mapping.statuses).find(([k]) => k.trim().toLowerCase() === statusText.toLowerCase())?.[1];
        if (!status) {
            const near = closest(statusText, Object.keys(mapping.statuses));
            yield problem(file, line, col('status') + 1, near ? { key: 'rowStatusUnmappedNear', args: { status: statusText, near } } : { key: 'rowStatusUnmapped', args: { status: statusText } });
            continue;
        }
        const time = timeOf(value('at')!, mapping, options.zone);
        if (!time.ok) {
            yield problem(file, line, col('at') + 1, time);
            continue;
        }
        const state = states.get(ticket);
        if (!state && category === null) {
            yield problem(file, line, col('category') + 1, { key: 'rowFirstNeedsCategory', args: { ticket } });
            continue;
        }
        const events: HistoryEventName[] = state ? [] : ['opened'];
        if (state && category !== null && category !== state.category) events.push('category_changed');
        events.push(...transition(state ?? { status: 'open', category, responded: false }, status));
        for (const event of events) {
            const extra = event === 'opened' ? { category, channel } : event === 'category_changed' ? { category } : event === 'resolved' ? { firstContact, satisfaction } : {};
            yield record(file, line, columns, ticket, time, event, extra);
        }
        const responded = (state?.responded ?? false) || events.includes('responded') || events.includes('resolved');
        states.set(ticket, { status, category: category ?? state?.category ?? null, responded });
    }
}

/** A Zendesk incremental ticket events export: one page object, an array of pages, or one page per line. */
async function* zendeskEvents(source: ByteSource, file: string): AsyncGenerator<unknown> {
    let text = '';
    const lines: string[] = [];
    for await (const line of textLines(source)) lines.push(line);
    text = lines.join('\n').replace(/^\uFEFF/, '');
    let pages: unknown[];
    try {
        const whole: unknown = JSON.parse(text);
        pages = Array.isArray(whole) ? whole : [whole];
    } catch {
        pages = [];
        for (const [i, line] of lines.entries()) {
            if (line.trim() === '') continue;
            try {
                pages.push(JSON.parse(line));
            } catch (error) {
                const why = jsonSyntaxWords(line);
                throw why ? new HistoryError('zendeskNotJson', { file, line: String(i + 1) }, why) : new HistoryError('zendeskNotJson', { file, line: String(i + 1), reason: error instanceof Error ? error.message : String(error) });
            }
        }
    }
    for (const page of pages) {
        const events = (page as { ticket_events?: unknown } | null)?.ticket_events;
        if (!Array.isArray(events)) throw new HistoryError('zendeskNoEvents', { file });
        yield* events;
    }
}

/**
 * Zendesk's incremental ticket event export (GET /api/v2/incremental/ticket_events, docs/compliance.md
 * cites the documentation): each ticket event is an audit (`event_type` "Audit", `ticket_id`, `timestamp`
 * in seconds, `created_at`, `updater_id`, `via` as a text) with `child_events`; the ticket's creation sets
 * `status` and `priority` (event_type Create), later changes carry the new value and `previous_value`
 * (Change), and public comments (Comment: `comment_public`, or `public` and `author_id` with the
 * comment_events sideload) by someone other than the requester who created the ticket are responses. The
 * category comes from the priority (or the field the mapping's `columns.category` names), the channel from `via`.
 */
export async function* readZendesk(source: ByteSource, options: ReadOptions, mapping: Mapping | null): AsyncGenerator<HistoryItem> {
    const { file } = options;
    const field = mapping?.columns.category ?? 'priority';
    const statuses = { ...ZENDESK_STATUSES, ...(mapping?.statuses ?? {}) };
    const states = new Map<string, StatusState & { requester: unknown }>();
    const columns = { ticket: 0, at: 0, event: 0, category: 0, channel: 0 };
    let row = 0;
    for await (const item of zendeskEvents(source, file)) {
        row++;
        const audit = item as Record<string, unknown>;
        const ticket = audit['ticket_id'];
        if (typeof ticket !== 'number' && typeof ticket !== 'string') {
            yield problem(file, row, 0, { key: 'zendeskNoTicketId' });
            continue;
        }
        const id = String(ticket);
        const createdAt = audit['created_at'];
        const time: EventTime =
            typeof createdAt === 'string'
                ? parseEventTime(createdAt, options.zone)
                : typeof audit['timestamp'] === 'number'
                  ? { ok: true, ms: (audit['timestamp'] as number) * 1000, local: false }
                  : badTime('zendeskNoTime', {});
        if (!time.ok) {
            yield problem(file, row, 0, time);
            continue;
        }
        const children = Array.isArray(audit['child_events']) ? (audit['child_events'] as Record<string, unknown>[]) : [];
        const creates = children.filter((c) => c['event_type'] === 'Create');
        const changes = children.filter((c) => c['event_type'] === 'Change');
        const valueOf = (list: Record<string, unknown>[], key: string) => {
            const found = list.find((c) => key in c);
            const v = found?.[key];
            return v === null || v === undefined ? null : String(v);
        };
        const via = typeof audit['via'] === 'string' ? (audit['via'] as string) : null;
        let state = states.get(id);
        const out: HistoryRecord[] = [];
        const push = (event: HistoryEventName, extra: Partial<HistoryRecord> = {}) => out.push(record(file, row, columns, id, time, event, extra));
        if (!state) {
            if (creates.length === 0) {
                yield problem(file, row, 0, { key: 'zendeskUpdateBeforeCreate', args: { ticket: id } });
                continue;
            }
            const raw = valueOf(creates, field);
            if (raw === null) {
                yield problem(file, row, 0, { key: 'zendeskNoCategory', args: { ticket: id, field } });
                continue;
            }
            const category = lookup(mapping?.categories ?? {}, raw);
            push('opened', { category, channel: via === null ? null : lookup(mapping?.channels ?? {}, via) });
            state = { status: 'open', category, responded: false, requester: audit['updater_id'] };
            const status = valueOf(creates, 'status');
            const cls = status === null ? 'open' : statuses[status];
            if (cls && cls !== 'open') for (const e of transition(state, cls)) push(e);
            if (cls) state.status = cls;
        } else {
            const raw = valueOf(changes, field);
            if (raw !== null) {
                const category = lookup(mapping?.categories ?? {}, raw);
                if (category !== state.category) {
                    push('category_changed', { category });
                    state.category = category;
                }
            }
            // Without the comment_events sideload a comment is only `comment_public`; with it, `public` and its `author_id`.
            const comment = children.find((c) => c['event_type'] === 'Comment' && (c['comment_public'] === true || c['public'] === true));
            const author = comment?.['author_id'] ?? audit['updater_id'];
            if (comment && author !== state.requester && !state.responded) {
                push('responded');
                state.responded = true;
            }
            const status = valueOf(changes, 'status');
            if (status !== null) {
                const cls = statuses[status];
                if (!cls) {
                    yield problem(file, row, 0, { key: 'zendeskUnknownStatus', args: { ticket: id, status, statuses: Object.keys(statuses).join(', ') } });
                    continue;
                }
                for (const e of transition(state, cls)) push(e);
                state.status = cls;
            }
        }
        if (out.some((r) => r.event === 'responded' || r.event === 'resolved')) state.responded = true;
        states.set(id, state);
        yield* out;
    }
}
