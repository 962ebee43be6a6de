/**
 * The tickets a replay holds, in typed arrays: a slot per ticket, reused once the ticket is judged, and its
 * events in chunks of a shared pool. A replay holds tens of thousands of tickets for the reopen window; as
 * objects (a record, an object per event, arrays) they outlived the young generation and were then garbage in
 * the old one, which is what made the replay's memory grow with the file. Here memory follows the most
 * tickets held at once, and nothing per row outlives its batch.
 */
import type { TicketEvent } from '../clock/events.js';
import type { CodeUnits } from './event-time.js';

/** What holds a line's text (a LineBlock, whose text may be made only when asked for): read for an id too long for its record. */
export interface TextOf {
    readonly text: string;
}

/** Event types by code (the codes are stored). */
export const EVENT_TYPES: readonly TicketEvent['type'][] = ['opened', 'categoryChanged', 'customerReplied', 'awaitingCustomer', 'responded', 'resolved', 'reopened'];
export const EVENT_CODE: Readonly<Record<TicketEvent['type'], number>> = Object.fromEntries(EVENT_TYPES.map((t, i) => [t, i])) as Record<TicketEvent['type'], number>;
export const RESOLVED = EVENT_CODE.resolved;
export const OPENED = EVENT_CODE.opened;
export const REOPENED = EVENT_CODE.reopened;

/**
 * Events per chunk: 8 (128 bytes, two cache lines side by side). Most tickets have five to seven, so a ticket's
 * events are its home slot's chunk alone: with chunks of 4 most had a second chunk from anywhere in the pool, one
 * more line out of the cache when its event was written, when it was judged 30 days later and when its chain was
 * freed (1,000,000-ticket replay CPU 2.7 % less, interleaved). Every home slot has its own first chunk (see
 * LiveTickets), so it costs ≈ 10 MB more at the peak (264 → 274 MB).
 */
const CHUNK = 8;
const NONE = -1;
/** The channel code of a ticket whose channel is kept by slot (channelsBeyond). */
const CHANNEL_BEYOND = 255;

/** The next capacity of a pool: half as much again (doubling left a third of the largest pools unused). */
function more(capacity: number): number {
    return capacity + (capacity >> 1);
}

