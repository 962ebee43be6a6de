import { AlwaysCalendar, alwaysCalendar } from '../calendar/always.js';
import { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Calendar } from '../calendar/calendar.js';
import { EARLIEST_MS, HORIZON_MS, LATEST_MS } from '../calendar/horizon.js';
import { ALWAYS } from '../model.js';
import type { Pause } from '../time/pauses.js';
import { dayOfWall } from '../time/local-date.js';
import { DAY_MS, MINUTE_MS } from '../time/units.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { F_ESCALATIONS, F_RES_SUM_MS, F_RESP_SUM_MS, FIELDS, HIST_BINS, histBinMs, S_RES_ON, S_RESP_ON, SLOT_FIELDS } from './counters.js';
import { TABLES_SLACK_MS, type SimModel, type TargetRule } from './model.js';
import { OpenDates } from './open-dates.js';

/** How the judge evaluates one target of one (category, channel) slot. */
export const T_NONE = 0;
/**
 * On `always` with a positive amount within the horizon: due = opened + amount and elapsed = stop − opened
 * (without pauses), which is what the rule computes for these, so the loop skips the calls.
 */
const T_WALL = 1;
/**
 * Anything else: what the rule computes, asked of its calendar directly (dueAfter would look the calendar up
 * by name for every ticket): addBusinessMs of `amount`, or addBusinessDays of `days` when days ≥ 0, and the
 * calendar's elapsed business time (wall time on `always` without pauses).
 */
const T_CALENDAR = 2;

function targetMode(rule: TargetRule | null, latest: number): { mode: number; amount: number; days: number } {
    if (!rule) return { mode: T_NONE, amount: 0, days: -1 };
    const d = rule.duration;
    if (d.kind === 'businessDays') return { mode: T_CALENDAR, amount: 0, days: d.days };
    const amount = d.minutes * MINUTE_MS;
    // The calendar's own refusal (an amount past the horizon) stays with the calendar.
    const wall = rule.calendar instanceof AlwaysCalendar && amount > 0 && amount <= HORIZON_MS && latest + amount <= LATEST_MS;
    return { mode: wall ? T_WALL : T_CALENDAR, amount, days: -1 };
}

/** A target's due instant on its calendar (the rule's `due`, TargetRule in model.ts). */
function dueOn(calendar: Calendar, amount: number, days: number, opened: number, pauses: Pause[] | undefined): number {
    return days >= 0 ? calendar.addBusinessDays(opened, days, pauses) : calendar.addBusinessMs(opened, amount, pauses);
}

/** The time a target's clock ran (the rule's `elapsed`). */
function elapsedOn(calendar: Calendar, always: boolean, opened: number, stop: number, pauses: Pause[] | undefined): number {
    return always && pauses === undefined ? Math.max(0, stop - opened) : calendar.elapsedBusiness(opened, stop, pauses);
}

/**
 * From which opening instant on a ticket of a target of `amount` open ms, stopped by the horizon, may be
 * judged on time from its elapsed time alone (see TicketJudge): its due instant is then within the horizon
 * of its opening, so the calendar would not have refused it. The due instant of any ticket opened by the
 * horizon (paused or not, its pause ending by then) is at most that of a ticket opened at the horizon; when the
 * tables built past it (TABLES_SLACK_MS) hold that much open time, it lies within them. +∞: never.
 */
function onTimeSafeFrom(calendar: Calendar, amount: number, horizon: number): number {
    if (!(calendar instanceof BusinessCalendar || calendar instanceof AlwaysCalendar) || !(amount > 0)) return Infinity;
    const reach = horizon + TABLES_SLACK_MS;
    if (!(reach <= LATEST_MS) || calendar.elapsedBusiness(horizon, reach) < amount) return Infinity;
    return reach - HORIZON_MS;
}

