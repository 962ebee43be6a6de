/**
 * The document fuzzer's parent side: bundles document-driver.ts as the shipped bundles are built, runs it
 * in a child process, times every document (a document over the hard limit is a hang: the child is killed
 * and a new one goes on with the next case) and gathers what went wrong with enough to reproduce it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { loadCorpus, type SeedDocument } from './corpus.js';
import type { DriverConfig, DriverMessage } from './document-protocol.js';
import { mutate } from './mutations.js';
import { caseRandom } from './random.js';

export interface DocumentFuzzOptions {
    root: string;
    seed: number;
    from: number;
    count: number;
    /**
     * A document whose check takes more CPU time than this fails (it is still finished, to see the rest).
     * CPU time, not wall time: on a machine shared with other work the wall clock says more about the others.
     */
    budgetMs: number;
    /** A document still running after this much wall time is a hang: its process is killed. */
    hangMs: number;
    /** Stop after this many failing documents (a hang costs hangMs; there is no need to see fifty). */
    maxFailures: number;
    warmup: number;
    /** Check these files (relative to root) as they are instead of mutations: case i is files[i]. */
    files?: string[];
}

export interface CaseReport {
    index: number;
    source: string;
    mutations: string[];
    /** Wall time. */
    ms: number;
    /** CPU time of the check, when it finished. */
    cpuMs?: number;
    /** Where the mutated document was written, to open or `pacto check` it. */
    file?: string;
    details: string[];
}

export interface DocumentFuzzReport {
    ran: number;
    clean: number;
    /** Engine calls refused with BeyondHorizon (documented), over the run. */
    refused: number;
    failures: CaseReport[];
    slowest: CaseReport[];
    /** Heap after a GC, after warm-up and at the end, of each child process that got that far. */
    heaps: { warm: number; end: number; cases: number }[];
}

/** The line that runs case `index` of `seed` alone. */
export function reproduceCommand(seed: number, index: number): string {
    return `PACTO_FUZZ_SEED=${seed} PACTO_FUZZ_FROM=${index} PACTO_FUZZ_COUNT=1 npx vitest run test/fuzz/documents.test.ts`;
}

