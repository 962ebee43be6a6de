import * as os from 'node:os';

/**
 * Whether a worker thread would find a core to itself, measured over work the calling thread does anyway
 * (compiling the model, its first replications) instead of guessed from the load average, which is a minute
 * behind and counts threads that wait for a disk or sleep in short bursts.
 *
 * The measure is the kernel's per-core time counters (os.cpus(): ms each core spent idle and busy since boot)
 * and this process's CPU time (process.cpuUsage()), read before and after: the cores' idle time in between,
 * plus what this process used beyond one core (V8 compiling the engine's code on its own threads while the
 * calling thread runs: a worker gets that core once the compiling is done). It reads no clock and changes no
 * result: replications are the same whichever thread runs them.
 */
export interface CoreTimes {
    /** ms the cores spent idle, summed over the cores. */
    readonly idle: number;
    /** ms the cores spent in any state, summed over the cores. */
    readonly total: number;
    readonly cores: number;
    /** ms of CPU this process used, all its threads. */
    readonly own: number;
}

export function coreTimes(): CoreTimes {
    let idle = 0;
    let total = 0;
    const cpus = os.cpus();
    for (const { times } of cpus) {
        idle += times.idle;
        total += times.user + times.nice + times.sys + times.idle + times.irq;
    }
    const { user, system } = process.cpuUsage();
    return { idle, total, cores: cpus.length, own: (user + system) / 1000 };
}

/** The counters advance in ticks of 10 ms: a span of fewer than this many ms per core tells nothing yet. */
const SHORTEST_SPAN_MS = 50;

/**
 * Cores that sat idle on average between two readings (0 to the number of cores), or null when the span is
 * too short to tell (the caller looks again later). A platform that reports no counters counts as idle:
 * threads start as asked there.
 */
export function idleCores(from: CoreTimes, to: CoreTimes): number | null {
    const cores = to.cores;
    if (to.total === 0 || cores !== from.cores) return cores;
    const total = to.total - from.total;
    if (!(total >= SHORTEST_SPAN_MS * cores)) return null;
    const span = total / cores;
    const beyondOneCore = Math.max(0, to.own - from.own - span);
    return Math.max(0, Math.min(cores, (to.idle - from.idle + beyondOneCore) / span));
}

/**
 * Idle cores from which a worker is started: half a core, on average, that nobody used while the calling thread
 * worked. Below that, a worker's start (loading its bundle, compiling the model, its first replications cold)
 * takes CPU time from the calling thread instead of adding its own, and the job gets slower (bench/simulate).
 */
export const IDLE_FOR_A_WORKER = 0.5;
