/**
 * The simulator has no effect at import: the runtime's façade and the worker modules can be loaded by any
 * process without starting a thread or ending it. The worker bundle (dist/simulate-worker.cjs, built by
 * esbuild.mjs: `npm test` builds first) acts only when run as a worker with a job, and then answers.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { resolvedHolidays } from '../../../runtime/holidays.js';
import { compile as compileScenario } from '../../../runtime/simulate/model.js';
import { simulate, simulateSync } from '../../../runtime/simulate/simulate.js';
import { CLAIM_UNNEEDED, CLAIM_WORKING, runWorkerJob, type WorkerJob, type WorkerMessage } from '../../../runtime/simulate/worker-job.js';
import { LAUNCHER_SOURCE, type LauncherData, workerCacheFile } from '../../../runtime/simulate/worker-launcher.js';
import { exampleContract } from './helpers.js';

const ROOT = process.cwd();
const WORKER = path.join(ROOT, 'dist', 'simulate-worker.cjs');

/** The plugins and banner of the shipped bundles; a computed specifier, since scripts/ is plain JavaScript. */
async function sharedBuildOptions(): Promise<{ pdfkitCjs: esbuild.Plugin; nodeShimBanner: { js: string } }> {
    const specifier = pathToFileURL(path.join(ROOT, 'scripts', 'esbuild-plugins.mjs')).href;
    return (await import(specifier)) as { pdfkitCjs: esbuild.Plugin; nodeShimBanner: { js: string } };
}

/** Every message a worker running `script` on `job` posts, and its exit code. */
function runWorker(script: string, job: unknown): Promise<{ messages: WorkerMessage[]; code: number }> {
    return new Promise((resolve, reject) => {
        const messages: WorkerMessage[] = [];
        const worker = new Worker(script, { workerData: job });
        worker.on('message', (message: WorkerMessage) => messages.push(message));
        worker.on('error', reject);
        worker.on('exit', (code) => resolve({ messages, code }));
    });
}

/** `contents` (imports from the repository root) bundled as the shipped bundles are, into `dir`. */
async function bundle(dir: string, name: string, contents: string): Promise<string> {
    const { pdfkitCjs, nodeShimBanner } = await sharedBuildOptions();
    const outfile = path.join(dir, name);
    await esbuild.build({
        stdin: { contents, resolveDir: ROOT, loader: 'ts' },
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        logLevel: 'error',
        banner: nodeShimBanner,
        plugins: [pdfkitCjs],
    });
    return outfile;
}

describe('no effects at import', () => {
    it('importing the runtime and the worker modules in a process without workers starts no thread and does not exit', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'pacto-imports-'));
        try {
            const imports = await bundle(
                dir,
                'imports.cjs',
                `import * as runtime from './runtime/index.js';
                import * as job from './runtime/simulate/worker-job.js';
                import './runtime/simulate/worker.js';
                console.log(JSON.stringify({ alive: true, simulate: typeof runtime.simulate, runWorkerJob: typeof job.runWorkerJob }));`,
            );
            // Loaded first: counts the threads the bundle starts and refuses process.exit, so that an import
            // with either effect shows instead of passing unnoticed.
            const spy = path.join(dir, 'spy.cjs');
            writeFileSync(
                spy,
                `const threads = require('node:worker_threads');
                const Original = threads.Worker;
                threads.Worker = class extends Original { constructor(...args) { process.stdout.write('THREAD\\n'); super(...args); } };
                process.exit = (code) => { process.stdout.write('EXIT ' + code + '\\n'); throw new Error('process.exit during import'); };`,
            );
            const run = spawnSync(process.execPath, ['--require', spy, imports], { encoding: 'utf8', timeout: 30_000 });
            expect(run.stderr).toBe('');
            expect(run.stdout).toBe(`${JSON.stringify({ alive: true, simulate: 'function', runWorkerJob: 'function' })}\n`);
            // And nothing it left behind keeps the process from ending by itself.
            expect(run.status).toBe(0);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 60_000);

    it('only the worker entry acts on a job: the runtime and the host side, imported in a worker given one, do nothing', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'pacto-imports-'));
        try {
            const imports = await bundle(
                dir,
                'thread.cjs',
                `import { parentPort } from 'node:worker_threads';
                import './runtime/index.js';
                import './runtime/simulate/worker-job.js';
                parentPort!.postMessage({ alive: true });`,
            );
            const contract = await exampleContract('helpdesk-br.pacto');
            const job: WorkerJob = { pactoSimulate: true, contract, scenario: 'MesNormal', agents: undefined, seed: 1, from: 0, to: 1 };
            expect(await runWorker(imports, job)).toEqual({ messages: [{ alive: true }], code: 0 });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 60_000);
});

