import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { resolvedHolidays } from '../holidays.js';
import type { Contract } from '../model.js';
import { Accumulator, type AccumulatorData, type SimEvent, Simulator } from './engine.js';
import { type CoreTimes, coreTimes, IDLE_FOR_A_WORKER, idleCores } from './idle-cores.js';
import { compile, type SimModel, SimulationError } from './model.js';
import { summarize, type SimulationResults } from './results.js';
import { LAUNCHER_SOURCE, type LauncherData, workerCacheFile } from './worker-launcher.js';
import { BATCH, CLAIM_IDLE, CLAIM_UNNEEDED, CLAIM_WORKING, runClaimed, runRange, type WorkerJob, type WorkerMessage } from './worker-job.js';

export interface SimulateOptions {
    /** Replications (periods) to simulate; default 200. */
    runs?: number;
    /** Seed of the pseudo-random streams; default 1. */
    seed?: number;
    /**
     * Threads that simulate, the calling thread included (2: it and one worker thread); default: one per core
     * when `workerScript` is given and the job is big, else 1. Without `workerScript`, for a job of under
     * 100,000 expected tickets, when no core was idle while the calling thread compiled the model and ran
     * its first replications (idle-cores.ts), or when under 300,000 expected tickets are left by then, the
     * calling thread runs everything, whatever this says. Results do not depend on it.
     */
    workers?: number;
    /**
     * The worker threads' script: the bundle of runtime/simulate/worker.ts (dist/simulate-worker.cjs). Only the
     * host knows where its files are, so the runtime never guesses it.
     */
    workerScript?: string;
    /**
     * A folder for V8's code cache of the worker bundle (the CLI's compile cache folder): a worker then
     * deserialises the bundle's code instead of compiling it (worker-launcher.ts). Undefined: no cache.
     */
    workerCodeCache?: string;
    /**
     * The cores' counters (idle-cores.ts coreTimes) read by the host before its own work that led here (the
     * CLI reads them before it loads the contract): when a core sat idle meanwhile and the job is big enough
     * to repay a cold worker, the workers asked for by `workers` start before the calling thread's first
     * replication. Without it a worker starts only after those first replications have shown an idle core.
     */
    coresSince?: CoreTimes;
    /** Team sizes by team name, instead of the scenario's. */
    agents?: Readonly<Record<string, number>>;
    /**
     * The worker threads run every replication and the calling thread none, whatever the job's size (tests:
     * results that can only have come from the workers). `workers` counts the worker threads then; default 1.
     */
    workersOnly?: boolean;
    /** Called as replications finish: (done, total, how many of those the worker threads ran). */
    onProgress?: (done: number, total: number, byWorkers: number) => void;
    signal?: AbortSignal;
}

export const DEFAULT_RUNS = 200;
export const DEFAULT_SEED = 1;
/** Expected tickets over all runs below which `simulate` uses no worker threads unless told to. */
const SMALL_JOB_TICKETS = 2_000_000;
/**
 * Expected tickets over all runs below which no worker thread is started, whatever `workers` says: a worker
 * loads the simulator's bundle (600 KB, no date-holidays) and compiles the model first, then runs its first
 * replications cold: tens of ms of a core, about what the calling thread takes for a job this small.
 */
const TINY_JOB_TICKETS = 100_000;
/**
 * Expected tickets still unclaimed below which no worker is started: by the time a cold worker runs at full
 * speed (its bundle, the model, its first replications interpreted: ~0.2 s of a core), the calling thread
 * would have run about this many itself, and the worker's start-up competes with its optimising compiler for
 * the second core. 200 runs of examples/helpdesk-br.pacto MesNormal (157,000 tickets) took 375-490 ms on 2
 * threads against 275-390 ms on one on an idle 2-core machine, the worker taking 8-47 of them (bench/simulate).
 */
const WORKER_PAYS_TICKETS = 300_000;

