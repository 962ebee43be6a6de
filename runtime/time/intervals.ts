/**
 * Intervals of minutes as plain numbers: the week's opening hours in the term's floor of open time
 * (runtime/term.ts) and the comparison of a help desk's hours with the contract's (integrations/conform-zendesk.ts).
 */
type Interval = { start: number; end: number };

/** Intervals (minutes of a week, of a day…) sorted, and merged where they overlap or touch; empty ones dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
    const sorted = intervals.filter((i) => i.end > i.start).map((i) => ({ ...i })).sort((a, b) => a.start - b.start);
    const merged: Interval[] = [];
    for (const i of sorted) {
        const last = merged[merged.length - 1];
        if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
        else merged.push(i);
    }
    return merged;
}

/** The parts of `a` not covered by `b` (both merged and sorted). */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
    const out: Interval[] = [];
    for (const piece of a) {
        let pieces = [{ ...piece }];
        for (const cut of b) {
            pieces = pieces.flatMap((p) => {
                if (cut.end <= p.start || cut.start >= p.end) return [p];
                const parts: Interval[] = [];
                if (cut.start > p.start) parts.push({ start: p.start, end: cut.start });
                if (cut.end < p.end) parts.push({ start: cut.end, end: p.end });
                return parts;
            });
        }
        out.push(...pieces);
    }
    return out;
}
