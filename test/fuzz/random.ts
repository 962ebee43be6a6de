/**
 * A small seeded generator for the fuzzers: every document and edit sequence draws from its own stream,
 * derived from the run's seed and its index, so one case is reproduced alone (seed + index), without
 * replaying the cases before it.
 */
export interface Random {
    /** A float in [0, 1). */
    next(): number;
    /** An integer in [0, n). */
    below(n: number): number;
    /** An integer in [min, max]. */
    between(min: number, max: number): number;
    pick<T>(items: readonly T[]): T;
    chance(p: number): boolean;
}

/** mulberry32: fast, 32-bit state, good enough to choose mutations (not for cryptography). */
export function random(seed: number): Random {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const below = (n: number) => Math.floor(next() * n);
    return {
        next,
        below,
        between: (min, max) => min + below(max - min + 1),
        pick: <T>(items: readonly T[]): T => {
            if (items.length === 0) throw new Error('pick from an empty list');
            return items[below(items.length)]!;
        },
        chance: (p) => next() < p,
    };
}

/** The stream of case `index` of a run seeded `seed` (a hash, so neighbouring indices are unrelated). */
export function caseRandom(seed: number, index: number): Random {
    let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return random((h ^ (h >>> 16)) >>> 0);
}
