/**
 * Random edit sequences through the real language server (dist/language/server.cjs over stdio), with every
 * editor feature and every custom request at random positions. Asserted: the server never exits, every
 * response comes within its budget, no error response but cancellations and Pacto's documented refusals,
 * no "An error occurred during validation", the server's memory bounded.
 *
 * `npm test` runs a quick seeded slice; a release runs PACTO_FUZZ_LSP_COUNT=300 or more (README, Reliability).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envNumber, seed } from './fuzz-settings.js';
import { UNFUZZED_CUSTOM_METHODS } from './lsp-requests.js';
import { runLspFuzz } from './lsp-fuzz.js';

const count = envNumber('PACTO_FUZZ_LSP_COUNT', 12);
const from = envNumber('PACTO_FUZZ_LSP_FROM', 0);
// Generous for a loaded 2-core machine, where a request may wait behind the build of several edits.
const budgetMs = envNumber('PACTO_FUZZ_LSP_BUDGET_MS', 10_000);
/** RSS growth allowed after warm-up: caches may fill; a document's memory must not pile up edit after edit. */
const rssGrowthMb = envNumber('PACTO_FUZZ_LSP_RSS_MB', 200);
const MB = 1024 * 1024;

describe(`language server fuzzing (seed ${seed}, sequences ${from}–${from + count - 1})`, () => {
    it('plans every custom request of the protocol', () => {
        expect(UNFUZZED_CUSTOM_METHODS).toEqual([]);
    });

    it('survives random edits and requests: no exit, no late answer, no undocumented error, bounded memory', async () => {
        const workspace = mkdtempSync(path.join(tmpdir(), 'pacto-lsp-fuzz-'));
        try {
            const report = await runLspFuzz({
                root: process.cwd(),
                workspace,
                seed,
                from,
                count,
                budgetMs,
                hangMs: Math.max(2 * budgetMs, 20_000),
                maxFailures: envNumber('PACTO_FUZZ_MAX_FAILURES', 3),
                warmup: Math.max(1, Math.floor(count / 4)),
            });
            const summary = [
                `${report.sequences} sequences, ${report.edits} edits, ${report.requests} requests; documented refusals by code: ${JSON.stringify(report.refusals)}`,
                `answered with a result, by method: ${JSON.stringify(report.answered)}`,
                'slowest responses:',
                ...report.slowest.map((s) => `  ${Math.round(s.ms)} ms ${s.method} (sequence ${s.sequence}) ${s.params}`),
                `server RSS ${((report.rss.warm ?? 0) / MB).toFixed(0)} MB after warm-up → ${((report.rss.end ?? 0) / MB).toFixed(0)} MB at the end`,
            ].join('\n');
            console.log(summary);
            if (report.failures.length > 0) throw new Error(`${report.failures.length} finding(s):\n${report.failures.map((f) => `sequence ${f.sequence}: ${f.what}`).join('\n\n')}`);
            expect(report.sequences).toBe(count);
            if (report.rss.warm !== undefined && report.rss.end !== undefined) expect((report.rss.end - report.rss.warm) / MB, summary).toBeLessThan(rssGrowthMb);
        } finally {
            rmSync(workspace, { recursive: true, force: true });
        }
    }, 40_000 + count * 4_000);
});
