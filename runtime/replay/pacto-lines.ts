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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digits at [i, i + n) as a number, or NaN when any is not a digit. */
function digits(s: string, i: number, n: number): number {
    let v = 0;
    for (let k = i; k < i + n; k++) {
        const c = s.charCodeAt(k) - 48;
        if (c < 0 || c > 9) return NaN;
        v = v * 10 + c;
    }
    return v;
}

/**
 * The instant text[from, to) names when it is of the shape `YYYY-MM-DDTHH:MM:SS(.sss)?(Z|±HH:MM)` with valid
 * values; NaN for anything else, which then goes the full way (event-time.ts, whose fast reading of the same
 * shape this repeats on a range of the line, so that no string is cut out for it).
 */
export function plainInstant(text: string, from: number, to: number): number {
    const n = to - from;
    if (n !== 20 && n !== 24 && n !== 25 && n !== 29) return NaN;
    const s = text;
    const o = from;
    if (s.charCodeAt(o + 4) !== 45 || s.charCodeAt(o + 7) !== 45 || s.charCodeAt(o + 10) !== 84 || s.charCodeAt(o + 13) !== 58 || s.charCodeAt(o + 16) !== 58) return NaN;
    let i = 19;
    let millis = 0;
    if (s.charCodeAt(o + 19) === 46) {
        millis = digits(s, o + 20, 3);
        i = 23;
    }
    let offsetMinutes = 0;
    const z = s.charCodeAt(o + i);
    if (z === 90) {
        if (n !== i + 1) return NaN;
    } else if (z === 43 || z === 45) {
        if (n !== i + 6 || s.charCodeAt(o + i + 3) !== 58) return NaN;
        const oh = digits(s, o + i + 1, 2);
        const om = digits(s, o + i + 4, 2);
        if (!(oh <= 23 && om <= 59)) return NaN;
        offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
    } else return NaN;
    const year = digits(s, o, 4);
    const month = digits(s, o + 5, 2);
    const day = digits(s, o + 8, 2);
    const hour = digits(s, o + 11, 2);
    const minute = digits(s, o + 14, 2);
    const second = digits(s, o + 17, 2);
    if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59 && millis >= 0)) return NaN;
    const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return NaN;
    return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMinutes * 60_000;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil), as
 * Date.UTC counts them for years 100 on, without its call per row.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
