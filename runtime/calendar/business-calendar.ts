import type { CalendarSpec } from '../model.js';
import { dayOfIso, dayOfWall, isoOfDay } from '../time/local-date.js';
import { firstPauseEndingAfter, normalizePauses, type FlatPauses, type Pauses, type TicketPauses } from '../time/pauses.js';
import { DAY_MS } from '../time/units.js';
import { ZoneTimeline, type OffsetTransition } from '../time/zone-timeline.js';
import { CalendarBase, checkInstant, type OpenInterval } from './calendar.js';
import { CalendarDays, type DayPlan } from './days.js';
import { EARLIEST_MS, HORIZON_MS, LATEST_MS, horizonAfter } from './horizon.js';
import { OpenTable } from './open-table.js';

const WEEK_MS = 7 * DAY_MS;

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
 * (OpenTable), cached in the instance; deadlines and elapsed times are index look-ups on it. The hours
 * are read from the spec once, at construction: build a new calendar for a changed spec.
 *
 * Horizon: an amount of open time the calendar cannot hold within HORIZON_YEARS (by its weekly and special
 * hours alone) is refused before any table is built; otherwise the table stops growing at the horizon.
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
    /** More open time than the calendar can hold within the horizon, whatever the holidays (see maxOpenWithin). */
    private readonly horizonOpenMs: number;

    private constructor(readonly spec: CalendarSpec) {
        super();
        this.name = spec.name;
        this.zone = spec.zone;
        this.timeline = ZoneTimeline.of(spec.zone);
        this.days = new CalendarDays(spec);
        this.table = new OpenTable(this.days, this.timeline);
        this.horizonOpenMs = this.maxOpenWithin(HORIZON_MS);
    }

    /**
     * An upper bound of the open time in any span of `spanMs`: whole weeks of weekly hours (one more for the
     * partial ones) with an hour more a week for DST's longer days, and a day and an hour for each special date.
     */
    private maxOpenWithin(spanMs: number): number {
        const weeks = Math.ceil(spanMs / WEEK_MS) + 1;
        const weekly = this.days.weeklyOpenMinutes > 0 ? weeks * (this.days.weeklyOpenMinutes * 60_000 + 3_600_000) : 0;
        return weekly + this.days.specialDayCount * (DAY_MS + 3_600_000);
    }

    /** The table stopped at the horizon (NaN), or found an instant past it: refuse. +∞ (never) passes. */
    private due(at: number): number {
        if (Number.isNaN(at) || (at > this.limit && at !== Infinity)) throw this.beyond();
        return at;
    }

    /** Years of open time the table holds (tests and the bench check it grows linearly). */
    get tableYears(): number {
        return this.table.years;
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
        checkInstant(ms);
        const table = this.table;
        if (!(ms >= table.from && ms < table.to)) table.cover(ms, ms);
        const i = table.rangeAt(ms);
        return i >= 0 && ms < table.ends[i]!;
    }

    nextOpening(ms: number): number {
        checkInstant(ms);
        const table = this.table;
        if (!(ms >= table.from && ms < table.to)) table.cover(ms, ms);
        const i = table.rangeAt(ms);
        if (i >= 0 && ms < table.ends[i]!) return ms;
        // No opening within the horizon is, for every purpose of a contract, none.
        return table.ensureIndex(i + 1, horizonAfter(ms)) ? table.starts[i + 1]! : Infinity;
    }

    nextClosing(ms: number): number {
        checkInstant(ms);
        const table = this.table;
        table.cover(ms, ms);
        let k = table.rangeAt(ms);
        if (k < 0 || ms >= table.ends[k]!) return ms;
        const limit = horizonAfter(ms);
        // Ranges are kept per date, so an around-the-clock stretch is many touching ranges: walk them.
        for (;;) {
            const end = table.ends[k]!;
            if (!this.days.mayCloseAfter(table.days[k]!)) return Infinity;
            if (!table.ensureIndex(k + 1, limit)) return table.to > limit ? Infinity : end;
            if (table.starts[k + 1]! !== end) return end;
            k++;
        }
    }

    // The hot paths skip the shared code's checks and normalisation when the table already covers the start:
    // small methods, so that the compiler inlines them into the caller's loop. An amount more than the
    // calendar holds within the horizon falls due past it, so the table itself answers for the horizon.
    override addBusiness(startMs: number, minutes: number, pauses?: Pauses): number {
        return this.addBusinessMs(startMs, minutes * 60_000, pauses);
    }

    override addBusinessMs(startMs: number, amountMs: number, pauses?: Pauses): number {
        if (pauses === undefined && amountMs >= 1) {
            const table = this.table;
            const hour = startMs / 3_600_000; // an hour, as a literal (see open-table.ts)
            if (hour >= table.dueFirstHour && hour < table.fastEndHour) return table.dueAfter(startMs, amountMs, this.onward);
        }
        // `+`: see OpenTable.dueAfter.
        return +this.addBusinessOther(startMs, amountMs, pauses);
    }

    /**
     * Deadlines with pauses, and those the table does not hold yet. With pauses, on a table that already
     * holds the deadline (the start in the hot paths' hours, see dueFirstHour: nothing it holds is beyond the
     * horizon): a pause counts when it begins before the due instant (then the open time at its start is
     * short of the target), so the deadline without the pauses is looked up first, and a pause that begins
     * after it, the commonest case, costs a comparison of instants; each pause that counts adds the open time
     * it covers and moves the due instant. Anything else goes the long way.
     *
     * One method, not a few small ones: it is too long for V8 to inline into addBusinessMs, so addBusinessMs
     * compiled alone holds only the hot path and its callers inline it whole (a method whose compiled code
     * already inlined much is not inlined again; the paused walk had taken that room).
     */
    private addBusinessOther(startMs: number, amountMs: number, pauses?: Pauses): number {
        const table = this.table;
        const hour = startMs / 3_600_000;
        if (pauses === undefined || !(amountMs >= 1 && hour >= table.dueFirstHour && hour < table.fastEndHour)) {
            if ((pauses === undefined || pauses.length === 0) && amountMs > 0 && amountMs <= this.horizonOpenMs) {
                // The long way without pauses: the table grows forward as the search needs.
                if (!(startMs >= EARLIEST_MS && startMs <= LATEST_MS)) checkInstant(startMs);
                const limit = startMs + HORIZON_MS;
                if (!(startMs >= table.from && startMs < table.to)) table.cover(startMs, startMs);
                const i = table.rangeAt(startMs);
                const at = table.instantAtOpen(table.openBefore(startMs, i) + amountMs, i, limit);
                if (at <= limit || at === Infinity) return at;
                this.origin = startMs;
                this.limit = limit;
                throw this.beyond();
            }
            return this.addBusinessSlow(startMs, amountMs, pauses);
        }
        const p = normalizePauses(pauses);
        const count = p.length;
        let j = 0;
        if (count > 8) j = firstPauseEndingAfter(p, startMs);
        else while (j < count && p[j]![1] <= startMs) j++;
        let at = startMs;
        let pause = p[j];
        // Pauses are disjoint and never touch: at most one holds the start.
        if (pause !== undefined && pause[0] <= at) {
            at = pause[1];
            if (!(at < table.to)) return this.addBusinessSlow(startMs, amountMs, p);
            pause = p[++j];
        }
        let target = table.openAt(at) + amountMs;
        if (target > table.openEnd) return this.addBusinessSlow(startMs, amountMs, p);
        let due = table.instantOfOpen(target);
        for (; pause !== undefined && pause[0] < due; pause = p[++j]) {
            const end = pause[1];
            if (!(end < table.to)) return this.addBusinessSlow(startMs, amountMs, p);
            const paused = table.openAt(end) - table.openAt(pause[0]);
            target += paused;
            if (target > table.openEnd) return this.addBusinessSlow(startMs, amountMs, p);
            // No open time inside the pause: the due instant stays.
            if (paused > 0) due = table.instantOfOpen(target);
        }
        return due;
    }

    /**
     * addBusinessMs with pauses normalised once (FlatPauses): an entry point of its own, so its walk (the
     * table's duePaused) is compiled here and never takes room from addBusinessMs's inlining budget. What the
     * table does not hold yet goes the pair list's way, with the same answers.
     */
    override addBusinessFlat(startMs: number, amountMs: number, pauses: FlatPauses): number {
        const table = this.table;
        const hour = startMs / 3_600_000;
        if (amountMs >= 1 && hour >= table.dueFirstHour && hour < table.fastEndHour) {
            const due = table.duePaused(startMs, amountMs, pauses);
            if (due === due) return due;
        }
        return +this.addBusinessOther(startMs, amountMs, pauses.pairs);
    }

    /** elapsedBusiness with pauses normalised once (see addBusinessFlat). */
    override elapsedFlat(fromMs: number, toMs: number, pauses: FlatPauses): number {
        if (toMs > fromMs && toMs <= fromMs + HORIZON_MS) {
            const table = this.table;
            if (fromMs / 3_600_000 >= table.fastFirstHour && toMs / 3_600_000 < table.fastEndHour) return table.openOutsidePaused(fromMs, toMs, pauses);
        }
        return +this.elapsedOther(fromMs, toMs, pauses.pairs);
    }

    /**
     * addBusinessMs with the pauses of ticket `ticket` of a TicketPauses: on a table the set is carried for,
     * two look-ups whatever the number of pauses, reading the set's arrays in order. The first question (and
     * one after the table grew, while some ticket's pauses lay outside it) carries the whole set for this
     * calendar: keep one set per calendar, as asking another calendar carries it again. Anything the table does
     * not hold goes the pair list's way, with the same answers.
     */
    addBusinessTicket(startMs: number, amountMs: number, pauses: TicketPauses, ticket: number): number {
        const table = this.table;
        const hour = startMs / 3_600_000;
        if (pauses.boundTo === table && amountMs >= 1 && hour >= table.dueFirstHour && hour < table.fastEndHour) {
            const due = table.dueTicket(startMs, amountMs, pauses, ticket);
            if (due === due) return due;
        }
        return +this.addBusinessTicketOther(startMs, amountMs, pauses, ticket);
    }

    /** elapsedBusiness with the pauses of ticket `ticket` of a TicketPauses (see addBusinessTicket). */
    elapsedTicket(fromMs: number, toMs: number, pauses: TicketPauses, ticket: number): number {
        const table = this.table;
        if (pauses.boundTo === table && toMs > fromMs && toMs <= fromMs + HORIZON_MS && fromMs / 3_600_000 >= table.fastFirstHour && toMs / 3_600_000 < table.fastEndHour) {
            const elapsed = table.openOutsideTicket(fromMs, toMs, pauses, ticket);
            if (elapsed === elapsed) return elapsed;
        }
        return +this.elapsedTicketOther(fromMs, toMs, pauses, ticket);
    }

    /**
     * Carry a set's open times for this calendar now (as its first question would): for callers that build
     * sets often. Carried by the first question instead, the long ways run often, V8 inlines them into
     * addBusinessTicket and elapsedTicket, and those no longer fit their callers' inlining budget (a paused
     * elapsed time over 100,000 tickets went from 37 to 55–82 ns after 200 sets carried so).
     */
    carryPauses(pauses: TicketPauses): void {
        // The table grown over the pauses first, within the engine's years and a horizon's span (else the
        // tickets it does not hold take the long way, which grows it as far as each needs).
        const data = pauses.data;
        let lo = Infinity;
        let hi = -Infinity;
        for (let k = 0; k < data.length; k += 4) {
            const start = data[k]!;
            if (start === Infinity) continue;
            const end = data[k + 1]!;
            if (start < lo) lo = start;
            if (start > hi) hi = start;
            if (end !== Infinity && end > hi) hi = end;
        }
        if (lo <= hi && lo >= EARLIEST_MS && hi <= LATEST_MS && hi - lo <= HORIZON_MS) this.table.cover(lo, hi);
        this.table.carryTickets(pauses);
    }

    private addBusinessTicketOther(startMs: number, amountMs: number, pauses: TicketPauses, ticket: number): number {
        const pairs = pauses.pairs(ticket);
        if (this.carryIfStale(pauses)) {
            const table = this.table;
            const hour = startMs / 3_600_000;
            if (amountMs >= 1 && hour >= table.dueFirstHour && hour < table.fastEndHour) {
                const due = table.dueTicket(startMs, amountMs, pauses, ticket);
                if (due === due) return due;
            }
        }
        return this.addBusinessOther(startMs, amountMs, pairs);
    }

    private elapsedTicketOther(fromMs: number, toMs: number, pauses: TicketPauses, ticket: number): number {
        const pairs = pauses.pairs(ticket);
        if (this.carryIfStale(pauses)) {
            const table = this.table;
            if (toMs > fromMs && toMs <= fromMs + HORIZON_MS && fromMs / 3_600_000 >= table.fastFirstHour && toMs / 3_600_000 < table.fastEndHour) {
                const elapsed = table.openOutsideTicket(fromMs, toMs, pauses, ticket);
                if (elapsed === elapsed) return elapsed;
            }
        }
        return this.elapsedOther(fromMs, toMs, pairs);
    }

    /**
     * Carry the set for this calendar's table when it is carried for another, or left some ticket out and the
     * table has grown since (it may hold that ticket now); true when it did. The table is not grown for it:
     * the questions grow it, as far as they need.
     */
    private carryIfStale(pauses: TicketPauses): boolean {
        const table = this.table;
        if (pauses.boundTo === table && (pauses.heldAll || (pauses.boundFrom === table.from && pauses.boundEnd === table.to))) return false;
        table.carryTickets(pauses);
        return true;
    }

    /** The long way of a deadline the table does not hold yet. */
    private readonly onward = (startMs: number, amountMs: number): number => this.addBusinessOther(startMs, amountMs);

    private addBusinessSlow(startMs: number, amountMs: number, pauses?: Pauses): number {
        // Without pauses (an empty list, after normalisation), addBusinessOther's long way.
        if ((pauses === undefined || pauses.length === 0) && amountMs > 0 && amountMs <= this.horizonOpenMs) return this.addBusinessOther(startMs, amountMs);
        // A calendar open only on special dates never gets there (+∞); the table finds that out.
        if (amountMs > this.horizonOpenMs && amountMs < Infinity && this.days.opensWeekly) {
            this.begin(startMs);
            throw this.beyond();
        }
        if (pauses !== undefined && amountMs > 0 && amountMs < Infinity) return this.addWithPauses(startMs, amountMs, normalizePauses(pauses));
        return super.addBusinessMs(startMs, amountMs, pauses);
    }

    /**
     * The pauses merged into the walk on the table: the due instant is where the open time reaches the
     * start's plus the amount plus the open time inside every pause that begins before it. Each pause that
     * begins before the due instant so far adds its open time (two index look-ups) and moves the due instant
     * (one more); pauses after it cost a comparison.
     */
    private addWithPauses(startMs: number, amountMs: number, p: Pauses): number {
        this.begin(startMs);
        const table = this.table;
        if (!(startMs >= table.from && startMs < table.to)) table.cover(startMs, startMs);
        let at = startMs;
        let j = firstPauseEndingAfter(p, at);
        // Pauses are disjoint and never touch: at most one holds the start.
        const holding = p[j];
        if (holding !== undefined && holding[0] <= at) {
            at = holding[1];
            j++;
            // A pause without end (a clock stopped until further notice) never lets the amount accumulate.
            if (at === Infinity) return at;
            if (!this.reach(at)) return Infinity;
        }
        let target = table.openAt(at) + amountMs;
        for (;;) {
            const due = this.due(table.instantAtOpen(target, 0, this.limit));
            const pause = p[j];
            if (pause === undefined || pause[0] >= due) return due;
            const end = pause[1];
            if (end === Infinity) return end;
            // The table reaches past `due`, hence past the pause's start; its end may lie further on.
            if (!this.reach(end)) return Infinity;
            target += table.openAt(end) - table.openAt(pause[0]);
            j++;
        }
    }

    /** Extends the table (forward only: indexes stay valid) to cover `ms`; false when no opening can follow. */
    private reach(ms: number): boolean {
        const table = this.table;
        while (ms >= table.to) {
            if (table.to > this.limit) throw this.beyond();
            if (!table.extendForward()) return false;
        }
        return true;
    }

    override elapsedBusiness(fromMs: number, toMs: number, pauses?: Pauses): number {
        // beginSpan's checks, inlined (the table's hours lie within the years): the span within the horizon.
        if (pauses === undefined && toMs > fromMs && toMs <= fromMs + HORIZON_MS) {
            const table = this.table;
            if (fromMs / 3_600_000 >= table.fastFirstHour && toMs / 3_600_000 < table.fastEndHour) return table.openAt(toMs) - table.openAt(fromMs);
        }
        // `+`: see OpenTable.dueAfter.
        return +this.elapsedOther(fromMs, toMs, pauses);
    }

    /**
     * Elapsed time with pauses, or that the table does not hold yet, or refused. With pauses on a table that
     * holds the span: the open time of the stretches between pauses, in one walk over them (elapsedPaused,
     * written out: one method too long for V8 to inline, as addBusinessOther is, and for the same reason).
     */
    private elapsedOther(fromMs: number, toMs: number, pauses?: Pauses): number {
        const table = this.table;
        if (toMs > fromMs && toMs <= fromMs + HORIZON_MS && fromMs / 3_600_000 >= table.fastFirstHour && toMs / 3_600_000 < table.fastEndHour) {
            if (pauses === undefined || pauses.length === 0) return table.openAt(toMs) - table.openAt(fromMs);
            const p = normalizePauses(pauses);
            let total = 0;
            let at = fromMs;
            for (let j = p.length > 8 ? firstPauseEndingAfter(p, fromMs) : 0; j < p.length; j++) {
                const pause = p[j]!;
                const end = pause[1];
                if (end <= at) continue;
                const start = pause[0];
                if (start >= toMs) break;
                if (start > at) total += table.openAt(start) - table.openAt(at);
                at = end;
                if (at >= toMs) return total;
            }
            return total + table.openAt(toMs) - table.openAt(at);
        }
        if ((pauses === undefined || pauses.length === 0) && toMs > fromMs) {
            this.beginSpan(fromMs, toMs);
            if (!(fromMs >= table.from && toMs < table.to)) table.cover(fromMs, toMs);
            return table.openUntil(toMs) - table.openUntil(fromMs);
        }
        if (pauses !== undefined && toMs > fromMs) {
            this.beginSpan(fromMs, toMs);
            if (!(fromMs >= table.from && toMs < table.to)) table.cover(fromMs, toMs);
            return this.elapsedPaused(fromMs, toMs, normalizePauses(pauses));
        }
        return super.elapsedBusiness(fromMs, toMs, pauses);
    }

    /** The open time of the stretches between pauses, in one walk over them; [fromMs, toMs] is covered. */
    private elapsedPaused(fromMs: number, toMs: number, p: Pauses): number {
        const table = this.table;
        let total = 0;
        let at = fromMs;
        for (let j = firstPauseEndingAfter(p, fromMs); j < p.length; j++) {
            const pause = p[j]!;
            const start = pause[0];
            if (start >= toMs) break;
            if (start > at) total += table.openAt(start) - table.openAt(at);
            at = pause[1];
            if (at >= toMs) return total;
        }
        return total + table.openAt(toMs) - table.openAt(at);
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
        return this.due(this.table.instantAtOpen(target, this.table.rangeAt(after), this.limit));
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
        const j = table.firstOfOrdinal(table.ords[i]! + days, i, this.limit);
        if (j < 0) {
            if (table.to > this.limit) throw this.beyond();
            return Infinity;
        }
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
        return this.due(this.table.instantAtOpen(this.table.openUntil(closing) + (at - closing), k, this.limit));
    }
}
