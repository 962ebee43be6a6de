import { describe, expect, it } from 'vitest';
import { Random } from '../../../runtime/simulate/random.js';

const draws = (r: Random, n: number) => Array.from({ length: n }, () => r.nextUint());

describe('Random.reseed', () => {
    it('restarts a stream exactly as a new one of the same seed and keys', () => {
        const reused = new Random(0);
        for (const [seed, index, kind, rest] of [
            [1, 0, 1, [0]],
            [1, 199, 2, [3]],
            [0xffffffff, 7, 1, [2, 1]],
            [42, 123456, 2, []],
        ] as const) {
            reused.reseed(seed, index, kind, rest);
            expect(draws(reused, 50)).toEqual(draws(new Random(seed, index, kind, ...rest), 50));
        }
    });

    it('drops the normal draw kept from the stream before', () => {
        const reused = new Random(5, 1, 2, 3);
        reused.normal();
        reused.reseed(9, 4, 2, [1]);
        const fresh = new Random(9, 4, 2, 1);
        expect([reused.normal(), reused.normal(), reused.next()]).toEqual([fresh.normal(), fresh.normal(), fresh.next()]);
    });

    it('gives the first words of seed 1, replication 0, the arrivals of category 0 that the engine always drew', () => {
        const r = new Random(0);
        r.reseed(1, 0, 1, [0]);
        expect(draws(r, 3)).toEqual([1988496108, 1158964334, 4256760128]);
    });
});