describe('the worker bundle', () => {
    it('run as a worker with a job, posts its progress and the totals the calling thread computes, then ends by itself', async () => {
        expect(existsSync(WORKER), `${WORKER} is missing: build it with \`node esbuild.mjs\` (\`npm test\` builds first)`).toBe(true);
        const contract = await exampleContract('helpdesk-br.pacto');
        const job: WorkerJob = { pactoSimulate: true, contract, scenario: 'MesNormal', agents: undefined, seed: 5, from: 3, to: 12 };
        const { messages, code } = await runWorker(WORKER, job);
        expect(code).toBe(0);
        const expected: WorkerMessage[] = [];
        runWorkerJob(job, (message) => expected.push(message));
        expect(messages.map((m) => m.type)).toEqual(['progress', 'progress', 'progress', 'done']);
        expect(messages).toEqual(expected);
    }, 60_000);

    it('answers a job it cannot run with the error', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const job: WorkerJob = { pactoSimulate: true, contract, scenario: 'NoSuchScenario', agents: undefined, seed: 1, from: 0, to: 2 };
        const { messages, code } = await runWorker(WORKER, job);
        expect(code).toBe(0);
        expect(messages).toEqual([{ type: 'error', message: expect.stringContaining('NoSuchScenario') }]);
    }, 60_000);

    it('claims replications from a counter shared with the calling thread, each once, with the totals of the whole range', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const shared = new Int32Array(new SharedArrayBuffer(8));
        // The calling thread already took replications 0 and 1; the worker claims 2 to 9.
        shared[0] = 2;
        const job: WorkerJob = { pactoSimulate: true, contract, scenario: 'MesNormal', agents: undefined, seed: 5, from: 0, to: 10, claim: shared.buffer as SharedArrayBuffer, slot: 0 };
        const { messages, code } = await runWorker(WORKER, job);
        expect(code).toBe(0);
        expect(shared[1]).toBe(CLAIM_WORKING);
        expect(messages.filter((m) => m.type === 'progress').map((m) => (m as { done: number }).done)).toEqual([4, 8, 8]);
        const done = messages.at(-1)!;
        expect(done.type).toBe('done');
        const expected: WorkerMessage[] = [];
        runWorkerJob({ pactoSimulate: true, contract, scenario: 'MesNormal', agents: undefined, seed: 5, from: 2, to: 10 }, (message) => expected.push(message));
        expect(done).toEqual(expected.at(-1));
    }, 60_000);

    it('does nothing once told it is not needed (the others claimed every replication first)', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const shared = new Int32Array(new SharedArrayBuffer(8));
        shared[1] = CLAIM_UNNEEDED;
        const job: WorkerJob = { pactoSimulate: true, contract, scenario: 'MesNormal', agents: undefined, seed: 5, from: 0, to: 10, claim: shared.buffer as SharedArrayBuffer, slot: 0 };
        expect(await runWorker(WORKER, job)).toEqual({ messages: [], code: 0 });
        expect(shared[0]).toBe(0);
    }, 60_000);

    it('holds no date-holidays: the calling thread hands over the holiday lists, and results stay the same', async () => {
        expect(readFileSync(WORKER, 'utf8')).not.toMatch(/node_modules\/date-holidays/);
        const contract = await exampleContract('helpdesk-br.pacto');
        // The calling thread compiles the model first (simulate does), resolving the years its calendars cover.
        compileScenario(contract, 'MesNormal');
        const holidays = resolvedHolidays();
        expect(holidays.some(([key]) => key.startsWith('BR/SP/'))).toBe(true);
        // Alone in a folder, the bundle has no library to fall back on: the lists are all it has.
        const dir = mkdtempSync(path.join(tmpdir(), 'pacto-worker-'));
        try {
            const alone = path.join(dir, 'simulate-worker.cjs');
            copyFileSync(WORKER, alone);
            const job: WorkerJob = { pactoSimulate: true, contract, scenario: 'MesNormal', agents: undefined, seed: 5, from: 0, to: 6, holidays };
            const { messages, code } = await runWorker(alone, job);
            expect(code).toBe(0);
            const expected: WorkerMessage[] = [];
            runWorkerJob({ ...job, holidays: undefined }, (message) => expected.push(message));
            expect(messages).toEqual(expected);
            // Without them it says so, and `simulate` then runs the job on the calling thread.
            const without = await runWorker(alone, { ...job, holidays: undefined });
            expect(without.messages).toEqual([{ type: 'error', message: expect.stringContaining('BR'), holidaysMissing: true }]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 60_000);

    it('does nothing in a worker started without a simulation job', async () => {
        expect(await runWorker(WORKER, { somethingElse: true })).toEqual({ messages: [], code: 0 });
    });
});

/** Every message of a worker started by the launcher and posted `job` once online, and its exit code. */
function runLaunched(data: LauncherData, job: unknown): Promise<{ messages: WorkerMessage[]; code: number }> {
    return new Promise((resolve, reject) => {
        const messages: WorkerMessage[] = [];
        const worker = new Worker(LAUNCHER_SOURCE, { eval: true, workerData: data });
        worker.postMessage(job);
        worker.on('message', (message: WorkerMessage) => messages.push(message));
        worker.on('error', reject);
        worker.on('exit', (code) => resolve({ messages, code }));
    });
}

describe('the worker launcher (V8 code cache of the bundle)', () => {
    it('runs the job posted to it, writes the cache once it has run replications, and reads it the next time without writing it again', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'pacto-worker-cache-'));
        try {
            const contract = await exampleContract('helpdesk-br.pacto');
            const job: WorkerJob = { pactoSimulate: true, contract, scenario: 'MesNormal', agents: undefined, seed: 5, from: 3, to: 12 };
            const expected: WorkerMessage[] = [];
            runWorkerJob(job, (message) => expected.push(message));
            const cache = workerCacheFile(path.join(dir, 'cache'), WORKER);
            expect(path.dirname(cache)).toBe(path.join(dir, 'cache'));
            const first = await runLaunched({ script: WORKER, cache }, job);
            expect(first).toEqual({ messages: expected, code: 0 });
            const written = readFileSync(cache);
            // The identity line: the Node that wrote it and the bundle's path, size and build time.
            expect(written.subarray(0, written.indexOf(10)).toString()).toMatch(new RegExp(`^${process.version} ${process.arch} ${WORKER.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\d+ [\\d.]+$`));
            // A cache V8 took is not written again: its time stays where it was set.
            utimesSync(cache, 1_000_000, 1_000_000);
            const second = await runLaunched({ script: WORKER, cache }, job);
            expect(second).toEqual({ messages: expected, code: 0 });
            expect(statSync(cache).mtimeMs).toBe(1_000_000_000);
            expect(readFileSync(cache).equals(written)).toBe(true);
            // A cache of another build (its identity line differs) is ignored and replaced.
            writeFileSync(cache, `${process.version} ${process.arch} ${WORKER} 1 1\n0123`);
            expect(await runLaunched({ script: WORKER, cache }, job)).toEqual({ messages: expected, code: 0 });
            expect(readFileSync(cache).subarray(0, written.indexOf(10) + 1).equals(written.subarray(0, written.indexOf(10) + 1))).toBe(true);
            // Without a cache file, the same.
            expect(await runLaunched({ script: WORKER, cache: undefined }, job)).toEqual({ messages: expected, code: 0 });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 60_000);

    it('started with the first replication (a core seen idle by the host, a job that repays it), gives the results of one thread', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'pacto-worker-cache-'));
        try {
            const contract = await exampleContract('helpdesk-br.pacto');
            // 400 runs: 314,000 expected tickets, past WORKER_PAYS_TICKETS.
            const expected = simulateSync(contract, 'MesNormal', { runs: 400, seed: 3 });
            // Counters of another machine (another core count) tell nothing, so they count as idle (idle-cores.ts).
            const coresSince = { idle: 0, total: 0, cores: -1, own: 0 };
            const results = await simulate(contract, 'MesNormal', { runs: 400, seed: 3, workers: 2, workerScript: WORKER, workerCodeCache: dir, coresSince });
            expect(results).toEqual(expected);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 60_000);
});

