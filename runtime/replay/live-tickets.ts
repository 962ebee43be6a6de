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

/** The next capacity of a pool: half as much again (doubling left a third of the largest pools unused). */
function more(capacity: number): number {
    return capacity + (capacity >> 1);
}

/** A copy of `from` with room for `length` elements. */
function resized<T extends Float64Array | Int32Array | Uint32Array>(from: T, length: number, make: (n: number) => T): T {
    const to = make(length);
    to.set(from);
    return to;
}

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
    /** Per bucket, side by side (one cache line for both): slot + 1 (0 for empty), and the id's hash, compared before the id itself. */
    private buckets = new Int32Array(2 << 12);
    private mask = (1 << 12) - 1;
    size = 0;

    constructor(private readonly ids: readonly string[]) {}

    find(text: string, from: number, to: number, hash: number): number {
        const B = this.buckets;
        const mask = this.mask;
        const n = to - from;
        const h = hash | 0;
        for (let b = h & mask; ; b = (b + 1) & mask) {
            const entry = B[2 * b]!;
            if (entry === 0) return -1;
            if (B[2 * b + 1] !== h) continue;
            const id = this.ids[entry - 1]!;
            if (id.length !== n) continue;
            let i = 0;
            while (i < n && id.charCodeAt(i) === text.charCodeAt(from + i)) i++;
            if (i === n) return entry - 1;
        }
    }

    insert(slot: number, hash: number): void {
        if (2 * (this.size + 1) > this.mask + 1) this.grow();
        this.place(this.buckets, this.mask, slot + 1, hash | 0);
        this.size++;
    }

    private place(B: Int32Array, mask: number, entry: number, h: number): void {
        let b = h & mask;
        while (B[2 * b] !== 0) b = (b + 1) & mask;
        B[2 * b] = entry;
        B[2 * b + 1] = h;
    }

    /** Removes the slot's entry, moving later entries of its run back (no tombstones to skip later). */
    remove(slot: number, hash: number): void {
        const B = this.buckets;
        const mask = this.mask;
        let i = hash & mask;
        while (B[2 * i] !== slot + 1) {
            if (B[2 * i] === 0) return;
            i = (i + 1) & mask;
        }
        for (let j = (i + 1) & mask; B[2 * j] !== 0; j = (j + 1) & mask) {
            const home = B[2 * j + 1]! & mask;
            // The entry at j may move to i when its home is not in (i, j] (cyclically).
            if (i <= j ? home <= i || home > j : home <= i && home > j) {
                B[2 * i] = B[2 * j]!;
                B[2 * i + 1] = B[2 * j + 1]!;
                i = j;
            }
        }
        B[2 * i] = 0;
        this.size--;
    }

    private grow(): void {
        const old = this.buckets;
        const buckets = new Int32Array(old.length * 2);
        const mask = buckets.length / 2 - 1;
        for (let k = 0; k < old.length; k += 2) if (old[k] !== 0) this.place(buckets, mask, old[k]!, old[k + 1]!);
        this.buckets = buckets;
        this.mask = mask;
    }
}

/**
 * A held ticket's fields a row touches, side by side in one record of SLOT doubles (one cache line): with
 * tens of thousands of tickets held, a field per array cost a cache miss per field per row.
 */
const SLOT = 8;
const LAST_AT = 0;
const LAST_ROW = 1;
const LAST_INDEX = 2;
const STAMP = 3;
const COUNT = 4;
const TAIL = 5;
const RESOLVED_NOW = 6;
const HEAD = 7;
/** An event: its instant, row, code (type, category + 1 and first contact + 1 packed) and rating. */
const EVENT = 4;

export class LiveTickets {
    private hash = new Uint32Array(1024);
    private readonly table: IdTable;
    private freeSlots: number[] = [];
    private slotCount = 0;
    readonly ids: string[] = [];
    readonly channels: (string | null)[] = [];
    readonly files: string[] = [];
    private slot = new Float64Array(1024 * SLOT);
    private seq = new Float64Array(1024);
    private openedRow = new Float64Array(1024);

    constructor() {
        this.table = new IdTable(this.ids);
    }

    private freeChunks: number[] = [];
    private chunkCount = 0;
    private next = new Int32Array(1024);
    private events = new Float64Array(1024 * CHUNK * EVENT);

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

    lastAt(slot: number): number {
        return this.slot[slot * SLOT + LAST_AT]!;
    }
    lastRow(slot: number): number {
        return this.slot[slot * SLOT + LAST_ROW]!;
    }
    /** The Replay's row index of the ticket's last event. */
    lastIndex(slot: number): number {
        return this.slot[slot * SLOT + LAST_INDEX]!;
    }
    /** The stamp of the ticket's last event (see QuietHeap). */
    stamp(slot: number): number {
        return this.slot[slot * SLOT + STAMP]!;
    }
    /** Whether the ticket's last resolution stands (not reopened since). */
    resolved(slot: number): boolean {
        return this.slot[slot * SLOT + RESOLVED_NOW] === 1;
    }
    count(slot: number): number {
        return this.slot[slot * SLOT + COUNT]!;
    }
    seqOf(slot: number): number {
        return this.seq[slot]!;
    }
    openedRowOf(slot: number): number {
        return this.openedRow[slot]!;
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
        const chunk = this.chunk();
        const r = slot * SLOT;
        this.slot[r + RESOLVED_NOW] = 0;
        this.slot[r + COUNT] = 0;
        this.slot[r + HEAD] = chunk;
        this.slot[r + TAIL] = chunk;
        return slot;
    }

