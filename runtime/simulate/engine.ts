import { EventHeap } from './heap.js';
import { Random } from './random.js';
import type { SimModel } from './model.js';
import {
    type Accumulator,
    F_BREACHES,
    F_ESCALATIONS,
    F_RES_N,
    F_RES_ON,
    F_RES_TIMED,
    F_RESP_N,
    F_RESP_ON,
    F_RESP_TIMED,
    F_TICKETS,
    F_UNFINISHED,
    FIELDS,
    QUEUE_SAMPLES,
    S_RES_N,
    S_RES_ON,
    S_RESP_N,
    S_RESP_ON,
    S_TICKETS,
    SLOT_FIELDS,
} from './counters.js';
import { fired, T_NONE, TicketJudge } from './judge.js';

// The counters, histograms and accumulator live in counters.ts; their users import them from here too.
export * from './counters.js';

/** Event priorities, in the order they are applied at one instant: an agent's release before a wake-up before an arrival. */
const DONE = 0;
const WAKE = 1;
const ARRIVAL = 2;
/** A replayed ticket: an arrival (same priority) whose data indexes the given list, not a source. */
const REPLAY = 3;

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
    private readonly channelSlots: number;
    /** Judges the started tickets by their targets (judge.ts). */
    private readonly judge: TicketJudge;
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
    private log: ((event: SimEvent) => void) | undefined = undefined;
    private replayed: readonly ReplayArrival[] = [];
    private readonly arrivalStreams: Random[];
    private readonly ticketStreams: Random[];
    /** Per category: the keys of its ticket stream after the replication and the stream kind. */
    private readonly ticketKeys: (readonly number[])[];
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
        // Reseeded by every run (Random.reseed).
        this.arrivalStreams = sources.map(() => new Random(0));
        this.ticketStreams = categories.map(() => new Random(0));
        this.ticketKeys = categories.map((c) => [c.index]);
        this.judge = new TicketJudge(model, this.runCat, this.runSlots);
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
        this.judge.begin(acc.respHist, acc.resHist, log !== undefined);
        this.log = log;
        this.replayed = arrivals ?? [];
        this.waiting = 0;
        this.arrived = 0;
        for (let k = 0; k < sources.length; k++) this.arrivalStreams[k]!.reseed(seed, index, STREAM_ARRIVALS, sources[k]!.streamKeys);
        for (let c = 0; c < categories.length; c++) this.ticketStreams[c]!.reseed(seed, index, STREAM_TICKETS, this.ticketKeys[c]!);
        this.reading.fill(0);
        if (arrivals) arrivals.forEach((a, k) => heap.push(a.at, ARRIVAL, REPLAY, k));
        else for (let k = 0; k < sources.length; k++) if (sources[k]!.rate > 0) this.nextArrival(k);

        const start = model.start;
        const queueSampleStep = (model.end - model.start) / QUEUE_SAMPLES;
        const queue = acc.queue;
        let nextSample = 0;
        let nextSampleAt = start;
        const horizon = model.horizon;
        for (;;) {
            // Past the horizon (or out of events) every sample left takes the queue as it ends, through the
            // loop's own sampling: a loop of its own after this one ran in few replications, so the optimised
            // code had no feedback for it and was thrown away there ("insufficient type feedback").
            const end = heap.size === 0 || heap.topTime() > horizon;
            const at = end ? Infinity : heap.topTime();
            if (at >= nextSampleAt) {
                while (nextSample < QUEUE_SAMPLES && at >= start + nextSample * queueSampleStep) queue[nextSample++]! += this.waiting;
                nextSampleAt = nextSample < QUEUE_SAMPLES ? start + nextSample * queueSampleStep : Infinity;
            }
            if (end) break;
            const kind = heap.topKind();
            const data = heap.topData();
            heap.pop();
            this.now = at;
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
        if (this.log) this.logArrival(this.log, c, channel, number, at);
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
        const t = this.model.teams[team]!;
        const own = t.categories;
        const priorities = t.priorities;
        const queues = this.queues;
        // One loop for every team, one category or several: a branch of its own for one-category teams ran
        // first long after the rest (helpdesk-br's Sobreaviso, a ticket a month), and the optimised dispatch
        // was thrown away there ("insufficient type feedback") and compiled again (~20 ms of a compile thread).
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
        this.judge.add(c, channel, opened, at, end, wait);
        if (this.log) this.logStart(this.log, c, channel, number, team, at, end, end + wait, this.judge.responseDue, this.judge.resolutionDue);
    }

    /**
     * Apart from `ticket`, as logStart is from `start`: the object spread is a large piece of optimised code,
     * compiled with the hot method that holds it even when no run logs.
     */
    private logArrival(log: (event: SimEvent) => void, c: number, channel: number, number: number, at: number): void {
        log({ at, type: 'arrival', ticket: number, category: this.model.categories[c]!.name, ...this.channelName(channel) });
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
        const respMode = this.judge.respMode;
        const resMode = this.judge.resMode;
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
                if (log) log({ at: horizon, type: 'unfinished', ticket: q.number[id]!, category: cat.name, ...this.channelName(channel) });
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
