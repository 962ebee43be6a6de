import { dayOfWall, firstDayOfYear, wallOf, yearOfDay } from '../time/local-date.js';
import type { ZoneTimeline } from '../time/zone-timeline.js';
import type { FlatPauses, TicketPauses } from '../time/pauses.js';
import type { CalendarDays } from './days.js';
import { EARLIEST_MS, HORIZON_MS, LATEST_MS } from './horizon.js';
import { spendWork } from './work-budget.js';

/**
 * Width of the buckets of both indexes: an hour of the timeline, an hour of open time. The hot paths write it
 * as the literal 3_600_000: a bundler turns a module's constants into mutable variables, which the JIT
 * cannot fold into the code.
 */
const BUCKET_MS = 3_600_000;
const OPEN_BUCKET_MS = BUCKET_MS;

/** The open bucket of a total: [k h + ½, (k + 1) h + ½) holds k (see OpenTable). */
function openBucketOf(total: number): number {
    return Math.floor((total - 0.5) / OPEN_BUCKET_MS);
}

/** Index of the first of `count` normal [start, end] pairs in `bounds` that ends after `ms`, or count. */
function firstEndingAfter(bounds: Float64Array, count: number, ms: number): number {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (bounds[2 * mid + 1]! <= ms) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/** One local year of the table. */
interface YearChunk {
    readonly year: number;
    readonly from: number;
    readonly to: number;
}

/** One year's open ranges, before they get their running totals. */
interface BuiltYear {
    readonly year: number;
    readonly from: number;
    readonly to: number;
    readonly starts: number[];
    readonly ends: number[];
    readonly days: number[];
}

/**
 * Years already built, by what a calendar says about time (spec shape) and year: the language's checks build a
 * fresh calendar per answer (so each answer's work is known), and `pacto check` of a contract with holidays
 * spent most of its time rebuilding the same year. A year's ranges are a pure function of the spec; the work
 * is still charged per build (buildYear's spendWork), so budgets see no difference. A few years, least
 * recently used out: long simulations walk forward and gain nothing from keeping old ones.
 */
const builtYears = new Map<string, BuiltYear>();
const BUILT_YEARS_KEPT = 32;

/**
 * An index of storage indices keyed by consecutive integers (bucket numbers), stored from `head` on with
 * room at both ends: keys are added at either end, the storage doubles when full, so a key's entry is
 * written once (and moved only by a reallocation, amortised O(1)).
 */
class BucketIndex {
    data = new Int32Array(0);
    /** Storage position of key `min`. */
    head = 0;
    min = 0;
    count = 0;

    /** data[key + offset] is the entry of `key`. */
    get offset(): number {
        return this.head - this.min;
    }

    /** Make keys first…last exist (their entries are for the caller to fill); the index stays contiguous. */
    include(first: number, last: number): void {
        if (this.count === 0) {
            this.reserve(0, last - first + 1);
            this.min = first;
            this.count = last - first + 1;
            return;
        }
        const front = Math.max(0, this.min - first);
        const back = Math.max(0, last - (this.min + this.count - 1));
        if (front === 0 && back === 0) return;
        this.reserve(front, back);
        this.head -= front;
        this.min -= front;
        this.count += front + back;
    }

    /** Storage indices moved by `delta`: move the entries with them (`step` per index: see OpenTable's hours). */
    shift(delta: number, step = 1): void {
        const data = this.data;
        for (let k = this.head, end = this.head + this.count; k < end; k++) data[k] = data[k]! >= 0 ? data[k]! + step * delta : data[k]! - delta;
    }

    private reserve(front: number, back: number): void {
        const capacity = this.data.length;
        if (this.head >= front && this.head + this.count + back <= capacity) return;
        const size = Math.max(2 * capacity, this.count + front + back + 8784);
        const spare = size - this.count - front - back;
        // Keep room on the side the index grows at; backward growth is the rarer one.
        const head = front > 0 ? front + Math.floor((spare * 3) / 4) : Math.min(this.head, spare);
        const fresh = new Int32Array(size);
        fresh.set(this.data.subarray(this.head, this.head + this.count), head);
        this.data = fresh;
        this.head = head;
    }
}

/**
 * The open time of a calendar as sorted, disjoint epoch ranges [starts[i], ends[i]) with the running total
 * of open time `cumEnd[i]` (open ms from a fixed origin up to ends[i]; negative for ranges before it), built
 * one local year at a time and only for the years asked about. Ranges are kept per local date (never merged
 * across midnight) because business days count dates: `days[i]` is the local day number of range i and
 * `ords[i]` the ordinal of its date among open dates.
 *
 * Two indexes make a deadline two look-ups and no search: instant → range (hour buckets of the timeline:
 * the last range starting at or before the bucket's start i, stored as 2i + 1 when the hour is open
 * throughout, 2i when it is closed throughout, ~i when a range starts or ends inside it) and open time → range (buckets of an hour of open time shifted by half a millisecond,
 * [k h + ½, (k + 1) h + ½): the first range whose running total reaches the bucket's start). Ranges begin
 * and end on whole milliseconds, mostly on whole hours, so most buckets hold one range: the look-up reads
 * it and a comparison confirms it; only the others walk a step or two. (The half millisecond puts a total
 * that ends a range, as a deadline from a closed start often is, in the bucket of the range it ends.)
 *
 * Growth is linear in the years covered: a new year is appended (or prepended) into storage with spare room
 * at both ends, doubled when full, and adds its own entries to both indexes, so no year already built is
 * touched again (only a reallocation copies, amortised O(1) per range). The years between what is covered
 * and a query far away are filled in once, never rebuilt, so alternating between distant years costs
 * nothing after the first time; the engine's horizon (horizon.ts) bounds how far that can be.
 *
 * `starts`, `ends`, `cumEnd`, `days` and `ords` are views of the live ranges, indexed 0…n−1. Indexes shift
 * when years are prepended, so they are only meaningful between two calls that may grow the table backward:
 * operations call `cover` once at their start and then only `extendForward`, which keeps indexes as they are.
 * The hot paths (`openAt`, `dueAfter`) read the storage directly, where a sentinel range sits on each side of
 * the live ones (−∞ before, with the table's opening total; +∞ after), so their walks need no bounds checks.
 */
export class OpenTable {
    starts = new Float64Array(0);
    ends = new Float64Array(0);
    cumEnd = new Float64Array(0);
    days = new Int32Array(0);
    ords = new Int32Array(0);
    n = 0;
    /** Covered instants: [from, to). Empty until the first query. */
    from = 0;
    to = 0;
    /** Open time at the end of the last range (cumEnd scale): the most a look-up can reach without growing. */
    openEnd = 0;
    /**
     * The hours the hot paths answer for without further checks, as epoch hours (small integers, which the
     * JIT keeps unboxed, to compare ms / 3,600,000 with): the instants of [fastFirstHour, fastEndHour) are
     * covered and within the years the engine computes with (EARLIEST_MS…LATEST_MS); from dueFirstHour on,
     * the table also ends within the horizon of any start, so a deadline it holds is never beyond the horizon.
     * (A quotient rounded to a whole number is exact: an instant short of an hour never compares as in it.)
     */
    fastFirstHour = 0;
    fastEndHour = 0;
    dueFirstHour = 0;

    private chunks: YearChunk[] = [];
    private sStarts = new Float64Array(0);
    private sEnds = new Float64Array(0);
    private sCum = new Float64Array(0);
    private sDays = new Int32Array(0);
    private sOrds = new Int32Array(0);
    /** Live storage is [head, head + n); the sentinels are at head − 1 and head + n. */
    private head = 1;
    /**
     * The instant → range index: bucket b (the b-th hour of the epoch, so years added later align with it)
     * holds the storage index of the last range starting at or before b hours (head − 1, the sentinel, if none).
     */
    private readonly hours = new BucketIndex();
    /** The open time → range index: bucket k holds the storage index of the first range with cumEnd ≥ k hours. */
    private readonly opens = new BucketIndex();
    /** The indexes' arrays and offsets, copied here for the hot paths. */
    private hourData = new Int32Array(0);
    private hourOffset = 0;
    private openData = new Int32Array(0);
    private openOffset = 0;
    /** Open time at the start of the table (before its first range), in the cumEnd scale. */
    private base = 0;

    constructor(
        private readonly calendarDays: CalendarDays,
        private readonly zone: ZoneTimeline,
    ) {}

    /** Make [a, b] covered, filling in the years between what is covered and the range. */
    cover(a: number, b: number): void {
        if (!Number.isFinite(a) || !Number.isFinite(b)) throw new RangeError('Instants must be finite numbers');
        if (this.chunks.length === 0) this.append(this.buildYear(yearOfDay(dayOfWall(this.zone.wallOf(a)))));
        while (a < this.from) this.prepend(this.buildYear(this.chunks[0]!.year - 1));
        while (b >= this.to) this.append(this.buildYear(this.chunks[this.chunks.length - 1]!.year + 1));
    }

    /** Add the next local year; false when no opening can ever follow (only special hours, all past). */
    extendForward(): boolean {
        const nextYear = this.chunks[this.chunks.length - 1]!.year + 1;
        if (!this.calendarDays.opensWeekly && firstDayOfYear(nextYear) > this.calendarDays.lastSpecialDay) return false;
        this.append(this.buildYear(nextYear));
        return true;
    }

    /** Index of the last range starting at or before `ms`, or −1. */
    rangeAt(ms: number): number {
        if (!(ms >= this.from && ms < this.to)) return ms < this.from ? -1 : this.n - 1;
        return this.storageAt(ms) - this.head;
    }

    /** Open ms up to `ms` (in the cumEnd scale), given i = rangeAt(ms). */
    openBefore(ms: number, i: number): number {
        if (i < 0) return this.base;
        // Branch-free (a start is open or closed at random, so a branch would be mispredicted): the total at
        // the range's end, less what of the range lies after `ms`.
        return Math.min(this.cumEnd[i]!, this.cumEnd[i]! - (this.ends[i]! - ms));
    }

    /** Open ms up to `ms`, in the cumEnd scale. */
    openUntil(ms: number): number {
        return this.openBefore(ms, this.rangeAt(ms));
    }

    /**
     * Open ms up to a covered instant (from ≤ ms < to), in the cumEnd scale: the hot paths' openUntil. In an
     * hour open or closed throughout, the hour's entry says which of openBefore's two values it is, so no
     * branch (taken at random, as instants are open or closed) chooses: the total less the open time left in
     * the range, times 1 or 0.
     */
    openAt(ms: number): number {
        const entry = this.hourData[this.hourOf(ms) + this.hourOffset]!;
        if (entry < 0) return this.openWalking(~entry, ms);
        const s = entry >> 1;
        return this.sCum[s]! - (entry & 1) * (this.sEnds[s]! - ms);
    }

    /** openAt in an hour where a range starts or ends: walk from storage index `s`. */
    private openWalking(s: number, ms: number): number {
        const at = this.lastStarting(s, ms);
        return Math.min(this.sCum[at]!, this.sCum[at]! - (this.sEnds[at]! - ms));
    }

    /**
     * The deadline of `amount` ≥ 1 ms of open time from `ms` (in the hot paths' hours): two index look-ups.
     * When the table's ranges do not reach that far, `onward` answers (the caller's long way, which extends
     * the table). A plain number either way, so the caller's hot loop checks nothing.
     */
    dueAfter(ms: number, amount: number, onward: (ms: number, amount: number) => number): number {
        const target = this.openAt(ms) + amount;
        // `+`: the call's result joins the fast path's as a float64, so an inlined caller boxes no HeapNumber.
        if (target > this.openEnd) return +onward(ms, amount);
        // An amount of a millisecond or more moves the total (|totals| < 2⁵²): the first range reaching the
        // target is never before the start's.
        return this.instantOfOpen(target);
    }

    /** The first instant with open time `target`, for a target past a start's total and ≤ openEnd. */
    instantOfOpen(target: number): number {
        const cum = this.sCum;
        let s = this.openBucket(target);
        if (cum[s]! < target) s = this.firstReaching(s, target);
        return this.sEnds[s]! - (cum[s]! - target);
    }

    /**
     * dueAfter with pauses ([start, end] pairs in `bounds`, normal, `count` of them), for a start in the
     * hot paths' hours: NaN when the table does not hold the answer yet (the caller's long way). A pause counts
     * when it begins before the due instant so far (the open time at its start is then short of the target):
     * it adds the open time it covers and moves the due instant; the first pause after it costs a comparison.
     */
    duePaused(ms: number, amount: number, pauses: FlatPauses): number {
        const bounds = pauses.bounds;
        const count = pauses.count;
        const n2 = 2 * count;
        let k = count > 8 ? 2 * firstEndingAfter(bounds, count, ms) : 0;
        while (k < n2 && bounds[k + 1]! <= ms) k += 2;
        let at = ms;
        // Pauses are disjoint and never touch: at most one holds the start.
        if (k < n2 && bounds[k]! <= at) {
            at = bounds[k + 1]!;
            if (!(at < this.to)) return NaN;
            k += 2;
        }
        const target = this.openAt(at) + amount;
        if (k === n2) return target > this.openEnd ? NaN : this.instantOfOpen(target);
        const held = 2 * pauses.held;
        if (pauses.boundTo !== this || pauses.boundFrom !== this.from || (held < n2 && bounds[held + 1]! < this.to)) this.carry(pauses);
        // Pause j counts when the open time at its start is short of the target grown by the pauses from k to
        // j − 1, that is when carried[j] (its start's open time less all pauses' before it) plus carried[k + 1]
        // (the pauses' before k) is below the target: carried[j] never decreases, so those that count come first.
        const carried = pauses.carried;
        const reach = 2 * pauses.held;
        const before = carried[k + 1]!;
        let j = k;
        while (j < reach && carried[j]! + before < target) j += 2;
        // A pause the table did not hold when the pauses were carried: the long way.
        if (j === reach && j < n2) return NaN;
        const total = target + carried[j + 1]! - before;
        return total > this.openEnd ? NaN : this.instantOfOpen(total);
    }

    /** Fill `pauses.carried` for this table (see FlatPauses.carried), for the pauses it covers. */
    private carry(pauses: FlatPauses): void {
        const bounds = pauses.bounds;
        const count = pauses.count;
        const carried = new Float64Array(2 * count + 2);
        let paused = 0;
        let k = 0;
        for (; k < count; k++) {
            const start = bounds[2 * k]!;
            const end = bounds[2 * k + 1]!;
            if (!(end < this.to)) break;
            carried[2 * k + 1] = paused;
            // A pause that begins before the table holds no start of a query on it: only differences of the
            // totals after it are read, so its open time may count as none.
            if (!(start >= this.from)) {
                carried[2 * k] = -Infinity;
                continue;
            }
            const opened = this.openAt(start);
            carried[2 * k] = opened - paused;
            paused += this.openAt(end) - opened;
        }
        carried[2 * k + 1] = paused;
        pauses.carried = carried;
        pauses.held = k;
        pauses.boundTo = this;
        pauses.boundFrom = this.from;
    }

    /**
     * openOutside from the pauses' carried open time (see FlatPauses.carried): the open time from the start
     * (or the end of the pause holding it) to `to` (or the start of the pause holding it) less the running
     * totals' difference, so two look-ups whatever the number of pauses between. Pauses the table did not hold
     * when carried: the walk with look-ups per pause.
     */
    openOutsidePaused(from: number, to: number, pauses: FlatPauses): number {
        const bounds = pauses.bounds;
        const count = pauses.count;
        const n2 = 2 * count;
        let k = count > 8 ? 2 * firstEndingAfter(bounds, count, from) : 0;
        while (k < n2 && bounds[k + 1]! <= from) k += 2;
        if (k === n2) return this.openAt(to) - this.openAt(from);
        let at = from;
        if (bounds[k]! <= at) {
            at = bounds[k + 1]!;
            if (at >= to) return 0;
            k += 2;
        }
        const held = 2 * pauses.held;
        if (pauses.boundTo !== this || pauses.boundFrom !== this.from || (held < n2 && bounds[held + 1]! < this.to)) this.carry(pauses);
        const reach = 2 * pauses.held;
        if (k > reach) return this.openOutside(from, to, bounds, count);
        let m = k;
        while (m < reach && bounds[m + 1]! < to) m += 2;
        if (m === reach && m < n2 && bounds[m + 1]! < to) return this.openOutside(from, to, bounds, count);
        const carried = pauses.carried;
        // Pause m, the first ending at or after `to`, holds `to` when it starts before it.
        const end = m < n2 && bounds[m]! < to ? bounds[m]! : to;
        return this.openAt(end) - this.openAt(at) - (carried[m + 1]! - carried[k + 1]!);
    }

    /**
     * Carry the open time of every ticket's pauses for this table (see TicketPauses): one walk over the set,
     * two look-ups per pause. A ticket with a pause the table does not hold (a bound outside it, or an end at
     * or after its end, but for an endless last pause) gets NaN open times, which its questions read as "the
     * long way".
     */
    carryTickets(set: TicketPauses): void {
        const data = set.data;
        const first = set.first;
        const from = this.from;
        const to = this.to;
        let heldAll = true;
        for (let i = 0; i < first.length; i++) {
            const opening = first[i]!;
            let k = opening;
            let paused = 0;
            let held = true;
            for (; data[k]! !== Infinity; k += 4) {
                const start = data[k]!;
                const end = data[k + 1]!;
                if (!(start >= from && start < to)) held = false;
                if (!held) continue;
                const opened = this.openAt(start);
                data[k + 2] = opened - paused;
                data[k + 3] = paused;
                // An endless pause is the last: a deadline past its start is never due, which the long way says.
                if (end === Infinity) paused = NaN;
                else if (end < to) paused += this.openAt(end) - opened;
                else held = false;
            }
            data[k + 2] = Infinity;
            data[k + 3] = paused;
            if (!held) {
                for (let r = opening; r <= k; r += 4) {
                    data[r + 2] = NaN;
                    data[r + 3] = NaN;
                }
                heldAll = false;
            }
        }
        set.heldAll = heldAll;
        set.boundTo = this;
        set.boundFrom = from;
        set.boundEnd = to;
    }

    /**
     * duePaused for ticket `ticket` of a set carried for this table (set.boundTo === this), a start in the
     * hot paths' hours: NaN when the table does not hold the answer (the caller's long way). The pauses ending
     * by the start are skipped, the one holding it moves it to its end; then the pauses that count are those
     * whose carried start is short of the target (see duePaused), and the closing record's +∞ ends the scan.
     */
    dueTicket(ms: number, amount: number, set: TicketPauses, ticket: number): number {
        const data = set.data;
        let k = set.first[ticket]!;
        while (data[k + 1]! <= ms) k += 4;
        let at = ms;
        if (data[k]! <= at) {
            at = data[k + 1]!;
            if (!(at < this.to)) return NaN;
            k += 4;
        }
        const target = this.openAt(at) + amount;
        const before = data[k + 3]!;
        // Whether the first two pauses count, without a branch (how many count is as good as random) and with
        // both loads issued at once: the second counts only after the first (carried starts never decrease),
        // and a closing record's +∞ counts never (the set ends with a spare one, so k + 6 is always there).
        const first = +(data[k + 2]! + before < target);
        let j = k + 4 * (first + first * +(data[k + 6]! + before < target));
        while (data[j + 2]! + before < target) j += 4;
        const total = target + data[j + 3]! - before;
        return total <= this.openEnd ? this.instantOfOpen(total) : NaN;
    }

    /**
     * openOutsidePaused for ticket `ticket` of a set carried for this table, from < to both in the hot paths'
     * hours: NaN when the table did not hold the ticket's pauses. The pause holding `from` moves it to its
     * end; the first pause ending at or after `to` (the closing record at the latest) moves `to` to its start
     * when it holds it; what lies between is the open time less the carried totals' difference.
     */
    openOutsideTicket(from: number, to: number, set: TicketPauses, ticket: number): number {
        const data = set.data;
        let k = set.first[ticket]!;
        while (data[k + 1]! <= from) k += 4;
        let at = from;
        if (data[k]! <= at) {
            at = data[k + 1]!;
            if (at >= to) return 0;
            k += 4;
        }
        // A branch here, not dueTicket's select: measured, the select made elapsed times slower (4–40 %).
        let m = k;
        while (data[m + 1]! < to) m += 4;
        const end = data[m]! < to ? data[m]! : to;
        return this.openAt(end) - this.openAt(at) - (data[m + 3]! - data[k + 3]!);
    }

    /** Open time in [from, to) outside the pauses (as in duePaused), both covered and from < to. */
    openOutside(from: number, to: number, bounds: Float64Array, count: number): number {
        const n2 = 2 * count;
        let total = 0;
        let at = from;
        for (let k = count > 8 ? 2 * firstEndingAfter(bounds, count, from) : 0; k < n2; k += 2) {
            const end = bounds[k + 1]!;
            if (end <= at) continue;
            const start = bounds[k]!;
            if (start >= to) break;
            if (start > at) total += this.openAt(start) - this.openAt(at);
            at = end;
            if (at >= to) return total;
        }
        return total + this.openAt(to) - this.openAt(at);
    }

    /**
     * Storage index of the first range whose total reaches the start of the open bucket of `target`
     * (base ≤ target ≤ openEnd): the first range reaching `target` itself or an earlier one. Math.floor by
     * hand: `| 0` truncates in one instruction (Math.floor rounds, then checks the conversion); below zero
     * that is one too far up, and the comparison steps back. (Totals fit 32-bit buckets, and the quotient
     * never rounds up to a whole number it is short of.)
     */
    private openBucket(target: number): number {
        const q = (target - 0.5) / 3_600_000;
        let k = q | 0;
        if (k > q) k--;
        return this.openData[k + this.openOffset]!;
    }

    /** The first range from storage index `s` on whose total reaches `target`; the +∞ sentinel stops it. */
    private firstReaching(s: number, target: number): number {
        const cum = this.sCum;
        while (cum[s]! < target) s++;
        return s;
    }

    /**
     * The earliest instant at which the open time reaches `target` (cumEnd scale), searching from range
     * `fromIndex` on; extends the table forward as needed, but not past `limit`: +∞ when the calendar never
     * gets there, NaN when it would only get there after `limit` (the caller's horizon).
     */
    instantAtOpen(target: number, fromIndex: number, limit = Infinity): number {
        while (this.n === 0 || this.openEnd < target) {
            if (this.to > limit) return NaN;
            if (!this.extendForward()) return Infinity;
        }
        // Ranges before fromIndex never count, even those whose total reaches the target (zero amounts).
        const from = this.head + Math.max(0, fromIndex);
        const cum = this.sCum;
        const s = this.firstReaching(Math.max(from, this.openBucket(target)), target);
        return this.sEnds[s]! - (cum[s]! - target);
    }

    /** Make range `index` exist, extending forward but not past `limit`; false when it does not. */
    ensureIndex(index: number, limit = Infinity): boolean {
        while (index >= this.n) if (this.to > limit || !this.extendForward()) return false;
        return true;
    }

    /** Index of the first range with ordinal ≥ `ord`, extending forward up to `limit`; −1 when there is none. */
    firstOfOrdinal(ord: number, fromIndex: number, limit = Infinity): number {
        while (this.n === 0 || this.ords[this.n - 1]! < ord) if (this.to > limit || !this.extendForward()) return -1;
        const ords = this.ords;
        let lo = Math.max(0, fromIndex);
        let hi = this.n - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (ords[mid]! >= ord) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** Years built so far (for tests and the bench: growth is linear, a year is built once). */
    get years(): number {
        return this.chunks.length;
    }

    /** Storage index of the last range starting at or before a covered instant (head − 1 if none). */
    private storageAt(ms: number): number {
        const entry = this.hourData[this.hourOf(ms) + this.hourOffset]!;
        return entry >= 0 ? entry >> 1 : this.lastStarting(~entry, ms);
    }

    /** The epoch hour of a covered instant: Math.floor by hand, as in openBucket (one division, which the callers' bounds checks share). */
    private hourOf(ms: number): number {
        const q = ms / 3_600_000;
        const hour = q | 0;
        return hour > q ? hour - 1 : hour;
    }

    /** The last range from storage index `s` on starting at or before `ms`; the +∞ sentinel stops the walk. */
    private lastStarting(s: number, ms: number): number {
        const starts = this.sStarts;
        while (starts[s + 1]! <= ms) s++;
        return s;
    }

    private append(built: BuiltYear): void {
        const count = built.starts.length;
        this.reserve(0, count);
        const at = this.head + this.n;
        let total = this.openEnd;
        let ord = this.n > 0 ? this.sOrds[at - 1]! : -1;
        let previousDay = this.n > 0 ? this.sDays[at - 1]! : NaN;
        for (let k = 0; k < count; k++) {
            const s = built.starts[k]!;
            const e = built.ends[k]!;
            const day = built.days[k]!;
            total += e - s;
            if (day !== previousDay) ord++;
            previousDay = day;
            this.sStarts[at + k] = s;
            this.sEnds[at + k] = e;
            this.sCum[at + k] = total;
            this.sDays[at + k] = day;
            this.sOrds[at + k] = ord;
        }
        const oldEnd = this.openEnd;
        const hadRanges = this.n > 0;
        this.n += count;
        this.openEnd = total;
        this.sentinels();
        if (this.chunks.length === 0) this.from = built.from;
        this.chunks.push({ year: built.year, from: built.from, to: built.to });
        this.to = built.to;
        this.views();
        // New hour buckets: those whose hour starts in the new year, and the last old one, in which a range of
        // the new year may start (its entry stays, whether it needs a walk may not).
        const firstBucket = this.hours.count === 0 ? Math.floor(built.from / BUCKET_MS) : this.hours.min + this.hours.count - 1;
        this.fillHours(firstBucket, Math.floor((built.to - 1) / BUCKET_MS));
        // New open buckets: those of the open time the year adds (an older one's first range is an older range).
        if (count > 0) this.fillOpens(hadRanges ? openBucketOf(oldEnd) + 1 : openBucketOf(this.base), openBucketOf(total));
    }

    private prepend(built: BuiltYear): void {
        const count = built.starts.length;
        this.reserve(count, 0);
        const at = this.head - count;
        // Running totals count backwards from the old first range: what lies before the origin is negative.
        const oldBase = this.base;
        let total = this.base;
        let ord = this.n > 0 ? this.sOrds[this.head]! : 0;
        let nextDay = this.n > 0 ? this.sDays[this.head]! : NaN;
        for (let k = count - 1; k >= 0; k--) {
            const s = built.starts[k]!;
            const e = built.ends[k]!;
            const day = built.days[k]!;
            if (day !== nextDay) ord--;
            nextDay = day;
            this.sStarts[at + k] = s;
            this.sEnds[at + k] = e;
            this.sCum[at + k] = total;
            this.sDays[at + k] = day;
            this.sOrds[at + k] = ord;
            total -= e - s;
        }
        this.base = total;
        this.head = at;
        this.n += count;
        if (this.n === count) this.openEnd = oldBase;
        this.sentinels();
        this.chunks.unshift({ year: built.year, from: built.from, to: built.to });
        this.from = built.from;
        this.views();
        // New hour buckets for the year's hours, and the old first one: its hour may start in the new year.
        // (Later buckets that saw no range start hold the old sentinel's storage index: the new year's last range.)
        const first = Math.floor(built.from / BUCKET_MS);
        this.fillHours(first, Math.min(this.hours.min + this.hours.count - 1, Math.floor(built.to / BUCKET_MS)));
        // Open buckets up to the old opening total now find their first range in the new year.
        if (count > 0) this.fillOpens(openBucketOf(total), openBucketOf(oldBase));
    }

    /** The ranges on either side of the live ones, which stop the hot paths' walks. */
    private sentinels(): void {
        const before = this.head - 1;
        const after = this.head + this.n;
        this.sStarts[before] = -Infinity;
        this.sEnds[before] = -Infinity;
        this.sCum[before] = this.base;
        this.sStarts[after] = Infinity;
        this.sEnds[after] = Infinity;
        this.sCum[after] = Infinity;
    }

    /** Computes hour buckets first…last (bucket numbers), adding them to the index. */
    private fillHours(first: number, last: number): void {
        if (last < first) return;
        this.hours.include(first, last);
        this.hourData = this.hours.data;
        this.hourOffset = this.hours.offset;
        const starts = this.sStarts;
        const end = this.head + this.n;
        let t = first * BUCKET_MS;
        // The last range starting at or before t: binary search once, then walk with t.
        let lo = this.head;
        let hi = end - 1;
        let k = this.head - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            if (starts[mid]! <= t) {
                k = mid;
                lo = mid + 1;
            } else hi = mid - 1;
        }
        const data = this.hourData;
        const offset = this.hourOffset;
        const ends = this.sEnds;
        for (let b = first; b <= last; b++, t += BUCKET_MS) {
            while (k + 1 < end && starts[k + 1]! <= t) k++;
            // A range starting or ending inside the hour (or none before it): look-ups in it walk from k.
            const next = k + 1 < end ? starts[k + 1]! : Infinity;
            const e = ends[k]!;
            const closed = e <= t && e > -Infinity;
            data[b + offset] = next >= t + BUCKET_MS && (closed || e >= t + BUCKET_MS) ? 2 * k + (closed ? 0 : 1) : ~k;
        }
    }

    /** Computes open buckets first…last (bucket numbers), adding them to the index; the table has ranges. */
    private fillOpens(first: number, last: number): void {
        if (last < first) return;
        this.opens.include(first, last);
        this.openData = this.opens.data;
        this.openOffset = this.opens.offset;
        const cum = this.sCum;
        const end = this.head + this.n;
        let c = first * OPEN_BUCKET_MS + 0.5;
        // The first range whose total reaches c: binary search once, then walk with c.
        let lo = this.head;
        let hi = end - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (cum[mid]! >= c) hi = mid;
            else lo = mid + 1;
        }
        let k = lo;
        const data = this.openData;
        const offset = this.openOffset;
        for (let b = first; b <= last; b++, c += OPEN_BUCKET_MS) {
            while (k + 1 < end && cum[k]! < c) k++;
            data[b + offset] = k;
        }
    }

    /** Room for `front` more ranges before the live ones and `back` more after them, and the sentinels. */
    private reserve(front: number, back: number): void {
        const capacity = this.sStarts.length;
        if (this.head - 1 >= front && this.head + this.n + back + 1 <= capacity) return;
        const size = Math.max(2 * capacity, this.n + front + back + 1024);
        const spare = size - this.n - front - back - 2;
        // Keep room on the side the table grows at; backward growth is the rarer one.
        const head = 1 + front + (front > 0 ? Math.floor((spare * 3) / 4) : Math.min(Math.max(0, this.head - 1), spare));
        const shift = head - this.head;
        // The live ranges and both sentinels.
        const copy = <T extends Float64Array | Int32Array>(old: T, fresh: T): T => {
            if (old.length > 0) fresh.set(old.subarray(this.head - 1, this.head + this.n + 1), head - 1);
            return fresh;
        };
        this.sStarts = copy(this.sStarts, new Float64Array(size));
        this.sEnds = copy(this.sEnds, new Float64Array(size));
        this.sCum = copy(this.sCum, new Float64Array(size));
        this.sDays = copy(this.sDays, new Int32Array(size));
        this.sOrds = copy(this.sOrds, new Int32Array(size));
        this.head = head;
        // The indexes hold storage indices: move them with the ranges (amortised, as the copy is).
        if (shift !== 0) {
            this.hours.shift(shift, 2);
            this.opens.shift(shift);
        }
    }

    private views(): void {
        this.fastFirstHour = Math.max(Math.ceil(this.from / BUCKET_MS), Math.ceil(EARLIEST_MS / BUCKET_MS));
        this.fastEndHour = Math.max(this.fastFirstHour, Math.min(Math.floor(this.to / BUCKET_MS), Math.floor(LATEST_MS / BUCKET_MS)));
        this.dueFirstHour = Math.max(this.fastFirstHour, Math.ceil((this.to - HORIZON_MS) / BUCKET_MS));
        const end = this.head + this.n;
        this.starts = this.sStarts.subarray(this.head, end);
        this.ends = this.sEnds.subarray(this.head, end);
        this.cumEnd = this.sCum.subarray(this.head, end);
        this.days = this.sDays.subarray(this.head, end);
        this.ords = this.sOrds.subarray(this.head, end);
    }

    private shape: string | undefined;

    private buildYear(year: number): BuiltYear {
        spendWork(1);
        const { spec } = this.calendarDays;
        this.shape ??= JSON.stringify([spec.zone, spec.weekly, spec.holidayRegions, spec.holidays, spec.specialHours]);
        const key = `${year}/${this.shape}`;
        const known = builtYears.get(key);
        if (known) {
            builtYears.delete(key);
            builtYears.set(key, known);
            return known;
        }
        const built = this.buildYearNow(year);
        builtYears.set(key, built);
        if (builtYears.size > BUILT_YEARS_KEPT) builtYears.delete(builtYears.keys().next().value!);
        return built;
    }

    private buildYearNow(year: number): BuiltYear {
        const zone = this.zone;
        const firstDay = firstDayOfYear(year);
        const lastDay = firstDayOfYear(year + 1);
        const built: BuiltYear = {
            year,
            from: zone.instantOf(wallOf(firstDay, 0)),
            to: zone.instantOf(wallOf(lastDay, 0)),
            starts: [],
            ends: [],
            days: [],
        };
        const calendarDays = this.calendarDays;
        // A calendar open only on special dates has nothing to compute outside them.
        const onlySpecial = !calendarDays.opensWeekly;
        if (onlySpecial && (lastDay <= calendarDays.firstSpecialDay || firstDay > calendarDays.lastSpecialDay)) return built;
        for (let day = firstDay; day < lastDay; day++) {
            const { intervals } = calendarDays.plan(day);
            const dayStart = built.starts.length;
            for (const { start, end } of intervals) {
                const s = zone.instantOf(wallOf(day, start));
                const e = zone.instantOf(wallOf(day, end));
                // An interval wholly inside a DST gap has no instants.
                if (e <= s) continue;
                const last = built.ends.length - 1;
                // Intervals that touch once the gap is skipped are one stretch of the same day.
                if (last >= dayStart && built.ends[last] === s) built.ends[last] = e;
                else {
                    built.starts.push(s);
                    built.ends.push(e);
                    built.days.push(day);
                }
            }
        }
        return built;
    }
}
