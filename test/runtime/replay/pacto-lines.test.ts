// The replay's reading of plain lines (runtime/replay/pacto-lines.ts): its times are the instants the full
// reader gives (parseEventTime) for every text of the shape it reads and NaN for the rest, and its day count
// is Date.UTC's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventTime } from '../../../runtime/replay/event-time.js';
import { daysFromCivil, plainInstant } from '../../../runtime/replay/event-time.js';

const two = (n: number) => String(n).padStart(2, '0');

describe('plain lines', () => {
    it('count days as Date.UTC does', () => {
        fc.assert(
            fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
                expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
            }),
            { numRuns: 5000 },
        );
        expect(daysFromCivil(1970, 1, 1)).toBe(0);
        expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    });

    it('read the instants the full reader reads, and nothing it refuses or reads otherwise', () => {
        const text = fc.tuple(
            fc.integer({ min: 0, max: 10_999 }),
            fc.integer({ min: 0, max: 14 }),
            fc.integer({ min: 0, max: 33 }),
            fc.integer({ min: 0, max: 25 }),
            fc.integer({ min: 0, max: 61 }),
            fc.integer({ min: 0, max: 61 }),
            fc.option(fc.integer({ min: 0, max: 999 })),
            fc.constantFrom('Z', '+00:00', '-04:00', '+05:30', '-03:00', '+14:00', '-24:00', '+02:60', 'z', ''),
            fc.constantFrom('T', 't', ' '),
        ).map(([y, mo, d, h, mi, s, ms, zone, sep]) => `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}${sep}${two(h)}:${two(mi)}:${two(s)}${ms === null ? '' : `.${String(ms).padStart(3, '0')}`}${zone}`);
        fc.assert(
            fc.property(text, fc.string({ maxLength: 3 }), (value, pad) => {
                const line = `${pad},${value},${pad}`;
                const from = pad.length + 1;
                const fast = plainInstant(line, from, from + value.length);
                if (fast === fast) expect(parseEventTime(value, null)).toEqual({ ok: true, ms: fast, local: false });
                // What it leaves to the full reader must not be of its exact shape with valid values.
                else expect(/^\d{4}-(0[1-9]|1[0-2])-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/.test(value) && Number(value.slice(0, 4)) >= 100 && Number(value.slice(8, 10)) >= 1 && Number(value.slice(8, 10)) <= new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0)).getUTCDate()).toBe(false);
            }),
            { numRuns: 20_000 },
        );
        expect(plainInstant('x,2026-03-02T09:15:00-04:00,y', 2, 27)).toBe(Date.parse('2026-03-02T13:15:00Z'));
        expect(plainInstant('2026-02-29T00:00:00Z', 0, 20)).toBeNaN();
        expect(plainInstant('2024-02-29T00:00:00.250Z', 0, 24)).toBe(Date.parse('2024-02-29T00:00:00.250Z'));
    });
});
