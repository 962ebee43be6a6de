/**
 * The open table as it was before per-year chunks (a copy of runtime/calendar/open-table.ts before commit 64de29f): every
 * extension flattens all years, a query far away resets it. Kept as the slow path the property tests compare
 * the chunked table with.
 */
import { dayOfWall, firstDayOfYear, wallOf, yearOfDay } from '../../runtime/time/local-date.js';
import type { ZoneTimeline } from '../../runtime/time/zone-timeline.js';
import type { CalendarDays } from '../../runtime/calendar/days.js';

/** One local year's open ranges as instants. */
interface YearChunk {
    readonly year: number;
    readonly from: number;
    readonly to: number;
    readonly starts: number[];
    readonly ends: number[];
    readonly days: number[];
}

/** Width of the buckets of the instant → range index. */
const BUCKET_MS = 3_600_000;
/** A query this many years beyond the table rebuilds it there instead of filling the years in between. */
const FAR_YEARS = 3;

/**
 * The open time of a calendar as sorted, disjoint epoch ranges [starts[i], ends[i]) with the running total
 * of open time `cumEnd[i]` (open ms from the table's first range up to ends[i]), built one local year at a
 * time and only for the years asked about. Deadlines and elapsed times are then a binary search plus a
 * subtraction. Ranges are kept per local date (never merged across midnight) because business days count
 * dates: `days[i]` is the local day number of range i and `ords[i]` the ordinal of its date among open dates.
 *
 * Indexes and totals are only meaningful between two calls that may rebuild the table; operations call
 * `cover` once at their start and then only `extendForward`, which keeps existing entries as they are.
 */
export class FlatOpenTable {
    starts = new Float64Array(0);
    ends = new Float64Array(0);
    cumEnd = new Float64Array(0);
    days = new Int32Array(0);
    ords = new Int32Array(0);
    /** buckets[b]: rangeAt(from + b hours), so a look-up is a division and a short walk. */
    buckets = new Int32Array(0);
    n = 0;
    /** Covered instants: [from, to). Empty until the first query. */
    from = 0;
    to = 0;
    private chunks: YearChunk[] = [];

    constructor(
        private readonly calendarDays: CalendarDays,
        private readonly zone: ZoneTimeline,
    ) {}

    /** Make [a, b] covered; may rebuild the table elsewhere when the range is far from what it holds. */
    cover(a: number, b: number): void {
        if (!Number.isFinite(a) || !Number.isFinite(b)) throw new RangeError('Instants must be finite numbers');
        if (this.chunks.length === 0 || this.isFar(a, b)) this.reset(a);
        let changed = false;
        while (a < this.from) {
            this.chunks.unshift(this.buildYear(this.chunks[0]!.year - 1));
            this.from = this.chunks[0]!.from;
            changed = true;
        }
        while (b >= this.to) {
            this.pushYear();
            changed = true;
        }
        if (changed) this.flatten();
    }

    /** Add the next local year; false when no opening can ever follow (only special hours, all past). */
    extendForward(): boolean {
        const nextYear = this.chunks[this.chunks.length - 1]!.year + 1;
        if (!this.calendarDays.opensWeekly && firstDayOfYear(nextYear) > this.calendarDays.lastSpecialDay) return false;
        this.pushYear();
        this.flatten();
        return true;
    }

    /** Index of the last range starting at or before `ms`, or −1. */
    rangeAt(ms: number): number {
        const bucket = Math.floor((ms - this.from) / BUCKET_MS);
        if (bucket < 0) return -1;
        const starts = this.starts;
        const n = this.n;
        if (bucket >= this.buckets.length) {
            let lo = 0;
            let hi = n - 1;
            let found = -1;
            while (lo <= hi) {
                const mid = (lo + hi) >>> 1;
                if (starts[mid]! <= ms) {
                    found = mid;
                    lo = mid + 1;
                } else hi = mid - 1;
            }
            return found;
        }
        // An hour holds at most a few range starts: walk from the bucket's entry.
        let i = this.buckets[bucket]!;
        while (i + 1 < n && starts[i + 1]! <= ms) i++;
        return i;
    }

    /** Open ms from the table start up to `ms`, given i = rangeAt(ms). */
    openBefore(ms: number, i: number): number {
        if (i < 0) return 0;
        const over = this.ends[i]! - ms;
        return over > 0 ? this.cumEnd[i]! - over : this.cumEnd[i]!;
    }

