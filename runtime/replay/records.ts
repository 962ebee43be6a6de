import type { TicketEvent } from '../clock/events.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import { wordedProblem, type RowProblem, type Words } from './problems.js';

/** The event names of Pacto's event log (schema/ticket-events.schema.json), as a help desk writes them. */
export const HISTORY_EVENTS = ['opened', 'responded', 'awaiting_customer', 'customer_replied', 'category_changed', 'resolved', 'reopened'] as const;
export type HistoryEventName = (typeof HISTORY_EVENTS)[number];

export const CLOCK_EVENT: Readonly<Record<HistoryEventName, TicketEvent['type']>> = {
    opened: 'opened',
    responded: 'responded',
    awaiting_customer: 'awaitingCustomer',
    customer_replied: 'customerReplied',
    category_changed: 'categoryChanged',
    resolved: 'resolved',
    reopened: 'reopened',
};

/** Where a record's fields were in its file, for `file:row:column` messages (0: not from a column). */
export interface RecordColumns {
    readonly ticket: number;
    readonly at: number;
    readonly event: number;
    readonly category: number;
    readonly channel: number;
}

/** One event of one ticket, as read from any history format, before it is checked against the contract. */
export interface HistoryRecord {
    readonly kind: 'event';
    readonly file: string;
    readonly row: number;
    readonly columns: RecordColumns;
    readonly ticket: string;
    readonly at: number;
    /** The time had no offset and was read in the --zone. */
    readonly local: boolean;
    readonly event: HistoryEventName;
    readonly category: string | null;
    readonly channel: string | null;
    /** On `resolved`: whether it was solved at the first contact, when the history says. */
    readonly firstContact: boolean | null;
    /** On `resolved`: the customer's rating, when the history has one. */
    readonly satisfaction: number | null;
}

export type HistoryItem = HistoryRecord | ({ readonly kind: 'problem' } & RowProblem);

/** What a reader is given: the bytes of a file as they arrive, never the whole file at once. */
export type ByteSource = AsyncIterable<string | Uint8Array>;

export interface ReadOptions {
    /** The file as the user named it, for messages. */
    readonly file: string;
    /** The zone that times without an offset are read in; null: such times are bad rows. */
    readonly zone: string | null;
}

/** A bad row, worded from the catalogue (history domain). */
export function problem(file: string, row: number, column: number, key: MessageKey, args: MessageArgs = {}, reason?: Words): HistoryItem {
    return { kind: 'problem', ...wordedProblem(file, row, column, key, args, reason) };
}
