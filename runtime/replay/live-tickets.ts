/**
 * The tickets a replay holds, in typed arrays: a slot per ticket, reused once the ticket is judged, and its
 * events in chunks of a shared pool. A replay holds tens of thousands of tickets for the reopen window; as
 * objects (a record, an object per event, arrays) they outlived the young generation and were then garbage in
 * the old one, which is what made the replay's memory grow with the file. Here memory follows the most
 * tickets held at once, and nothing per row outlives its batch.
 */
import type { TicketEvent } from '../clock/events.js';

/** Event types by code (the codes are stored). */
export const EVENT_TYPES: readonly TicketEvent['type'][] = ['opened', 'categoryChanged', 'customerReplied', 'awaitingCustomer', 'responded', 'resolved', 'reopened'];
export const EVENT_CODE: Readonly<Record<TicketEvent['type'], number>> = Object.fromEntries(EVENT_TYPES.map((t, i) => [t, i])) as Record<TicketEvent['type'], number>;
export const RESOLVED = EVENT_CODE.resolved;

/** Events per chunk: most tickets have five or six. */
const CHUNK = 8;
const NONE = -1;

function grown<T extends Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array>(from: T, make: (n: number) => T): T {
    const to = make(from.length * 2);
    to.set(from);
    return to;
}

export class LiveTickets {
    private readonly bySlot = new Map<string, number>();
    private freeSlots: number[] = [];
    private slotCount = 0;
    readonly ids: string[] = [];
    readonly channels: (string | null)[] = [];
    readonly files: string[] = [];
    seq = new Float64Array(1024);
    stamp = new Float64Array(1024);
    openedRow = new Float64Array(1024);
    lastAt = new Float64Array(1024);
    lastRow = new Float64Array(1024);
    lastIndex = new Float64Array(1024);
    resolved = new Uint8Array(1024);
    count = new Int32Array(1024);
    private head = new Int32Array(1024);
    private tail = new Int32Array(1024);

    private freeChunks: number[] = [];
    private chunkCount = 0;
    private next = new Int32Array(1024);
    at = new Float64Array(1024 * CHUNK);
    row = new Float64Array(1024 * CHUNK);
    type = new Uint8Array(1024 * CHUNK);
    /** Index of the contract's category, −1 for none. */
    category = new Int16Array(1024 * CHUNK);
    /** On resolved: 1, 0, or −1 when the history does not say. */
    firstContact = new Int8Array(1024 * CHUNK);
    /** On resolved: the rating, NaN when there is none. */
    satisfaction = new Float64Array(1024 * CHUNK);

    get size(): number {
        return this.bySlot.size;
    }

    slotOf(ticket: string): number | undefined {
        return this.bySlot.get(ticket);
    }

    /** Slots in the order their tickets were first seen. */
    slots(): IterableIterator<number> {
        return this.bySlot.values();
    }

    open(ticket: string, channel: string | null, file: string, row: number, seq: number): number {
        let slot = this.freeSlots.pop();
        if (slot === undefined) {
            slot = this.slotCount++;
            if (slot === this.seq.length) this.growSlots();
        }
        this.bySlot.set(ticket, slot);
        this.ids[slot] = ticket;
        this.channels[slot] = channel;
        this.files[slot] = file;
        this.seq[slot] = seq;
        this.openedRow[slot] = row;
        this.resolved[slot] = 0;
        this.count[slot] = 0;
        const chunk = this.chunk();
        this.head[slot] = chunk;
        this.tail[slot] = chunk;
        return slot;
    }

    push(slot: number, at: number, type: number, category: number, row: number, firstContact: number, satisfaction: number): void {
        const n = this.count[slot]!;
        if (n > 0 && n % CHUNK === 0) {
            const chunk = this.chunk();
            this.next[this.tail[slot]!] = chunk;
            this.tail[slot] = chunk;
        }
        const i = this.tail[slot]! * CHUNK + (n % CHUNK);
        this.at[i] = at;
        this.type[i] = type;
        this.category[i] = category;
        this.row[i] = row;
        this.firstContact[i] = firstContact;
        this.satisfaction[i] = satisfaction;
        this.count[slot] = n + 1;
    }

