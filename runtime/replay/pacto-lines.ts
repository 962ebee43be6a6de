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
import { EVENT_CODE } from './live-tickets.js';
import type { PactoColumns } from './pacto-log.js';
import type { LineBlock } from './quote-free-csv.js';
import { CLOCK_EVENT, HISTORY_EVENTS, type HistoryItem } from './records.js';
import type { Replay } from './replay.js';
import { plainInstant } from './event-time.js';

const EVENT_CODES = HISTORY_EVENTS.map((name) => EVENT_CODE[CLOCK_EVENT[name]]);
const OPENED = EVENT_CODE.opened;
const CATEGORY_CHANGED = EVENT_CODE.categoryChanged;

export class PlainLines {
    private readonly starts: Int32Array;
    private readonly ends: Int32Array;
    private readonly last: number;
    private readonly categories: readonly string[];
    private readonly channels: readonly string[];

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
    }

    feed(block: LineBlock): void {
        const { text, count } = block;
        for (let k = 0; k < count; k++) {
            const start = block.starts[k]!;
            const end = block.ends[k]!;
            const line = block.lines[k]!;
            if (!this.plain(text, start, end, line)) this.replay.add(this.item({ line, fields: text.slice(start, end).split(',') }));
        }
    }

    /** Whether the line was plain and the Replay took it. */
    private plain(text: string, start: number, end: number, line: number): boolean {
        const S = this.starts;
        const E = this.ends;
        const c = this.columns;
        const last = this.last;
        const idColumn = c.ticket;
        // One pass over the line: where each field the replay reads begins and ends, and the id's hash (idHash).
        let f = 0;
        let hash = 0x811c9dc5;
        let plainId = true;
        let closed = false;
        S[0] = start;
        for (let i = start; i < end; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 44) {
                E[f] = i;
                if (f === last) {
                    closed = true;
                    break;
                }
                S[++f] = i + 1;
            } else if (f === idColumn) {
                hash = Math.imul(hash ^ ch, 0x01000193);
                if (ch <= 32 || ch >= 127) plainId = false;
            }
        }
        // A row with fewer fields than the header names is for the full way to word.
        if (f < last) return false;
        if (!closed) E[last] = end;
        if (!plainId) return false;
        const idFrom = S[idColumn]!;
        const idTo = E[idColumn]!;
        if (idTo === idFrom) return false;
        if (c.firstContact >= 0 && E[c.firstContact]! > S[c.firstContact]!) return false;
        if (c.satisfaction >= 0 && E[c.satisfaction]! > S[c.satisfaction]!) return false;
        const type = eventCode(text, S[c.event]!, E[c.event]!);
        if (type < 0) return false;
        const at = plainInstant(text, S[c.at]!, E[c.at]!);
        if (at !== at) return false;
        let category = -1;
        let channel: string | null = null;
        if (type === OPENED || type === CATEGORY_CHANGED) {
            if (c.category < 0) return false;
            category = nameAt(this.categories, text, S[c.category]!, E[c.category]!);
            if (category < 0) return false;
        }
        if (type === OPENED && c.channel >= 0 && E[c.channel]! > S[c.channel]!) {
            const known = nameAt(this.channels, text, S[c.channel]!, E[c.channel]!);
            if (known < 0) return false;
            channel = this.channels[known]!;
        }
        return this.replay.addPlain(text, idFrom, idTo, hash >>> 0, at, type, category, channel, this.file, line);
    }
}

/** The index of the name text[from, to) is exactly, −1 when none. */
function nameAt(names: readonly string[], text: string, from: number, to: number): number {
    const n = to - from;
    for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        if (name.length === n && text.startsWith(name, from)) return i;
    }
    return -1;
}

/** The EVENT_CODE of an event name written exactly as Pacto's log spells it, −1 for anything else. */
function eventCode(text: string, from: number, to: number): number {
    // Told apart by length and one character, then checked whole.
    let i: number;
    switch (to - from) {
        case 6:
            i = 0;
            break;
        case 9:
            i = 1;
            break;
        case 17:
            i = 2;
            break;
        case 16:
            i = text.charCodeAt(from + 1) === 117 ? 3 : 4;
            break;
        case 8:
            i = text.charCodeAt(from + 2) === 115 ? 5 : 6;
            break;
        default:
            return -1;
    }
    return text.startsWith(HISTORY_EVENTS[i]!, from) ? EVENT_CODES[i]! : -1;
}

