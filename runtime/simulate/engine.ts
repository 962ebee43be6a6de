import type { Pause } from '../time/pauses.js';
import { AlwaysCalendar, alwaysCalendar } from '../calendar/always.js';
import type { Calendar } from '../calendar/calendar.js';
import { HORIZON_MS, LATEST_MS } from '../calendar/horizon.js';
import { MINUTE_MS } from '../time/units.js';
import { EventHeap } from './heap.js';
import { Random } from './random.js';
import { ALWAYS } from '../model.js';
import type { SimModel, TargetRule } from './model.js';

/** Event priorities, in the order they are applied at one instant: an agent's release before a wake-up before an arrival. */
const DONE = 0;
const WAKE = 1;
const ARRIVAL = 2;
/** A replayed ticket: an arrival (same priority) whose data indexes the given list, not a source. */
const REPLAY = 3;

/** Per-category counters (all integers, so sums are exact and merge in any order). */
export const F_TICKETS = 0;
export const F_RESP_N = 1;
export const F_RESP_ON = 2;
export const F_RESP_TIMED = 3;
export const F_RESP_SUM_MS = 4;
export const F_RES_N = 5;
export const F_RES_ON = 6;
export const F_RES_TIMED = 7;
export const F_RES_SUM_MS = 8;
export const F_BREACHES = 9;
export const F_ESCALATIONS = 10;
export const F_UNFINISHED = 11;
export const FIELDS = 12;

/** Counters per (category, channel) slot, for per-channel results and objectives restricted by `via`. */
export const S_TICKETS = 0;
export const S_RESP_N = 1;
export const S_RESP_ON = 2;
export const S_RES_N = 3;
export const S_RES_ON = 4;
export const SLOT_FIELDS = 5;

/** Histogram of business minutes: bin 0 is below 0.01 min, bin b ≥ 1 starts at 0.01 · 1.01^(b−1) min. */
export const HIST_BINS = 2400;
const HIST_BASE = 0.01;
const HIST_LOG_STEP = Math.log(1.01);
/** Points at which the queue length is sampled over the period. */
export const QUEUE_SAMPLES = 100;

export function histBin(minutes: number): number {
    if (!(minutes >= HIST_BASE)) return 0;
    const b = Math.floor(Math.log(minutes / HIST_BASE) / HIST_LOG_STEP) + 1;
    return b < HIST_BINS ? b : HIST_BINS - 1;
}
/**
 * histBin of a whole number of milliseconds without a logarithm per call: a ms is placed by its octave and
 * next six bits (a range narrower than two bins) at that range's first ms's bin, then moved up past the
 * smallest ms of each next bin it reaches; the same bin as histBin(ms / MINUTE_MS), since that grows with ms.
 * Beyond 2^32 ms (49 days) histBin decides. Both tables fill in as they are read (NaN and −1: not yet), with
 * histBin itself: a run meets a few hundred bins, so a cold start pays a logarithm or two for each of those
 * instead of ~20,000 for all 2,400 bins and 1,664 guesses (6-10 ms before the first run).
 */
const thresholds = new Float64Array(HIST_BINS + 1).fill(NaN);
const guesses = new Int32Array(32 * 64).fill(-1);

export function histBinMs(ms: number): number {
    if (!(ms >= 64 && ms < 4294967296)) return histBin(ms / MINUTE_MS);
    const octave = 31 - Math.clz32(ms);
    const slot = octave * 64 + ((ms >>> (octave - 6)) & 63);
    let b = guesses[slot]!;
    if (b < 0) b = guess(slot);
    // Below 2^32 ms the bin stays under 1,600: the next bin's threshold is always a whole number.
    for (;;) {
        let next = thresholds[b + 1]!;
        if (next !== next) next = threshold(b + 1);
        if (ms < next) return b;
        b++;
    }
}

/** The bin of the first ms of a guess slot (octave · 64 + six bits). */
function guess(slot: number): number {
    const octave = slot >> 6;
    const b = histBin((2 ** octave + (slot & 63) * 2 ** (octave - 6)) / MINUTE_MS);
    guesses[slot] = b;
    return b;
}