async function bundleDriver(root: string, dir: string): Promise<string> {
    const { pdfkitCjs, nodeShimBanner } = (await import(pathToFileURL(path.join(root, 'scripts', 'esbuild-plugins.mjs')).href)) as {
        pdfkitCjs: esbuild.Plugin;
        nodeShimBanner: { js: string };
    };
    const outfile = path.join(dir, 'document-driver.cjs');
    await esbuild.build({
        entryPoints: [path.join(root, 'test', 'fuzz', 'document-driver.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        logLevel: 'error',
        banner: nodeShimBanner,
        plugins: [pdfkitCjs],
        define: { PACTO_VERSION: JSON.stringify('fuzz') },
    });
    return outfile;
}

/** The mutated text of a case, regenerated as the driver made it, written where a person can open it. */
function writeCase(root: string, corpus: SeedDocument[], seed: number, index: number, files?: string[]): { file: string; source: string; mutations: string[] } {
    const given = files?.[index];
    if (given !== undefined) return { file: path.join(root, given), source: given, mutations: [] };
    const source = corpus[index % corpus.length]!;
    const mutant = mutate(source.text, caseRandom(seed, index));
    const dir = path.join(tmpdir(), 'pacto-fuzz-cases');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `seed-${seed}-case-${index}.pacto`);
    writeFileSync(file, mutant.text);
    return { file, source: source.name, mutations: mutant.mutations };
}

export async function runDocumentFuzz(options: DocumentFuzzOptions): Promise<DocumentFuzzReport> {
    const dir = mkdtempSync(path.join(tmpdir(), 'pacto-fuzz-'));
    const driver = await bundleDriver(options.root, dir);
    const corpus = loadCorpus(options.root);
    const corpusFile = path.join(dir, 'corpus.json');
    writeFileSync(corpusFile, JSON.stringify(corpus));
    const report: DocumentFuzzReport = { ran: 0, clean: 0, refused: 0, failures: [], slowest: [], heaps: [] };
    const timings: { index: number; ms: number; cpuMs: number }[] = [];
    const end = options.from + options.count;
    let next = options.from;

    const fail = (index: number, ms: number, details: string[], cpuMs?: number) => {
        const written = writeCase(options.root, corpus, options.seed, index, options.files);
        const reproduce = options.files ? [] : [`reproduce: ${reproduceCommand(options.seed, index)}`];
        report.failures.push({ index, ms, ...(cpuMs !== undefined ? { cpuMs } : {}), details: [...details, ...reproduce], ...written });
    };

    while (next < end && report.failures.length < options.maxFailures) {
        const config: DriverConfig = { root: options.root, corpusFile, seed: options.seed, from: next, count: end - next, warmup: options.warmup, ...(options.files ? { files: options.files } : {}) };
        next = await new Promise<number>((resolve, reject) => {
            const child: ChildProcess = fork(driver, [JSON.stringify(config)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
            let stderr = '';
            child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
            let current: number | undefined;
            let step = '';
            let startedAt = 0;
            let watchdog: NodeJS.Timeout | undefined;
            let warm: { bytes: number; cases: number } | undefined;
            let ranHere = 0;
            let settled = false;
            const settle = (value: number) => {
                if (settled) return;
                settled = true;
                clearTimeout(watchdog);
                resolve(value);
            };
            child.on('message', (message: DriverMessage) => {
                if (message.type === 'start') {
                    current = message.index;
                    startedAt = performance.now();
                    watchdog = setTimeout(() => {
                        const index = current!;
                        child.kill('SIGKILL');
                        fail(index, performance.now() - startedAt, [`hang: still running after ${options.hangMs} ms (killed), in: ${step}`]);
                        report.ran++;
                        settle(index + 1);
                    }, options.hangMs);
                } else if (message.type === 'step') {
                    step = message.step;
                } else if (message.type === 'done') {
                    clearTimeout(watchdog);
                    current = undefined;
                    report.ran++;
                    ranHere++;
                    if (message.clean) report.clean++;
                    report.refused += message.refused;
                    timings.push({ index: message.index, ms: message.ms, cpuMs: message.cpuMs });
                    const details = [...message.failures];
                    if (message.cpuMs > options.budgetMs) details.unshift(`over budget: ${Math.round(message.cpuMs)} ms of CPU > ${options.budgetMs} ms`);
                    if (details.length > 0) fail(message.index, message.ms, details, message.cpuMs);
                    if (report.failures.length >= options.maxFailures) {
                        child.kill('SIGKILL');
                        settle(end);
                    }
                } else if (message.type === 'heap') {
                    if (message.phase === 'warm') warm = { bytes: message.bytes, cases: ranHere };
                    else if (warm) report.heaps.push({ warm: warm.bytes, end: message.bytes, cases: ranHere - warm.cases });
                } else {
                    reject(new Error(`the fuzz driver failed: ${message.message}`));
                }
            });
            child.on('exit', (code, signal) => {
                if (settled) return;
                if (code === 0) return settle(end);
                // A crash of the process itself (stack overflow in native code, out of memory) is a finding too.
                const index = current ?? next;
                fail(index, performance.now() - startedAt, [`the process died (${signal ?? `exit ${code}`}) in ${step}: ${stderr.trim().split('\n').slice(-8).join('\n')}`]);
                report.ran++;
                settle(index + 1);
            });
        });
    }

    timings.sort((a, b) => b.cpuMs - a.cpuMs);
    report.slowest = timings.slice(0, 5).map(({ index, ms, cpuMs }) => {
        const given = options.files?.[index];
        if (given !== undefined) return { index, ms, cpuMs, source: given, mutations: [], details: [] };
        const source = corpus[index % corpus.length]!;
        return { index, ms, cpuMs, source: source.name, mutations: mutate(source.text, caseRandom(options.seed, index)).mutations, details: [] };
    });
    return report;
}

/** A failure or a slow case as lines to print: where it came from, what was done, what happened. */
export function formatCase(c: CaseReport): string {
    return [
        `case ${c.index} (${c.cpuMs !== undefined ? `${Math.round(c.cpuMs)} ms of CPU, ` : ''}${Math.round(c.ms)} ms wall) from ${c.source}${c.file ? `, written to ${c.file}` : ''}`,
        ...c.mutations.map((m) => `  ${m}`),
        ...c.details.map((d) => `  → ${d.replace(/\n/g, '\n    ')}`),
    ].join('\n');
}
