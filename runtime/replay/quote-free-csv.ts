/**
 * A reader of the CSV lines that need no CSV parser: no quote, one kind of line ending, valid UTF-8. Pacto's
 * own event log is all such lines, and csv-parse spends several times the rest of a replay on them (it walks
 * every byte through its state machine and copies each field out of a Buffer); split at the delimiter, such
 * a line gives exactly the fields csv-parse gives. At the first line that is not of that kind, the rest of the
 * file (from that line's first byte) goes to csv-parse, which reads it as it would have read it in the whole
 * file: the record delimiter it found on the first line, no byte-order mark mid-file, lines counted on.
 * No other CSV library ships with Pacto, and csv-parse stays the reader of everything with quotes.
 */
import { isAscii } from 'node:buffer';
import type { ByteSource } from './records.js';
import type { CsvRow, ParseFrom } from './csv.js';

type Rest = (source: ByteSource, from: ParseFrom) => AsyncGenerator<CsvRow[]>;

/**
 * Plain lines of one chunk of the file, not yet split: line k is text[starts[k], ends[k]) (without its line
 * ending) and is line lines[k] of the file. A reader that wants the fields of a few columns finds them itself,
 * instead of an array of strings per line (the replay's fast path, pacto-lines.ts).
 */
export interface LineBlock {
    readonly kind: 'lines';
    readonly text: string;
    readonly count: number;
    readonly starts: Int32Array;
    readonly ends: Int32Array;
    readonly lines: Int32Array;
    /**
     * The chunk's bytes when each is one character of `text` (the chunk is ASCII, as Pacto's own log is): code k of
     * `bytes` is character k of `text`, and a reader may read the bytes instead (a typed array's element is a plain
     * load, a string's character a check of the string's kind each time). Null otherwise. A view, valid while the
     * block is read.
     */
    readonly bytes: Uint8Array | null;
}

/** The records of a block, as csv-parse would give them. */
export function blockRows(block: LineBlock, delimiter: string): CsvRow[] {
    const rows: CsvRow[] = new Array(block.count);
    for (let k = 0; k < block.count; k++) rows[k] = { line: block.lines[k]!, fields: block.text.slice(block.starts[k], block.ends[k]).split(delimiter) };
    return rows;
}

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** The bytes of `source` from `head` on: what was read but not used, then the chunks not read yet. */
async function* remainder(head: Uint8Array, chunks: AsyncIterator<string | Uint8Array>): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
}

/**
 * csvBatches' records: lines split at the delimiter while they need no parser, then `rest` (csv-parse) from
 * the first line that does. Lines are numbered as csv-parse numbers them (the line a record ends on, empty
 * lines counted and skipped).
 */
export async function* quoteFreeBatches(source: ByteSource, delimiter: string, rest: Rest): AsyncGenerator<CsvRow[]> {
    for await (const batch of quoteFreeBlocks(source, delimiter, rest)) yield Array.isArray(batch) ? batch : blockRows(batch, delimiter);
}

/**
 * quoteFreeBatches' records, the plain lines as blocks (never empty) and csv-parse's records as they come. With
 * `textWhenAsked`, an ASCII chunk's block is read as its bytes and makes its text only if asked for it (a reader
 * of the bytes, as the replay's fast path, never makes it); else every block's text is made, and its lines found,
 * from the decoded chunk (the text's indexOf is faster than the bytes' for a reader that needs the text anyway).
 */