/** The smallest ms whose bin is at least b: the bin's nominal edge, moved by single ms to where histBin agrees. */
function threshold(b: number): number {
    let ms = Math.ceil(HIST_BASE * Math.pow(1.01, b - 1) * MINUTE_MS);
    while (ms > 0 && histBin((ms - 1) / MINUTE_MS) >= b) ms--;
    while (histBin(ms / MINUTE_MS) < b) ms++;
    thresholds[b] = ms;
    return ms;
}

/** A representative value (the geometric middle) of a bin, in minutes. */
export function histValue(bin: number): number {
    return bin === 0 ? 0 : HIST_BASE * Math.pow(1.01, bin - 0.5);
}

/** What a run of replications adds up; `merge` is exact and order-independent. */
export class Accumulator {
    readonly cat: Float64Array;
    readonly slots: Float64Array;
    readonly respHist: Float64Array;
    readonly resHist: Float64Array;
    readonly queue: Float64Array;
    /** Replication indexes, in the order their per-run rows were added. */
    readonly runIndexes: number[] = [];
    /** Per replication: for each objective, [on time, counted]. */
    readonly runObjectives: number[][] = [];
    readonly runTickets: number[] = [];
    /** Per replication: for each per-breach penalty of the model, the tickets that missed its target. */
    readonly runBreaches: number[][] = [];

    constructor(
        readonly categories: number,
        readonly objectives: number,
        /** Channel slots per category: the contract's channels + 1. */
        readonly channelSlots = 1,
    ) {
        this.cat = new Float64Array(categories * FIELDS);
        this.slots = new Float64Array(categories * channelSlots * SLOT_FIELDS);
        this.respHist = new Float64Array(categories * HIST_BINS);
        this.resHist = new Float64Array(categories * HIST_BINS);
        this.queue = new Float64Array(QUEUE_SAMPLES);
    }

    static of(model: SimModel): Accumulator {
        return new Accumulator(model.categories.length, model.objectives.length, model.channels.length + 1);
    }

    merge(other: AccumulatorData): void {
        add(this.cat, other.cat);
        add(this.slots, other.slots);
        add(this.respHist, other.respHist);
        add(this.resHist, other.resHist);
        add(this.queue, other.queue);
        this.runIndexes.push(...other.runIndexes);
        this.runObjectives.push(...other.runObjectives);
        this.runBreaches.push(...other.runBreaches);
        this.runTickets.push(...other.runTickets);
    }

    data(): AccumulatorData {
        return {
            cat: this.cat,
            slots: this.slots,
            respHist: this.respHist,
            resHist: this.resHist,
            queue: this.queue,
            runIndexes: this.runIndexes,
            runObjectives: this.runObjectives,
            runTickets: this.runTickets,
            runBreaches: this.runBreaches,
        };
    }
}

export interface AccumulatorData {
    cat: Float64Array;
    slots: Float64Array;
    respHist: Float64Array;
    resHist: Float64Array;
    queue: Float64Array;
    runIndexes: number[];
    runObjectives: number[][];
    runTickets: number[];
    runBreaches: number[][];
}

function add(into: Float64Array, from: Float64Array): void {
    for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
}

/** One line of the event log of a replication (for tests and debugging; SimPy style). */
export interface SimEvent {
    readonly at: number;
    readonly type: 'arrival' | 'start' | 'done' | 'resolved' | 'unfinished';
    readonly ticket: number;
    readonly category: string;
    /** The channel the ticket came through (absent: none). */
    readonly channel?: string;
    readonly team?: string;
    /** For 'start': the ticket's response and resolution due instants and outcomes. */
    readonly responseDue?: number | null;
    readonly resolutionDue?: number | null;
    readonly responseOnTime?: boolean | null;
    readonly resolutionOnTime?: boolean | null;
}

/**
 * The tickets of one category waiting for an agent, oldest first: a ring of typed arrays whose length is a
 * power of two (an index wraps with a mask, not a division), so memory follows the longest queue, not the
 * tickets of a run, and a ticket's fields are read where the queue holds it. `number` is the ticket's number
 * in its replication (its arrival order), which the event log shows and the dispatcher compares.
 */
class Waiting {
    opened = new Float64Array(256);
    handling = new Float64Array(256);
    wait = new Float64Array(256);
    number = new Float64Array(256);
    channel = new Int32Array(256);
    /** Index of the oldest ticket; the i-th oldest is at (head + i) & mask. */
    head = 0;
    mask = 255;
    size = 0;

    clear(): void {
        this.head = 0;
        this.size = 0;
    }

