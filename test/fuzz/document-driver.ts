/**
 * The child process of the document fuzzer (bundled by document-fuzz.ts, run with --expose-gc): it mutates
 * and checks documents one after another and reports each to its parent over IPC, "start" before and
 * "done" after, so that the parent can time a document out and kill a process stuck in one.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { documentChecker } from './document-check.js';
import type { SeedDocument } from './corpus.js';
import { mutate } from './mutations.js';
import { caseRandom } from './random.js';
import type { DriverConfig, DriverMessage } from './document-protocol.js';

const send = (message: DriverMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

function heapAfterGc(): number {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('run with --expose-gc');
    gc();
    gc();
    return process.memoryUsage().heapUsed;
}

async function main(config: DriverConfig): Promise<void> {
    const corpus = JSON.parse(readFileSync(config.corpusFile, 'utf8')) as SeedDocument[];
    const check = documentChecker(config.root, (step) => send({ type: 'step', step }));
    for (let i = config.from; i < config.from + config.count; i++) {
        const rng = caseRandom(config.seed, i);
        const file = config.files?.[i];
        const source = file !== undefined ? { name: file, text: readFileSync(path.join(config.root, file), 'utf8') } : corpus[i % corpus.length]!;
        const mutant = file !== undefined ? { text: source.text } : mutate(source.text, rng);
        await send({ type: 'start', index: i });
        const started = performance.now();
        const cpu = process.cpuUsage();
        const outcome = await check(mutant.text, source.name, rng);
        const used = process.cpuUsage(cpu);
        await send({ type: 'done', index: i, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, clean: outcome.clean, refused: outcome.refused, failures: outcome.failures });
        if (i - config.from + 1 === config.warmup) await send({ type: 'heap', phase: 'warm', bytes: heapAfterGc() });
    }
    await send({ type: 'heap', phase: 'end', bytes: heapAfterGc() });
}

main(JSON.parse(process.argv[2]!) as DriverConfig).then(
    () => process.exit(0),
    async (error: unknown) => {
        await send({ type: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        process.exit(1);
    },
);