    /** Calls `each` with the pool index of every event of the slot, in order. */
    forEach(slot: number, each: (i: number, k: number) => void): void {
        const n = this.count[slot]!;
        let chunk = this.head[slot]!;
        for (let k = 0; k < n; k++) {
            if (k > 0 && k % CHUNK === 0) chunk = this.next[chunk]!;
            each(chunk * CHUNK + (k % CHUNK), k);
        }
    }

    /** Forgets a judged ticket: its slot and chunks are reused. */
    release(slot: number): void {
        this.bySlot.delete(this.ids[slot]!);
        let chunk = this.head[slot]!;
        const last = this.tail[slot]!;
        for (;;) {
            this.freeChunks.push(chunk);
            if (chunk === last) break;
            chunk = this.next[chunk]!;
        }
        this.ids[slot] = '';
        this.channels[slot] = null;
        this.freeSlots.push(slot);
    }

    private chunk(): number {
        let chunk = this.freeChunks.pop();
        if (chunk === undefined) {
            chunk = this.chunkCount++;
            if (chunk === this.next.length) this.growChunks();
        }
        this.next[chunk] = NONE;
        return chunk;
    }

    private growSlots(): void {
        const f = (n: number) => new Float64Array(n);
        this.seq = grown(this.seq, f);
        this.stamp = grown(this.stamp, f);
        this.openedRow = grown(this.openedRow, f);
        this.lastAt = grown(this.lastAt, f);
        this.lastRow = grown(this.lastRow, f);
        this.lastIndex = grown(this.lastIndex, f);
        this.resolved = grown(this.resolved, (n) => new Uint8Array(n));
        this.count = grown(this.count, (n) => new Int32Array(n));
        this.head = grown(this.head, (n) => new Int32Array(n));
        this.tail = grown(this.tail, (n) => new Int32Array(n));
    }

    private growChunks(): void {
        this.next = grown(this.next, (n) => new Int32Array(n));
        this.at = grown(this.at, (n) => new Float64Array(n));
        this.row = grown(this.row, (n) => new Float64Array(n));
        this.type = grown(this.type, (n) => new Uint8Array(n));
        this.category = grown(this.category, (n) => new Int16Array(n));
        this.firstContact = grown(this.firstContact, (n) => new Int8Array(n));
        this.satisfaction = grown(this.satisfaction, (n) => new Float64Array(n));
    }
}

/**
 * Resolved tickets waiting to be forgotten, a binary min-heap by the instant they went quiet, in typed
 * arrays: each entry names a slot and the stamp of the slot's event that pushed it, so an entry of a ticket
 * that had a later event (or whose slot now holds another ticket) is told stale by its stamp.
 */
export class QuietHeap {
    private at = new Float64Array(1024);
    private stamp = new Float64Array(1024);
    private slot = new Int32Array(1024);
    size = 0;

    topAt(): number {
        return this.size > 0 ? this.at[0]! : Infinity;
    }
    topStamp(): number {
        return this.stamp[0]!;
    }
    topSlot(): number {
        return this.slot[0]!;
    }

    push(at: number, stamp: number, slot: number): void {
        if (this.size === this.at.length) {
            this.at = grown(this.at, (n) => new Float64Array(n));
            this.stamp = grown(this.stamp, (n) => new Float64Array(n));
            this.slot = grown(this.slot, (n) => new Int32Array(n));
        }
        const A = this.at;
        const S = this.stamp;
        const L = this.slot;
        let i = this.size++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (A[parent]! <= at) break;
            A[i] = A[parent]!;
            S[i] = S[parent]!;
            L[i] = L[parent]!;
            i = parent;
        }
        A[i] = at;
        S[i] = stamp;
        L[i] = slot;
    }

    pop(): void {
        const n = --this.size;
        if (n <= 0) return;
        const A = this.at;
        const S = this.stamp;
        const L = this.slot;
        const at = A[n]!;
        const stamp = S[n]!;
        const slot = L[n]!;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= n) break;
            const r = l + 1;
            const c = r < n && A[r]! < A[l]! ? r : l;
            if (A[c]! >= at) break;
            A[i] = A[c]!;
            S[i] = S[c]!;
            L[i] = L[c]!;
            i = c;
        }
        A[i] = at;
        S[i] = stamp;
        L[i] = slot;
    }
}