    push(opened: number, handling: number, wait: number, number: number, channel: number): void {
        if (this.size > this.mask) this.grow();
        const i = (this.head + this.size) & this.mask;
        this.opened[i] = opened;
        this.handling[i] = handling;
        this.wait[i] = wait;
        this.number[i] = number;
        this.channel[i] = channel;
        this.size++;
    }

    /** Drops the oldest ticket (read its fields at `head` first). */
    shift(): void {
        this.head = (this.head + 1) & this.mask;
        this.size--;
    }

    /** Where the i-th oldest ticket is. */
    at(i: number): number {
        return (this.head + i) & this.mask;
    }

    private grow(): void {
        const n = (this.mask + 1) * 2;
        this.opened = unwrap(this.opened, new Float64Array(n), this.head);
        this.handling = unwrap(this.handling, new Float64Array(n), this.head);
        this.wait = unwrap(this.wait, new Float64Array(n), this.head);
        this.number = unwrap(this.number, new Float64Array(n), this.head);
        this.channel = unwrap(this.channel, new Int32Array(n), this.head);
        this.head = 0;
        this.mask = n - 1;
    }
}

/** A full ring's items, oldest first, at the start of a longer array. */
function unwrap<T extends Float64Array | Int32Array>(from: T, to: T, head: number): T {
    to.set(from.subarray(head));
    to.set(from.subarray(0, head), from.length - head);
    return to;
}

/** Stream kinds of a replication: arrivals are drawn per source, ticket attributes per category, independently of staffing. */
const STREAM_ARRIVALS = 1;
const STREAM_TICKETS = 2;

/** A ticket to replay instead of Poisson arrivals: category index, instant and channel slot (0: none). */
export interface ReplayArrival {
    readonly category: number;
    readonly at: number;
    readonly channel?: number;
}

/** How the engine evaluates one target of one (category, channel) slot. */
const T_NONE = 0;
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
 * The simulator of one model; `run` simulates replication `index` of `seed` and adds it to an accumulator.
 * Replications draw from streams seeded by (seed, index, stream, source or category) only, so a replication
 * gives the same tickets whatever the worker that runs it and whatever the team sizes (common random numbers).
 *
 * The event loop allocates nothing per ticket or event: events are numbers in the heap's typed arrays, a
 * waiting ticket is a place in its category's ring of typed arrays (a ticket that finds an agent free takes none), targets are
 * resolved per (category, channel) slot once, here, and the per-category counters that are sums of the
 * per-slot ones (tickets, counted and on-time targets, breaches) are added up at the end of a run.
 */
export class Simulator {
    private readonly heap = new EventHeap();
    private readonly queues: Waiting[];
    private readonly free: Int32Array;
    private readonly wakeAt: Float64Array;
    private readonly runCat: Float64Array;
    private readonly runSlots: Float64Array;
    /** Mean time between arrivals of each source, on its clock. */
    private readonly meanGaps: Float64Array;
    /** Per source: its clock's length and, for a clock of wall time, its start (NaN: ask the clock). */
    private readonly clockLength: Float64Array;
    private readonly wallStart: Float64Array;
    /** The one pause of a ticket waiting for its customer, reused: the calendar reads it and keeps nothing. */
    private readonly pause: [number, number] = [0, 0];
    private readonly pauses: Pause[] = [this.pause];
    private readonly channelSlots: number;
    /** Per (category, channel) slot: each target's mode (T_*), amount (T_WALL), rule and whether it escalates. */
    private readonly respMode: Uint8Array;
    private readonly respAmount: Float64Array;
    private readonly respDays: Float64Array;
    private readonly respRule: (TargetRule | null)[];
    private readonly respCalendar: Calendar[];
    private readonly respAlways: Uint8Array;
    private readonly respEscalates: Uint8Array;
    private readonly resMode: Uint8Array;
    private readonly resAmount: Float64Array;
    private readonly resDays: Float64Array;
    private readonly resRule: (TargetRule | null)[];
    private readonly resCalendar: Calendar[];
    private readonly resAlways: Uint8Array;
    private readonly resEscalates: Uint8Array;
    /** Per category: the exponential handling time's mean (NaN: call the sampler). */
    private readonly handlingMean: Float64Array;
    private readonly teamAlways: Uint8Array;
    /** Per team: an interval [from, until) its calendar is known to be open in (from the last look-up). */
    private readonly openFrom: Float64Array;
    private readonly openUntil: Float64Array;
    /** Per category: the first team that handles it (−1: none) and the share of tickets that wait for the customer. */
    private readonly firstTeam: Int32Array;
    private readonly waitShare: Float64Array;
    /** Per team: its one category's index, or −1 when it handles several (or none). */
    private readonly onlyCategory: Int32Array;
    private readonly sourceCategory: Int32Array;
    private readonly sourceChannel: Int32Array;
    /** Per category: the tickets of the run left waiting at the horizon with each target. */
    private readonly unfinishedResp: Float64Array;
    private readonly unfinishedRes: Float64Array;

