/** Edit distance (Levenshtein, case-insensitive), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    if (s === t) return 0;
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
        }
        previous = current;
    }
    return previous[t.length]!;
}

/**
 * The edit distance when it is at most `max`, else `max + 1`: only a band of the table around its diagonal
 * is computed and the walk stops once a whole row exceeds `max`, so a far-off candidate costs little.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    if (Math.abs(s.length - t.length) > max) return max + 1;
    const over = max + 1;
    // Two reused rows: this runs once per candidate name, and allocation would dominate.
    if (rowA.length <= t.length) {
        rowA = new Int32Array(t.length + 1);
        rowB = new Int32Array(t.length + 1);
    }
    let previous = rowA;
    let current = rowB;
    for (let j = 0; j <= t.length; j++) previous[j] = j <= max ? j : over;
    for (let i = 1; i <= s.length; i++) {
        current.fill(over, 0, t.length + 1);
        current[0] = i <= max ? i : over;
        let rowMin = current[0]!;
        const from = Math.max(1, i - max);
        const to = Math.min(t.length, i + max);
        for (let j = from; j <= to; j++) {
            const cost = s.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1;
            const value = Math.min(over, previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
            current[j] = value;
            if (value < rowMin) rowMin = value;
        }
        if (rowMin > max) return over;
        const swap = previous;
        previous = current;
        current = swap;
    }
    return Math.min(previous[t.length]!, over);
}
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * The candidate closest to `name`, or undefined when none is close enough to be a plausible typo
 * (at most a third of the name's length in edits; one edit for names of 3 to 5 characters, and none
 * for shorter ones, where any other name is one or two edits away).
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
    const limit = name.length < 3 ? 0 : Math.max(1, Math.floor(name.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === name) continue;
        // Only candidates within the limit (or as good as the best so far) matter: bound the work by it.
        const distance = editDistanceWithin(name, candidate, Math.min(limit, bestDistance));
        if (distance > limit && distance !== 0) continue;
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Distance 0 is a difference of case only ("critical" for "Critical"): always worth saying.
    return best !== undefined && (bestDistance === 0 || bestDistance <= limit) ? best : undefined;
}

/**
 * Names bucketed by length, for many "did you mean" look-ups against one large set: a name can only be
 * close to names of nearly its own length, so each look-up reads a few buckets instead of every name.
 */
export class NameIndex {
    private readonly byLength = new Map<number, string[]>();

    constructor(readonly names: readonly string[]) {
        for (const name of names) {
            const bucket = this.byLength.get(name.length);
            if (bucket) bucket.push(name);
            else this.byLength.set(name.length, [name]);
        }
    }

    closest(name: string): string | undefined {
        const limit = name.length < 3 ? 0 : Math.max(1, Math.floor(name.length / 3));
        const near: string[] = [];
        for (let length = name.length - limit; length <= name.length + limit; length++) {
            near.push(...(this.byLength.get(length) ?? []));
        }
        // Case-only differences (distance 0) may come from any bucket of the same length: covered above.
        return closest(name, near);
    }
}
