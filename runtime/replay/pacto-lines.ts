/**
 * The replay's fast path for Pacto's own CSV log: the plain lines of a block (quote-free-csv.ts) go straight
 * to the Replay, their few fields found in the chunk's text, with no array of strings, record or event object
 * per row. A line is plain when every field the replay reads is of the exact shape Pacto writes: an ASCII
 * ticket id, a time `YYYY-MM-DDTHH:MM:SS(.sss)?(Z|±HH:MM)`, an event name, a category and channel spelled as
 * the contract spells them, no first-contact or satisfaction value. Any other line, and any line the Replay
 * would refuse or must look at closely, goes the full way (pacto-log.ts' reader, then Replay.add): the
 * problems, their words and their order are those of the full way.
 */
import type { CsvRow } from './csv.js';
import { EVENT_CODE, idKeyIn } from './live-tickets.js';
import type { PactoColumns } from './pacto-log.js';
import type { LineBlock } from './quote-free-csv.js';
import { CLOCK_EVENT, HISTORY_EVENTS, type HistoryItem } from './records.js';
import type { Replay } from './replay.js';
import { plainInstantIn, type CodeUnits } from './event-time.js';

const EVENT_CODES = HISTORY_EVENTS.map((name) => EVENT_CODE[CLOCK_EVENT[name]]);
const OPENED = EVENT_CODE.opened;
const CATEGORY_CHANGED = EVENT_CODE.categoryChanged;

export class PlainLines {
    private readonly starts: Int32Array;
    private readonly ends: Int32Array;
    private readonly last: number;
    private readonly categories: readonly string[];
    private readonly channels: readonly string[];
    private readonly categoryCodes: readonly Uint16Array[];
    private readonly channelCodes: readonly Uint16Array[];
    /** The ticket is the first column and the time the second, as Pacto writes its log. */
    private readonly idThenTime: boolean;
    /** And the event the third. */
    private readonly eventThird: boolean;
    /** And the category and channel the last two, with no other column: Pacto's own header exactly. */
    private readonly pactoFive: boolean;
    /** The block's bytes read as 32-bit words (LineBlock.bytes; null for a block read as UTF-16 units). */
    private words: DataView | null = null;

    constructor(
        private readonly columns: PactoColumns,
        private readonly item: (row: CsvRow) => HistoryItem,
        private readonly replay: Replay,
        private readonly file: string,
    ) {
        const c = columns;
        this.last = Math.max(c.ticket, c.at, c.event, c.category, c.channel, c.firstContact, c.satisfaction);
        this.starts = new Int32Array(this.last + 1);
        this.ends = new Int32Array(this.last + 1);
        this.categories = replay.contract.categories.map((x) => x.name);
        this.channels = replay.contract.channels.map((x) => x.name);
        this.categoryCodes = this.categories.map(codesOf);
        this.channelCodes = this.channels.map(codesOf);
        this.idThenTime = c.ticket === 0 && c.at === 1 && this.last >= 2;
        this.eventThird = this.idThenTime && c.event === 2 && this.last >= 3;
        this.pactoFive = this.eventThird && c.category === 3 && c.channel === 4 && c.firstContact < 0 && c.satisfaction < 0;
    }

    feed(block: LineBlock): void {
        const count = block.count;
        // The lines are read as code units: the block's bytes for an ASCII chunk (no copy), else its UTF-16 units.
        // The block's text is asked for only by a line that goes the full way or an id too long for its record.
        const bytes = block.bytes;
        const codes = bytes ?? unitsOf(block.text);
        this.words = bytes === null ? null : new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (let k = 0; k < count; k++) {
            const start = block.starts[k]!;
            const end = block.ends[k]!;
            const line = block.lines[k]!;
            if (!this.plain(block, codes, start, end, line)) this.replay.add(this.item({ line, fields: block.text.slice(start, end).split(',') }));
        }
    }

