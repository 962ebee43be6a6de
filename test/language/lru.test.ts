import { describe, expect, it } from 'vitest';
import { Lru } from '../../language/lru.js';

describe('Lru', () => {
    it('keeps at most its limit, and what was used since the last limit / 2 stores', () => {
        const lru = new Lru<string, number>(4);
        for (const [i, key] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) {
            lru.set(key, i);
            expect(lru.size).toBeLessThanOrEqual(4);
        }
        // Generations of two: {e, f} recent, {c, d} older; a and b forgotten.
        expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.get('f')]).toEqual([undefined, undefined, 2, 5]);
        // c was used: it moved up (and the recent generation, full, became the older one).
        lru.set('g', 6);
        expect([lru.get('c'), lru.get('d'), lru.get('g')]).toEqual([2, undefined, 6]);
    });

    it('computes through a miss once, and keeps no undefined answer', () => {
        const lru = new Lru<string, number | undefined>(8);
        let calls = 0;
        expect(lru.through('x', () => ++calls)).toBe(1);
        expect(lru.through('x', () => ++calls)).toBe(1);
        expect(lru.through('y', () => undefined)).toBeUndefined();
        expect(lru.size).toBe(1);
        lru.set('x', 9);
        expect(lru.get('x')).toBe(9);
        lru.clear();
        expect(lru.size).toBe(0);
    });
});
