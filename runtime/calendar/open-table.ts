import { dayOfWall, firstDayOfYear, wallOf, yearOfDay } from '../time/local-date.js';
import type { ZoneTimeline } from '../time/zone-timeline.js';
import type { CalendarDays } from './days.js';
import { spendWork } from './work-budget.js';

/** Width of the buckets of the instant → range index. */
const BUCKET_MS = 3_600_000;

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
 * The open time of a calendar as sorted, disjoint epoch ranges [starts[i], ends[i]) with the running total
 * of open time `cumEnd[i]` (open ms from a fixed origin up to ends[i]; negative for ranges before it), built
 * one local year at a time and only for the years asked about. Deadlines and elapsed times are then an index
 * look-up plus a subtraction. Ranges are kept per local date (never merged across midnight) because business
 * days count dates: `days[i]` is the local day number of range i and `ords[i]` the ordinal of its date among
 * open dates.
 *
 * Growth is linear in the years covered: a new year is appended (or prepended) into storage with spare room
 * at both ends, doubled when full, and gets an index of its own, so no year already built is touched again
 * (only a reallocation copies, amortised O(1) per range). The years between what is covered and a query far
 * away are filled in once, never rebuilt, so alternating between distant years costs nothing after the
 * first time; the engine's horizon (horizon.ts) bounds how far that can be.
 *
 * `starts`, `ends`, `cumEnd`, `days` and `ords` are views of the live ranges, indexed 0…n−1. Indexes shift
 * when years are prepended, so they are only meaningful between two calls that may grow the table backward:
 * operations call `cover` once at their start and then only `extendForward`, which keeps indexes as they are.
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

    private chunks: YearChunk[] = [];
    private sStarts = new Float64Array(0);
    private sEnds = new Float64Array(0);
    private sCum = new Float64Array(0);
    private sDays = new Int32Array(0);
    private sOrds = new Int32Array(0);
    /** Live storage is [head, head + n). */
    private head = 0;
    /**
     * The instant → range index: bucket b (an hour from `origin`, fixed when the first year is built, so years
     * added later align with it) holds the storage index of the last range starting at or before
     * origin + b hours (head − 1 if none). Buckets bMin… are stored from bHead on, with room at both ends.
     */
    private buckets = new Int32Array(0);
    private bHead = 0;
    private bMin = 0;
    private bCount = 0;
    private origin = 0;
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
        let s = this.buckets[this.bHead + Math.floor((ms - this.origin) / BUCKET_MS) - this.bMin]!;
        // An hour holds at most a few range starts: walk from the bucket's entry.
        const limit = this.head + this.n;
        const starts = this.sStarts;
        while (s + 1 < limit && starts[s + 1]! <= ms) s++;
        return s - this.head;
    }

    /** Open ms up to `ms` (in the cumEnd scale), given i = rangeAt(ms). */
    openBefore(ms: number, i: number): number {
        if (i < 0) return this.base;
        const over = this.ends[i]! - ms;
        return over > 0 ? this.cumEnd[i]! - over : this.cumEnd[i]!;
    }

    /** Open ms up to `ms`, in the cumEnd scale. */
    openUntil(ms: number): number {
        return this.openBefore(ms, this.rangeAt(ms));
    }

    /**
     * The earliest instant at which the open time reaches `target` (cumEnd scale), searching from range
     * `fromIndex` on; extends the table forward as needed, but not past `limit`: +∞ when the calendar never
     * gets there, NaN when it would only get there after `limit` (the caller's horizon).
     */
    instantAtOpen(target: number, fromIndex: number, limit = Infinity): number {
        while (this.n === 0 || this.cumEnd[this.n - 1]! < target) {
            if (this.to > limit) return NaN;
            if (!this.extendForward()) return Infinity;
        }
        const cumEnd = this.cumEnd;
        const n = this.n;
        let lo = Math.max(0, fromIndex);
        if (cumEnd[lo]! >= target) return this.ends[lo]! - (cumEnd[lo]! - target);
        // Gallop: most deadlines end a few ranges after their start, a few land weeks later.
        let step = 1;
        let hi = lo + 1;
        while (hi < n && cumEnd[hi]! < target) {
            lo = hi;
            step *= 2;
            hi = lo + step;
        }
        if (hi >= n) hi = n - 1;
        // Now cumEnd[lo] < target ≤ cumEnd[hi].
        while (hi - lo > 1) {
            const mid = (lo + hi) >>> 1;
            if (cumEnd[mid]! >= target) hi = mid;
            else lo = mid;
        }
        return this.ends[hi]! - (cumEnd[hi]! - target);
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

    private append(built: BuiltYear): void {
        const count = built.starts.length;
        this.reserve(0, count);
        const at = this.head + this.n;
        const last = at - 1;
        let total = this.n > 0 ? this.sCum[last]! : this.base;
        let ord = this.n > 0 ? this.sOrds[last]! : -1;
        let previousDay = this.n > 0 ? this.sDays[last]! : NaN;
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
        this.n += count;
        if (this.chunks.length === 0) {
            this.from = built.from;
            this.origin = built.from;
            this.bMin = 0;
        }
        this.chunks.push({ year: built.year, from: built.from, to: built.to });
        this.to = built.to;
        this.views();
        // New buckets: those whose hour starts in the new year (older ones see no new range start).
        const firstBucket = this.bMin + this.bCount;
        const lastBucket = Math.floor((built.to - 1 - this.origin) / BUCKET_MS);
        this.reserveBuckets(0, lastBucket - firstBucket + 1);
        this.fillBuckets(firstBucket, lastBucket);
    }

    private prepend(built: BuiltYear): void {
        const count = built.starts.length;
        this.reserve(count, 0);
        const at = this.head - count;
        // Running totals count backwards from the old first range: what lies before the origin is negative.
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
        this.chunks.unshift({ year: built.year, from: built.from, to: built.to });
        this.from = built.from;
        this.views();
        // New buckets for the year's hours, and the old first one: its hour may start in the new year.
        const first = Math.floor((built.from - this.origin) / BUCKET_MS);
        this.reserveBuckets(this.bMin - first, 0);
        this.bHead -= this.bMin - first;
        this.bCount += this.bMin - first;
        this.bMin = first;
        this.fillBuckets(first, Math.min(this.bMin + this.bCount - 1, Math.floor((built.to - this.origin) / BUCKET_MS)));
    }

    /** Computes buckets first…last (bucket numbers), growing the bucket count to reach `last`. */
    private fillBuckets(first: number, last: number): void {
        if (last < first) return;
        if (last >= this.bMin + this.bCount) this.bCount = last - this.bMin + 1;
        const starts = this.sStarts;
        const end = this.head + this.n;
        let t = this.origin + first * BUCKET_MS;
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
        const buckets = this.buckets;
        for (let b = first; b <= last; b++, t += BUCKET_MS) {
            while (k + 1 < end && starts[k + 1]! <= t) k++;
            buckets[this.bHead + b - this.bMin] = k;
        }
    }

    /** Room for `front` more buckets before the stored ones and `back` more after them. */
    private reserveBuckets(front: number, back: number): void {
        const capacity = this.buckets.length;
        if (this.bHead >= front && this.bHead + this.bCount + back <= capacity) return;
        const size = Math.max(2 * capacity, this.bCount + front + back + 8784);
        const spare = size - this.bCount - front - back;
        const head = front > 0 ? front + Math.floor((spare * 3) / 4) : Math.min(this.bHead, spare);
        const fresh = new Int32Array(size);
        fresh.set(this.buckets.subarray(this.bHead, this.bHead + this.bCount), head);
        this.buckets = fresh;
        this.bHead = head;
    }

    /** Room for `front` more ranges before the live ones and `back` more after them. */
    private reserve(front: number, back: number): void {
        const capacity = this.sStarts.length;
        if (this.head >= front && this.head + this.n + back <= capacity) return;
        const size = Math.max(2 * capacity, this.n + front + back + 1024);
        const spare = size - this.n - front - back;
        // Keep room on the side the table grows at; backward growth is the rarer one.
        const head = front > 0 ? front + Math.floor((spare * 3) / 4) : Math.min(this.head, spare);
        const shift = head - this.head;
        const copy = <T extends Float64Array | Int32Array>(old: T, fresh: T): T => {
            fresh.set(old.subarray(this.head, this.head + this.n), head);
            return fresh;
        };
        this.sStarts = copy(this.sStarts, new Float64Array(size));
        this.sEnds = copy(this.sEnds, new Float64Array(size));
        this.sCum = copy(this.sCum, new Float64Array(size));
        this.sDays = copy(this.sDays, new Int32Array(size));
        this.sOrds = copy(this.sOrds, new Int32Array(size));
        this.head = head;
        // Buckets hold storage indices: move them with the ranges (amortised, as the copy is).
        if (shift !== 0) {
            const buckets = this.buckets;
            for (let b = this.bHead, end = this.bHead + this.bCount; b < end; b++) buckets[b]! += shift;
        }
    }

    private views(): void {
        const end = this.head + this.n;
        this.starts = this.sStarts.subarray(this.head, end);
        this.ends = this.sEnds.subarray(this.head, end);
        this.cumEnd = this.sCum.subarray(this.head, end);
        this.days = this.sDays.subarray(this.head, end);
        this.ords = this.sOrds.subarray(this.head, end);
    }

    private buildYear(year: number): BuiltYear {
        spendWork(1);
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