export async function* quoteFreeBlocks(source: ByteSource, delimiter: string, rest: Rest, textWhenAsked = false): AsyncGenerator<CsvRow[] | LineBlock> {
    const chunks = source[Symbol.asyncIterator]();
    // A delimiter csv-parse reads differently than a split would (several characters, a quote or a line end).
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
        yield* rest(remainder(new Uint8Array(0), chunks), { linesBefore: 0, recordDelimiter: null });
        return;
    }
    let pending: Buffer = Buffer.alloc(0);
    let first = true;
    let crlf = false;
    let line = 0;
    /** The rest of a chunk whose first line was read alone (with textWhenAsked), read before the next chunk. */
    let carry: Buffer | null = null;
    for (;;) {
        let end = false;
        if (carry !== null) {
            pending = carry;
            carry = null;
        } else {
            const next = await chunks.next();
            end = next.done === true;
            if (!end) {
                const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
                const nl = pending.length > 0 && textWhenAsked && !first ? chunk.indexOf(NL) : -1;
                if (nl >= 0 && nl + 1 < chunk.length) {
                    // Only the line the two chunks share is copied, and read alone; then the rest of the chunk,
                    // where it is (copying every chunk onto the last one's tail was a copy of the whole file).
                    pending = Buffer.concat([pending, chunk.subarray(0, nl + 1)]);
                    carry = chunk.subarray(nl + 1);
                } else pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
            }
        }
        // Whole lines only (a line feed is never inside a UTF-8 sequence); the last line at the end of the file.
        const upTo = end ? pending.length : pending.lastIndexOf(NL) + 1;
        if (upTo === 0) {
            if (end) return;
            continue;
        }
        let start = 0;
        if (first) {
            // csv-parse's byte-order marks: UTF-8 is skipped, UTF-16 changes the encoding (left to csv-parse).
            if (!end && pending.length < 3) continue;
            if (pending[0] === 0xff && pending[1] === 0xfe) {
                yield* rest(remainder(pending, chunks), { linesBefore: 0, recordDelimiter: null });
                return;
            }
            if (pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf) start = 3;
            // csv-parse takes the first line ending of the file as the record delimiter: \r\n, \n or a lone \r.
            const nl = pending.indexOf(NL, start);
            const cr = pending.indexOf(CR, start);
            if (cr >= 0 && (nl < 0 || cr < nl - 1)) {
                yield* rest(remainder(pending, chunks), { linesBefore: 0, recordDelimiter: null });
                return;
            }
            crlf = cr >= 0 && cr === nl - 1;
            first = false;
        }
        // An ASCII chunk (Pacto's own log) read by the replay is read as its bytes, its text made only if asked
        // for: decoding every chunk was a copy of the file in the young generation.
        const bytes = pending.subarray(start, upTo);
        const text = textWhenAsked && isAscii(bytes) ? null : pending.toString('utf8', start, upTo);
        const read = text === null ? readAsciiLines(bytes, crlf, line, end) : readLines(text, crlf, line, end, text.length === upTo - start ? bytes : null);
        line = read.line;
        if (read.block.count > 0) yield read.block;
        if (read.stoppedAt >= 0) {
            // From the first line, csv-parse reads the whole file (its byte-order mark too) and finds the line ending itself.
            const at = line === 0 ? 0 : start + (text === null ? read.stoppedAt : Buffer.byteLength(text.slice(0, read.stoppedAt), 'utf8'));
            const unread = carry === null ? pending.subarray(at) : Buffer.concat([pending.subarray(at), carry]);
            yield* rest(remainder(unread, chunks), { linesBefore: line, recordDelimiter: line === 0 ? null : crlf ? '\r\n' : '\n' });
            return;
        }
        if (end) return;
        pending = pending.subarray(upTo);
    }
}

/**
 * The records of whole lines of `text` (each ending with its line feed, but the file's last), from line
 * `line` + 1; `stoppedAt` is where the first line that needs csv-parse starts, −1 when there is none.
 */