/**
 * The least open time a target of `days` business days grants a ticket opened in [start, horizon]: the open
 * time of the days − 1 whole open dates between its first open instant's date and the date it falls due on
 * (Calendar.addBusinessDays: the same time of day, or later, on the days-th following open date), over every
 * first date from the period's to that of the first opening at or after the horizon; pauses move the due
 * instant on by the open time they cover, so the open, unpaused time granted is the same. Open dates are
 * read from the tables `compile` built (up to TABLES_SLACK_MS past the horizon), each date's open time in the
 * calendar's zone. 0 (nothing known) for a single day, another kind of calendar, dates past those tables, or a
 * calendar without weekly hours: with weekly hours the due instant of any such ticket lies within weeks of
 * the horizon, so the calendar never refuses it as beyond its horizon (see TicketJudge).
 */
function businessDaysFloor(calendar: Calendar, days: number, start: number, horizon: number): number {
    const weekly = calendar instanceof AlwaysCalendar || (calendar instanceof BusinessCalendar && calendar.spec.weekly.some((w) => w.end > w.start));
    if (!weekly || !Number.isInteger(days) || days < 2) return 0;
    const reach = horizon + TABLES_SLACK_MS;
    const last = calendar.nextOpening(horizon);
    if (!(last < reach)) return 0;
    const timeline = ZoneTimeline.of(calendar.zone);
    // Open time of each open date from the period's first (cut at the start: less, so the floor stays a floor).
    const open: number[] = [];
    let lastDate = -1;
    for (let day = dayOfWall(timeline.wallOf(start)); lastDate < 0 || open.length < lastDate + days; day++) {
        const from = Math.max(start, timeline.instantOf(day * DAY_MS));
        const to = timeline.instantOf((day + 1) * DAY_MS);
        if (!(to <= reach)) return 0;
        const ms = calendar.elapsedBusiness(from, to);
        if (ms > 0) open.push(ms);
        if (lastDate < 0 && to > last) lastDate = open.length - 1;
    }
    // First dates: each open date up to the last one's (and one before the first, for a date cut at the start).
    let floor = Infinity;
    for (let first = -1; first <= lastDate; first++) {
        let granted = 0;
        for (let m = 1; m < days; m++) granted += open[first + m]!;
        floor = Math.min(floor, granted);
    }
    return floor;
}

/**
 * The open dates a target of `days` business days on `calendar` is judged by in the period (OpenDates), when
 * the calendar's answers for it are known to lie within the tables compile built, as for businessDaysFloor
 * (weekly hours, an opening after the horizon within them); OpenDates.NONE otherwise.
 */
function openDatesOf(calendar: Calendar, days: number, start: number, horizon: number): OpenDates {
    const weekly = calendar instanceof AlwaysCalendar || (calendar instanceof BusinessCalendar && calendar.spec.weekly.some((w) => w.end > w.start));
    if (!weekly || !Number.isInteger(days) || days < 1) return OpenDates.NONE;
    const reach = horizon + TABLES_SLACK_MS;
    if (!(reach <= LATEST_MS) || !(calendar.nextOpening(horizon) < reach)) return OpenDates.NONE;
    return new OpenDates(calendar, calendar.zone, start, reach);
}

/**
 * The judge of a simulator's started tickets: each ticket's response and resolution against their targets,
 * added to the run's counters and the histograms, as the ticket starts (so every counter receives the same
 * additions in the same order as before the judge had a class of its own).
 *
 * Most targets are decided by the time their clock ran, which the results need anyway, without the due
 * instant. A target of an amount of open time: the due instant is the earliest with that much open, unpaused
 * time since the opening (Calendar.addBusiness), and open time grows no faster than time, so a stop with more
 * than a millisecond less is before it and one with more than a millisecond more is after it. A target of
 * business days grants at least the open time of the whole open dates it spans (businessDaysFloor), pauses
 * or not: a stop a millisecond short of that is on time. Only the rest, a ticket opened outside the period or
 * stopped after the horizon (where the calendar might refuse the due instant as beyond its own horizon) and
 * the event log (which shows the due instants) ask for the due instant. On helpdesk-br's MesNormal that is
 * 1,000 of 2,600 addBusinessMs calls and 450 of 700 addBusinessDays calls a run fewer.
 */