    /** Open ms from the table start up to `ms`. */
    openUntil(ms: number): number {
        return this.openBefore(ms, this.rangeAt(ms));
    }

    /**
     * The earliest instant at which `target` open ms have accumulated since the table start, searching
     * from range `fromIndex` on; extends the table forward as needed; +∞ when the calendar never gets there.
     */
    instantAtOpen(target: number, fromIndex: number): number {
        while (this.n === 0 || this.cumEnd[this.n - 1]! < target) {
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

    /** Make range `index` exist, extending forward; false when the calendar never opens again. */
    ensureIndex(index: number): boolean {
        while (index >= this.n) if (!this.extendForward()) return false;
        return true;
    }

    /** Index of the first range with ordinal ≥ `ord`, extending forward; −1 when there is none. */
    firstOfOrdinal(ord: number, fromIndex: number): number {
        while (this.n === 0 || this.ords[this.n - 1]! < ord) if (!this.extendForward()) return -1;
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

    private isFar(a: number, b: number): boolean {
        const span = FAR_YEARS * 366 * 86_400_000;
        return a > this.to + span || b < this.from - span;
    }

    private reset(ms: number): void {
        const year = yearOfDay(dayOfWall(this.zone.wallOf(ms)));
        const chunk = this.buildYear(year);
        this.chunks = [chunk];
        this.from = chunk.from;
        this.to = chunk.to;
        this.flatten();
    }

    private pushYear(): void {
        const chunk = this.buildYear(this.chunks[this.chunks.length - 1]!.year + 1);
        this.chunks.push(chunk);
        this.to = chunk.to;
    }

    private buildYear(year: number): YearChunk {
        const zone = this.zone;
        const firstDay = firstDayOfYear(year);
        const lastDay = firstDayOfYear(year + 1);
        const chunk: YearChunk = {
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
        if (onlySpecial && (lastDay <= calendarDays.firstSpecialDay || firstDay > calendarDays.lastSpecialDay)) return chunk;
        for (let day = firstDay; day < lastDay; day++) {
            const { intervals } = calendarDays.plan(day);
            const dayStart = chunk.starts.length;
            for (const { start, end } of intervals) {
                const s = zone.instantOf(wallOf(day, start));
                const e = zone.instantOf(wallOf(day, end));
                // An interval wholly inside a DST gap has no instants.
                if (e <= s) continue;
                const last = chunk.ends.length - 1;
                // Intervals that touch once the gap is skipped are one stretch of the same day.
                if (last >= dayStart && chunk.ends[last] === s) chunk.ends[last] = e;
                else {
                    chunk.starts.push(s);
                    chunk.ends.push(e);
                    chunk.days.push(day);
                }
            }
        }
        return chunk;
    }

    private flatten(): void {
        let n = 0;
        for (const chunk of this.chunks) n += chunk.starts.length;
        const starts = new Float64Array(n);
        const ends = new Float64Array(n);
        const cumEnd = new Float64Array(n);
        const days = new Int32Array(n);
        const ords = new Int32Array(n);
        let i = 0;
        let total = 0;
        let ord = -1;
        let previousDay = NaN;
        for (const chunk of this.chunks) {
            for (let k = 0; k < chunk.starts.length; k++, i++) {
                const s = chunk.starts[k]!;
                const e = chunk.ends[k]!;
                const day = chunk.days[k]!;
                total += e - s;
                starts[i] = s;
                ends[i] = e;
                cumEnd[i] = total;
                days[i] = day;
                if (day !== previousDay) ord++;
                ords[i] = ord;
                previousDay = day;
            }
        }
        this.starts = starts;
        this.ends = ends;
        this.cumEnd = cumEnd;
        this.days = days;
        this.ords = ords;
        this.n = n;
        this.from = this.chunks[0]!.from;
        this.to = this.chunks[this.chunks.length - 1]!.to;
        const buckets = new Int32Array(Math.ceil((this.to - this.from) / BUCKET_MS) + 1);
        for (let b = 0, i = -1; b < buckets.length; b++) {
            const t = this.from + b * BUCKET_MS;
            while (i + 1 < n && starts[i + 1]! <= t) i++;
            buckets[b] = i;
        }
        this.buckets = buckets;
    }
}
