// histBinMs (a table look-up per ticket) against histBin (a logarithm): the same bin for every whole number
// of milliseconds, at every bin's edges and across the whole range a ticket's time can take.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIST_BINS, histBin, histBinMs } from '../../../runtime/simulate/engine.js';
import { MINUTE_MS } from '../../../runtime/time/units.js';

describe('histBinMs', () => {
    it('gives histBin’s bin for every ms up to two hours and around every bin edge', () => {
        for (let ms = 0; ms <= 2 * 60 * MINUTE_MS; ms++) if (histBinMs(ms) !== histBin(ms / MINUTE_MS)) expect([ms, histBinMs(ms)]).toEqual([ms, histBin(ms / MINUTE_MS)]);
        for (let b = 1; b < HIST_BINS; b++) {
            const edge = Math.round(0.01 * Math.pow(1.01, b - 1) * MINUTE_MS);
            for (let ms = Math.max(0, edge - 3); ms <= edge + 3; ms++) if (histBinMs(ms) !== histBin(ms / MINUTE_MS)) expect([ms, histBinMs(ms)]).toEqual([ms, histBin(ms / MINUTE_MS)]);
        }
    });

    it('gives histBin’s bin for any whole ms, beyond 2^32 too', () => {
        fc.assert(
            fc.property(fc.oneof(fc.integer({ min: 0, max: 2 ** 32 + 10 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })), (ms) => histBinMs(ms) === histBin(ms / MINUTE_MS)),
            { numRuns: 200_000 },
        );
        expect([histBinMs(0), histBinMs(599), histBinMs(600), histBinMs(2 ** 32 - 1), histBinMs(2 ** 32)]).toEqual([0, 0, 1, histBin((2 ** 32 - 1) / MINUTE_MS), histBin(2 ** 32 / MINUTE_MS)]);
    });
});
