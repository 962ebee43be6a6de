import { firstPauseEndingAfter, normalizePauses, type FlatPauses, type Pauses } from '../time/pauses.js';
import { DAY_MS, MINUTE_MS } from '../time/units.js';
import { BeyondHorizon, checkComputable, horizonAfter } from './horizon.js';

/** A stretch of open (or open and unpaused) time, [start, end) in epoch ms. */
export interface OpenInterval {
    readonly start: number;
    readonly end: number;
}

/**
 * Business time on one calendar. All instants are epoch milliseconds; durations of open time are
 * milliseconds unless a name says minutes or days. Pauses are [startMs, endMs) ranges during which no time
 * counts (see time/pauses.ts); they need not be sorted. An instant that can never be reached (the calendar
 * never opens again, as with a calendar open only on past special dates) is +∞.
 *
 * Every operation is bounded by the engine's horizon (horizon.ts): instants outside the years Pacto computes
 * with, a due instant more than HORIZON_YEARS after the start, or a span longer than that throw BeyondHorizon
 * (a RangeError) after bounded work, never a table of centuries.
 */
export interface Calendar {
    readonly name: string;
    /** IANA zone whose wall clock the hours are written in ("UTC" for `always`). */
    readonly zone: string;
    /** Open at this instant (intervals are half-open: an opening instant is open, a closing one is not). */
    isOpen(ms: number): boolean;
    /** The first instant ≥ ms at which the calendar is open: `ms` itself when open. */
    nextOpening(ms: number): number;
    /** The first instant ≥ ms at which the calendar is closed: `ms` itself when closed; +∞ if never. */
    nextClosing(ms: number): number;
    /** The first open, unpaused instant ≥ ms: where a clock started at `ms` begins to run. */
    clockStart(ms: number, pauses?: Pauses): number;
    /** Due instant of `minutes` business minutes from `startMs` (see BusinessCalendar for the rules). */
    addBusiness(startMs: number, minutes: number, pauses?: Pauses): number;
    /** The same, with the amount in milliseconds of open time (exact for amounts measured by elapsedBusiness). */
    addBusinessMs(startMs: number, amountMs: number, pauses?: Pauses): number;
    /** addBusinessMs with pauses normalised once, for callers that ask several questions of the same pauses. */
    addBusinessFlat(startMs: number, amountMs: number, pauses: FlatPauses): number;
    /** Due instant of `days` business days from `startMs`. */
    addBusinessDays(startMs: number, days: number, pauses?: Pauses): number;
    /** Open, unpaused milliseconds in [fromMs, toMs); 0 when toMs ≤ fromMs. */
    elapsedBusiness(fromMs: number, toMs: number, pauses?: Pauses): number;
    /** elapsedBusiness with pauses normalised once. */
    elapsedFlat(fromMs: number, toMs: number, pauses: FlatPauses): number;
    /** The open, unpaused stretches within [fromMs, toMs), in order. */
    openIntervals(fromMs: number, toMs: number, pauses?: Pauses): OpenInterval[];
}

/**
 * The rules shared by every calendar, written once over a few primitives on the calendar's open-time
 * function F(t) (open ms from some origin up to t, valid between two `prepare` calls).
 *
 * - addBusiness: the earliest instant u with N ms of open, unpaused time in [start, u). Being the earliest,
 *   a deadline that lands on a closing instant (or on the start of a pause) is that instant. A zero amount
 *   is due at `clockStart(start)`: the start itself when open and unpaused, else the next such instant; we
 *   chose this over "the start itself" because the spec starts the clock at the next opening.
 * - addBusinessDays: see `addBusinessDays` below.
 *
 * Each public operation calls `begin` with the instant it counts from: the horizon (`limit`) is HORIZON_YEARS
 * after it, and the primitives stop there (`beyond` says so).
 */