    /**
     * Holds an event of the ticket: its fields, then the ticket's last instant, row, row index and stamp, and
     * whether it stands resolved. Returns that last.
     */
    push(slot: number, at: number, type: number, category: number, row: number, firstContact: number, satisfaction: number, index: number, stamp: number, resolvedNow: boolean): boolean {
        const S = this.slot;
        const r = slot * SLOT;
        const n = S[r + COUNT]!;
        let tail = S[r + TAIL]!;
        if (n > 0 && n % CHUNK === 0) {
            const chunk = this.chunk();
            this.next[tail] = chunk;
            S[r + TAIL] = tail = chunk;
        }
        const E = this.events;
        const i = (tail * CHUNK + (n % CHUNK)) * EVENT;
        E[i] = at;
        E[i + 1] = row;
        E[i + 2] = type + 8 * (category + 1) + 8 * 65536 * (firstContact + 1);
        E[i + 3] = satisfaction;
        S[r + COUNT] = n + 1;
        S[r + LAST_AT] = at;
        S[r + LAST_ROW] = row;
        S[r + LAST_INDEX] = index;
        S[r + STAMP] = stamp;
        S[r + RESOLVED_NOW] = resolvedNow ? 1 : 0;
        return resolvedNow;
    }

    /** Calls `each` with the pool index of every event of the slot, in order (read with the ev* methods). */
    forEach(slot: number, each: (i: number, k: number) => void): void {
        const n = this.count(slot);
        let chunk = this.slot[slot * SLOT + HEAD]!;
        for (let k = 0; k < n; k++) {
            if (k > 0 && k % CHUNK === 0) chunk = this.next[chunk]!;
            each(chunk * CHUNK + (k % CHUNK), k);
        }
    }

    evAt(i: number): number {
        return this.events[i * EVENT]!;
    }
    evRow(i: number): number {
        return this.events[i * EVENT + 1]!;
    }
    evType(i: number): number {
        return this.events[i * EVENT + 2]! % 8;
    }
    /** Index of the contract's category, −1 for none. */
    evCategory(i: number): number {
        return (Math.floor(this.events[i * EVENT + 2]! / 8) % 65536) - 1;
    }
    /** On resolved: 1, 0, or −1 when the history does not say. */
    evFirstContact(i: number): number {
        return Math.floor(this.events[i * EVENT + 2]! / (8 * 65536)) - 1;
    }
    /** On resolved: the rating, NaN when there is none. */
    evSatisfaction(i: number): number {
        return this.events[i * EVENT + 3]!;
    }

    /** Copies the slot's events, in order, into the arrays given (long enough: `count(slot)`); returns how many. */
    copyEvents(slot: number, at: Float64Array, type: Uint8Array, category: Int16Array, firstContact: Int8Array, satisfaction: Float64Array): number {
        const n = this.count(slot);
        const E = this.events;
        let chunk = this.slot[slot * SLOT + HEAD]!;
        for (let k = 0; k < n; k++) {
            if (k > 0 && k % CHUNK === 0) chunk = this.next[chunk]!;
            const i = (chunk * CHUNK + (k % CHUNK)) * EVENT;
            const code = E[i + 2]!;
            at[k] = E[i]!;
            type[k] = code % 8;
            category[k] = (Math.floor(code / 8) % 65536) - 1;
            firstContact[k] = Math.floor(code / (8 * 65536)) - 1;
            satisfaction[k] = E[i + 3]!;
        }
        return n;
    }

    /** Forgets a judged ticket: its slot and chunks are reused. */
    release(slot: number): void {
        this.table.remove(slot, this.hash[slot]!);
        let chunk = this.slot[slot * SLOT + HEAD]!;
        const last = this.slot[slot * SLOT + TAIL]!;
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
        const capacity = more(this.seq.length);
        this.hash = resized(this.hash, capacity, (n) => new Uint32Array(n));
        this.slot = resized(this.slot, capacity * SLOT, f);
        this.seq = resized(this.seq, capacity, f);
        this.openedRow = resized(this.openedRow, capacity, f);
    }

    private growChunks(): void {
        const capacity = more(this.next.length);
        this.next = resized(this.next, capacity, (n) => new Int32Array(n));
        this.events = resized(this.events, capacity * CHUNK * EVENT, (n) => new Float64Array(n));
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
