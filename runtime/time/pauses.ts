/**
 * Pauses: instants during which a clock stands still, as half-open [startMs, endMs) ranges.
 * The engine wants them sorted and disjoint; `normalizePauses` makes any list so, and the calendar
 * operations call it for you (it returns its input untouched when it is already normal, which is cheap).
 */
export type Pause = readonly [startMs: number, endMs: number];
export type Pauses = readonly Pause[];

/** Sorted, non-overlapping, non-empty ranges; touching ranges are merged. */
export function normalizePauses(pauses: Pauses | undefined): Pauses {
    if (!pauses || pauses.length === 0) return EMPTY;
    // Small, so that a calendar's hot path inlines the check and not the copy.
    return isNormal(pauses) ? pauses : normalizedCopy(pauses);
}

function normalizedCopy(pauses: Pauses): Pauses {
    // Most lists are short (a ticket's holds): an insertion sort then, no comparator calls.
    const sorted: [number, number][] = [];
    for (let k = 0; k < pauses.length; k++) {
        const pause = pauses[k]!;
        if (pause[1] > pause[0]) sorted.push([pause[0], pause[1]]);
    }
    if (sorted.length > 16) sorted.sort((a, b) => a[0] - b[0]);
    else {
        for (let k = 1; k < sorted.length; k++) {
            const pause = sorted[k]!;
            let at = k;
            for (; at > 0 && sorted[at - 1]![0] > pause[0]; at--) sorted[at] = sorted[at - 1]!;
            sorted[at] = pause;
        }
    }
    const merged: [number, number][] = [];
    for (const pause of sorted) {
        const last = merged[merged.length - 1];
        if (last && pause[0] <= last[1]) last[1] = Math.max(last[1], pause[1]);
        else merged.push(pause);
    }
    return merged;
}

const EMPTY: Pauses = Object.freeze([]) as Pauses;
const EMPTY_CARRIED = new Float64Array(0);

// Called on every operation with pauses: indexed reads, not destructuring (which goes through iterators).
function isNormal(pauses: Pauses): boolean {
    let previousEnd = -Infinity;
    for (let k = 0; k < pauses.length; k++) {
        const pause = pauses[k]!;
        const s = pause[0];
        const e = pause[1];
        // A NaN bound fails the first comparison, so it is looked for only then.
        if (!(e > s) || s <= previousEnd) {
            if (Number.isNaN(s) || Number.isNaN(e)) throw new RangeError('Pause bounds must be numbers');
            return false;
        }
        previousEnd = e;
    }
    return true;
}