export abstract class CalendarBase implements Calendar {
    abstract readonly name: string;
    abstract readonly zone: string;
    /** Where the current operation counts from, and the last instant it may reach. */
    protected origin = 0;
    protected limit = Infinity;
    abstract isOpen(ms: number): boolean;
    abstract nextOpening(ms: number): number;
    abstract nextClosing(ms: number): number;

    /** Make F valid for instants in [a, b]. */
    protected abstract prepare(a: number, b: number): void;
    /** F(ms); `ms` must have been prepared or lie before an instant returned by `instantAtOpen`. */
    protected abstract openUntil(ms: number): number;
    /** The earliest instant u ≥ `after` with F(u) = target (target ≥ F(after)); +∞ if never. */
    protected abstract instantAtOpen(target: number, after: number): number;
    /** The raw open stretches overlapping [a, b), clipped to it. */
    protected abstract rawIntervals(a: number, b: number): OpenInterval[];
    /**
     * Business days without pauses from an open instant `s`: the same local time of day on the N-th
     * following open day, with the carry rule for days that are closed at that time.
     */
    protected abstract sameTimeOnOpenDay(s: number, days: number): number;

    /** Starts an operation counted from `originMs`: checks it and sets the horizon. */
    protected begin(originMs: number): void {
        checkComputable(originMs);
        this.origin = originMs;
        this.limit = horizonAfter(originMs);
    }

    /** The refusal of the current operation at its horizon. */
    protected beyond(reason: 'deadline' | 'span' = 'deadline'): BeyondHorizon {
        return new BeyondHorizon(reason, this.origin, this.limit);
    }

    clockStart(ms: number, pauses?: Pauses): number {
        const p = normalizePauses(pauses);
        let at = ms;
        for (;;) {
            at = this.nextOpening(at);
            if (at === Infinity) return at;
            const j = firstPauseEndingAfter(p, at);
            const pause = p[j];
            if (pause === undefined || pause[0] > at) return at;
            at = pause[1];
            if (at === Infinity) return at;
        }
    }

    addBusiness(startMs: number, minutes: number, pauses?: Pauses): number {
        return this.addBusinessMs(startMs, minutes * MINUTE_MS, pauses);
    }

    addBusinessMs(startMs: number, amountMs: number, pauses?: Pauses): number {
        this.begin(startMs);
        // `1` and 308 zeros minutes is finite, its milliseconds are not: it falls due past any horizon.
        if (amountMs === Infinity) throw this.beyond();
        if (!(amountMs >= 0)) throw new RangeError(`Business time must be a finite amount ≥ 0, not ${amountMs}`);
        const p = normalizePauses(pauses);
        if (amountMs === 0) return this.clockStart(startMs, p);
        this.prepare(startMs, startMs);
        if (p.length === 0) return this.instantAtOpen(this.openUntil(startMs) + amountMs, startMs);
        let at = startMs;
        let remaining = amountMs;
        let j = firstPauseEndingAfter(p, at);
        for (;;) {
            for (let pause = p[j]; pause !== undefined && pause[0] <= at; pause = p[++j]) at = Math.max(at, pause[1]);
            // A pause without end (a clock stopped until further notice) never lets the amount accumulate.
            if (at === Infinity) return at;
            const nextPause = p[j]?.[0] ?? Infinity;
            const base = this.openUntil(at);
            const due = this.instantAtOpen(base + remaining, at);
            if (due <= nextPause) return due;
            // The table now reaches past `due`, hence past the pause's start: F is valid there.
            remaining -= this.openUntil(nextPause) - base;
            at = nextPause;
        }
    }

    /** Starts an operation over [fromMs, toMs): both computable, the span within the horizon. */
    protected beginSpan(fromMs: number, toMs: number): void {
        this.begin(fromMs);
        checkComputable(toMs);
        if (toMs > this.limit) throw this.beyond('span');
    }