    /** Whether the line [start, end) of `block` (`codes` its code units) was plain and the Replay took it. */
    private plain(block: LineBlock, codes: CodeUnits, start: number, end: number, line: number): boolean {
        if (!this.idThenTime) return this.fields(block, codes, start, end, line, 0, start, 0, NaN, -1);
        // Pacto's own column order (ticket, at, event, …): the id's key (idKey) is read up to its comma, and the time, whose
        // plain shapes have a fixed length and no comma, is read where its comma must then be, so that a loop
        // over the rest of the line skips its characters. Anything else goes the general way from the start.
        let hash = 0x811c9dc5;
        let num = 0;
        let i = start;
        for (; i < end; i++) {
            const ch = codes[i]!;
            if (ch === 44) break;
            if (ch <= 32 || ch >= 127) return this.fields(block, codes, start, end, line, 0, start, 0, NaN, -1);
            // idKey, inline.
            if (ch >= 48 && ch <= 57) num = (num * 10 + ch - 48) | 0;
            else {
                hash = Math.imul(hash ^ ch, 0x01000193);
                num = 0;
            }
        }
        const key = (hash + num) | 0;
        const from = i + 1;
        const to = timeEnd(codes, from, end);
        const at = to < 0 ? NaN : plainInstantIn(codes, from, to);
        if (at !== at || i === start) return this.fields(block, codes, start, end, line, 0, start, 0, NaN, -1);
        this.starts[0] = start;
        this.ends[0] = i;
        this.starts[1] = from;
        this.ends[1] = to;
        // Most rows of Pacto's log end at the event: an event without a category and a line ending ",," (the two
        // empty fields). Such a row's event is all that lies between the time's comma and the line's last two
        // characters, a name compared four characters at a time; a name has no comma, so a name there is the
        // field eventThere would find, and the Replay is asked at once.
        const words = this.words;
        if (this.pactoFive && words !== null && codes[end - 1] === 44 && codes[end - 2] === 44) {
            const t = eventInWords(words, to + 1, end - 2);
            if (t >= 0 && t !== OPENED && t !== CATEGORY_CHANGED) return this.replay.addPlain(block, start, i, key, at, t, -1, null, this.file, line, codes);
        }
        // The event, third in Pacto's order, is one of a few names: found by where a comma follows one.
        const type = this.eventThird ? eventThere(codes, words, to + 1, end) : -1;
        if (type < 0) return this.fields(block, codes, to + 1, end, line, 2, to + 1, key, at, -1);
        const e = eventEndsAt;
        // Most rows of Pacto's log end at the event: an event without a category and a line ending ",," (the two
        // empty fields), which the loop over the rest would find to be just that, so the Replay is asked at once.
        if (this.pactoFive && end === e + 2 && codes[e + 1] === 44 && type !== OPENED && type !== CATEGORY_CHANGED) {
            return this.replay.addPlain(block, start, i, key, at, type, -1, null, this.file, line, codes);
        }
        this.starts[2] = to + 1;
        this.ends[2] = e;
        return this.fields(block, codes, e + 1, end, line, 3, e + 1, key, at, type);
    }

    /**
     * The line's fields from field `f` on (starting at `i`, where field f begins): where each field the replay
     * reads begins and ends; then the checks and the Replay. `key` is the id's idKey, `at` the time and `type`
     * the event's code when the fields before f held them (read already), else anything, NaN and −1.
     */
    private fields(block: LineBlock, codes: CodeUnits, i: number, end: number, line: number, f: number, fieldStart: number, key: number, at: number, type: number): boolean {
        const S = this.starts;
        const E = this.ends;
        const c = this.columns;
        const last = this.last;
        const idColumn = c.ticket;
        const keyKnown = f > idColumn;
        let plainId = true;
        let closed = false;
        S[f] = fieldStart;
        for (; i < end; i++) {
            const ch = codes[i]!;
            if (ch === 44) {
                E[f] = i;
                if (f === last) {
                    closed = true;
                    break;
                }
                S[++f] = i + 1;
            } else if (f === idColumn && (ch <= 32 || ch >= 127)) plainId = false;
        }
        // A row with fewer fields than the header names is for the full way to word.
        if (f < last) return false;
        if (!closed) E[last] = end;
        if (!plainId) return false;
        const idFrom = S[idColumn]!;
        const idTo = E[idColumn]!;
        if (idTo === idFrom) return false;
        if (!keyKnown) key = idKeyIn(codes, idFrom, idTo);
        if (c.firstContact >= 0 && E[c.firstContact]! > S[c.firstContact]!) return false;
        if (c.satisfaction >= 0 && E[c.satisfaction]! > S[c.satisfaction]!) return false;
        if (type < 0) type = eventCode(codes, S[c.event]!, E[c.event]!);
        if (type < 0) return false;
        if (at !== at) at = plainInstantIn(codes, S[c.at]!, E[c.at]!);
        if (at !== at) return false;
        let category = -1;
        let channel: string | null = null;
        if (type === OPENED || type === CATEGORY_CHANGED) {
            if (c.category < 0) return false;
            category = nameAt(this.categoryCodes, codes, S[c.category]!, E[c.category]!);
            if (category < 0) return false;
        }
        if (type === OPENED && c.channel >= 0 && E[c.channel]! > S[c.channel]!) {
            const known = nameAt(this.channelCodes, codes, S[c.channel]!, E[c.channel]!);
            if (known < 0) return false;
            channel = this.channels[known]!;
        }
        return this.replay.addPlain(block, idFrom, idTo, key, at, type, category, channel, this.file, line, codes);
    }
}

/**
 * Where the time field that begins at `from` ends when it has one of plainInstant's lengths (25: an offset,
 * the generator's and most logs'; 20: Z; 29 and 24: with milliseconds) and a comma follows it, −1 otherwise.
 * A time plainInstant reads has no comma in it, so a time it reads at [from, end) is the whole field.
 */