function checkOptions(options: SimulateOptions): { runs: number; seed: number } {
    const runs = options.runs ?? DEFAULT_RUNS;
    const seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) throw new SimulationError('simRunsOutOfRange', { runs: String(runs) });
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new SimulationError('simSeedOutOfRange', { seed: String(seed) });
    return { runs, seed };
}

function abortError(): Error {
    const error = new Error('The simulation was cancelled');
    error.name = 'AbortError';
    return error;
}

/** The simulation on the calling thread, synchronously (tests, small runs, the staffing search). */
export function simulateSync(contract: Contract, scenarioName: string, options: Omit<SimulateOptions, 'workers' | 'workerScript'> = {}): SimulationResults {
    const { runs, seed } = checkOptions(options);
    const model = compile(contract, scenarioName, options.agents);
    const acc = Accumulator.of(model);
    let done = 0;
    runRange(model, seed, 0, runs, acc, () => {
        if (options.signal?.aborted) throw abortError();
        options.onProgress?.(++done, runs, 0);
    });
    return summarize(model, acc, runs, seed);
}

/** One replication with its event log (SimPy style), for tests and for explaining a run. */
export function simulateOnce(
    contract: Contract,
    scenarioName: string,
    options: {
        seed?: number;
        index?: number;
        agents?: Readonly<Record<string, number>>;
        /** Recorded tickets instead of Poisson arrivals: category name, epoch ms and the channel, if any. */
        arrivals?: readonly { category: string; at: number; channel?: string }[];
    } = {},
): { results: SimulationResults; events: SimEvent[] } {
    const model = compile(contract, scenarioName, options.agents);
    const arrivals = options.arrivals?.map((a) => {
        const category = model.categories.find((c) => c.name === a.category);
        if (!category) throw new SimulationError('simUnknownCategory', { category: a.category });
        if (!category.handling || category.teams.length === 0) throw new SimulationError('simNoHandlingOrTeam', { category: a.category });
        const channel = a.channel === undefined ? 0 : model.channels.indexOf(a.channel) + 1;
        if (a.channel !== undefined && channel === 0) throw new SimulationError('simUnknownChannel', { channel: a.channel });
        return { category: category.index, at: a.at, channel };
    });
    const acc = Accumulator.of(model);
    const events: SimEvent[] = [];
    const seed = options.seed ?? DEFAULT_SEED;
    new Simulator(model).run(seed, options.index ?? 0, acc, (e) => events.push(e), arrivals);
    // At one instant: an agent's release (and the resolution it brings), then arrivals, then starts.
    const rank = { done: 0, resolved: 1, arrival: 2, start: 3, unfinished: 4 } as const;
    events.sort((a, b) => a.at - b.at || rank[a.type] - rank[b.type] || a.ticket - b.ticket);
    return { results: summarize(model, acc, 1, seed), events };
}

/**
 * Monte Carlo over `runs` replications, spread over worker threads. Replication i always draws from the
 * streams of (seed, i), and the totals are integer sums, so the results are the same for any worker count.
 */