/** A copy of `from` with room for `length` elements. */
function resized<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(from: T, length: number, make: (n: number) => T): T {
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

/** idHash of an id given as code units (a line's, LineBlock.bytes or UTF-16). */
function idHashIn(codes: CodeUnits, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
    return h >>> 0;
}

/** A string's UTF-16 code units (the full way's ids, looked up as the plain lines' are). */
function unitsOf(text: string): Uint16Array {
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    return units;
}

/**
 * Where a ticket id is placed: the number it ends with plus an FNV-1a hash of its other characters. Help desks
 * number tickets in order, so tickets that are active at once (opened around the same time) get neighbouring
 * keys, hence neighbouring records (LiveTickets' home slots): a row then finds its ticket's record in a cache
 * line a recent row loaded, where a hash of the whole id sent each row to a random one. Ids without a
 * number are placed by their hash alone. Only placement depends on it: ids are always compared whole.
 */
export function idKey(text: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    let num = 0;
    for (let i = from; i < to; i++) {
        const ch = text.charCodeAt(i);
        if (ch >= 48 && ch <= 57) num = (num * 10 + ch - 48) | 0;
        else {
            h = Math.imul(h ^ ch, 0x01000193);
            num = 0;
        }
    }
    return (h + num) | 0;
}

/** idKey of an id given as code units. */
export function idKeyIn(codes: CodeUnits, from: number, to: number): number {
    let h = 0x811c9dc5;
    let num = 0;
    for (let i = from; i < to; i++) {
        const ch = codes[i]!;
        if (ch >= 48 && ch <= 57) num = (num * 10 + ch - 48) | 0;
        else {
            h = Math.imul(h ^ ch, 0x01000193);
            num = 0;
        }
    }
    return (h + num) | 0;
}

/**
 * Slots by ticket id, for the tickets not in their home slot (see LiveTickets): open addressing with linear
 * probing over the ids' hashes (idHash, not idKey: keys of numbered ids are consecutive, and linear probing
 * over a run of consecutive keys is a run as long as the tickets held). It looks an id up from the line's text
 * without cutting it out; LiveTickets compares the id with the one kept in the slot's record.
 */
class IdTable {
    /** Per bucket, side by side (one cache line for both): slot + 1 (0 for empty), and the id's hash, compared before the id itself. */
    buckets = new Int32Array(2 << 12);
    mask = (1 << 12) - 1;
    size = 0;

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
 * A held ticket's fields a row touches, side by side in one record of 64 bytes (one cache line): with tens of
 * thousands of tickets held, a field per array cost a cache miss per field per row, and the id kept as a
 * string another one or two (the string's pointer, then its characters). The record is read through three
 * views: its last instant a double, its counters 32-bit integers (rows and row indices are: the line reader's
 * line numbers are Int32Array), and the id's characters, when it has at most ID_CHARS, UTF-16 code units.
 */
const SLOT_BYTES = 64;
const F64 = SLOT_BYTES / 8;
const I32 = SLOT_BYTES / 4;
const U16 = SLOT_BYTES / 2;
/** In the double view. */
const LAST_AT = 0;
/** In the integer view. */
const LAST_ROW = 2;
const LAST_INDEX = 3;
const STAMP = 4;
const COUNT = 5;
const TAIL = 6;
const HEAD = 7;
/** Whether the ticket stands resolved (bit 0), and the id's length in the record (the rest; −1: not inline). */
const FLAGS = 8;
const SEQ = 9;
/** In the UTF-16 view: where the id's characters begin, and how many fit. */
const ID_AT = 20;
const ID_CHARS = U16 - ID_AT;
/** An event: its instant (a double), then its row and code (type, category + 1, first contact + 1, rating given) as integers. */
const EVENT_BYTES = 16;
const EV_F64 = EVENT_BYTES / 8;
const EV_I32 = EVENT_BYTES / 4;
const CATEGORY_SHIFT = 3;
const CONTACT_SHIFT = 19;
const RATED = 1 << 21;

/** Home slots a LiveTickets starts with (a power of two); doubled whenever the tickets held pass 3/4 of them. */
const FIRST_RING = 1 << 12;

export class LiveTickets {
    /**
     * Slots [0, ring) are home slots: a ticket is held in the one at its idKey (mod ring), so the records of
     * tickets active at once lie side by side, and a row reads its ticket's record without a table. A ticket
     * whose home is taken when another ticket is opened there moves out to a slot from `ring` on, found
     * through `table`: the newer ticket always gets its home (it is the one the next rows name).
     */
    private ring = FIRST_RING;
    private homed = 0;
    private keys = new Int32Array(FIRST_RING + 1024);
    /** Of the slots out of their home: the id's idHash, the table's key. */
    private hash = new Uint32Array(FIRST_RING + 1024);
    private table = new IdTable();
    private freeSlots: number[] = [];
    private slotCount = FIRST_RING;
    /**
     * Ids kept as strings: those too long for the record, and those of the full way's rows. A plain row's short
     * id lives only in its record until the ticket is judged (idOf): a million ids held for the reopen window
     * were a million strings promoted to the old generation, most never read again.
     */
    private ids: (string | null)[] = [];
    /**
     * Each held ticket's channel as a code of `channelNames` (0: none), one byte a slot: the judge reads it 30 days
     * after the ticket was opened, and a table of a byte a slot stays in the cache where an array of references
     * (8 bytes a slot) did not. The names are the strings the tickets were opened with (one per distinct name).
     */
    private channelCode = new Uint8Array(FIRST_RING + 1024);
    private readonly channelNames: (string | null)[] = [null];
    private readonly channelCodes = new Map<string, number>();
    /** The channels of tickets opened once 255 names were coded (a history of that many channels), by slot. */
    private channelsBeyond: (string | null)[] = [];
    files: string[] = [];
    private record = new ArrayBuffer((FIRST_RING + 1024) * SLOT_BYTES);
    private slotF = new Float64Array(this.record);
    private slotI = new Int32Array(this.record);
    private slotC = new Uint16Array(this.record);
    private openedRow = new Int32Array(FIRST_RING + 1024);

    /**
     * Chunks [0, ring) are home chunks, the first chunk of the ticket in that home slot: a row's event is then
     * written next to its neighbours' (and read back by the judge in order), not into a chunk anywhere in the
     * pool. Chunks from `ring` on continue a chain or start that of a ticket out of its home; released ones are
     * linked through `next` (a chain is put back whole, not chunk by chunk).
     */
    private freeChunk = NONE;
    private chunkCount = FIRST_RING;
    private next = new Int32Array(FIRST_RING + 1024);
    private pool = new ArrayBuffer((FIRST_RING + 1024) * CHUNK * EVENT_BYTES);
    private eventF = new Float64Array(this.pool);
    private eventI = new Int32Array(this.pool);
    /** The ratings of resolved events that give one, by event index (read only when the event's code says RATED); made at the first. */
    private ratings: Float64Array | null = null;

    /** @param quiet the queue a resolved ticket's entry is pushed on again when the ticket moves out of its home slot */
    constructor(private readonly quiet: QuietQueue) {}

    get size(): number {
        return this.homed + this.table.size;
    }

    slotOf(ticket: string): number | undefined {
        const slot = this.slotAt(unitsOf(ticket), 0, ticket.length, idKey(ticket, 0, ticket.length));
        return slot < 0 ? undefined : slot;
    }

    /** The slot of the ticket whose id is text[from, to) (as code units) with that idKey, −1 when none is held. */
    slotAt(text: CodeUnits, from: number, to: number, key: number): number {
        const home = key & (this.ring - 1);
        if (this.idIs(home, text, from, to)) return home;
        if (this.table.size === 0) return -1;
        const B = this.table.buckets;
        const mask = this.table.mask;
        const h = idHashIn(text, from, to) | 0;
        for (let b = h & mask; ; b = (b + 1) & mask) {
            const entry = B[2 * b]!;
            if (entry === 0) return -1;
            if (B[2 * b + 1] === h && this.idIs(entry - 1, text, from, to)) return entry - 1;
        }
    }

    /** Whether the slot holds the ticket whose id is text[from, to) (as code units). */
    private idIs(slot: number, text: CodeUnits, from: number, to: number): boolean {
        const I = this.slotI;
        if (I[slot * I32 + SEQ] === 0) return false;
        const n = to - from;
        const inline = I[slot * I32 + FLAGS]! >> 1;
        if (inline >= 0) {
            if (inline !== n) return false;
            const C = this.slotC;
            const c = slot * U16 + ID_AT - from;
            let i = from;
            while (i < to && C[c + i] === text[i]) i++;
            return i === to;
        }
        const id = this.ids[slot]!;
        if (id === null || id.length !== n) return false;
        let i = 0;
        while (i < n && id.charCodeAt(i) === text[from + i]) i++;
        return i === n;
    }

    /** Slots held, in the order their tickets were first seen. */
    slots(): number[] {
        const held: number[] = [];
        for (let slot = 0; slot < this.slotCount; slot++) if (this.seqOf(slot) >= 0) held.push(slot);
        return held.sort((a, b) => this.seqOf(a) - this.seqOf(b));
    }

    lastAt(slot: number): number {
        return this.slotF[slot * F64 + LAST_AT]!;
    }
    lastRow(slot: number): number {
        return this.slotI[slot * I32 + LAST_ROW]!;
    }
    /** The Replay's row index of the ticket's last event. */
    lastIndex(slot: number): number {
        return this.slotI[slot * I32 + LAST_INDEX]!;
    }
    /** The stamp of the ticket's last event (see QuietQueue). */
    stamp(slot: number): number {
        return this.slotI[slot * I32 + STAMP]!;
    }
    /** Whether the ticket's last resolution stands (not reopened since). */
    resolved(slot: number): boolean {
        return (this.slotI[slot * I32 + FLAGS]! & 1) === 1;
    }
    count(slot: number): number {
        return this.slotI[slot * I32 + COUNT]!;
    }
    /** The order the slot's ticket was first seen in, −1 for a free slot. */
    seqOf(slot: number): number {
        return this.slotI[slot * I32 + SEQ]! - 1;
    }
    openedRowOf(slot: number): number {
        return this.openedRow[slot]!;
    }

    /** The channel the slot's ticket was opened with. */
    channelOf(slot: number): string | null {
        const code = this.channelCode[slot]!;
        return code === CHANNEL_BEYOND ? (this.channelsBeyond[slot] ?? null) : this.channelNames[code]!;
    }

    /** The code of a channel name (a new one for a name not met before, CHANNEL_BEYOND past 254 names). */
    private codeOf(channel: string | null): number {
        if (channel === null) return 0;
        const names = this.channelNames;
        // The plain lines' channels are the contract's own strings: a few, found by identity.
        for (let k = 1; k < names.length && k < 9; k++) if (names[k] === channel) return k;
        let code = this.channelCodes.get(channel);
        if (code === undefined) {
            if (names.length >= CHANNEL_BEYOND) return CHANNEL_BEYOND;
            code = names.length;
            names.push(channel);
            this.channelCodes.set(channel, code);
        }
        return code;
    }

    /** The ticket's id (made from the record's characters when only they hold it). */
    idOf(slot: number): string {
        const kept = this.ids[slot];
        if (kept !== null && kept !== undefined) return kept;
        const n = this.slotI[slot * I32 + FLAGS]! >> 1;
        const C = this.slotC;
        const c = slot * U16 + ID_AT;
        // All ID_CHARS units as arguments, then cut: a subarray and `apply` cost ≈ 0.6 µs an id, this ≈ 0.1 µs.
        const all = String.fromCharCode(C[c]!, C[c + 1]!, C[c + 2]!, C[c + 3]!, C[c + 4]!, C[c + 5]!, C[c + 6]!, C[c + 7]!, C[c + 8]!, C[c + 9]!, C[c + 10]!, C[c + 11]!);
        return n === ID_CHARS ? all : all.slice(0, n);
    }

    open(ticket: string, channel: string | null, file: string, row: number, seq: number): number {
        const slot = this.openAt({ text: ticket }, unitsOf(ticket), 0, ticket.length, channel, file, row, seq, idKey(ticket, 0, ticket.length));
        if (this.ids[slot] === null) this.ids[slot] = ticket;
        return slot;
    }

    /**
     * Holds a new ticket whose id is text[from, to) (`key` its idKey) in its home slot: a string is made of the
     * id only when it does not fit the record (and kept apart from `text`, a block of the file it would keep alive).
     */
    openAt(text: TextOf, codes: CodeUnits, from: number, to: number, channel: string | null, file: string, row: number, seq: number, key: number): number {
        // At most 3/4 of the home slots held (half was no faster and took 20-30 MB more at 1,000,000 tickets).
        if (4 * (this.size + 1) > 3 * this.ring) this.grow();
        const slot = key & (this.ring - 1);
        if (this.slotI[slot * I32 + SEQ] !== 0) this.moveOut(slot);
        this.homed++;
        this.keys[slot] = key;
        const code = this.codeOf(channel);
        this.channelCode[slot] = code;
        if (code === CHANNEL_BEYOND) this.channelsBeyond[slot] = channel;
        this.files[slot] = file;
        this.openedRow[slot] = row;
        const chunk = slot;
        this.next[chunk] = NONE;
        const I = this.slotI;
        const r = slot * I32;
        const n = to - from;
        if (n <= ID_CHARS) {
            const C = this.slotC;
            const c = slot * U16 + ID_AT - from;
            for (let i = from; i < to; i++) C[c + i] = codes[i]!;
            I[r + FLAGS] = n << 1;
            this.ids[slot] = null;
        } else {
            I[r + FLAGS] = -1 << 1;
            this.ids[slot] = copied(text.text.slice(from, to));
        }
        I[r + SEQ] = seq + 1;
        I[r + COUNT] = 0;
        I[r + HEAD] = chunk;
        I[r + TAIL] = chunk;
        return slot;
    }

    /**
     * Moves the ticket in home slot `home` out to a slot of its own (the table finds it there). Its quiet entry,
     * if it stands resolved, is pushed again under its new slot: the old one is then stale (another ticket's
     * stamps), and the sweep takes the new one at the same instant.
     */
    private moveOut(home: number): void {
        const to = this.freeSlots.pop() ?? this.newSlot();
        this.copySlot(this, home, to);
        // Its first chunk is the home's: copied to a chunk of its own.
        const chunk = this.chunk();
        this.copyChunk(this, home, chunk);
        this.next[chunk] = this.next[home]!;
        const r = to * I32;
        this.slotI[r + HEAD] = chunk;
        if (this.slotI[r + TAIL] === home) this.slotI[r + TAIL] = chunk;
        this.slotI[home * I32 + SEQ] = 0;
        this.homed--;
        const h = this.hashOf(to);
        this.hash[to] = h;
        this.table.insert(to, h);
        if (this.resolved(to)) this.quiet.push(this.lastAt(to), this.stamp(to), to);
    }

    private newSlot(): number {
        const slot = this.slotCount++;
        if (slot === this.openedRow.length) this.growSlots(more(slot));
        return slot;
    }

    /** Copies what the slot `from` of `source` holds to slot `to` of this. */
    private copySlot(source: LiveTickets, from: number, to: number): void {
        this.slotI.set(source.slotI.subarray(from * I32, from * I32 + I32), to * I32);
        this.keys[to] = source.keys[from]!;
        this.openedRow[to] = source.openedRow[from]!;
        this.ids[to] = source.ids[from] ?? null;
        // (Codes are of the same names: a LiveTickets placing its tickets again shares them, see grow.)
        this.channelCode[to] = source.channelCode[from]!;
        if (source.channelCode[from] === CHANNEL_BEYOND) this.channelsBeyond[to] = source.channelsBeyond[from] ?? null;
        this.files[to] = source.files[from]!;
    }

    /** The idHash of the slot's id. */
    private hashOf(slot: number): number {
        const kept = this.ids[slot];
        if (kept !== null && kept !== undefined) return idHash(kept, 0, kept.length);
        const n = this.slotI[slot * I32 + FLAGS]! >> 1;
        const C = this.slotC;
        const c = slot * U16 + ID_AT;
        let h = 0x811c9dc5;
        for (let i = 0; i < n; i++) h = Math.imul(h ^ C[c + i]!, 0x01000193);
        return h >>> 0;
    }

    /**
     * Twice the home slots, every held ticket placed again (the newer of two with the same home keeps it); the
     * quiet queue's entries are given the new slots, and the events new chunks.
     */
    private grow(): void {
        const ring = this.ring * 2;
        const oldCount = this.slotCount;
        const owner = new Int32Array(ring).fill(-1);
        const out: number[] = [];
        for (let s = 0; s < oldCount; s++) {
            if (this.seqOf(s) < 0) continue;
            const home = this.keys[s]! & (ring - 1);
            const o = owner[home]!;
            if (o < 0) owner[home] = s;
            else if (this.seqOf(s) > this.seqOf(o)) {
                owner[home] = s;
                out.push(o);
            } else out.push(s);
        }
        const next = new LiveTickets(this.quiet);
        next.ring = ring;
        next.slotCount = ring + out.length;
        next.growSlots(ring + Math.max(1024, out.length + (out.length >> 1)));
        // Every chain is copied again: home chunks go with home slots.
        next.chunkCount = ring;
        next.growChunks(ring + Math.max(1024, this.chunkCount - this.ring));
        // Old slot → new slot; free old slots go to 0: an entry of theirs is stale there too (stamps are unique).
        const map = new Int32Array(oldCount);
        for (let home = 0; home < ring; home++) {
            const s = owner[home]!;
            if (s < 0) continue;
            next.copySlot(this, s, home);
            next.copyChain(this, s, home, true);
            map[s] = home;
            next.homed++;
        }
        for (let k = 0; k < out.length; k++) {
            const to = ring + k;
            next.copySlot(this, out[k]!, to);
            next.copyChain(this, out[k]!, to, false);
            map[out[k]!] = to;
            const h = next.hashOf(to);
            next.hash[to] = h;
            next.table.insert(to, h);
        }
        this.quiet.remap(map);
        this.ring = ring;
        this.homed = next.homed;
        this.keys = next.keys;
        this.hash = next.hash;
        this.table = next.table;
        this.freeSlots = [];
        this.slotCount = next.slotCount;
        this.ids = next.ids;
        this.channelCode = next.channelCode;
        this.channelsBeyond = next.channelsBeyond;
        this.files = next.files;
        this.record = next.record;
        this.slotF = next.slotF;
        this.slotI = next.slotI;
        this.slotC = next.slotC;
        this.openedRow = next.openedRow;
        this.freeChunk = NONE;
        this.chunkCount = next.chunkCount;
        this.next = next.next;
        this.pool = next.pool;
        this.eventF = next.eventF;
        this.eventI = next.eventI;
        this.ratings = next.ratings;
    }

    /**
     * Holds an event of the ticket: its fields, then the ticket's last instant, row, row index and stamp, and
     * whether it stands resolved. Returns that last.
     */
    push(slot: number, at: number, type: number, category: number, row: number, firstContact: number, satisfaction: number, index: number, stamp: number, resolvedNow: boolean): boolean {
        const I = this.slotI;
        const r = slot * I32;
        const n = I[r + COUNT]!;
        let tail = I[r + TAIL]!;
        if (n > 0 && (n & (CHUNK - 1)) === 0) {
            const chunk = this.chunk();
            this.next[tail] = chunk;
            I[r + TAIL] = tail = chunk;
        }
        const e = tail * CHUNK + (n & (CHUNK - 1));
        this.eventF[e * EV_F64] = at;
        const rated = satisfaction === satisfaction;
        if (rated) (this.ratings ??= new Float64Array(this.next.length * CHUNK))[e] = satisfaction;
        const EI = this.eventI;
        EI[e * EV_I32 + 2] = row;
        EI[e * EV_I32 + 3] = type | ((category + 1) << CATEGORY_SHIFT) | ((firstContact + 1) << CONTACT_SHIFT) | (rated ? RATED : 0);
        I[r + COUNT] = n + 1;
        this.slotF[slot * F64 + LAST_AT] = at;
        I[r + LAST_ROW] = row;
        I[r + LAST_INDEX] = index;
        I[r + STAMP] = stamp;
        I[r + FLAGS] = (I[r + FLAGS]! & ~1) | (resolvedNow ? 1 : 0);
        return resolvedNow;
    }

    /** Calls `each` with the pool index of every event of the slot, in order (read with the ev* methods). */
    forEach(slot: number, each: (i: number, k: number) => void): void {
        const n = this.count(slot);
        let chunk = this.slotI[slot * I32 + HEAD]!;
        for (let k = 0; k < n; k++) {
            if (k > 0 && k % CHUNK === 0) chunk = this.next[chunk]!;
            each(chunk * CHUNK + (k % CHUNK), k);
        }
    }

    evAt(i: number): number {
        return this.eventF[i * EV_F64]!;
    }
    evRow(i: number): number {
        return this.eventI[i * EV_I32 + 2]!;
    }
    evType(i: number): number {
        return this.eventI[i * EV_I32 + 3]! & 7;
    }
    /** Index of the contract's category, −1 for none. */
    evCategory(i: number): number {
        return ((this.eventI[i * EV_I32 + 3]! >> CATEGORY_SHIFT) & 0xffff) - 1;
    }
    /** On resolved: 1, 0, or −1 when the history does not say. */
    evFirstContact(i: number): number {
        return ((this.eventI[i * EV_I32 + 3]! >> CONTACT_SHIFT) & 3) - 1;
    }
    /** On resolved: the rating, NaN when there is none. */
    evSatisfaction(i: number): number {
        return (this.eventI[i * EV_I32 + 3]! & RATED) !== 0 ? this.ratings![i]! : NaN;
    }

    /** Copies the slot's events, in order, into the arrays given (long enough: `count(slot)`); returns how many. */
    copyEvents(slot: number, at: Float64Array, type: Uint8Array, category: Int16Array, firstContact: Int8Array, satisfaction: Float64Array): number {
        const n = this.count(slot);
        const F = this.eventF;
        const EI = this.eventI;
        let chunk = this.slotI[slot * I32 + HEAD]!;
        for (let k = 0; k < n; k++) {
            if (k > 0 && (k & (CHUNK - 1)) === 0) chunk = this.next[chunk]!;
            const e = chunk * CHUNK + (k & (CHUNK - 1));
            const code = EI[e * EV_I32 + 3]!;
            at[k] = F[e * EV_F64]!;
            type[k] = code & 7;
            category[k] = ((code >> CATEGORY_SHIFT) & 0xffff) - 1;
            firstContact[k] = ((code >> CONTACT_SHIFT) & 3) - 1;
            satisfaction[k] = (code & RATED) !== 0 ? this.ratings![e]! : NaN;
        }
        return n;
    }

    /** Forgets a judged ticket: its slot and chunks are reused (a home chunk stays its home slot's). */
    release(slot: number): void {
        const head = this.slotI[slot * I32 + HEAD]!;
        const tail = this.slotI[slot * I32 + TAIL]!;
        if (slot >= this.ring) {
            this.next[tail] = this.freeChunk;
            this.freeChunk = head;
        } else if (tail !== head) {
            this.next[tail] = this.freeChunk;
            this.freeChunk = this.next[head]!;
        }
        this.ids[slot] = null;
        this.slotI[slot * I32 + SEQ] = 0;
        if (this.channelCode[slot] === CHANNEL_BEYOND) this.channelsBeyond[slot] = null;
        if (slot < this.ring) this.homed--;
        else {
            this.table.remove(slot, this.hash[slot]!);
            this.freeSlots.push(slot);
        }
    }

    private chunk(): number {
        let chunk = this.freeChunk;
        if (chunk !== NONE) this.freeChunk = this.next[chunk]!;
        else {
            chunk = this.chunkCount++;
            if (chunk === this.next.length) this.growChunks(more(chunk));
        }
        this.next[chunk] = NONE;
        return chunk;
    }

    /** Copies the events of chunk `from` of `source` (this or another) into chunk `to` of this. */
    private copyChunk(source: LiveTickets, from: number, to: number): void {
        const w = CHUNK * EV_I32;
        this.eventI.set(source.eventI.subarray(from * w, from * w + w), to * w);
        if (source.ratings) {
            this.ratings ??= new Float64Array(this.next.length * CHUNK);
            this.ratings.set(source.ratings.subarray(from * CHUNK, from * CHUNK + CHUNK), to * CHUNK);
        }
    }

    /** Copies the events of the ticket in slot `from` of `source` to new chunks of this for slot `to`, the first its home chunk when `homed`. */
    private copyChain(source: LiveTickets, from: number, to: number, homed: boolean): void {
        const n = Math.max(1, source.count(from));
        let c = source.slotI[from * I32 + HEAD]!;
        const first = homed ? to : this.chunk();
        this.copyChunk(source, c, first);
        let last = first;
        for (let k = CHUNK; k < n; k += CHUNK) {
            c = source.next[c]!;
            const chunk = this.chunk();
            this.next[last] = chunk;
            this.copyChunk(source, c, chunk);
            last = chunk;
        }
        this.next[last] = NONE;
        this.slotI[to * I32 + HEAD] = first;
        this.slotI[to * I32 + TAIL] = last;
    }

    private growSlots(capacity: number): void {
        this.keys = resized(this.keys, capacity, (n) => new Int32Array(n));
        this.hash = resized(this.hash, capacity, (n) => new Uint32Array(n));
        this.openedRow = resized(this.openedRow, capacity, (n) => new Int32Array(n));
        this.channelCode = resized(this.channelCode, capacity, (n) => new Uint8Array(n));
        this.record = resizedBuffer(this.record, capacity * SLOT_BYTES);
        this.slotF = new Float64Array(this.record);
        this.slotI = new Int32Array(this.record);
        this.slotC = new Uint16Array(this.record);
    }

    private growChunks(capacity: number): void {
        this.next = resized(this.next, capacity, (n) => new Int32Array(n));
        if (this.ratings) this.ratings = resized(this.ratings, capacity * CHUNK, (n) => new Float64Array(n));
        this.pool = resizedBuffer(this.pool, capacity * CHUNK * EVENT_BYTES);
        this.eventF = new Float64Array(this.pool);
        this.eventI = new Int32Array(this.pool);
    }
}

/** The string apart from the text it was cut from (V8 keeps a slice of 13 or more characters as a view into it). */
function copied(text: string): string {
    return text.length < 13 ? text : (' ' + text).slice(1);
}

/** A copy of `from` with room for `bytes` bytes. */
function resizedBuffer(from: ArrayBuffer, bytes: number): ArrayBuffer {
    const to = new ArrayBuffer(bytes);
    new Uint8Array(to).set(new Uint8Array(from));
    return to;
}

/**
 * Resolved tickets waiting to be forgotten, by the instant they went quiet. A log in time order makes them go
 * quiet in that order: those entries wait in a first-in first-out ring (one write and one read each, in
 * order), and only an entry earlier than the ring's last goes to a heap. The sweep takes every entry before
 * a bound, whichever holds it, so which one holds an entry changes nothing it takes.
 */
export class QuietQueue {
    private at = new Float64Array(1024);
    private stamp = new Int32Array(1024);
    private slot = new Int32Array(1024);
    /** The ring's first entry and its length. */
    private head = 0;
    private length = 0;
    private readonly heap = new QuietHeap();

    get size(): number {
        return this.length + this.heap.size;
    }

    private fromRing(): boolean {
        return this.length > 0 && (this.heap.size === 0 || this.at[this.head]! <= this.heap.topAt());
    }

    topAt(): number {
        return this.fromRing() ? this.at[this.head]! : this.heap.topAt();
    }
    topStamp(): number {
        return this.fromRing() ? this.stamp[this.head]! : this.heap.topStamp();
    }
    topSlot(): number {
        return this.fromRing() ? this.slot[this.head]! : this.heap.topSlot();
    }

    push(at: number, stamp: number, slot: number): void {
        const capacity = this.at.length;
        if (this.length > 0 && !(at >= this.at[(this.head + this.length - 1) & (capacity - 1)]!)) {
            this.heap.push(at, stamp, slot);
            return;
        }
        if (this.length === capacity) this.grow();
        const i = (this.head + this.length++) & (this.at.length - 1);
        this.at[i] = at;
        this.stamp[i] = stamp;
        this.slot[i] = slot;
    }

    pop(): void {
        if (this.fromRing()) {
            this.head = (this.head + 1) & (this.at.length - 1);
            this.length--;
        } else this.heap.pop();
    }

    /** Gives every entry the slot `map` names for its own (LiveTickets placed its tickets again). */
    remap(map: Int32Array): void {
        const mask = this.at.length - 1;
        for (let k = 0; k < this.length; k++) {
            const i = (this.head + k) & mask;
            this.slot[i] = map[this.slot[i]!]!;
        }
        this.heap.remap(map);
    }

    /** Doubles the ring (a power of two), its entries moved to the start in order. */
    private grow(): void {
        const capacity = this.at.length;
        const at = new Float64Array(capacity * 2);
        const stamp = new Int32Array(capacity * 2);
        const slot = new Int32Array(capacity * 2);
        for (let k = 0; k < this.length; k++) {
            const i = (this.head + k) & (capacity - 1);
            at[k] = this.at[i]!;
            stamp[k] = this.stamp[i]!;
            slot[k] = this.slot[i]!;
        }
        this.at = at;
        this.stamp = stamp;
        this.slot = slot;
        this.head = 0;
    }
}

/**
 * The quiet entries out of time order, a binary min-heap by the instant they went quiet, in typed
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

    remap(map: Int32Array): void {
        for (let i = 0; i < this.size; i++) this.slot[i] = map[this.slot[i]!]!;
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
