import type { CalendarSpec } from '../model.js';
import { dayOfIso, dayOfWall, isoOfDay } from '../time/local-date.js';
import type { Pauses } from '../time/pauses.js';
import { DAY_MS } from '../time/units.js';
import { ZoneTimeline, type OffsetTransition } from '../time/zone-timeline.js';
import { CalendarBase, type OpenInterval } from './calendar.js';
import { CalendarDays, type DayPlan } from './days.js';
import { OpenTable } from './open-table.js';

/**
 * A calendar built from a contract's CalendarSpec, following the spec's "Time semantics":
 *
 * - Weekly hours are local wall-clock intervals [start, end) in the calendar's IANA zone; 24:00 ends a day.
 * - A date with special hours has exactly those hours (none: closed), even when it is also a holiday:
 *   special hours are written for that date, so they win.
 * - Otherwise a holiday (the contract's own or a public holiday of a listed country/region, from
 *   date-holidays) closes the whole local date.
 * - DST: a local time that does not exist maps to the first instant after the gap; an ambiguous one takes
 *   the earlier offset. A day's interval therefore holds as many real hours as the wall clock shows, and
 *   an interval wholly inside a gap holds none.
 *
 * Open time is materialised lazily, one local year at a time, as epoch ranges with running totals
 * (OpenTable), cached in the instance; deadlines and elapsed times are binary searches on it. The hours
 * are read from the spec once, at construction: build a new calendar for a changed spec.
 */
export class BusinessCalendar extends CalendarBase {
    static fromSpec(spec: CalendarSpec): BusinessCalendar {
        return new BusinessCalendar(spec);
    }

    readonly name: string;
    readonly zone: string;
    private readonly timeline: ZoneTimeline;
    private readonly days: CalendarDays;
    private readonly table: OpenTable;

    private constructor(readonly spec: CalendarSpec) {
        super();
        this.name = spec.name;
        this.zone = spec.zone;
        this.timeline = ZoneTimeline.of(spec.zone);
        this.days = new CalendarDays(spec);
        this.table = new OpenTable(this.days, this.timeline);
    }

    /** The hours of one local date ("YYYY-MM-DD") and why. */
    dayPlan(date: string): DayPlan {
        return this.days.plan(dayOfIso(date));
    }

    /** First instant of a local date ("YYYY-MM-DD"): its midnight, or the first instant after a gap. */
    startOfDate(date: string): number {
        return this.timeline.instantOf(dayOfIso(date) * DAY_MS);
    }

    /** Offset changes of the calendar's zone at instants in [fromMs, toMs). */
    offsetChanges(fromMs: number, toMs: number): OffsetTransition[] {
        return this.timeline.transitionsBetween(fromMs, toMs);
    }

    /** Local date ("YYYY-MM-DD") of an instant in the calendar's zone. */
    localDate(ms: number): string {
        return isoOfDay(dayOfWall(this.timeline.wallOf(ms)));
    }

    isOpen(ms: number): boolean {
        const table = this.table;
        if (!(ms >= table.from && ms < table.to)) table.cover(ms, ms);
        const i = table.rangeAt(ms);
        return i >= 0 && ms < table.ends[i]!;
    }

    nextOpening(ms: number): number {
        const table = this.table;
        if (!(ms >= table.from && ms < table.to)) table.cover(ms, ms);
        const i = table.rangeAt(ms);
        if (i >= 0 && ms < table.ends[i]!) return ms;
        return table.ensureIndex(i + 1) ? table.starts[i + 1]! : Infinity;
    }

    nextClosing(ms: number): number {
        const table = this.table;
        table.cover(ms, ms);
        let k = table.rangeAt(ms);
        if (k < 0 || ms >= table.ends[k]!) return ms;
        // Ranges are kept per date, so an around-the-clock stretch is many touching ranges: walk them.
        for (;;) {
            const end = table.ends[k]!;
            if (!this.days.mayCloseAfter(table.days[k]!)) return Infinity;
            if (!table.ensureIndex(k + 1) || table.starts[k + 1]! !== end) return end;
            k++;
        }
    }

    // The two hot paths, without pauses, skip the shared code's checks and normalisation.
    override addBusinessMs(startMs: number, amountMs: number, pauses?: Pauses): number {
        if ((pauses === undefined || pauses.length === 0) && amountMs > 0 && amountMs < Infinity) {
            const table = this.table;
            if (!(startMs >= table.from && startMs < table.to)) table.cover(startMs, startMs);
            const i = table.rangeAt(startMs);
            return table.instantAtOpen(table.openBefore(startMs, i) + amountMs, i);
        }
        return super.addBusinessMs(startMs, amountMs, pauses);
    }

    override elapsedBusiness(fromMs: number, toMs: number, pauses?: Pauses): number {
        if ((pauses === undefined || pauses.length === 0) && toMs > fromMs) {
            const table = this.table;
            if (!(fromMs >= table.from && toMs < table.to)) table.cover(fromMs, toMs);
            return table.openUntil(toMs) - table.openUntil(fromMs);
        }
        return super.elapsedBusiness(fromMs, toMs, pauses);
    }

    protected prepare(a: number, b: number): void {
        const table = this.table;
        if (!(a >= table.from && b < table.to)) table.cover(a, b);
    }

    protected openUntil(ms: number): number {
        const table = this.table;
        // Within an operation instants only move forward: extend, never rebuild.
        while (ms >= table.to) table.cover(table.from, ms);
        return table.openUntil(ms);
    }

    protected instantAtOpen(target: number, after: number): number {
        return this.table.instantAtOpen(target, this.table.rangeAt(after));
    }

    protected rawIntervals(a: number, b: number): OpenInterval[] {
        const table = this.table;
        table.cover(a, b);
        const result: OpenInterval[] = [];
        for (let i = Math.max(0, table.rangeAt(a)); i < table.n && table.starts[i]! < b; i++) {
            const start = Math.max(a, table.starts[i]!);
            const end = Math.min(b, table.ends[i]!);
            if (end > start) result.push({ start, end });
        }
        return result;
    }

    protected sameTimeOnOpenDay(s: number, days: number): number {
        const table = this.table;
        table.cover(s, s);
        const i = table.rangeAt(s);
        const startDay = table.days[i]!;
        const j = table.firstOfOrdinal(table.ords[i]! + days, i);
        if (j < 0) return Infinity;
        // firstOfOrdinal may have extended the table: read the arrays only now.
        const { starts, ends, days: rangeDays, n } = table;
        const day = rangeDays[j]!;
        const timeOfDay = Math.min(DAY_MS, Math.max(0, this.timeline.wallOf(s) - startDay * DAY_MS));
        const at = this.timeline.instantOf(day * DAY_MS + timeOfDay);
        if (at < starts[j]!) return starts[j]!;
        let k = j;
        while (k + 1 < n && rangeDays[k + 1] === day && starts[k + 1]! <= at) k++;
        if (at < ends[k]!) return at;
        const closing = ends[k]!;
        return this.table.instantAtOpen(this.table.openUntil(closing) + (at - closing), k);
    }
}
