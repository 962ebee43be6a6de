// IsoWriter writes what formatInstant writes, instant by instant, whatever came before it (its cache of the
// hour's text must never leak into another hour or offset): random instants, runs of nearby ones, instants
// around DST changes, in zones with whole, half and three-quarter hour offsets, and UTC ("Z").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoWriter } from '../../../runtime/replay/iso-writer.js';
import { formatInstant } from '../../../runtime/time/format.js';
import { propertyRuns } from '../random-calendars.js';

const runs = propertyRuns(20261202);

const ZONES = ['UTC', 'America/Caracas', 'America/Sao_Paulo', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'];
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2040, 0, 1);

describe('IsoWriter', () => {
    it('writes formatInstant of every instant, in any order', () => {
        fc.assert(
            fc.property(
                fc.constantFrom(...ZONES),
                fc.integer({ min: FROM, max: TO }),
                fc.array(fc.oneof(fc.integer({ min: -7_200_000, max: 7_200_000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: FROM - TO, max: TO - FROM })), { minLength: 1, maxLength: 40 }),
                (zone, start, steps) => {
                    const writer = new IsoWriter(zone);
                    let ms = start;
                    for (const step of steps) {
                        ms = Math.min(TO, Math.max(FROM, ms + step));
                        expect(writer.format(ms)).toBe(formatInstant(ms, zone));
                    }
                },
            ),
            runs(300),
        );
    });

    it('alternates between instants hours apart, and between minutes its cache keeps in the same entry', () => {
        // A breach's due and stop, one after the other (hours apart, both crossing Berlin's autumn change), and
        // minutes 1024 apart (the same entry of the minutes' cache) or 64 hours apart (of the hours').
        const writer = new IsoWriter('Europe/Berlin');
        const change = Date.UTC(2026, 9, 25, 1);
        for (let k = 0; k < 400; k++) {
            const due = change - 3 * 3_600_000 + k * 37_003;
            for (const ms of [due, due + 5 * 3_600_000 + 17, due + 1024 * 60_000, due + 64 * 3_600_000]) expect(writer.format(ms)).toBe(formatInstant(ms, 'Europe/Berlin'));
        }
        expect(writer.format(change - 1)).toBe('2026-10-25T02:59:59.999+02:00');
        expect(writer.format(change)).toBe('2026-10-25T02:00:00+01:00');
        expect(writer.format(change - 1)).toBe('2026-10-25T02:59:59.999+02:00');
    });

    it('across a DST change, second by second, and with a fraction of a millisecond', () => {
        for (const [zone, at] of [
            ['Europe/Berlin', Date.UTC(2026, 2, 29, 1)],
            ['Europe/Berlin', Date.UTC(2026, 9, 25, 1)],
            ['America/New_York', Date.UTC(2026, 10, 1, 6)],
            ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
        ] as const) {
            const writer = new IsoWriter(zone);
            for (let ms = at - 3_600_000; ms <= at + 3_600_000; ms += 997) expect(writer.format(ms)).toBe(formatInstant(ms, zone));
        }
        expect(new IsoWriter('UTC').format(1.5)).toBe(formatInstant(1.5, 'UTC'));
        expect(new IsoWriter('America/Caracas').format(Date.UTC(2026, 0, 1, 4, 0, 0, 7))).toBe('2026-01-01T00:00:00.007-04:00');
    });
});