export class TicketJudge {
    private readonly channelSlots: number;
    private readonly pausesClock: boolean;
    /**
     * The period's start and the horizon, within which tickets may be judged by their elapsed time (see the
     * class); a period too long for the horizon or outside the years judges none that way (−∞, +∞).
     */
    private readonly start: number;
    private readonly horizon: number;
    /** Per (category, channel) slot: each target's mode (T_*), amount, days, rule, calendar and whether it escalates. */
    readonly respMode: Uint8Array;
    private readonly respAmount: Float64Array;
    private readonly respDays: Float64Array;
    private readonly respRule: (TargetRule | null)[];
    private readonly respCalendar: Calendar[];
    private readonly respAlways: Uint8Array;
    private readonly respEscalates: Uint8Array;
    /** From which opening on a target's elapsed time alone may judge it on time (onTimeSafeFrom). */
    private readonly respSafeFrom: Float64Array;
    /** Business days: the least open time any ticket's target grants (businessDaysFloor); 0: none known. */
    private readonly respFloor: Float64Array;
    /** Business days: the open dates whose first openings bound the due instants from below (OpenDates). */
    private readonly respDates: OpenDates[];
    readonly resMode: Uint8Array;
    private readonly resAmount: Float64Array;
    private readonly resDays: Float64Array;
    private readonly resRule: (TargetRule | null)[];
    private readonly resCalendar: Calendar[];
    private readonly resAlways: Uint8Array;
    private readonly resEscalates: Uint8Array;
    private readonly resSafeFrom: Float64Array;
    private readonly resFloor: Float64Array;
    private readonly resDates: OpenDates[];
    /**
     * Per slot: the resolution's calendar is a BusinessCalendar, where the open, unpaused time up to a stop
     * with the customer's pause running until it is the open time up to the pause's start, computed the same
     * way (the table's open totals at both ends, BusinessCalendar.elapsedBusiness and its paused walk), so a
     * paused resolution asks for that, without the pause list's walk.
     */
    private readonly resBusiness: Uint8Array;
    /** The one pause of a ticket waiting for its customer, reused: the calendar reads it and keeps nothing. */
    private readonly pause: [number, number] = [0, 0];
    private readonly pauses: Pause[] = [this.pause];

    /**
     * The ticket being judged: slot, category, opening, start, the agent's end, the customer's wait. Fields, not
     * arguments, as in the Simulator: a fractional argument of a call that is not inlined is boxed.
     */
    private slot = 0;
    private category = 0;
    private opened = NaN;
    private at = NaN;
    private end = NaN;
    private wait = NaN;

    // The replication being judged (see `begin`).
    private respHist: Float64Array = new Float64Array(0);
    private resHist: Float64Array = new Float64Array(0);
    /** Every due instant computed (for the event log), the last ticket's kept here. */
    private exact = false;
    responseDue: number | null = null;
    resolutionDue: number | null = null;