/** Index of the first pause that ends after `ms` (pauses normal), or pauses.length. */
export function firstPauseEndingAfter(pauses: Pauses, ms: number): number {
    let lo = 0;
    let hi = pauses.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (pauses[mid]![1] <= ms) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/**
 * Pauses normalised once, as one Float64Array of start, end pairs: for callers that ask several questions of
 * the same pauses (a ticket's clock: due instant, escalations, elapsed time). The calendars' paused walks then
 * read two doubles per pause, with no per-call check of the list and no array of arrays to chase
 * (BusinessCalendar.addBusinessFlat, elapsedFlat).
 */
export class FlatPauses {
    static readonly NONE: FlatPauses = new FlatPauses(new Float64Array(0), 0, EMPTY);

    private constructor(
        /** [start₀, end₀, start₁, end₁, …]: sorted, disjoint, never touching, each end after its start. */
        readonly bounds: Float64Array,
        readonly count: number,
        /** The same pauses as a normal pair list, for the operations that take one. */
        readonly pairs: Pauses,
    ) {}

    /**
     * Open time the pauses carry, for one calendar's table (`boundTo`, covering from `boundFrom` then; scales
     * differ between tables): per pause k, at 2k the open time at its start less that inside the pauses before
     * it, at 2k + 1 the open time inside pauses 0…k−1 (and at 2·held + 1 inside all held ones). Filled by the
     * table on first use (OpenTable.duePaused) for the first `held` pauses, those it covered then, so that
     * asking the same pauses again costs no look-up per pause.
     */
    boundTo: object | null = null;
    boundFrom = 0;
    carried: Float64Array = EMPTY_CARRIED;
    held = 0;

    /** The pauses of any list, normalised (see normalizePauses). */
    static of(pauses: Pauses | undefined): FlatPauses {
        const pairs = normalizePauses(pauses);
        if (pairs.length === 0) return FlatPauses.NONE;
        const bounds = new Float64Array(2 * pairs.length);
        for (let k = 0; k < pairs.length; k++) {
            bounds[2 * k] = pairs[k]![0];
            bounds[2 * k + 1] = pairs[k]![1];
        }
        return new FlatPauses(bounds, pairs.length, pairs);
    }
}

/**
 * Many tickets' pauses in one struct of arrays, normalised and checked once when built: for callers that hold
 * many tickets (a simulator, a replay, a service keeping its open tickets) and ask each ticket's deadline and
 * elapsed time again and again. Ticket i's pauses are the pairs of `bounds` from `first[i]` on, followed by a
 * pair [+∞, +∞] that ends them, so the calendars' walks need no count and read only sequential memory: no
 * object per ticket to chase (BusinessCalendar.addBusinessTicket, elapsedTicket).
 *
 * The open time inside the pauses is carried for one calendar's table at a time (`carried`, laid out as
 * `bounds`: per pause, at its start's index the open time at its start less that inside the pauses before it,
 * at its end's index the open time inside the pauses before it; at the closing pair, +∞ and the open time
 * inside all of the ticket's pauses), so a deadline after any number of pauses is two look-ups. A ticket whose
 * pauses the table did not hold when carried has NaN throughout and takes the long way.
 */
export class TicketPauses {
    private constructor(
        /** Per ticket, its pauses' [start, end] pairs (sorted, disjoint, never touching), then [+∞, +∞]. */
        readonly bounds: Float64Array,
        /** Index in `bounds` of ticket i's first pause (or of its closing pair). */
        readonly first: Int32Array,
    ) {}

    /** The table `carried` is for (OpenTable.carryTickets); null until a calendar first asks. */
    boundTo: object | null = null;
    /** The table's covered span when carried: a ticket left out then may be held once the table has grown. */
    boundFrom = 0;
    boundEnd = 0;
    /** Whether the table held every ticket's pauses when carried. */
    heldAll = false;
    carried: Float64Array = EMPTY_CARRIED;

    get tickets(): number {
        return this.first.length;
    }

    /** Ticket i's pauses as a normal pair list, for the operations that take one (the long ways). */
    pairs(ticket: number): Pauses {
        // The hot paths read `first[ticket]` unchecked (a wrong one answers NaN, which leads here).
        if (!(Number.isInteger(ticket) && ticket >= 0 && ticket < this.first.length)) throw new RangeError(`No ticket ${ticket} among ${this.first.length} tickets' pauses`);
        const bounds = this.bounds;
        const list: Pause[] = [];
        for (let k = this.first[ticket]!; bounds[k]! !== Infinity; k += 2) list.push([bounds[k]!, bounds[k + 1]!]);
        return list;
    }

    /** One pause list per ticket (any list: normalised as normalizePauses does; NaN bounds refused). */
    static of(lists: readonly (Pauses | undefined)[]): TicketPauses {
        const normal = lists.map(normalizePauses);
        let size = 0;
        for (const pauses of normal) size += 2 * pauses.length + 2;
        const bounds = new Float64Array(size);
        const first = new Int32Array(normal.length);
        let k = 0;
        for (let i = 0; i < normal.length; i++) {
            first[i] = k;
            const pauses = normal[i]!;
            for (let j = 0; j < pauses.length; j++, k += 2) {
                bounds[k] = pauses[j]![0];
                bounds[k + 1] = pauses[j]![1];
            }
            bounds[k++] = Infinity;
            bounds[k++] = Infinity;
        }
        return new TicketPauses(bounds, first);
    }
}
