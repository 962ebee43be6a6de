export function quantile(samples, q) {
    const sorted = [...samples].sort((a, b) => a - b);
    if (sorted.length === 0) return NaN;
    const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[index];
}

export const median = (samples) => quantile(samples, 0.5);

/** Times `fn` (sync or async) `runs` times after `warmup` unmeasured runs; returns the samples in ms. */
export async function sample(runs, warmup, fn) {
    for (let i = 0; i < warmup; i++) await fn(i);
    const samples = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await fn(i);
        samples.push(performance.now() - start);
    }
    return samples;
}

export const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
