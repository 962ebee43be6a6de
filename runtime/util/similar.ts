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
        const distance = editDistance(name, candidate);
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Distance 0 is a difference of case only ("critical" for "Critical"): always worth saying.
    return best !== undefined && (bestDistance === 0 || bestDistance <= limit) ? best : undefined;
}
