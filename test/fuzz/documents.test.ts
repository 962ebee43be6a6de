/**
 * Mutated contracts through what `pacto check` does, in process (document-check.ts), plus the lowering and,
 * for those that check clean, a deadline preview and the JSON and Markdown exports. Asserted: no exception
 * escapes, no "An error occurred during validation", every document within its budget (CPU time; wall time
 * past the hang limit kills it), the heap flat.
 *
 * `npm test` runs a quick seeded slice; a release runs PACTO_FUZZ_COUNT=10000 or more (README, Reliability).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCase, runDocumentFuzz } from './document-fuzz.js';
import { envNumber, seed } from './fuzz-settings.js';

const count = envNumber('PACTO_FUZZ_COUNT', 200);
const from = envNumber('PACTO_FUZZ_FROM', 0);
// CPU time per document: an ordinary contract checks in well under 300 ms; the hangs took 12 s to forever.
const budgetMs = envNumber('PACTO_FUZZ_BUDGET_MS', 3000);
const hangMs = Math.max(5 * budgetMs, 20_000);
/** Heap growth allowed between warm-up and the end, after a GC: caches may fill, documents must not pile up. */
const heapGrowthMb = envNumber('PACTO_FUZZ_HEAP_MB', 48);
const MB = 1024 * 1024;
const maxFailures = envNumber('PACTO_FUZZ_MAX_FAILURES', 3);

describe(`document fuzzing (seed ${seed}, cases ${from}–${from + count - 1})`, () => {
    it('checks every mutated document without a crash, within budget, with a flat heap', async () => {
        const report = await runDocumentFuzz({
            root: process.cwd(),
            seed,
            from,
            count,
            budgetMs,
            hangMs,
            maxFailures,
            warmup: Math.min(40, Math.floor(count / 4)),
        });
        const summary = [
            `${report.ran} documents, ${report.clean} clean, ${report.refused} engine calls refused beyond the horizon; slowest:`,
            ...report.slowest.map(formatCase),
            ...report.heaps.map((h) => `heap ${(h.warm / MB).toFixed(1)} MB after warm-up → ${(h.end / MB).toFixed(1)} MB after ${h.cases} more documents`),
        ].join('\n');
        console.log(summary);
        if (report.failures.length > 0) {
            // Every failure in a file; the first few in the message, which a long run would make unreadable.
            const file = path.join(tmpdir(), 'pacto-fuzz-cases', `seed-${seed}-failures.txt`);
            writeFileSync(file, `${report.failures.map(formatCase).join('\n\n')}\n`);
            const shown = report.failures.slice(0, 10).map(formatCase).join('\n\n');
            throw new Error(`${report.failures.length} failing document(s), all in ${file}:\n${shown}`);
        }
        expect(report.ran).toBe(count);
        for (const heap of report.heaps) expect((heap.end - heap.warm) / MB, summary).toBeLessThan(heapGrowthMb);
        // About 100 ms a document here; the rest is room for a loaded machine and for the hangs that end the run.
    }, 60_000 + count * 250 + maxFailures * hangMs);
});
