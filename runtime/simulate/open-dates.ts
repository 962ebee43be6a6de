import type { Calendar } from '../calendar/calendar.js';
import { dayOfWall } from '../time/local-date.js';
import { DAY_MS } from '../time/units.js';
import { ZoneTimeline } from '../time/zone-timeline.js';

/**
 * A calendar's open dates over a scenario's period and the tables' slack, built once per (calendar) by the
 * judge: each local date's open intervals (Calendar.openIntervals of the date, in the calendar's zone) with
 * the date's rank among the open dates, and each open date's first opening.
 *
 * What it answers is a lower bound of Calendar.addBusinessDays(opened, days, pauses) with only comparisons
 * (no arithmetic of the calendar's to match): the due instant is on, or after, the first opening of the
 * `days`-th open date after that of the ticket's first open instant (the same time of day there, that date's
 * first opening if it opens later, or past it when that date closed earlier; pauses only move it on).
 */
export class OpenDates {
    /** The open intervals, date by date, in order: start, end and the rank of their date among the open dates. */
    private readonly starts: Float64Array;
    private readonly ends: Float64Array;
    private readonly rank: Int32Array;
    /** Per open date (by rank): its first opening. */
    private readonly firstOpening: Float64Array;

    /** None: every dueFloor is NaN (a slot without a target of business days). */
    static readonly NONE = new OpenDates(null, 'UTC', 0, 0);

    /** The dates from that of `from` to the last one ending by `to`, in `zone`, the calendar's. */
    constructor(calendar: Calendar | null, zone: string, from: number, to: number) {
        const starts: number[] = [];
        const ends: number[] = [];
        const rank: number[] = [];
        const firstOpening: number[] = [];
        // NONE is built as the module loads, by every command: no zone for it (a zone's first use starts ICU).
        const timeline = calendar === null ? null : ZoneTimeline.of(zone);
        for (let day = timeline === null ? 0 : dayOfWall(timeline.wallOf(from)); timeline !== null && calendar !== null; day++) {
            const dayStart = timeline.instantOf(day * DAY_MS);
            const dayEnd = timeline.instantOf((day + 1) * DAY_MS);
            if (!(dayEnd <= to)) break;
            const open = calendar.openIntervals(dayStart, dayEnd).filter((i) => i.end > i.start);
            if (open.length === 0) continue;
            firstOpening.push(open[0]!.start);
            for (const i of open) {
                starts.push(i.start);
                ends.push(i.end);
                rank.push(firstOpening.length - 1);
            }
        }
        this.starts = Float64Array.from(starts);
        this.ends = Float64Array.from(ends);
        this.rank = Int32Array.from(rank);
        this.firstOpening = Float64Array.from(firstOpening);
    }

    /**
     * The first opening of the `days`-th open date after the date of the first open instant at or after
     * `opened`; NaN when that lies outside the dates held (every comparison with it is false).
     */
    dueFloor(opened: number, days: number): number {
        const starts = this.starts;
        // The last interval starting at or before `opened` (−1: none).
        let lo = -1;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid]! <= opened) lo = mid;
            else hi = mid - 1;
        }
        // Open then: its date; else the next opening's (the dates held begin with that of the period's start).
        const k = lo >= 0 && opened < this.ends[lo]! ? lo : lo + 1;
        if (k >= starts.length) return NaN;
        const target = this.rank[k]! + days;
        return target < this.firstOpening.length ? this.firstOpening[target]! : NaN;
    }
}
