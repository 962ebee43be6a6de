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
export const OPENED = EVENT_CODE.opened;
export const REOPENED = EVENT_CODE.reopened;

/** Events per chunk: most tickets have five or six. */
const CHUNK = 8;
const NONE = -1;

function grown<T extends Float64Array | Int32Array | Uint32Array | Int16Array | Int8Array | Uint8Array>(from: T, make: (n: number) => T): T {
    const to = make(from.length * 2);
    to.set(from);
    return to;
}

/** FNV-1a of the characters [from, to) of `text`: the same for a ticket id as a string and as a range of a line. */
export function idHash(text: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

/**
 * Slots by ticket id: open addressing with linear probing over the ids' hashes. A `Map` from id to slot hashed
 * a new string per row (the fields of a line are new strings): this table looks an id up from the line's text
 * without cutting it out, and compares it with the id kept for the slot.
 */
class IdTable {
    /** Per bucket: slot + 1 (0 for empty), and the id's hash, compared before the id itself. */
    private buckets = new Int32Array(1 << 12);
    private hashes = new Int32Array(1 << 12);
    private mask = (1 << 12) - 1;
    size = 0;

    constructor(private readonly ids: readonly string[]) {}

    find(text: string, from: number, to: number, hash: number): number {
        const B = this.buckets;
        const H = this.hashes;
        const mask = this.mask;
        const n = to - from;
        const h = hash | 0;
        for (let b = hash & mask; ; b = (b + 1) & mask) {
            const entry = B[b]!;
            if (entry === 0) return -1;
            if (H[b] !== h) continue;
            const id = this.ids[entry - 1]!;
            if (id.length !== n) continue;
            let i = 0;
            while (i < n && id.charCodeAt(i) === text.charCodeAt(from + i)) i++;
            if (i === n) return entry - 1;
        }
    }

    insert(slot: number, hash: number): void {
        if (2 * (this.size + 1) > this.buckets.length) this.grow();
        let b = hash & this.mask;
        while (this.buckets[b] !== 0) b = (b + 1) & this.mask;
        this.buckets[b] = slot + 1;
        this.hashes[b] = hash | 0;
        this.size++;
    }

    /** Removes the slot's entry, moving later entries of its run back (no tombstones to skip later). */
    remove(slot: number, hash: number): void {
        const B = this.buckets;
        const H = this.hashes;
        const mask = this.mask;
        let i = hash & mask;
        while (B[i] !== slot + 1) {
            if (B[i] === 0) return;
            i = (i + 1) & mask;
        }
        for (let j = (i + 1) & mask; B[j] !== 0; j = (j + 1) & mask) {
            const home = H[j]! & mask;
            // The entry at j may move to i when its home is not in (i, j] (cyclically).
            if (i <= j ? home <= i || home > j : home <= i && home > j) {
                B[i] = B[j]!;
                H[i] = H[j]!;
                i = j;
            }
        }
        B[i] = 0;
        this.size--;
    }

    private grow(): void {
        const oldB = this.buckets;
        const oldH = this.hashes;
        this.buckets = new Int32Array(oldB.length * 2);
        this.hashes = new Int32Array(oldB.length * 2);
        this.mask = this.buckets.length - 1;
        for (let k = 0; k < oldB.length; k++) {
            if (oldB[k] === 0) continue;
            let b = oldH[k]! & this.mask;
            while (this.buckets[b] !== 0) b = (b + 1) & this.mask;
            this.buckets[b] = oldB[k]!;
            this.hashes[b] = oldH[k]!;
        }
    }
}

export class LiveTickets {
    private hash = new Uint32Array(1024);
    private readonly table: IdTable;
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

    constructor() {
        this.table = new IdTable(this.ids);
    }

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
        return this.table.size;
    }

    slotOf(ticket: string): number | undefined {
        const slot = this.table.find(ticket, 0, ticket.length, idHash(ticket, 0, ticket.length));
        return slot < 0 ? undefined : slot;
    }

    /** The slot of the ticket whose id is text[from, to) with that hash (idHash), −1 when none is held. */
    slotAt(text: string, from: number, to: number, hash: number): number {
        return this.table.find(text, from, to, hash);
    }

    /** Slots held, in the order their tickets were first seen. */
    slots(): number[] {
        const held: number[] = [];
        for (let slot = 0; slot < this.slotCount; slot++) if (this.ids[slot] !== '') held.push(slot);
        return held.sort((a, b) => this.seq[a]! - this.seq[b]!);
    }

    open(ticket: string, channel: string | null, file: string, row: number, seq: number, hash = idHash(ticket, 0, ticket.length)): number {
        let slot = this.freeSlots.pop();
        if (slot === undefined) {
            slot = this.slotCount++;
            if (slot === this.seq.length) this.growSlots();
        }
        this.hash[slot] = hash;
        this.table.insert(slot, hash);
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

    /** Copies the slot's events, in order, into the arrays given (long enough: `count[slot]`); returns how many. */
    copyEvents(slot: number, at: Float64Array, type: Uint8Array, category: Int16Array, firstContact: Int8Array, satisfaction: Float64Array): number {
        const n = this.count[slot]!;
        let chunk = this.head[slot]!;
        for (let k = 0; k < n; k++) {
            if (k > 0 && k % CHUNK === 0) chunk = this.next[chunk]!;
            const i = chunk * CHUNK + (k % CHUNK);
            at[k] = this.at[i]!;
            type[k] = this.type[i]!;
            category[k] = this.category[i]!;
            firstContact[k] = this.firstContact[i]!;
            satisfaction[k] = this.satisfaction[i]!;
        }
        return n;
    }

    /** Forgets a judged ticket: its slot and chunks are reused. */
    release(slot: number): void {
        this.table.remove(slot, this.hash[slot]!);
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
        this.hash = grown(this.hash, (n) => new Uint32Array(n));
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