    // The replication being run, set by `run`. The event loop's steps are methods, not closures made per run,
    // so their optimised code and the calls between them stay valid from one run (and simulator) to the next.
    private respHist: Float64Array = new Float64Array(0);
    private resHist: Float64Array = new Float64Array(0);
    private log: ((event: SimEvent) => void) | undefined = undefined;
    private replayed: readonly ReplayArrival[] = [];
    private arrivalStreams: Random[];
    private ticketStreams: Random[];
    /** Per source: the reading of its arrival clock (wall ms, open ms or open days since the start, see SimSource). */
    private readonly reading: Float64Array;
    /** Tickets waiting for an agent, all categories. */
    private waiting = 0;
    /** Tickets that arrived in this replication: the next one's number. */
    private arrived = 0;
    /**
     * The instant of the event being handled, and the opening instant, handling and wait time of the ticket
     * being started: fields rather than arguments, since a fractional number passed to a call the compiler
     * does not inline is boxed on the heap (several allocations per ticket; a field keeps its box and is
     * written in place). NaN to begin with, so they hold doubles from the start.
     */
    private now = NaN;
    private opened = NaN;
    private handling = NaN;
    private wait = NaN;

    constructor(readonly model: SimModel) {
        const { categories, teams, sources } = model;
        this.queues = categories.map(() => new Waiting());
        this.free = new Int32Array(teams.length);
        this.wakeAt = new Float64Array(teams.length);
        this.channelSlots = model.channels.length + 1;
        const slots = categories.length * this.channelSlots;
        this.runCat = new Float64Array(categories.length * FIELDS);
        this.runSlots = new Float64Array(slots * SLOT_FIELDS);
        this.meanGaps = Float64Array.from(sources, (s) => 1 / s.rate);
        this.clockLength = Float64Array.from(sources, (s) => s.clock.length);
        this.wallStart = Float64Array.from(sources, (s) => s.clock.wallStart ?? NaN);
        this.reading = new Float64Array(sources.length);
        // Streams of the eventual kind from the start, so that the first run's assignments keep the object's shape.
        this.arrivalStreams = sources.map(() => new Random(0));
        this.ticketStreams = categories.map(() => new Random(0));
        this.respMode = new Uint8Array(slots);
        this.respAmount = new Float64Array(slots);
        this.respDays = new Float64Array(slots);
        this.respRule = new Array<TargetRule | null>(slots).fill(null);
        this.respAlways = new Uint8Array(slots);
        this.respEscalates = new Uint8Array(slots);
        this.resMode = new Uint8Array(slots);
        this.resAmount = new Float64Array(slots);
        this.resDays = new Float64Array(slots);
        this.resRule = new Array<TargetRule | null>(slots).fill(null);
        this.resAlways = new Uint8Array(slots);
        this.resEscalates = new Uint8Array(slots);
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
                }
            }
        }
        this.handlingMean = Float64Array.from(categories, (c) => c.handling?.exponentialMeanMs ?? NaN);
        this.teamAlways = Uint8Array.from(teams, (t) => (t.always ? 1 : 0));
        this.openFrom = new Float64Array(teams.length);
        this.openUntil = new Float64Array(teams.length);
        this.firstTeam = Int32Array.from(categories, (c) => (c.teams.length > 0 ? c.teams[0]! : -1));
        this.waitShare = Float64Array.from(categories, (c) => c.waitShare);
        this.onlyCategory = Int32Array.from(teams, (t) => (t.categories.length === 1 ? t.categories[0]! : -1));
        this.sourceCategory = Int32Array.from(sources, (s) => s.category);
        this.sourceChannel = Int32Array.from(sources, (s) => s.channel);
        this.unfinishedResp = new Float64Array(categories.length);
        this.unfinishedRes = new Float64Array(categories.length);
    }

    /**
     * `arrivals`, when given, replaces the Poisson arrivals by these tickets, as for replaying recorded
     * tickets or hand-worked tests; handling and waits are still drawn.
     */
    run(seed: number, index: number, acc: Accumulator, log?: (event: SimEvent) => void, arrivals?: readonly ReplayArrival[]): void {
        const model = this.model;
        const { categories, teams, sources } = model;
        const heap = this.heap;
        this.runCat.fill(0);
        this.runSlots.fill(0);
        this.unfinishedResp.fill(0);
        this.unfinishedRes.fill(0);
        heap.clear();
        for (const q of this.queues) q.clear();
        for (let t = 0; t < teams.length; t++) {
            this.free[t] = teams[t]!.agents;
            this.wakeAt[t] = -1;
            this.openFrom[t] = Infinity;
            this.openUntil[t] = -Infinity;
        }
        this.respHist = acc.respHist;
        this.resHist = acc.resHist;
        this.log = log;
        this.replayed = arrivals ?? [];
        this.waiting = 0;
        this.arrived = 0;
        this.arrivalStreams = sources.map((s) => new Random(seed, index, STREAM_ARRIVALS, ...s.streamKeys));
        this.ticketStreams = categories.map((c) => new Random(seed, index, STREAM_TICKETS, c.index));
        this.reading.fill(0);
        if (arrivals) arrivals.forEach((a, k) => heap.push(a.at, ARRIVAL, REPLAY, k));
        else for (let k = 0; k < sources.length; k++) if (sources[k]!.rate > 0) this.nextArrival(k);

        const start = model.start;
        const queueSampleStep = (model.end - model.start) / QUEUE_SAMPLES;
        const queue = acc.queue;
        let nextSample = 0;
        let nextSampleAt = start;
        const horizon = model.horizon;
        while (heap.size > 0) {
            const at = heap.topTime();
            if (at > horizon) break;
            const kind = heap.topKind();
            const data = heap.topData();
            heap.pop();
            this.now = at;
            if (at >= nextSampleAt) {
                while (nextSample < QUEUE_SAMPLES && at >= start + nextSample * queueSampleStep) queue[nextSample++]! += this.waiting;
                nextSampleAt = nextSample < QUEUE_SAMPLES ? start + nextSample * queueSampleStep : Infinity;
            }
            if (kind === ARRIVAL) {
                this.ticket(this.sourceCategory[data]!, this.sourceChannel[data]!);
                this.nextArrival(data);
            } else if (kind === DONE) {
                this.free[data]!++;
                // A one-category team released with its queue empty has nothing to dispatch: no call then.
                const only = this.onlyCategory[data]!;
                if (only < 0 || this.queues[only]!.size > 0) this.dispatch(data);
            } else if (kind === REPLAY) {
                const replayed = this.replayed[data]!;
                this.ticket(replayed.category, replayed.channel ?? 0);
            } else {
                if (this.wakeAt[data] === at) this.wakeAt[data] = -1;
                this.dispatch(data);
            }
        }
        while (nextSample < QUEUE_SAMPLES) queue[nextSample++]! += this.waiting;

        this.finish(index, acc, log);
    }

    /** The next arrival of source `k`, on the heap if its clock has not run out. */
    private nextArrival(k: number): void {
        // Random.exponential's expression, inline.
        const u = this.reading[k]! + -this.meanGaps[k]! * Math.log(this.arrivalStreams[k]!.next());
        this.reading[k] = u;
        if (u >= this.clockLength[k]!) return;
        const wall = this.wallStart[k]!;
        this.heap.push(wall === wall ? wall + u : this.model.sources[k]!.clock.at(u), ARRIVAL, ARRIVAL, k);
    }

    /** A ticket of category `c` through `channel` arrives now: its draws, then an agent or the queue. */
    private ticket(c: number, channel: number): void {
        const at = this.now;
        const cat = this.model.categories[c]!;
        const stream = this.ticketStreams[c]!;
        const mean = this.handlingMean[c]!;
        const handling = mean === mean ? -mean * Math.log(stream.next()) : cat.handling!(stream);
        const share = this.waitShare[c]!;
        const wait = share > 0 && stream.next() < share ? cat.wait!(stream) : 0;
        const number = this.arrived++;
        this.runSlots[(c * this.channelSlots + channel) * SLOT_FIELDS + S_TICKETS]!++;
        if (this.log) this.log({ at, type: 'arrival', ticket: number, category: cat.name, ...this.channelName(channel) });
        const first = this.firstTeam[c]!;
        const free = this.free;
        if (first >= 0 && free[first]! > 0 && this.idle(first) && (this.teamAlways[first] === 1 || this.openAt(first))) {
            // What dispatch(first) would do with this ticket alone in the team's queues: start it now.
            free[first]!--;
            this.opened = at;
            this.handling = handling;
            this.wait = wait;
            this.start(c, channel, number, first);
        } else {
            const q = this.queues[c]!;
            q.push(at, handling, wait, number, channel);
            this.waiting++;
            const candidates = cat.teams;
            for (let k = 0; k < candidates.length && q.size > 0; k++) this.dispatch(candidates[k]!);
        }
    }

    /** The team's calendar is open now; instants only grow within a run, so one look-up serves an open interval. */
    private openAt(team: number): boolean {
        const at = this.now;
        if (at >= this.openFrom[team]! && at < this.openUntil[team]!) return true;
        const calendar = this.model.teams[team]!.calendar;
        if (!calendar.isOpen(at)) return false;
        this.openFrom[team] = at;
        this.openUntil[team] = calendar.nextClosing(at);
        return true;
    }

    private idle(team: number): boolean {
        const only = this.onlyCategory[team]!;
        if (only >= 0) return this.queues[only]!.size === 0;
        const own = this.model.teams[team]!.categories;
        for (let k = 0; k < own.length; k++) if (this.queues[own[k]!]!.size > 0) return false;
        return true;
    }

    /** Free agents of `team` take the best waiting tickets, if the team's calendar is open now. */
    private dispatch(team: number): void {
        const free = this.free;
        if (free[team] === 0 || this.idle(team)) return;
        if (this.teamAlways[team] === 0 && !this.openAt(team)) {
            const opening = this.model.teams[team]!.calendar.nextOpening(this.now);
            if (opening !== this.wakeAt[team] && opening < Infinity) {
                this.wakeAt[team] = opening;
                this.heap.push(opening, WAKE, WAKE, team);
            }
            return;
        }
        const only = this.onlyCategory[team]!;
        if (only >= 0) {
            // One category: its queue in order, no choosing.
            const q = this.queues[only]!;
            while (free[team]! > 0 && q.size > 0) {
                const h = q.head;
                const channel = q.channel[h]!;
                const number = q.number[h]!;
                this.opened = q.opened[h]!;
                this.handling = q.handling[h]!;
                this.wait = q.wait[h]!;
                q.shift();
                this.waiting--;
                free[team]!--;
                this.start(only, channel, number, team);
            }
            return;
        }
        const t = this.model.teams[team]!;
        const own = t.categories;
        const priorities = t.priorities;
        const queues = this.queues;
        while (free[team]! > 0) {
            // Best priority first; among equal priorities, the oldest ticket (lowest number = earliest arrival).
            let best = -1;
            let bestNumber = -1;
            for (let k = 0; k < own.length; k++) {
                const q = queues[own[k]!]!;
                if (q.size === 0) continue;
                if (best >= 0 && priorities[k]! > priorities[best]!) break;
                const number = q.number[q.head]!;
                if (best < 0 || number < bestNumber) {
                    best = k;
                    bestNumber = number;
                }
            }
            if (best < 0) return;
            const c = own[best]!;
            const q = queues[c]!;
            const h = q.head;
            const channel = q.channel[h]!;
            this.opened = q.opened[h]!;
            this.handling = q.handling[h]!;
            this.wait = q.wait[h]!;
            q.shift();
            this.waiting--;
            free[team]!--;
            this.start(c, channel, bestNumber, team);
        }
    }

    /** Ticket `number` of category `c` through `channel` (opened, handling and wait in the fields of those names) taken by an agent of `team` now. */
    private start(c: number, channel: number, number: number, team: number): void {
        const at = this.now;
        const opened = this.opened;
        const handling = this.handling;
        const wait = this.wait;
        const end = this.teamAlways[team] === 1 ? at + handling : handling > 0 ? this.model.teams[team]!.calendar.addBusinessMs(at, handling) : at;
        this.heap.push(end, DONE, DONE, team);
        const runCat = this.runCat;
        const runSlots = this.runSlots;
        const base = c * FIELDS;
        const slot = c * this.channelSlots + channel;
        const counters = slot * SLOT_FIELDS;
        let responseDue: number | null = null;
        let resolutionDue: number | null = null;
        const rm = this.respMode[slot]!;
        if (rm !== T_NONE) {
            let due: number;
            let ms: number;
            if (rm === T_WALL) {
                due = opened + this.respAmount[slot]!;
                ms = Math.round(Math.max(0, at - opened));
            } else {
                const calendar = this.respCalendar[slot]!;
                due = dueOn(calendar, this.respAmount[slot]!, this.respDays[slot]!, opened, undefined);
                ms = Math.round(elapsedOn(calendar, this.respAlways[slot] === 1, opened, at, undefined));
            }
            responseDue = due;
            if (at <= due) runSlots[counters + S_RESP_ON]!++;
            runCat[base + F_RESP_SUM_MS]! += ms;
            this.respHist[c * HIST_BINS + histBinMs(ms)]!++;
            if (this.respEscalates[slot] === 1) runCat[base + F_ESCALATIONS]! += fired(this.respRule[slot]!, opened, at, undefined);
        }
        const resolved = end + wait;
        const sm = this.resMode[slot]!;
        if (sm !== T_NONE) {
            const paused = this.model.pausesClock && wait > 0;
            let p: Pause[] | undefined;
            let due: number;
            let ms: number;
            if (sm === T_WALL && !paused) {
                due = opened + this.resAmount[slot]!;
                ms = Math.round(Math.max(0, resolved - opened));
            } else {
                if (paused) {
                    this.pause[0] = end;
                    this.pause[1] = resolved;
                    p = this.pauses;
                }
                const calendar = this.resCalendar[slot]!;
                due = dueOn(calendar, this.resAmount[slot]!, this.resDays[slot]!, opened, p);
                ms = Math.round(elapsedOn(calendar, this.resAlways[slot] === 1, opened, resolved, p));
            }
            resolutionDue = due;
            if (resolved <= due) runSlots[counters + S_RES_ON]!++;
            runCat[base + F_RES_SUM_MS]! += ms;
            this.resHist[c * HIST_BINS + histBinMs(ms)]!++;
            if (this.resEscalates[slot] === 1) runCat[base + F_ESCALATIONS]! += fired(this.resRule[slot]!, opened, resolved, p);
        }
        if (this.log) this.logStart(this.log, c, channel, number, team, at, end, resolved, responseDue, resolutionDue);
    }

    private logStart(
        log: (event: SimEvent) => void,
        c: number,
        channel: number,
        number: number,
        team: number,
        at: number,
        end: number,
        resolved: number,
        responseDue: number | null,
        resolutionDue: number | null,
    ): void {
        const via = this.channelName(channel);
        const category = this.model.categories[c]!.name;
        const teamName = this.model.teams[team]!.name;
        const responseOnTime = responseDue === null ? null : at <= responseDue;
        const resolutionOnTime = resolutionDue === null ? null : resolved <= resolutionDue;
        log({ at, type: 'start', ticket: number, category, ...via, team: teamName, responseDue, resolutionDue, responseOnTime, resolutionOnTime });
        log({ at: end, type: 'done', ticket: number, category, ...via, team: teamName });
        log({ at: resolved, type: 'resolved', ticket: number, category, ...via, team: teamName });
    }

    /** The event log's `channel` of a channel slot (none for slot 0). */
    private channelName(slot: number): { channel?: string } {
        return slot > 0 ? { channel: this.model.channels[slot - 1]! } : {};
    }

    /**
     * The end of a run: the tickets left waiting, the summed counters, the per-run rows. Apart from the event
     * loop, so that nothing here (the model's objects, the first unfinished ticket) sends the loop's optimised
     * code back to the interpreter at the end of every run.
     */
    private finish(index: number, acc: Accumulator, log: ((event: SimEvent) => void) | undefined): void {
        const model = this.model;
        const categories = model.categories;
        const horizon = model.horizon;
        const queues = this.queues;
        const runCat = this.runCat;
        const runSlots = this.runSlots;
        const channelSlots = this.channelSlots;
        const respMode = this.respMode;
        const resMode = this.resMode;
        const unfinishedResp = this.unfinishedResp;
        const unfinishedRes = this.unfinishedRes;
        // Tickets never started by the horizon: neither target is met.
        for (let c = 0; c < categories.length; c++) {
            const q = queues[c]!;
            const cat = categories[c]!;
            const base = c * FIELDS;
            for (let i = 0; i < q.size; i++) {
                const id = q.at(i);
                const channel = q.channel[id]!;
                const targets = cat.byChannel[channel]!;
                runCat[base + F_UNFINISHED]!++;
                const opened = q.opened[id]!;
                if (targets.response) {
                    unfinishedResp[c]!++;
                    runCat[base + F_ESCALATIONS]! += fired(targets.response, opened, horizon, undefined);
                }
                if (targets.resolution) {
                    unfinishedRes[c]!++;
                    runCat[base + F_ESCALATIONS]! += fired(targets.resolution, opened, horizon, undefined);
                }
                if (log) log({ at: horizon, type: 'unfinished', ticket: q.number[id]!, category: cat.name, ...(channel > 0 ? { channel: model.channels[channel - 1]! } : {}) });
            }
        }

        // The counters that are sums: every ticket of a slot counts for each target the slot has, started or not.
        let total = 0;
        for (let c = 0; c < categories.length; c++) {
            const base = c * FIELDS;
            for (let channel = 0; channel < channelSlots; channel++) {
                const slot = c * channelSlots + channel;
                const counters = slot * SLOT_FIELDS;
                const n = runSlots[counters + S_TICKETS]!;
                if (respMode[slot] !== T_NONE) runSlots[counters + S_RESP_N] = n;
                if (resMode[slot] !== T_NONE) runSlots[counters + S_RES_N] = n;
                runCat[base + F_TICKETS]! += n;
                runCat[base + F_RESP_N]! += runSlots[counters + S_RESP_N]!;
                runCat[base + F_RESP_ON]! += runSlots[counters + S_RESP_ON]!;
                runCat[base + F_RES_N]! += runSlots[counters + S_RES_N]!;
                runCat[base + F_RES_ON]! += runSlots[counters + S_RES_ON]!;
            }
            runCat[base + F_BREACHES] = runCat[base + F_RESP_N]! - runCat[base + F_RESP_ON]! + (runCat[base + F_RES_N]! - runCat[base + F_RES_ON]!);
            runCat[base + F_RESP_TIMED] = runCat[base + F_RESP_N]! - unfinishedResp[c]!;
            runCat[base + F_RES_TIMED] = runCat[base + F_RES_N]! - unfinishedRes[c]!;
            total += runCat[base + F_TICKETS]!;
        }

        const objectives: number[] = [];
        for (const o of model.objectives) {
            let on = 0;
            let n = 0;
            if (o.target) {
                const fOn = o.target === 'response' ? S_RESP_ON : S_RES_ON;
                const fN = o.target === 'response' ? S_RESP_N : S_RES_N;
                for (const slot of o.slots) {
                    on += runSlots[slot * SLOT_FIELDS + fOn]!;
                    n += runSlots[slot * SLOT_FIELDS + fN]!;
                }
            }
            objectives.push(on, n);
        }
        const breaches = model.perBreach.map((p) => {
            const base = p.category * FIELDS;
            return p.target === 'response' ? runCat[base + F_RESP_N]! - runCat[base + F_RESP_ON]! : runCat[base + F_RES_N]! - runCat[base + F_RES_ON]!;
        });
        for (let i = 0; i < runCat.length; i++) acc.cat[i]! += runCat[i]!;
        for (let i = 0; i < runSlots.length; i++) acc.slots[i]! += runSlots[i]!;
        acc.runIndexes.push(index);
        acc.runObjectives.push(objectives);
        acc.runTickets.push(total);
        acc.runBreaches.push(breaches);
    }
}

/** Escalation steps of a target reached before its clock stopped at `stop` (a step at the stop instant is cancelled). */
function fired(rule: TargetRule, opened: number, stop: number, pauses: Pause[] | undefined): number {
    let count = 0;
    for (const percent of rule.escalationPercents) {
        if (rule.escalationAt(percent, opened, pauses) < stop) count++;
        else break;
    }
    return count;
}