    constructor(
        model: SimModel,
        private readonly runCat: Float64Array,
        private readonly runSlots: Float64Array,
    ) {
        const { categories } = model;
        this.channelSlots = model.channels.length + 1;
        this.pausesClock = model.pausesClock;
        const shortcuts = model.start >= EARLIEST_MS && model.horizon <= LATEST_MS && model.horizon - model.start <= HORIZON_MS;
        this.start = shortcuts ? model.start : Infinity;
        this.horizon = shortcuts ? model.horizon : -Infinity;
        const slots = categories.length * this.channelSlots;
        this.respMode = new Uint8Array(slots);
        this.respAmount = new Float64Array(slots);
        this.respDays = new Float64Array(slots);
        this.respRule = new Array<TargetRule | null>(slots).fill(null);
        this.respAlways = new Uint8Array(slots);
        this.respEscalates = new Uint8Array(slots);
        this.respSafeFrom = new Float64Array(slots).fill(Infinity);
        this.respFloor = new Float64Array(slots);
        this.resMode = new Uint8Array(slots);
        this.resAmount = new Float64Array(slots);
        this.resDays = new Float64Array(slots);
        this.resRule = new Array<TargetRule | null>(slots).fill(null);
        this.resAlways = new Uint8Array(slots);
        this.resEscalates = new Uint8Array(slots);
        this.resSafeFrom = new Float64Array(slots).fill(Infinity);
        this.resFloor = new Float64Array(slots);
        this.respDates = new Array<OpenDates>(slots).fill(OpenDates.NONE);
        this.resDates = new Array<OpenDates>(slots).fill(OpenDates.NONE);
        this.resBusiness = new Uint8Array(slots);
        const dates = new Map<Calendar, Map<number, OpenDates>>();
        const datesOf = (calendar: Calendar, days: number): OpenDates => {
            let known = dates.get(calendar);
            if (!known) dates.set(calendar, (known = new Map()));
            // One table per calendar serves every number of days: built for the first, shared by the rest.
            let found = known.get(days);
            if (found === undefined) {
                found = openDatesOf(calendar, days, model.start, model.horizon);
                const shared = [...known.values()].find((d) => d !== OpenDates.NONE);
                if (found !== OpenDates.NONE && shared) found = shared;
                known.set(days, found);
            }
            return found;
        };
        // The floors of business days, per calendar and number of days (channels share their category's rules).
        const floors = new Map<Calendar, Map<number, number>>();
        const floorOf = (calendar: Calendar, days: number): number => {
            let known = floors.get(calendar);
            if (!known) floors.set(calendar, (known = new Map()));
            let floor = known.get(days);
            if (floor === undefined) known.set(days, (floor = businessDaysFloor(calendar, days, model.start, model.horizon)));
            return floor;
        };
        // A slot without the target never reads its calendar; `always` keeps the arrays of one kind.
        const always = alwaysCalendar();
        this.respCalendar = new Array<Calendar>(slots).fill(always);
        this.resCalendar = new Array<Calendar>(slots).fill(always);
        for (const cat of categories) {
            for (let channel = 0; channel < this.channelSlots; channel++) {
                const slot = cat.index * this.channelSlots + channel;
                const targets = cat.byChannel[channel]!;
                const response = targetMode(targets.response, model.horizon);
                this.respMode[slot] = response.mode;
                this.respAmount[slot] = response.amount;
                this.respDays[slot] = response.days;
                this.respRule[slot] = targets.response;
                if (targets.response) {
                    this.respCalendar[slot] = targets.response.calendar;
                    this.respAlways[slot] = targets.response.calendar.name === ALWAYS ? 1 : 0;
                    this.respEscalates[slot] = targets.response.escalationPercents.length > 0 ? 1 : 0;
                    if (response.mode === T_CALENDAR && response.days < 0) this.respSafeFrom[slot] = onTimeSafeFrom(targets.response.calendar, response.amount, model.horizon);
                    if (response.days >= 0) this.respFloor[slot] = floorOf(targets.response.calendar, response.days);
                    if (response.days >= 0) this.respDates[slot] = datesOf(targets.response.calendar, response.days);
                }
                const resolution = targetMode(targets.resolution, model.horizon);
                this.resMode[slot] = resolution.mode;
                this.resAmount[slot] = resolution.amount;
                this.resDays[slot] = resolution.days;
                this.resRule[slot] = targets.resolution;
                if (targets.resolution) {
                    this.resCalendar[slot] = targets.resolution.calendar;
                    this.resAlways[slot] = targets.resolution.calendar.name === ALWAYS ? 1 : 0;
                    this.resEscalates[slot] = targets.resolution.escalationPercents.length > 0 ? 1 : 0;
                    if (resolution.days < 0) this.resSafeFrom[slot] = onTimeSafeFrom(targets.resolution.calendar, resolution.amount, model.horizon);
                    if (resolution.days >= 0) this.resFloor[slot] = floorOf(targets.resolution.calendar, resolution.days);
                    if (resolution.days >= 0) this.resDates[slot] = datesOf(targets.resolution.calendar, resolution.days);
                    this.resBusiness[slot] = targets.resolution.calendar instanceof BusinessCalendar ? 1 : 0;
                }
            }
        }
    }

