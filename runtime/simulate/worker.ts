/**
 * The script of a simulation worker thread, bundled on its own as dist/simulate-worker.cjs (esbuild.mjs): the
 * host passes that file to `simulate` as `workerScript`. A separate bundle, so that a worker loads only the
 * simulator (not the CLI or the language server) and no other module needs to act when it is imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isWorkerJob, runWorkerJob, type WorkerMessage } from './worker-job.js';

// Inert when imported on the main thread or in a worker started for something else. Once the totals are
// posted the thread has nothing left to do and ends by itself: no process.exit.
const port = parentPort;
if (port && isWorkerJob(workerData)) runWorkerJob(workerData, (message: WorkerMessage) => port.postMessage(message));

/**
 * A worker started before its job (worker-launcher.ts, which loaded this bundle): the job is the first message
 * it receives. `beforeDone` runs once the job's replications are done, before their totals are posted (the
 * calling thread may end the worker as soon as it has them).
 */
export function serveJob(beforeDone?: () => void): void {
    const to = parentPort;
    if (!to) return;
    to.once('message', (job: unknown) => {
        if (!isWorkerJob(job)) return;
        runWorkerJob(job, (message: WorkerMessage) => {
            if (message.type === 'done') beforeDone?.();
            to.postMessage(message);
        });
    });
}
