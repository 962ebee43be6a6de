import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource, firstInvalidUtf8 } from '../../cli/source-text.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const strict = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (data: Uint8Array) => {
    try {
        strict.decode(data);
        return true;
    } catch {
        return false;
    }
};

describe('contract bytes as text', () => {
    it('finds the first byte of an ill-formed sequence', () => {
        expect(firstInvalidUtf8(Buffer.from('plazo de resolución ✓ 𝄞'))).toBe(-1);
        expect(firstInvalidUtf8(bytes(0x61, 0xe9, 0x62))).toBe(1); // Latin-1 é
        expect(firstInvalidUtf8(bytes(0x61, 0xc3))).toBe(1); // cut at the end
        expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong '/'
        expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong, three bytes
        expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
        expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // beyond U+10FFFF
        expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // a lone continuation byte
    });

    it('agrees with a strict UTF-8 decoder on any bytes, and the bytes before the offset decode', () => {
        fc.assert(
            fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 16 }), (random, text) => {
                for (const data of [random, Buffer.concat([Buffer.from(text), random])]) {
                    const at = firstInvalidUtf8(data);
                    expect(at === -1).toBe(isUtf8(data));
                    if (at >= 0) expect(isUtf8(data.subarray(0, at))).toBe(true);
                }
            }),
            { seed: 1214, numRuns: 2000 },
        );
    });

    it('locates the bad byte by line and character column, counting after a byte order mark', () => {
        expect(decodeSource(Buffer.concat([Buffer.from('a\nñandú '), bytes(0xff)]))).toEqual({ ok: false, kind: 'invalid-utf8', line: 2, column: 7, byte: 0xff });
        expect(decodeSource(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe9))).toEqual({ ok: false, kind: 'invalid-utf8', line: 1, column: 2, byte: 0xe9 });
        expect(decodeSource(bytes(0xe9))).toEqual({ ok: false, kind: 'invalid-utf8', line: 1, column: 1, byte: 0xe9 });
    });

    it('drops a UTF-8 byte order mark and names UTF-16 by its mark or its NULs', () => {
        expect(decodeSource(Buffer.from('\uFEFFcontract C {}', 'utf8'))).toEqual({ ok: true, text: 'contract C {}' });
        expect(decodeSource(Buffer.from('\uFEFFcontract', 'utf16le'))).toEqual({ ok: false, kind: 'utf16', endian: 'LE' });
        expect(decodeSource(Buffer.from('\uFEFFcontract', 'utf16le').swap16())).toEqual({ ok: false, kind: 'utf16', endian: 'BE' });
        expect(decodeSource(Buffer.from('contract C { provider "x" }', 'utf16le'))).toEqual({ ok: false, kind: 'utf16', endian: 'LE' });
        expect(decodeSource(Buffer.from('contract C { provider "x" }', 'utf16le').swap16())).toEqual({ ok: false, kind: 'utf16', endian: 'BE' });
        // A stray NUL in UTF-8 text is not UTF-16: the parser reports it where it is.
        expect(decodeSource(Buffer.from('contract C {\u0000}'))).toEqual({ ok: true, text: 'contract C {\u0000}' });
    });
});