export async function simulate(contract: Contract, scenarioName: string, options: SimulateOptions = {}): Promise<SimulationResults> {
    const { runs, seed } = checkOptions(options);
    const script = options.workerScript;
    // What the cores do while this thread compiles the model and runs its first replications tells whether a worker would have one.
    const before = script !== undefined && options.workers !== 1 ? coreTimes() : null;
    const model = compile(contract, scenarioName, options.agents);
    // A core the host saw idle while it worked, and a job that repays a worker even cold: the workers asked for
    // start now, loading their bundle while this thread starts its runs, instead of after its first batches.
    const early =
        script !== undefined &&
        before !== null &&
        options.workersOnly !== true &&
        options.coresSince !== undefined &&
        (options.workers ?? 1) > 1 &&
        model.expectedTickets * runs >= WORKER_PAYS_TICKETS &&
        (idleCores(options.coresSince, before) ?? 0) >= IDLE_FOR_A_WORKER;
    if (early) {
        if (options.signal?.aborted) throw abortError();
        const booted = Array.from({ length: Math.min(options.workers!, runs) - 1 }, () => bootWorker(script, options.workerCodeCache));
        try {
            return await threaded(contract, scenarioName, model, runs, seed, script, booted.length, before, options, booted);
        } catch (error) {
            if (error instanceof HolidaysMissing) return simulate(contract, scenarioName, { ...options, workersOnly: false, workers: 1 });
            throw error;
        }
    }
    // Starting a worker costs tens of ms (it loads the simulator's bundle and compiles the model): small jobs stay on this thread.
    const workersOnly = options.workersOnly === true && script !== undefined;
    const worthThreads = model.expectedTickets * runs >= SMALL_JOB_TICKETS;
    const wanted = options.workers ?? (script && worthThreads ? os.availableParallelism() : 1);
    const workers = model.expectedTickets * runs < TINY_JOB_TICKETS ? 1 : Math.max(1, Math.min(wanted, runs, script ? Infinity : 1));
    const helpers = workersOnly ? Math.max(1, Math.min(options.workers ?? 1, runs)) : workers > 1 ? workers - 1 : 0;
    if (options.signal?.aborted) throw abortError();
    if (helpers === 0 || !script) {
        // Cooperative: yield to the event loop between batches so progress shows and cancellation works.
        const acc = Accumulator.of(model);
        const simulator = new Simulator(model);
        for (let index = 0; index < runs; index++) {
            simulator.run(seed, index, acc);
            if ((index + 1) % BATCH === 0 || index + 1 === runs) {
                options.onProgress?.(index + 1, runs, 0);
                await new Promise<void>((resolve) => setImmediate(resolve));
                if (options.signal?.aborted) throw abortError();
            }
        }
        return summarize(model, acc, runs, seed);
    }
    try {
        return await threaded(contract, scenarioName, model, runs, seed, script, helpers, workersOnly ? null : (before ?? coreTimes()), options);
    } catch (error) {
        // A worker met a year of public holidays this thread had not resolved: this thread has them all.
        if (error instanceof HolidaysMissing) return simulate(contract, scenarioName, { ...options, workersOnly: false, workers: 1 });
        throw error;
    }
}

/** A worker needed a holiday list it was not given (WorkerMessage.holidaysMissing). */
class HolidaysMissing extends Error {}

/** A worker thread started before its job, and the first error it met meanwhile. */
interface Booted {
    readonly worker: Worker;
    error: Error | null;
}

/** A worker thread that loads the bundle through its code cache (worker-launcher.ts), then waits for its job. */
function bootWorker(script: string, cacheDir: string | undefined): Booted {
    const workerData: LauncherData = { script, cache: cacheDir === undefined ? undefined : workerCacheFile(cacheDir, script) };
    const worker = new Worker(LAUNCHER_SOURCE, { eval: true, workerData, stdout: true, stderr: true });
    const booted: Booted = { worker, error: null };
    worker.on('error', (error) => (booted.error ??= error));
    return booted;
}

/**
 * Not awaited: a worker still loading its bundle stops only when that is done, and nothing it does matters any
 * more (those that ran replications have posted them; the rest claimed none).
 */
function stop(worker: Worker): void {
    worker.unref();
    void worker.terminate();
}

/**
 * The calling thread (unless `since` is null) and `helpers` worker threads claim replications from a counter
 * they share: whatever the workers take while they start up (loading their bundle, compiling the model) the
 * calling thread does meanwhile, and a worker ready after the last claim is not waited for. The calling thread
 * starts the workers once the cores' counters since `since` (taken before the model was compiled) show an idle
 * core, and runs everything alone if they show none or too little work is left to repay a worker's start. Which thread runs a replication does not change it,
 * and the totals are exact sums.
 */
