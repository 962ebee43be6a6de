import { IANAZone } from 'luxon';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './units.js';

/** One change of a zone's UTC offset. */
export interface OffsetTransition {
    /** First instant (epoch ms) of the new offset. */
    readonly at: number;
    /** Offsets in minutes east of UTC. */
    readonly offsetBefore: number;
    readonly offsetAfter: number;
}

/**
 * How far apart offsets are sampled; no zone changes its offset twice within this span. A day, not less:
 * an offset costs ~2 µs (luxon's ~10–20), and a century of 6-hour samples took seconds (issue 13: the engine's
 * horizon is a century, and the editor's budget half a second).
 */
const SAMPLE_MS = 24 * HOUR_MS;
/** Coverage grows by this much at a time, so luxon is asked ~370 times per zone and year, plus ~30 per change. */
const CHUNK_MS = 366 * DAY_MS;
/** Any wall time is within this distance of its instant (offsets stay within UTC−12…UTC+14). */
const MARGIN_MS = DAY_MS;

/** ICU's long offset ("GMT-04:00", "GMT-04:27:44", "GMT" for zero); "−" is accepted for "-". */
const LONG_OFFSET = /GMT(?:([+\-\u2212])(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The offset (ms) of `zone` at an instant, read from ICU's long offset format: one short format call (~2 µs),
 * where luxon's offset() formats seven fields to parts and builds a UTC time from them (~15–25 µs), for the
 * same offset to the second. A text the pattern does not read (an ICU that writes it otherwise) asks luxon.
 */
function offsetReader(zone: string, luxonZone: IANAZone): (ms: number) => number {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset', year: 'numeric' });
    const luxonOffset = (ms: number) => Math.round(luxonZone.offset(ms) * MINUTE_MS);
    return (ms) => {
        const match = LONG_OFFSET.exec(format.format(ms));
        if (!match) return luxonOffset(ms);
        const size = match[1] === undefined ? 0 : (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0)) * 1000;
        return match[1] === '+' || size === 0 ? size : -size;
    };
}

/**
 * The UTC offsets of one IANA zone as a sorted list of regimes, found once through ICU and then used with
 * plain arithmetic: the calendar tables convert thousands of local times per year, and an ICU call costs
 * microseconds. Shared per zone name; grows lazily in both directions.
 *
 * Local→instant conversion follows the spec's rule for wall-clock times: a local time maps to the earliest
 * instant whose local wall time is at or after it. That single rule gives both cases the spec names: a
 * local time in a DST gap maps to the first existing instant after the gap, and an ambiguous local time
 * takes the earlier offset (its first occurrence). It is also monotonic, so intervals keep their order.
 */
export class ZoneTimeline {
    private static readonly byName = new Map<string, ZoneTimeline>();

    /** The shared timeline of `zone`; throws RangeError for a name that is not an IANA zone. */
    static of(zone: string): ZoneTimeline {
        let timeline = ZoneTimeline.byName.get(zone);
        if (!timeline) {
            if (!IANAZone.isValidZone(zone)) throw new RangeError(`Unknown time zone: "${zone}"`);
            timeline = new ZoneTimeline(zone, IANAZone.create(zone));
            ZoneTimeline.byName.set(zone, timeline);
        }
        return timeline;
    }

    /** Regime k has offset offsets[k] (ms) from starts[k]; regime 0 extends to −∞ and the last to +∞. */
    private starts: number[] = [];
    private offsets: number[] = [];
    private from = 0;
    private to = 0;

    private readonly offsetOf: (ms: number) => number;

    private constructor(
        readonly zone: string,
        luxonZone: IANAZone,
    ) {
        this.offsetOf = offsetReader(zone, luxonZone);
    }

    /** Offset in minutes east of UTC at `ms`. */
    offsetMinutesAt(ms: number): number {
        return this.offsetAt(ms) / MINUTE_MS;
    }

    /** Offset in milliseconds at instant `ms`. */
    offsetAt(ms: number): number {
        this.cover(ms, ms);
        return this.offsets[this.regimeAt(ms)]!;
    }

    /** Wall value (local date-time written as UTC) of instant `ms`. */
    wallOf(ms: number): number {
        return ms + this.offsetAt(ms);
    }

    /** The earliest instant whose local wall time is at or after `wall` (see the class comment). */
    instantOf(wall: number): number {
        this.cover(wall - MARGIN_MS, wall + MARGIN_MS);
        const starts = this.starts;
        const offsets = this.offsets;
        const n = starts.length;
        // Earlier regimes end before wall − 1 day, and an instant is never that far from its wall time.
        for (let k = this.regimeAt(wall - MARGIN_MS); k < n; k++) {
            const naive = wall - offsets[k]!;
            const candidate = k === 0 ? naive : Math.max(starts[k]!, naive);
            // Within a regime local time increases with the instant, so this is its earliest fit; the first
            // regime that has one holds the overall earliest.
            if (k + 1 === n || candidate < starts[k + 1]!) return candidate;
        }
        return wall - offsets[n - 1]!;
    }

    /** True when no instant has exactly this local wall time (it lies in a gap where clocks jump forward). */
    isGap(wall: number): boolean {
        return this.wallOf(this.instantOf(wall)) !== wall;
    }

    /** True when two instants share this local wall time (clocks went back); the earlier one is used. */
    isAmbiguous(wall: number): boolean {
        const first = this.instantOf(wall);
        if (this.wallOf(first) !== wall) return false;
        const k = this.regimeAt(first);
        for (let j = k + 1; j < this.starts.length && this.starts[j]! <= first + MARGIN_MS; j++) {
            const other = wall - this.offsets[j]!;
            if (other >= this.starts[j]! && (j + 1 === this.starts.length || other < this.starts[j + 1]!)) return true;
        }
        return false;
    }

    /** Offset changes at instants in [fromMs, toMs). */
    transitionsBetween(fromMs: number, toMs: number): OffsetTransition[] {
        if (!(toMs > fromMs)) return [];
        this.cover(fromMs, toMs);
        const result: OffsetTransition[] = [];
        for (let k = this.regimeAt(fromMs) + 1; k < this.starts.length && this.starts[k]! < toMs; k++) {
            result.push({
                at: this.starts[k]!,
                offsetBefore: this.offsets[k - 1]! / MINUTE_MS,
                offsetAfter: this.offsets[k]! / MINUTE_MS,
            });
        }
        return result;
    }

    /** Index of the regime in force at `ms` (coverage assumed). */
    private regimeAt(ms: number): number {
        const starts = this.starts;
        let lo = 1;
        let hi = starts.length - 1;
        let found = 0;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            if (starts[mid]! <= ms) {
                found = mid;
                lo = mid + 1;
            } else hi = mid - 1;
        }
        return found;
    }

    private cover(fromMs: number, toMs: number): void {
        if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw new RangeError('Instants must be finite numbers');
        if (this.starts.length === 0) {
            const origin = Math.floor(fromMs / DAY_MS) * DAY_MS;
            this.from = origin;
            this.to = origin;
            this.starts = [origin];
            this.offsets = [this.offsetOf(origin)];
        }
        while (fromMs < this.from) this.extendBackward();
        while (toMs >= this.to) this.extendForward();
    }

    private extendForward(): void {
        const end = this.to + CHUNK_MS;
        let previous = this.to;
        let previousOffset = this.offsets[this.offsets.length - 1]!;
        for (let t = previous + SAMPLE_MS; t <= end; t += SAMPLE_MS) {
            const offset = this.offsetOf(t);
            if (offset !== previousOffset) {
                this.starts.push(this.changeBetween(previous, t, previousOffset));
                this.offsets.push(offset);
                previousOffset = offset;
            }
            previous = t;
        }
        this.to = end;
    }

    private extendBackward(): void {
        const start = this.from - CHUNK_MS;
        const starts: number[] = [];
        const offsets: number[] = [];
        let previous = start;
        let previousOffset = this.offsetOf(start);
        starts.push(start);
        offsets.push(previousOffset);
        for (let t = start + SAMPLE_MS; t <= this.from; t += SAMPLE_MS) {
            const offset = t === this.from ? this.offsets[0]! : this.offsetOf(t);
            if (offset !== previousOffset) {
                starts.push(this.changeBetween(previous, t, previousOffset));
                offsets.push(offset);
                previousOffset = offset;
            }
            previous = t;
        }
        // The old first regime began at or before the old coverage start; it continues the last new one.
        const oldStarts = this.starts.slice(1);
        const oldOffsets = this.offsets.slice(1);
        if (offsets[offsets.length - 1] !== this.offsets[0]) {
            starts.push(this.from);
            offsets.push(this.offsets[0]!);
        }
        this.starts = starts.concat(oldStarts);
        this.offsets = offsets.concat(oldOffsets);
        this.from = start;
    }

    /** First millisecond in (lo, hi] whose offset differs from `before` (one change assumed in between). */
    private changeBetween(lo: number, hi: number, before: number): number {
        while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (this.offsetOf(mid) === before) lo = mid;
            else hi = mid;
        }
        return hi;
    }
}
