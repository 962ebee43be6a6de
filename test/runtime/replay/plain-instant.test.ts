// plainInstant reads its digits as small integers with one check for a non-digit; the reader it replaced (digits
// as doubles, NaN for a non-digit, NaN then failing every check it reached) is kept below as the reference. Both
// must give the same instant, or both NaN, for any text: valid times, and valid times with any character
// replaced, removed or doubled (non-digits where digits go, digits where separators go, characters on either
// side of ASCII's digits), inside a line and at its very end.
import { describe, expect, it } from 'vitest';
import { daysFromCivil, plainInstant } from '../../../runtime/replay/event-time.js';
import { random } from '../../fuzz/random.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
    const c = s.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : NaN;
}

function two(s: string, i: number): number {
    return digit(s, i) * 10 + digit(s, i + 1);
}

/** The reader before integer digits (no day cache: the cache only skips work whose answer it keeps). */
function reference(s: string, o: number, to: number): number {
    const n = to - o;
    if (n !== 20 && n !== 24 && n !== 25 && n !== 29) return NaN;
    if (s.charCodeAt(o + 4) !== 45 || s.charCodeAt(o + 7) !== 45 || s.charCodeAt(o + 10) !== 84 || s.charCodeAt(o + 13) !== 58 || s.charCodeAt(o + 16) !== 58) return NaN;
    let i = 19;
    let millis = 0;
    if (s.charCodeAt(o + 19) === 46) {
        millis = digit(s, o + 20) * 100 + two(s, o + 21);
        i = 23;
    }
    let offsetMinutes = 0;
    const z = s.charCodeAt(o + i);
    if (z === 90) {
        if (n !== i + 1) return NaN;
    } else if (z === 43 || z === 45) {
        if (n !== i + 6 || s.charCodeAt(o + i + 3) !== 58) return NaN;
        const oh = two(s, o + i + 1);
        const om = two(s, o + i + 4);
        if (!(oh <= 23 && om <= 59)) return NaN;
        offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
    } else return NaN;
    const year = two(s, o) * 100 + two(s, o + 2);
    const month = two(s, o + 5);
    const day = two(s, o + 8);
    const hour = two(s, o + 11);
    const minute = two(s, o + 14);
    const second = two(s, o + 17);
    if (!(hour <= 23 && minute <= 59 && second <= 59 && millis >= 0)) return NaN;
    if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1)) return NaN;
    const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return NaN;
    return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMinutes * 60_000;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const ZONES = ['Z', '+00:00', '-00:00', '-04:00', '+05:30', '+14:00', '-23:59', '+24:00', '-03:60'];
/** Characters around and among the ones a time holds: '/' and ':' are the code units either side of the digits. */
const CHARACTERS = '0123456789/:-+.TZtz ,\u00e9\uFFFF\u0000';

describe('plainInstant', () => {
    it('reads every text as the reader it replaced does', () => {
        const r = random(11);
        const rand = () => r.next();
        const int = (n: number) => Math.floor(rand() * n);
        let read = 0;
        for (let run = 0; run < 200_000; run++) {
            // Runs of the same date, as a log in time order has them (the day cache), and dates of every kind.
            const year = rand() < 0.9 ? 2024 + int(3) : int(10_000);
            const valid = `${pad(year, 4)}-${pad(int(14), 2)}-${pad(int(33), 2)}T${pad(int(26), 2)}:${pad(int(62), 2)}:${pad(int(62), 2)}${rand() < 0.3 ? `.${pad(int(1000), 3)}` : ''}${ZONES[int(ZONES.length)]!}`;
            let value = valid;
            const changes = int(3);
            for (let c = 0; c < changes; c++) {
                const at = int(value.length + 1);
                const ch = CHARACTERS[int(CHARACTERS.length)]!;
                const how = int(3);
                value = how === 0 ? value.slice(0, at) + ch + value.slice(at + 1) : how === 1 ? value.slice(0, at) + value.slice(at + 1) : value.slice(0, at) + ch + value.slice(at);
            }
            const before = rand() < 0.5 ? '' : 'T1,';
            const line = before + value + (rand() < 0.5 ? '' : ',opened');
            const from = before.length;
            const got = plainInstant(line, from, from + value.length);
            const want = reference(line, from, from + value.length);
            if (!Object.is(got, want)) expect({ value, got }).toEqual({ value, got: want });
            if (got === got) read++;
        }
        // Both kinds were asked often: texts read and texts refused.
        expect(read).toBeGreaterThan(20_000);
        expect(read).toBeLessThan(180_000);
    });

    it('refuses what only the old reader reached past the field for', () => {
        // A fraction's point with no room for its digits and zone: no accepted shape, whatever follows.
        expect(plainInstant('2026-03-02T09:15:00.1Z', 0, 20)).toBeNaN();
        expect(plainInstant('2026-03-02T09:15:00.123Z', 0, 24)).toBe(Date.parse('2026-03-02T09:15:00.123Z'));
        expect(plainInstant('x,2026-03-02T09:15:00-04:00', 2, 27)).toBe(Date.parse('2026-03-02T13:15:00Z'));
        expect(plainInstant('2026-03-02T09:15:0/-04:00', 0, 25)).toBeNaN();
        expect(plainInstant('2026-03-02T09:15:0:-04:00', 0, 25)).toBeNaN();
    });
});
