import type { Pause } from '../time/pauses.js';
import { MINUTE_MS } from '../time/units.js';
import { EventHeap } from './heap.js';
import { Random } from './random.js';
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
 * histBin of a whole number of milliseconds without a logarithm per call: the smallest ms of each bin is
 * found once with histBin itself, then a ms is placed by its octave and next six bits (a range narrower than
 * two bins) and moved up past the thresholds it reaches; the same bin as histBin(ms / MINUTE_MS), since that
 * grows with ms. Beyond 2^32 ms (49 days) histBin decides.
 */
let thresholds: Float64Array | null = null;
let guesses: Int32Array | null = null;

function binTables(): { thresholds: Float64Array; guesses: Int32Array } {
    if (!thresholds || !guesses) {
        const t = new Float64Array(HIST_BINS + 1);
        for (let b = 1; b <= HIST_BINS; b++) {
            // The smallest ms whose bin is at least b (Infinity past the last bin).
            let lo = b === 1 ? 0 : t[b - 1]!;
            let hi = 2 ** 53;
            if (histBin(hi / MINUTE_MS) < b) {
                t[b] = Infinity;
                continue;
            }
            while (lo < hi) {
                const mid = Math.floor((lo + hi) / 2);
                if (histBin(mid / MINUTE_MS) >= b) hi = mid;
                else lo = mid + 1;
            }
            t[b] = lo;
        }
        const g = new Int32Array(32 * 64);
        for (let octave = 6; octave < 32; octave++) {
            for (let bits = 0; bits < 64; bits++) g[octave * 64 + bits] = histBin((2 ** octave + bits * 2 ** (octave - 6)) / MINUTE_MS);
        }
        thresholds = t;
        guesses = g;
    }
    return { thresholds, guesses };
}

