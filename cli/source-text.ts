/**
 * A contract file's bytes as text. Contracts are UTF-8 (a UTF-8 byte order mark is accepted and dropped);
 * anything else is refused rather than decoded with replacement characters, which would check clean and put
 * "�" in a signed document. UTF-16 — what some Windows editors save as "Unicode" — is named as such, since
 * read as UTF-8 it gives one syntax error per character and no hint.
 */
export type SourceText =
    | { readonly ok: true; readonly text: string }
    | { readonly ok: false; readonly kind: 'utf16'; readonly endian: 'LE' | 'BE' }
    /** The first byte that is not UTF-8, at a 1-based line and column (columns count characters, as editors do). */
    | { readonly ok: false; readonly kind: 'invalid-utf8'; readonly line: number; readonly column: number; readonly byte: number };

/** UTF-16 without a byte order mark: ASCII text then has a NUL in every other byte. */
function utf16Pattern(bytes: Uint8Array): 'LE' | 'BE' | undefined {
    const sample = Math.min(bytes.length - (bytes.length % 2), 1024);
    if (sample < 4) return undefined;
    let evenNuls = 0;
    let oddNuls = 0;
    for (let i = 0; i < sample; i += 2) {
        if (bytes[i] === 0) evenNuls++;
        if (bytes[i + 1] === 0) oddNuls++;
    }
    const pairs = sample / 2;
    if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'LE';
    if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'BE';
    return undefined;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
    let i = from;
    while (i < bytes.length) {
        const b = bytes[i] as number;
        if (b < 0x80) {
            i++;
            continue;
        }
        let length: number;
        let low = 0x80;
        let high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) length = 2;
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b === 0xe0) low = 0xa0; // overlong
            if (b === 0xed) high = 0x9f; // surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b === 0xf0) low = 0x90; // overlong
            if (b === 0xf4) high = 0x8f; // beyond U+10FFFF
        } else return i;
        for (let k = 1; k < length; k++) {
            const next = bytes[i + k];
            if (next === undefined) return i;
            const lo = k === 1 ? low : 0x80;
            const hi = k === 1 ? high : 0xbf;
            if (next < lo || next > hi) return i;
        }
        i += length;
    }
    return -1;
}

export function decodeSource(bytes: Uint8Array): SourceText {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, kind: 'utf16', endian: 'LE' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, kind: 'utf16', endian: 'BE' };
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const endian = start === 0 ? utf16Pattern(bytes) : undefined;
    if (endian) return { ok: false, kind: 'utf16', endian };
    const bad = firstInvalidUtf8(bytes, start);
    if (bad >= 0) {
        const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1;
        const before = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const line = before.subarray(start, lineStart).reduce((n, byte) => (byte === 0x0a ? n + 1 : n), 1);
        const column = before.toString('utf8', Math.max(lineStart, start), bad).length + 1;
        return { ok: false, kind: 'invalid-utf8', line, column, byte: bytes[bad] as number };
    }
    return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start) };
}
