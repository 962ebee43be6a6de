import { describe, expect, it } from 'vitest';
import { coreTimes, idleCores } from '../../../runtime/simulate/idle-cores.js';

const at = (idle: number, total: number, cores = 2, own = 0) => ({ idle, total, cores, own });

describe('idle cores between two readings of the cores\' counters', () => {
    it('is the idle share of the span times the cores', () => {
        // 2 cores, 200 ms each: one busy throughout, the other idle half the time.
        expect(idleCores(at(1000, 5000), at(1050, 5400))).toBe(0.25);
        expect(idleCores(at(1000, 5000), at(1200, 5400))).toBe(1);
        expect(idleCores(at(1000, 5000), at(1000, 5400))).toBe(0);
    });

    it('counts what this process used beyond one core as a core a worker would get', () => {
        // 200 ms per core; the other core idle 50 ms and busy 150 ms, 100 ms of which compiling for this process (300 ms of its CPU).
        expect(idleCores(at(1000, 5000, 2, 700), at(1050, 5400, 2, 1000))).toBe(0.75);
        // This process used one core's worth: nothing beyond.
        expect(idleCores(at(1000, 5000, 2, 700), at(1050, 5400, 2, 900))).toBe(0.25);
    });

    it('cannot tell from a span under 50 ms per core', () => {
        expect(idleCores(at(0, 1000), at(99, 1099))).toBeNull();
        expect(idleCores(at(0, 1000), at(50, 1100))).toBe(1);
    });

    it('counts a platform without counters as idle, and a change in the cores as not measured', () => {
        expect(idleCores(at(0, 0), at(0, 0))).toBe(2);
        expect(idleCores(at(0, 1000, 2), at(0, 2000, 4))).toBe(4);
    });

    it('reads counters that only grow', () => {
        const first = coreTimes();
        const second = coreTimes();
        expect(second.cores).toBe(first.cores);
        expect(second.total).toBeGreaterThanOrEqual(first.total);
        expect(second.idle).toBeGreaterThanOrEqual(first.idle);
    });
});