    /** A replication starts: its histograms; `exact`: compute every due instant (the event log shows them). */
    begin(respHist: Float64Array, resHist: Float64Array, exact: boolean): void {
        this.respHist = respHist;
        this.resHist = resHist;
        this.exact = exact;
    }

    /** Ticket of category `c` through `channel`, opened at `opened`, taken at `at`, its agent done at `end`, then `wait` for the customer. */
    add(c: number, channel: number, opened: number, at: number, end: number, wait: number): void {
        const slot = c * this.channelSlots + channel;
        if (this.respMode[slot] === T_WALL && this.resMode[slot] === T_NONE && this.respEscalates[slot] === 0 && !this.exact) {
            // A response of wall time and nothing else (an M/M/c queue): judged here, with no call and no fields.
            const ms = Math.round(Math.max(0, at - opened));
            if (at <= opened + this.respAmount[slot]!) this.runSlots[slot * SLOT_FIELDS + S_RESP_ON]!++;
            this.runCat[c * FIELDS + F_RESP_SUM_MS]! += ms;
            this.respHist[c * HIST_BINS + histBinMs(ms)]!++;
            return;
        }
        this.slot = slot;
        this.category = c;
        this.opened = opened;
        this.at = at;
        this.end = end;
        this.wait = wait;
        // Two methods, each small enough for the compiler to inline into the event loop's.
        if (this.respMode[slot] !== T_NONE) this.respond();
        else if (this.exact) this.responseDue = null;
        if (this.resMode[slot] !== T_NONE) this.resolve();
        else if (this.exact) this.resolutionDue = null;
    }

    /** The response of the ticket of the fields above. */
    private respond(): void {
        const exact = this.exact;
        const slot = this.slot;
        const c = this.category;
        const opened = this.opened;
        const at = this.at;
        const base = c * FIELDS;
        const counters = slot * SLOT_FIELDS;
        // Opened within the period, stopped by the horizon: elapsed times the calendar cannot refuse, and
        // due instants it would not refuse when the elapsed time alone decides them (see the class).
        const judgeable = !exact && opened >= this.start && opened <= this.horizon;
        const rm = this.respMode[slot]!;
        let onTime: boolean;
        let ms: number;
        if (rm === T_WALL) {
            const due = opened + this.respAmount[slot]!;
            if (exact) this.responseDue = due;
            onTime = at <= due;
            ms = Math.round(Math.max(0, at - opened));
        } else {
            const calendar = this.respCalendar[slot]!;
            const amount = this.respAmount[slot]!;
            const days = this.respDays[slot]!;
            if (judgeable && at <= this.horizon) {
                const elapsed = elapsedOn(calendar, this.respAlways[slot] === 1, opened, at, undefined);
                const decided = decidedByElapsed(elapsed, amount, days, opened, this.respSafeFrom[slot]!, this.respFloor[slot]!);
                // Undecided business days: before the due date's first opening is on time (NaN: not known).
                onTime = decided >= 0 ? decided === 1 : at < this.respDates[slot]!.dueFloor(opened, days) || at <= dueOn(calendar, amount, days, opened, undefined);
                ms = Math.round(elapsed);
            } else {
                const due = dueOn(calendar, amount, days, opened, undefined);
                if (exact) this.responseDue = due;
                onTime = at <= due;
                ms = Math.round(elapsedOn(calendar, this.respAlways[slot] === 1, opened, at, undefined));
            }
        }
        if (onTime) this.runSlots[counters + S_RESP_ON]!++;
        this.runCat[base + F_RESP_SUM_MS]! += ms;
        this.respHist[c * HIST_BINS + histBinMs(ms)]!++;
        if (this.respEscalates[slot] === 1) this.runCat[base + F_ESCALATIONS]! += fired(this.respRule[slot]!, opened, at, undefined);
    }

