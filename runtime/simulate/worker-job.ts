/**
 * What `simulate` (the host side, on the calling thread) and the worker entry (worker.ts, on a worker thread)
 * say to each other: the job a worker is given and the messages it posts back. Importing this module has no
 * effect; only worker.ts, run as a worker's script, acts.
 */
import type { Contract } from '../model.js';
import { Accumulator, type AccumulatorData, Simulator } from './engine.js';
import { compile, type SimModel } from './model.js';

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
}

export type WorkerMessage = { type: 'progress'; done: number } | { type: 'done'; data: AccumulatorData } | { type: 'error'; message: string };

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

/** Runs a job and posts its progress and totals (or its error) through `post`; never throws. */
export function runWorkerJob(job: WorkerJob, post: (message: WorkerMessage) => void): void {
    try {
        const model = compile(job.contract, job.scenario, job.agents);
        const acc = Accumulator.of(model);
        let done = 0;
        runRange(model, job.seed, job.from, job.to, acc, () => {
            if (++done % BATCH === 0 || job.from + done === job.to) post({ type: 'progress', done });
        });
        post({ type: 'done', data: acc.data() });
    } catch (error) {
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
}