    /**
     * N business days from `startMs`: a start outside open hours first moves to the next opening s; the
     * due instant is the same local time of day as s on the N-th following open day (a date with any open
     * time). If the calendar is open then, that is the deadline. If that day opens later, it is the day's
     * first opening. If it is closed then because the day closed earlier (an early closing, a lunch break,
     * a Saturday half day), the time between that closing and the local time carries over to the next
     * opening, as for business hours.
     *
     * Pauses: the deadline moves by the open time the pauses cover between s and that deadline, counted
     * as business time on from the deadline (and skipping later pauses). The total open, unpaused time
     * granted is so the same as without pauses. A start inside a pause still starts the day count at s.
     */
    addBusinessDays(startMs: number, days: number, pauses?: Pauses): number {
        this.begin(startMs);
        if (!Number.isInteger(days) || days < 0) throw new RangeError(`Business days must be a whole number ≥ 0, not ${days}`);
        // The N-th following open day is at least N days (less a clock change) away: more days than the horizon
        // holds are refused before any table is built (999999999999999 business days took seconds).
        if (days > (this.limit - startMs) / DAY_MS + 2) throw this.beyond();
        const p = normalizePauses(pauses);
        if (days === 0) return this.clockStart(startMs, p);
        const s = this.nextOpening(startMs);
        if (s === Infinity) return s;
        const due = this.sameTimeOnOpenDay(s, days);
        if (p.length === 0 || due === Infinity) return due;
        this.prepare(s, due);
        const paused = this.openUntil(due) - this.openUntil(s) - this.elapsedBusiness(s, due, p);
        return paused > 0 ? this.addBusinessMs(due, paused, p) : due;
    }

    /** The pair list's answer: calendars with a faster walk over the flat form override it. */
    addBusinessFlat(startMs: number, amountMs: number, pauses: FlatPauses): number {
        return this.addBusinessMs(startMs, amountMs, pauses.pairs);
    }

    elapsedFlat(fromMs: number, toMs: number, pauses: FlatPauses): number {
        return this.elapsedBusiness(fromMs, toMs, pauses.pairs);
    }

    elapsedBusiness(fromMs: number, toMs: number, pauses?: Pauses): number {
        this.beginSpan(fromMs, toMs);
        if (!(toMs > fromMs)) return 0;
        const p = normalizePauses(pauses);
        this.prepare(fromMs, toMs);
        let total = this.openUntil(toMs) - this.openUntil(fromMs);
        for (let j = firstPauseEndingAfter(p, fromMs); j < p.length; j++) {
            const [ps, pe] = p[j]!;
            if (ps >= toMs) break;
            total -= this.openUntil(Math.min(pe, toMs)) - this.openUntil(Math.max(ps, fromMs));
        }
        return total;
    }

    openIntervals(fromMs: number, toMs: number, pauses?: Pauses): OpenInterval[] {
        this.beginSpan(fromMs, toMs);
        if (!(toMs > fromMs)) return [];
        const p = normalizePauses(pauses);
        const result: OpenInterval[] = [];
        let j = firstPauseEndingAfter(p, fromMs);
        for (const raw of this.rawIntervals(fromMs, toMs)) {
            let start = raw.start;
            while (j < p.length && p[j]![1] <= start) j++;
            for (let k = j; k < p.length && p[k]![0] < raw.end; k++) {
                const [ps, pe] = p[k]!;
                if (ps > start) pushMerged(result, start, ps);
                start = Math.max(start, pe);
            }
            if (raw.end > start) pushMerged(result, start, raw.end);
        }
        return result;
    }
}

function pushMerged(list: OpenInterval[], start: number, end: number): void {
    const last = list[list.length - 1];
    if (last && last.end === start) list[list.length - 1] = { start: last.start, end };
    else list.push({ start, end });
}

/** Throws for an instant the engine does not compute with (not finite, or outside the years: see horizon.ts). */
export function checkInstant(ms: number): void {
    checkComputable(ms);
}
