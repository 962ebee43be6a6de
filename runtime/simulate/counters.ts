import { MINUTE_MS } from '../time/units.js';
import type { SimModel } from './model.js';

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
 * Under 64 ms (and for no number) the bin is 0 (under histBin's first bin, 600 ms), given without histBin's
 * division: runs meet 0 ms first (a ticket started as it opens), so that division's feedback said "whole
 * numbers" and the optimised judge that inlines this was thrown away at the first ms it made a fraction of
 * ("lost precision", a compile thread's ~35 ms again). From 2^31 ms (24.8 days) on histBin decides (Math.clz32
 * of a larger ms is not a 32-bit integer's). Both tables fill in as they are read (NaN and −1: not yet), with
 * histBin itself: a run meets a few hundred bins, so a cold start pays a logarithm or two for each of those
 * instead of ~20,000 for all 2,400 bins and 1,664 guesses (6-10 ms before the first run).
 */
const thresholds = new Float64Array(HIST_BINS + 1).fill(NaN);
const guesses = new Int32Array(32 * 64).fill(-1);

export function histBinMs(ms: number): number {
    if (!(ms >= 64)) return 0;
    if (!(ms < 2147483648)) return histBin(ms / MINUTE_MS);
    const octave = 31 - Math.clz32(ms);
    const slot = octave * 64 + ((ms >>> (octave - 6)) & 63);
    let b = guesses[slot]!;
    if (b < 0) b = guess(slot);
    // Below 2^31 ms the bin stays under 1,600: the next bin's threshold is always a whole number.
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