export function histBinMs(ms: number): number {
    if (!(ms >= 64 && ms < 4294967296)) return histBin(ms / MINUTE_MS);
    const { thresholds: t, guesses: g } = binTables();
    const octave = 31 - Math.clz32(ms);
    let b = g[octave * 64 + ((ms >>> (octave - 6)) & 63)]!;
    while (b + 1 < HIST_BINS && ms >= t[b + 1]!) b++;
    return b;
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
 * The tickets waiting for an agent, in slots of typed arrays: a ticket's slot is freed when an agent takes
 * it (all its outcomes are known then), so memory follows the longest queue, not the tickets of a run.
 * `number` is the ticket's number in its replication (its arrival order), which the event log shows and
 * the dispatcher compares.
 */
class Tickets {
    opened = new Float64Array(1024);
    category = new Int32Array(1024);
    channel = new Int32Array(1024);
    handling = new Float64Array(1024);
    wait = new Float64Array(1024);
    number = new Float64Array(1024);
    private free = new Int32Array(1024);
    private freeCount = 0;
    private slots = 0;
    /** Tickets that arrived in this replication. */
    arrived = 0;

    clear(): void {
        this.freeCount = 0;
        this.slots = 0;
        this.arrived = 0;
    }

    add(opened: number, category: number, channel: number, handling: number, wait: number): number {
        let id: number;
        if (this.freeCount > 0) id = this.free[--this.freeCount]!;
        else {
            if (this.slots === this.opened.length) {
                const size = this.slots * 2;
                this.opened = grow(this.opened, new Float64Array(size));
                this.category = grow(this.category, new Int32Array(size));
                this.channel = grow(this.channel, new Int32Array(size));
                this.handling = grow(this.handling, new Float64Array(size));
                this.wait = grow(this.wait, new Float64Array(size));
                this.number = grow(this.number, new Float64Array(size));
                this.free = grow(this.free, new Int32Array(size));
            }
            id = this.slots++;
        }
        this.opened[id] = opened;
        this.category[id] = category;
        this.channel[id] = channel;
        this.handling[id] = handling;
        this.wait[id] = wait;
        this.number[id] = this.arrived++;
        return id;
    }

    release(id: number): void {
        this.free[this.freeCount++] = id;
    }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
    to.set(from);
    return to;
}

/** A FIFO of ticket ids (a growable ring buffer). */
class Queue {
    private items = new Int32Array(256);
    private head = 0;
    size = 0;

    clear(): void {
        this.head = 0;
        this.size = 0;
    }
    push(id: number): void {
        if (this.size === this.items.length) {
            const bigger = new Int32Array(this.items.length * 2);
            for (let i = 0; i < this.size; i++) bigger[i] = this.items[(this.head + i) % this.items.length]!;
            this.items = bigger;
            this.head = 0;
        }
        this.items[(this.head + this.size) % this.items.length] = id;
        this.size++;
    }
    peek(): number {
        return this.items[this.head]!;
    }
    shift(): number {
        const id = this.items[this.head]!;
        this.head = (this.head + 1) % this.items.length;
        this.size--;
        return id;
    }
    at(i: number): number {
        return this.items[(this.head + i) % this.items.length]!;
    }
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

/**
 * The simulator of one model; `run` simulates replication `index` of `seed` and adds it to an accumulator.
 * Replications draw from streams seeded by (seed, index, stream, source or category) only, so a replication
 * gives the same tickets whatever the worker that runs it and whatever the team sizes (common random numbers).
 */
export class Simulator {
    private readonly heap = new EventHeap();
    private readonly tickets = new Tickets();
    private readonly queues: Queue[];
    private readonly free: Int32Array;
    private readonly wakeAt: Float64Array;
    private readonly runCat: Float64Array;
    private readonly runSlots: Float64Array;
    /** Mean time between arrivals of each source, on its clock. */
    private readonly meanGaps: Float64Array;
    /** The one pause of a ticket waiting for its customer, reused: the calendar reads it and keeps nothing. */
    private readonly pause: [number, number] = [0, 0];
    private readonly pauses: Pause[] = [this.pause];

    constructor(readonly model: SimModel) {
        this.queues = model.categories.map(() => new Queue());
        this.free = new Int32Array(model.teams.length);
        this.wakeAt = new Float64Array(model.teams.length);
        this.runCat = new Float64Array(model.categories.length * FIELDS);
        this.runSlots = new Float64Array(model.categories.length * (model.channels.length + 1) * SLOT_FIELDS);
        this.meanGaps = Float64Array.from(model.sources, (s) => 1 / s.rate);
        binTables();
    }

    /**
     * `arrivals`, when given, replaces the Poisson arrivals by these tickets, as for replaying recorded
     * tickets or hand-worked tests; handling and waits are still drawn.
     */
    run(seed: number, index: number, acc: Accumulator, log?: (event: SimEvent) => void, arrivals?: readonly ReplayArrival[]): void {
        const model = this.model;
        const { categories, teams, sources } = model;
        const heap = this.heap;
        const tickets = this.tickets;
        const queues = this.queues;
        const free = this.free;
        const wakeAt = this.wakeAt;
        const runCat = this.runCat;
        const runSlots = this.runSlots;
        const channelSlots = model.channels.length + 1;
        const channelName = (slot: number) => (slot > 0 ? { channel: model.channels[slot - 1]! } : {});
        runCat.fill(0);
        runSlots.fill(0);
        heap.clear();
        tickets.clear();
        for (const q of queues) q.clear();
        for (let t = 0; t < teams.length; t++) {
            free[t] = teams[t]!.agents;
            wakeAt[t] = -1;
        }

        const arrivalStreams = sources.map((s) => new Random(seed, index, STREAM_ARRIVALS, ...s.streamKeys));
        const ticketStreams = categories.map((c) => new Random(seed, index, STREAM_TICKETS, c.index));
        // Each source's arrival clock: wall ms, open ms or open days since the start (see SimSource).
        const reading = new Float64Array(sources.length);
        const meanGaps = this.meanGaps;
        const nextArrival = (k: number): void => {
            const source = sources[k]!;
            const u = reading[k]! + arrivalStreams[k]!.exponential(meanGaps[k]!);
            reading[k] = u;
            if (u >= source.clock.length) return;
            heap.push(source.clock.at(u), ARRIVAL, ARRIVAL, k);
        };
        if (arrivals) arrivals.forEach((a, k) => heap.push(a.at, ARRIVAL, REPLAY, k));
        else for (let k = 0; k < sources.length; k++) if (sources[k]!.rate > 0) nextArrival(k);

        const start = model.start;
        const queueSampleStep = (model.end - model.start) / QUEUE_SAMPLES;
        let nextSample = 0;
        let nextSampleAt = start;
        let waiting = 0;
        const horizon = model.horizon;
        const pausesClock = model.pausesClock;
        const pauses = this.pauses;
        const pause = this.pause;

        const start_ = (id: number, team: number, at: number): void => {
            const c = tickets.category[id]!;
            const channel = tickets.channel[id]!;
            const cat = categories[c]!;
            const targets = cat.byChannel[channel]!;
            const t = teams[team]!;
            const opened = tickets.opened[id]!;
            const handling = tickets.handling[id]!;
            const end = t.always ? at + handling : handling > 0 ? t.calendar.addBusinessMs(at, handling) : at;
            heap.push(end, DONE, DONE, team);
            const base = c * FIELDS;
            const slot = (c * channelSlots + channel) * SLOT_FIELDS;
            let responseOnTime: boolean | null = null;
            let resolutionOnTime: boolean | null = null;
            let responseDue: number | null = null;
            let resolutionDue: number | null = null;
            const response = targets.response;
            if (response) {
                const due = response.due(opened);
                responseDue = due;
                responseOnTime = at <= due;
                runCat[base + F_RESP_N]!++;
                runSlots[slot + S_RESP_N]!++;
                if (responseOnTime) {
                    runCat[base + F_RESP_ON]!++;
                    runSlots[slot + S_RESP_ON]!++;
                } else runCat[base + F_BREACHES]!++;
                const ms = Math.round(response.elapsed(opened, at));
                runCat[base + F_RESP_TIMED]!++;
                runCat[base + F_RESP_SUM_MS]! += ms;
                acc.respHist[c * HIST_BINS + histBinMs(ms)]!++;
                if (response.escalationPercents.length > 0) runCat[base + F_ESCALATIONS]! += fired(response, opened, at, undefined);
            }
            const wait = tickets.wait[id]!;
            const resolved = end + wait;
            const resolution = targets.resolution;
            if (resolution) {
                let p: Pause[] | undefined;
                if (pausesClock && wait > 0) {
                    pause[0] = end;
                    pause[1] = resolved;
                    p = pauses;
                }
                const due = resolution.due(opened, p);
                resolutionDue = due;
                resolutionOnTime = resolved <= due;
                runCat[base + F_RES_N]!++;
                runSlots[slot + S_RES_N]!++;
                if (resolutionOnTime) {
                    runCat[base + F_RES_ON]!++;
                    runSlots[slot + S_RES_ON]!++;
                } else runCat[base + F_BREACHES]!++;
                const ms = Math.round(resolution.elapsed(opened, resolved, p));
                runCat[base + F_RES_TIMED]!++;
                runCat[base + F_RES_SUM_MS]! += ms;
                acc.resHist[c * HIST_BINS + histBinMs(ms)]!++;
                if (resolution.escalationPercents.length > 0) runCat[base + F_ESCALATIONS]! += fired(resolution, opened, resolved, p);
            }
            if (log) {
                const via = channelName(channel);
                const ticket = tickets.number[id]!;
                log({ at, type: 'start', ticket, category: cat.name, ...via, team: t.name, responseDue, resolutionDue, responseOnTime, resolutionOnTime });
                log({ at: end, type: 'done', ticket, category: cat.name, ...via, team: t.name });
                log({ at: resolved, type: 'resolved', ticket, category: cat.name, ...via, team: t.name });
            }
            tickets.release(id);
        };

        /** Free agents of `team` take the best waiting tickets, if the team's calendar is open at `at`. */
        const dispatch = (team: number, at: number): void => {
            if (free[team] === 0) return;
            const t = teams[team]!;
            const own = t.categories;
            if (!t.always && !t.calendar.isOpen(at)) {
                let any = false;
                for (let k = 0; k < own.length; k++) if (queues[own[k]!]!.size > 0) any = true;
                if (!any) return;
                const opening = t.calendar.nextOpening(at);
                if (opening !== wakeAt[team] && opening < Infinity) {
                    wakeAt[team] = opening;
                    heap.push(opening, WAKE, WAKE, team);
                }
                return;
            }
            const priorities = t.priorities;
            while (free[team]! > 0) {
                // Best priority first; among equal priorities, the oldest ticket (lowest number = earliest arrival).
                let best = -1;
                let bestId = -1;
                let bestNumber = -1;
                for (let k = 0; k < own.length; k++) {
                    const q = queues[own[k]!]!;
                    if (q.size === 0) continue;
                    if (best >= 0 && priorities[k]! > priorities[best]!) break;
                    const id = q.peek();
                    const number = tickets.number[id]!;
                    if (best < 0 || number < bestNumber) {
                        best = k;
                        bestId = id;
                        bestNumber = number;
                    }
                }
                if (best < 0) return;
                queues[own[best]!]!.shift();
                waiting--;
                free[team]!--;
                start_(bestId, team, at);
            }
        };

        while (heap.size > 0) {
            const at = heap.topTime();
            if (at > horizon) break;
            const kind = heap.topKind();
            const data = heap.topData();
            heap.pop();
            if (at >= nextSampleAt) {
                while (nextSample < QUEUE_SAMPLES && at >= start + nextSample * queueSampleStep) acc.queue[nextSample++]! += waiting;
                nextSampleAt = nextSample < QUEUE_SAMPLES ? start + nextSample * queueSampleStep : Infinity;
            }
            if (kind === ARRIVAL || kind === REPLAY) {
                const replayed = kind === REPLAY ? arrivals![data]! : null;
                const c = replayed ? replayed.category : sources[data]!.category;
                const channel = replayed ? (replayed.channel ?? 0) : sources[data]!.channel;
                const cat = categories[c]!;
                const stream = ticketStreams[c]!;
                const handling = cat.handling!(stream);
                const wait = cat.waitShare > 0 && stream.next() < cat.waitShare ? cat.wait!(stream) : 0;
                const id = tickets.add(at, c, channel, handling, wait);
                runCat[c * FIELDS + F_TICKETS]!++;
                runSlots[(c * channelSlots + channel) * SLOT_FIELDS + S_TICKETS]!++;
                if (log) log({ at, type: 'arrival', ticket: tickets.number[id]!, category: cat.name, ...channelName(channel) });
                queues[c]!.push(id);
                waiting++;
                const candidates = cat.teams;
                for (let k = 0; k < candidates.length && queues[c]!.size > 0; k++) dispatch(candidates[k]!, at);
                if (!replayed) nextArrival(data);
            } else if (kind === DONE) {
                free[data]!++;
                dispatch(data, at);
            } else {
                if (wakeAt[data] === at) wakeAt[data] = -1;
                dispatch(data, at);
            }
        }
        while (nextSample < QUEUE_SAMPLES) acc.queue[nextSample++]! += waiting;

        // Tickets never started by the horizon: neither target is met.
        for (let c = 0; c < categories.length; c++) {
            const q = queues[c]!;
            const cat = categories[c]!;
            const base = c * FIELDS;
            for (let i = 0; i < q.size; i++) {
                const id = q.at(i);
                const channel = tickets.channel[id]!;
                const targets = cat.byChannel[channel]!;
                const slot = (c * channelSlots + channel) * SLOT_FIELDS;
                runCat[base + F_UNFINISHED]!++;
                const opened = tickets.opened[id]!;
                if (targets.response) {
                    runCat[base + F_RESP_N]!++;
                    runSlots[slot + S_RESP_N]!++;
                    runCat[base + F_BREACHES]!++;
                    runCat[base + F_ESCALATIONS]! += fired(targets.response, opened, horizon, undefined);
                }
                if (targets.resolution) {
                    runCat[base + F_RES_N]!++;
                    runSlots[slot + S_RES_N]!++;
                    runCat[base + F_BREACHES]!++;
                    runCat[base + F_ESCALATIONS]! += fired(targets.resolution, opened, horizon, undefined);
                }
                if (log) log({ at: horizon, type: 'unfinished', ticket: tickets.number[id]!, category: cat.name, ...channelName(channel) });
            }
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
        let total = 0;
        for (let i = 0; i < runCat.length; i++) acc.cat[i]! += runCat[i]!;
        for (let i = 0; i < runSlots.length; i++) acc.slots[i]! += runSlots[i]!;
        for (let c = 0; c < categories.length; c++) total += runCat[c * FIELDS + F_TICKETS]!;
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