    /** The resolution of the ticket of the fields above. */
    private resolve(): void {
        const exact = this.exact;
        const slot = this.slot;
        const c = this.category;
        const opened = this.opened;
        const at = this.at;
        const base = c * FIELDS;
        const counters = slot * SLOT_FIELDS;
        // Opened within the period, stopped by the horizon: elapsed times the calendar cannot refuse, and
        // due instants it would not refuse when the elapsed time alone decides them (see the class).
        const judgeable = !exact && opened >= this.start && opened <= this.horizon;
        const horizon = this.horizon;
        const sm = this.resMode[slot]!;
        const end = this.end;
        const wait = this.wait;
        const resolved = end + wait;
        const paused = this.pausesClock && wait > 0;
        let p: Pause[] | undefined;
        let onTime: boolean;
        let ms: number;
        if (sm === T_WALL && !paused) {
            const due = opened + this.resAmount[slot]!;
            if (exact) this.resolutionDue = due;
            onTime = resolved <= due;
            ms = Math.round(Math.max(0, resolved - opened));
        } else {
            if (paused) {
                this.pause[0] = end;
                this.pause[1] = resolved;
                p = this.pauses;
            }
            const calendar = this.resCalendar[slot]!;
            const amount = this.resAmount[slot]!;
            const days = this.resDays[slot]!;
            if (judgeable && resolved <= horizon) {
                // Paused until the stop on a BusinessCalendar: the open time up to the pause (see resBusiness).
                const elapsed = paused && this.resBusiness[slot] === 1 ? calendar.elapsedBusiness(opened, end) : elapsedOn(calendar, this.resAlways[slot] === 1, opened, resolved, p);
                const decided = decidedByElapsed(elapsed, amount, days, opened, this.resSafeFrom[slot]!, this.resFloor[slot]!);
                // Undecided business days: before the due date's first opening is on time (NaN: not known).
                onTime = decided >= 0 ? decided === 1 : resolved < this.resDates[slot]!.dueFloor(opened, days) || resolved <= dueOn(calendar, amount, days, opened, p);
                ms = Math.round(elapsed);
            } else {
                const due = dueOn(calendar, amount, days, opened, p);
                if (exact) this.resolutionDue = due;
                onTime = resolved <= due;
                ms = Math.round(elapsedOn(calendar, this.resAlways[slot] === 1, opened, resolved, p));
            }
        }
        if (onTime) this.runSlots[counters + S_RES_ON]!++;
        this.runCat[base + F_RES_SUM_MS]! += ms;
        this.resHist[c * HIST_BINS + histBinMs(ms)]!++;
        if (this.resEscalates[slot] === 1) this.runCat[base + F_ESCALATIONS]! += fired(this.resRule[slot]!, opened, resolved, p);
    }
}

/**
 * Whether the elapsed open time alone decides a target (1 on time, 0 late, -1 undecided; see the class): a target
 * in time units more than 1 ms short of or past its amount, opened where the calendar is sure to answer
 * (`safeFrom`); one in business days (`days` ≥ 0) more than 1 ms short of the open time of the days it spans.
 */
function decidedByElapsed(elapsed: number, amount: number, days: number, opened: number, safeFrom: number, floor: number): number {
    if (days < 0) return elapsed < amount - 1 && opened >= safeFrom ? 1 : elapsed > amount + 1 ? 0 : -1;
    return elapsed < floor - 1 ? 1 : -1;
}

/** Escalation steps of a target reached before its clock stopped at `stop` (a step at the stop instant is cancelled). */
export function fired(rule: TargetRule, opened: number, stop: number, pauses: Pause[] | undefined): number {
    let count = 0;
    for (const percent of rule.escalationPercents) {
        if (rule.escalationAt(percent, opened, pauses) < stop) count++;
        else break;
    }
    return count;
}