function timeEnd(text: CodeUnits, from: number, end: number): number {
    if (from + 25 < end && text[from + 25] === 44) return from + 25;
    if (from + 20 < end && text[from + 20] === 44) return from + 20;
    if (from + 24 < end && text[from + 24] === 44) return from + 24;
    if (from + 29 < end && text[from + 29] === 44) return from + 29;
    return -1;
}

/** Where the field eventThere last found ends (a second result without an object per row). */
let eventEndsAt = -1;

/**
 * The EVENT_CODE of the event field that begins at `from` when it is an event name as Pacto writes it followed
 * by a comma (eventEndsAt then says where it ends), −1 otherwise. A name has no comma in it, so a name at
 * [from, end) is the whole field. The code is returned rather than the end alone: finding it again was a
 * second comparison of the name per row.
 */
function eventThere(text: CodeUnits, words: DataView | null, from: number, end: number): number {
    for (const length of EVENT_LENGTHS) {
        const to = from + length;
        if (to < end && text[to] === 44) {
            const code = words === null ? eventCode(text, from, to) : eventInWords(words, from, to);
            if (code >= 0) {
                eventEndsAt = to;
                return code;
            }
        }
    }
    return -1;
}

/** The lengths of the event names, the most frequent in a log first (responded, resolved, opened, …). */
const EVENT_LENGTHS = [9, 8, 6, 17, 16];

/** A name's UTF-16 code units: compared in a loop the compiler inlines (startsWith is a call, ≈ 20 ns more a field). */
function codesOf(name: string): Uint16Array {
    return Uint16Array.from(name, (c) => c.charCodeAt(0));
}

/** Whether text[from, from + codes.length) is exactly those code units. */
function isAt(codes: Uint16Array, text: CodeUnits, from: number): boolean {
    const n = codes.length;
    for (let k = 0; k < n; k++) if (text[from + k] !== codes[k]) return false;
    return true;
}

/** The index of the name (as its code units) text[from, to) is exactly, −1 when none. */
function nameAt(names: readonly Uint16Array[], text: CodeUnits, from: number, to: number): number {
    const n = to - from;
    for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        if (name.length === n && isAt(name, text, from)) return i;
    }
    return -1;
}

const EVENT_NAME_CODES = HISTORY_EVENTS.map(codesOf);

/** The EVENT_CODE of an event name written exactly as Pacto's log spells it, −1 for anything else. */
function eventCode(text: CodeUnits, from: number, to: number): number {
    const n = to - from;
    const i = n < 6 ? -1 : candidateEvent(n, text[from + 1]!, text[from + 2]!);
    return i >= 0 && isAt(EVENT_NAME_CODES[i]!, text, from) ? EVENT_CODES[i]! : -1;
}

/**
 * The one event name (its index in HISTORY_EVENTS) that a name of `length` characters, the 2nd and 3rd of them
 * these, can be; −1 for none. The names are told apart by length and one character, then checked whole.
 */
function candidateEvent(length: number, second: number, third: number): number {
    switch (length) {
        case 6:
            return 0;
        case 9:
            return 1;
        case 17:
            return 2;
        case 16:
            return second === 117 ? 3 : 4;
        case 8:
            return third === 115 ? 5 : 6;
        default:
            return -1;
    }
}

/**
 * Each event name as the little-endian 32-bit words of its characters at 0, 4, 8, … and a last one ending with
 * the name (overlapping the one before it): a name of 6 to 17 characters is 2 to 5 compares, not 6 to 17.
 */
const EVENT_NAME_WORDS = HISTORY_EVENTS.map((name) => {
    const words = new Int32Array(Math.ceil(name.length / 4));
    for (let j = 0; j < words.length; j++) {
        const at = Math.min(4 * j, name.length - 4);
        words[j] = name.charCodeAt(at) | (name.charCodeAt(at + 1) << 8) | (name.charCodeAt(at + 2) << 16) | (name.charCodeAt(at + 3) << 24);
    }
    return words;
});

/** eventCode of bytes[from, to), read through `words`, a view of those bytes. */
function eventInWords(words: DataView, from: number, to: number): number {
    const n = to - from;
    const i = n < 6 ? -1 : candidateEvent(n, words.getUint8(from + 1), words.getUint8(from + 2));
    if (i < 0) return -1;
    const name = EVENT_NAME_WORDS[i]!;
    for (let j = 0; j < name.length; j++) if (words.getInt32(from + Math.min(4 * j, n - 4), true) !== name[j]) return -1;
    return EVENT_CODES[i]!;
}

/** A text's UTF-16 code units (a chunk with characters beyond ASCII, whose bytes are not its characters). */
function unitsOf(text: string): Uint16Array {
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    return units;
}