function readLines(text: string, crlf: boolean, line: number, last: boolean, bytes: Uint8Array | null): { block: LineBlock; line: number; stoppedAt: number } {
    const n = text.length;
    // At most one line per line feed, and one more for the file's last line.
    let room = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) room++;
    const starts = new Int32Array(room);
    const ends = new Int32Array(room);
    const lines = new Int32Array(room);
    let count = 0;
    const result = (stoppedAt: number) => ({ block: { kind: 'lines' as const, text, count, starts, ends, lines, bytes }, line, stoppedAt });
    // The first character csv-parse must read: a quote, an invalid byte (U+FFFD, as decoders write it) or,
    // with \n endings, a carriage return (csv-parse would count it as a line). Lines before it are plain.
    const bad = firstOf(text, '"', '\uFFFD', crlf ? null : '\r');
    let pos = 0;
    while (pos < n) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0) {
            if (!last) break;
            nl = n;
        }
        if (bad >= 0 && bad < nl) return result(pos);
        let stop = nl;
        if (crlf) {
            // Every line ends with \r\n and holds no other \r (a lone \n or \r is text to csv-parse then).
            const cr = text.indexOf('\r', pos);
            if (nl < n) {
                if (cr < 0 || cr !== nl - 1) return result(pos);
                stop = nl - 1;
            } else if (cr >= 0) return result(pos);
        }
        line++;
        if (stop > pos) {
            starts[count] = pos;
            ends[count] = stop;
            lines[count++] = line;
        }
        pos = nl + 1;
    }
    return result(-1);
}

/** A block of an ASCII chunk: its text, one character per byte, is decoded when first asked for. */
class AsciiBlock implements LineBlock {
    readonly kind = 'lines' as const;
    private decoded: string | null = null;

    constructor(
        readonly bytes: Buffer,
        readonly count: number,
        readonly starts: Int32Array,
        readonly ends: Int32Array,
        readonly lines: Int32Array,
    ) {}

    get text(): string {
        return (this.decoded ??= this.bytes.toString('latin1'));
    }
}

/** readLines of an ASCII chunk, read as its bytes (their positions are the text's). */
function readAsciiLines(bytes: Buffer, crlf: boolean, line: number, last: boolean): { block: LineBlock; line: number; stoppedAt: number } {
    const n = bytes.length;
    // Room for lines of 32 bytes on average, grown if the chunk has shorter ones: counting the line feeds first
    // (as readLines does) was a second pass over every byte of the file.
    let room = (n >> 5) + 16;
    let starts: Int32Array = new Int32Array(room);
    let ends: Int32Array = new Int32Array(room);
    let lines: Int32Array = new Int32Array(room);
    let count = 0;
    const result = (stoppedAt: number) => ({ block: new AsciiBlock(bytes, count, starts, ends, lines), line, stoppedAt });
    // As readLines: a quote or, with \n endings, a carriage return is for csv-parse (ASCII has no U+FFFD).
    const quote = bytes.indexOf(QUOTE);
    const cr = crlf ? -1 : bytes.indexOf(CR);
    const bad = quote < 0 ? cr : cr < 0 ? quote : Math.min(quote, cr);
    let pos = 0;
    while (pos < n) {
        let nl = bytes.indexOf(NL, pos);
        if (nl < 0) {
            if (!last) break;
            nl = n;
        }
        if (bad >= 0 && bad < nl) return result(pos);
        let stop = nl;
        if (crlf) {
            const r = bytes.indexOf(CR, pos);
            if (nl < n) {
                if (r < 0 || r !== nl - 1) return result(pos);
                stop = nl - 1;
            } else if (r >= 0) return result(pos);
        }
        line++;
        if (stop > pos) {
            if (count === room) {
                room *= 2;
                starts = grownTo(starts, room);
                ends = grownTo(ends, room);
                lines = grownTo(lines, room);
            }
            starts[count] = pos;
            ends[count] = stop;
            lines[count++] = line;
        }
        pos = nl + 1;
    }
    return result(-1);
}

function grownTo(from: Int32Array, length: number): Int32Array {
    const to = new Int32Array(length);
    to.set(from);
    return to;
}

function firstOf(text: string, a: string, b: string, c: string | null): number {
    let first = -1;
    for (const s of [a, b, c]) {
        if (s === null) continue;
        const i = text.indexOf(s);
        if (i >= 0 && (first < 0 || i < first)) first = i;
    }
    return first;
}
