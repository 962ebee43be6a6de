/**
 * The fuzzers' knobs, from the environment, so that `npm test` runs a quick seeded slice and a release runs
 * the long one with the same code: PACTO_FUZZ_SEED, PACTO_FUZZ_COUNT, PACTO_FUZZ_FROM (see README, Reliability).
 */
export function envNumber(name: string, fallback: number): number {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, not ${JSON.stringify(raw)}`);
    return value;
}

/** The seed of `npm test`'s slice: fixed, so the suite is deterministic; a release run picks its own. */
export const DEFAULT_SEED = 20261201;
export const seed = envNumber('PACTO_FUZZ_SEED', DEFAULT_SEED);
