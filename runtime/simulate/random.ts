import type { Distribution } from '../model.js';
import { MINUTE_MS } from '../time/units.js';

/** splitmix32 step: a well-mixed 32-bit hash, used to derive independent stream seeds. */
export function mix32(x: number): number {
    x = (x + 0x9e3779b9) | 0;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    return (x ^ (x >>> 16)) >>> 0;
}

/**
 * xoshiro128** (Blackman and Vigna): 32-bit state words, only 32-bit integer operations, so every engine
 * gives the same sequence. `next()` is a double in (0, 1) from 32 random bits, offset by half a step so it is
 * never 0 or 1 (logs stay finite).
 */
export class Random {
    private a: number;
    private b: number;
    private c: number;
    private d: number;
    private spare = NaN;

    /** A stream from a seed and up to three integers naming it (replication, stream kind, category…). */
    constructor(seed: number, ...keys: number[]) {
        let h = mix32(seed >>> 0);
        for (const k of keys) h = mix32(h ^ mix32(k >>> 0));
        // Signed 32-bit words (the same bits as mix32's unsigned ones): every later step keeps them in that
        // range, so the fields stay small integers instead of boxed doubles.
        this.a = mix32(h ^ 1) | 0;
        this.b = mix32(h ^ 2) | 0;
        this.c = mix32(h ^ 3) | 0;
        this.d = mix32(h ^ 4) | 0;
        if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
    }

    /**
     * This stream restarted as `new Random(seed, index, kind, ...rest)` would start, in place. The event loop
     * keeps its streams from one replication to the next: arrays of new streams made per run by the loop's
     * optimised code had another elements kind than the interpreter's, which deoptimised the steps reading
     * them ("wrong map") and had them compiled again.
     */
    reseed(seed: number, index: number, kind: number, rest: readonly number[]): void {
        let h = mix32(seed >>> 0);
        h = mix32(h ^ mix32(index >>> 0));
        h = mix32(h ^ mix32(kind >>> 0));
        for (let i = 0; i < rest.length; i++) h = mix32(h ^ mix32(rest[i]! >>> 0));
        this.a = mix32(h ^ 1) | 0;
        this.b = mix32(h ^ 2) | 0;
        this.c = mix32(h ^ 3) | 0;
        this.d = mix32(h ^ 4) | 0;
        if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
        this.spare = NaN;
    }

    nextUint(): number {
        const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
        const t = this.b << 9;
        this.c ^= this.a;
        this.d ^= this.b;
        this.b ^= this.c;
        this.a ^= this.d;
        this.c ^= t;
        this.d = rotl(this.d, 11);
        return result >>> 0;
    }

    /** Uniform in (0, 1). */
    next(): number {
        return (this.nextUint() + 0.5) / 4294967296;
    }

    /** Exponential with the given mean. */
    exponential(mean: number): number {
        return -mean * Math.log(this.next());
    }

    /** Standard normal (Marsaglia's polar method, the second value kept for the next call). */
    normal(): number {
        const spare = this.spare;
        if (spare === spare) {
            this.spare = NaN;
            return spare;
        }
        for (;;) {
            const u = 2 * this.next() - 1;
            const v = 2 * this.next() - 1;
            const s = u * u + v * v;
            if (s > 0 && s < 1) {
                const f = Math.sqrt((-2 * Math.log(s)) / s);
                this.spare = v * f;
                return u * f;
            }
        }
    }
}

function rotl(x: number, k: number): number {
    return (x << k) | (x >>> (32 - k));
}

/**
 * A sampler of milliseconds for a distribution written in minutes. An exponential one also states its mean,
 * so the event loop can draw it inline (the same expression, so the same milliseconds) instead of calling it.
 */
export type Sampler = ((random: Random) => number) & { readonly exponentialMeanMs?: number };

export function sampler(distribution: Distribution): Sampler {
    switch (distribution.kind) {
        case 'exponential': {
            const mean = distribution.meanMinutes * MINUTE_MS;
            return Object.assign((r: Random) => -mean * Math.log(r.next()), { exponentialMeanMs: mean });
        }
        case 'fixed': {
            const ms = distribution.minutes * MINUTE_MS;
            return () => ms;
        }
        case 'uniform': {
            const lo = distribution.minMinutes * MINUTE_MS;
            const width = distribution.maxMinutes * MINUTE_MS - lo;
            return (r) => lo + width * r.next();
        }
        case 'lognormal': {
            // Parameters of the underlying normal from the stated mean and standard deviation.
            const m = distribution.meanMinutes;
            const s = distribution.sdMinutes;
            const sigma2 = Math.log(1 + (s * s) / (m * m));
            const mu = Math.log(m) - sigma2 / 2;
            const sigma = Math.sqrt(sigma2);
            return (r) => Math.exp(mu + sigma * r.normal()) * MINUTE_MS;
        }
    }
}