async function threaded(
    contract: Contract,
    scenarioName: string,
    model: SimModel,
    runs: number,
    seed: number,
    script: string,
    helpers: number,
    since: CoreTimes | null,
    options: SimulateOptions,
    booted: readonly Booted[] = [],
): Promise<SimulationResults> {
    const callerRuns = since !== null;
    const shared = new Int32Array(new SharedArrayBuffer(4 * (1 + helpers)));
    const acc = Accumulator.of(model);
    const progress = new Array<number>(helpers).fill(0);
    const started: Worker[] = [];
    const results = new Array<AccumulatorData | undefined>(helpers);
    let failure: Error | null = null;
    let wake: (() => void) | null = null;
    const notify = () => {
        const w = wake;
        wake = null;
        w?.();
    };
    const onAbort = () => notify();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let mine = 0;
    const report = () => {
        const byWorkers = progress.reduce((s, v) => s + v, 0);
        options.onProgress?.(mine + byWorkers, runs, byWorkers);
    };
    // This thread compiled the model, so its holiday cache holds every year the calendars' tables cover.
    const holidays = resolvedHolidays();
    const spawn = (): void => {
        for (let w = 0; w < helpers; w++) {
            const job: WorkerJob = { pactoSimulate: true, contract, scenario: scenarioName, agents: options.agents, seed, from: 0, to: runs, claim: shared.buffer as SharedArrayBuffer, slot: w, holidays };
            const boot = booted[w] ?? bootWorker(script, options.workerCodeCache);
            const worker = boot.worker;
            if (boot.error) failure ??= boot.error;
            worker.postMessage(job);
            started.push(worker);
            worker.on('message', (message: WorkerMessage) => {
                if (message.type === 'progress') {
                    progress[w] = message.done;
                    report();
                } else if (message.type === 'done') results[w] = message.data;
                else failure ??= message.holidaysMissing ? new HolidaysMissing(message.message) : new Error(message.message);
                notify();
            });
            worker.on('error', (error) => {
                failure ??= error;
                notify();
            });
            worker.on('exit', (code) => {
                if (results[w] === undefined && shared[1 + w] === CLAIM_WORKING) failure ??= new Error(`a simulation worker stopped (exit ${code})`);
                notify();
            });
        }
    };
    try {
        if (!callerRuns) spawn();
        else {
            const simulator = new Simulator(model);
            let decided = booted.length > 0;
            if (decided) spawn();
            for (;;) {
                const ran = runClaimed(simulator, seed, shared, runs, acc, BATCH);
                // After a batch of this thread, while work is left and until the counters span long enough to
                // tell: workers if a core sat idle meanwhile (this thread's engine code is optimised by then,
                // and the workers' start no longer delays that).
                if (!decided && Atomics.load(shared, 0) < runs) {
                    const idle = idleCores(since, coreTimes());
                    if (idle !== null) {
                        decided = true;
                        const left = (runs - Atomics.load(shared, 0)) * model.expectedTickets;
                        if (idle >= IDLE_FOR_A_WORKER && left >= WORKER_PAYS_TICKETS) spawn();
                    }
                }
                mine += ran;
                if (ran > 0) report();
                if (failure) throw failure;
                if (ran < BATCH) break;
                // Cooperative: messages, progress and cancellation between batches.
                await new Promise<void>((resolve) => setImmediate(resolve));
                if (options.signal?.aborted) throw abortError();
            }
        }
        // Every replication is claimed: wait only for the workers that took some (all of them, when this thread runs none).
        const working = started.map((_, w) => !callerRuns || Atomics.compareExchange(shared, 1 + w, CLAIM_IDLE, CLAIM_UNNEEDED) === CLAIM_WORKING);
        while (working.some((busy, w) => busy && results[w] === undefined)) {
            if (failure) throw failure;
            if (options.signal?.aborted) throw abortError();
            await new Promise<void>((resolve) => (wake = resolve));
        }
        if (failure) throw failure;
        for (const data of results) if (data) acc.merge(data);
    } finally {
        options.signal?.removeEventListener('abort', onAbort);
        for (const worker of started) stop(worker);
    }
    return summarize(model, acc, runs, seed);
}
