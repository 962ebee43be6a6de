/**
 * What `simulate` (the host side, on the calling thread) and the worker entry (worker.ts, on a worker thread)
 * say to each other: the job a worker is given and the messages it posts back. Importing this module has no
 * effect; only worker.ts, run as a worker's script, acts.
 */
import { preloadHolidays, type PublicHoliday } from '../holidays.js';
import type { Contract } from '../model.js';
import { Accumulator, type AccumulatorData, Simulator } from './engine.js';
import { compile, type SimModel } from './model.js';
import { HolidaysNotResolved } from './worker-holidays.js';

/** Replications a worker runs between two progress reports (and abort checks on the calling thread). */
export const BATCH = 4;

/** Replications [from, to) of one contract's scenario: structured-cloned into the worker as `workerData`. */
export interface WorkerJob {
    /** Tells a simulation job from other `workerData`, should the script be started by something else. */
    pactoSimulate: true;
    contract: Contract;
    scenario: string;
    agents: Readonly<Record<string, number>> | undefined;
    seed: number;
    from: number;
    to: number;
    /**
     * Replications are claimed one at a time from a counter shared with the calling thread (and the other
     * workers) instead of running [from, to) in order: Int32 0 is the next replication, Int32 1 + `slot` this
     * worker's state (0 not started, 1 working, 2 not needed: the others ran everything before it was ready).
     */
    claim?: SharedArrayBuffer;
    slot?: number;
    /**
     * The public holiday lists the calling thread has resolved (runtime/holidays.ts resolvedHolidays): its model
     * was compiled there first, so they hold every year the calendars' tables cover. The worker's bundle has
     * no date-holidays (runtime/simulate/worker-holidays.ts).
     */
    holidays?: [key: string, list: PublicHoliday[]][];
}

/** A worker's state in the shared claim array. */
export const CLAIM_IDLE = 0;
export const CLAIM_WORKING = 1;
export const CLAIM_UNNEEDED = 2;

export type WorkerMessage =
    | { type: 'progress'; done: number }
    | { type: 'done'; data: AccumulatorData }
    /** `holidaysMissing`: the job needed a holiday list it was not given; the calling thread runs it alone. */
    | { type: 'error'; message: string; holidaysMissing?: true };

export function isWorkerJob(value: unknown): value is WorkerJob {
    return typeof value === 'object' && value !== null && (value as Partial<WorkerJob>).pactoSimulate === true;
}

/** Replications [from, to) on the calling thread, into `acc`. */
export function runRange(model: SimModel, seed: number, from: number, to: number, acc: Accumulator, tick?: () => void): void {
    const simulator = new Simulator(model);
    for (let index = from; index < to; index++) {
        simulator.run(seed, index, acc);
        tick?.();
    }
}

/**
 * Replications claimed from `counter` (Int32 0: the next one) until it reaches `to`, into `acc`; the threads
 * sharing the counter run each replication once between them, whichever is free first.
 */
export function runClaimed(simulator: Simulator, seed: number, counter: Int32Array, to: number, acc: Accumulator, limit: number, tick?: () => void): number {
    let ran = 0;
    while (ran < limit) {
        const index = Atomics.add(counter, 0, 1);
        if (index >= to) break;
        simulator.run(seed, index, acc);
        ran++;
        tick?.();
    }
    return ran;
}

/** Runs a job and posts its progress and totals (or its error) through `post`; never throws. */
export function runWorkerJob(job: WorkerJob, post: (message: WorkerMessage) => void): void {
    try {
        if (job.holidays) preloadHolidays(job.holidays);
        const model = compile(job.contract, job.scenario, job.agents);
        const acc = Accumulator.of(model);
        let done = 0;
        if (job.claim !== undefined && job.slot !== undefined) {
            const shared = new Int32Array(job.claim);
            // Ready too late: the calling thread saw every replication claimed and does not wait for this one.
            if (Atomics.compareExchange(shared, 1 + job.slot, CLAIM_IDLE, CLAIM_WORKING) !== CLAIM_IDLE) return;
            runClaimed(new Simulator(model), job.seed, shared, job.to, acc, Infinity, () => {
                if (++done % BATCH === 0) post({ type: 'progress', done });
            });
            post({ type: 'progress', done });
        } else {
            runRange(model, job.seed, job.from, job.to, acc, () => {
                if (++done % BATCH === 0 || job.from + done === job.to) post({ type: 'progress', done });
            });
        }
        post({ type: 'done', data: acc.data() });
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        post(error instanceof HolidaysNotResolved ? { type: 'error', message, holidaysMissing: true } : { type: 'error', message });
    }
}
