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
 * elapsed time again and again (BusinessCalendar.addBusinessTicket, elapsedTicket). One Float64Array holds
 * every pause as a record of four: its start and end, then the open time it carries for one calendar's table
 * (at +2 the open time at its start less that inside the ticket's pauses before it, never decreasing; at +3
 * the open time inside the pauses before it). Ticket i's records start at `first[i]` and end with a closing
 * record [+∞, +∞, +∞, open time inside all its pauses], so the walks need no count, and a question reads one
 * stretch of memory in order: no object per ticket to chase, one stream where bounds and carried open time
 * apart were two. With the open time carried, a deadline after any number of pauses is two look-ups.
 *
 * A ticket whose pauses the table did not hold when carried has NaN open times, which its questions read as
 * "the long way"; the set is carried again for the table when the table grew since.
 */
export class TicketPauses {
    private constructor(
        /** Per ticket, its pauses' records [start, end, carried, carried] (sorted, disjoint, never touching), then the closing one. */
        readonly data: Float64Array,
        /** Index in `data` of ticket i's first record. */
        readonly first: Int32Array,
    ) {}

    /** The table the open times are carried for (OpenTable.carryTickets); null until a calendar first asks. */
    boundTo: object | null = null;
    /** The table's covered span when carried: a ticket left out then may be held once the table has grown. */
    boundFrom = 0;
    boundEnd = 0;
    /** Whether the table held every ticket's pauses when carried. */
    heldAll = false;

    get tickets(): number {
        return this.first.length;
    }

    /** Ticket i's pauses as a normal pair list, for the operations that take one (the long ways). */
    pairs(ticket: number): Pauses {
        // The hot paths read `first[ticket]` unchecked (a wrong one answers NaN, which leads here).
        if (!(Number.isInteger(ticket) && ticket >= 0 && ticket < this.first.length)) throw new RangeError(`No ticket ${ticket} among ${this.first.length} tickets' pauses`);
        const data = this.data;
        const list: Pause[] = [];
        for (let k = this.first[ticket]!; data[k]! !== Infinity; k += 4) list.push([data[k]!, data[k + 1]!]);
        return list;
    }

    /** One pause list per ticket (any list: normalised as normalizePauses does; NaN bounds refused). */
    static of(lists: readonly (Pauses | undefined)[]): TicketPauses {
        const normal = lists.map(normalizePauses);
        // A spare closing record after the last ticket's: the walks read one record past a closing one.
        let size = 4;
        for (const pauses of normal) size += 4 * pauses.length + 4;
        const data = new Float64Array(size);
        const first = new Int32Array(normal.length);
        let k = 0;
        for (let i = 0; i < normal.length; i++) {
            first[i] = k;
            const pauses = normal[i]!;
            // Open times NaN until carried.
            for (let j = 0; j < pauses.length; j++, k += 4) {
                data[k] = pauses[j]![0];
                data[k + 1] = pauses[j]![1];
                data[k + 2] = NaN;
                data[k + 3] = NaN;
            }
            data[k] = Infinity;
            data[k + 1] = Infinity;
            data[k + 2] = NaN;
            data[k + 3] = NaN;
            k += 4;
        }
        data.fill(Infinity, k, k + 3);
        data[k + 3] = NaN;
        return new TicketPauses(data, first);
    }
}
