/**
 * Every input the fuzzers found (test/fixtures/fuzz/*.pacto) through the document fuzzer's check as it is:
 * parse, validate, lower and, when it checks clean, preview a deadline and export it to JSON and Markdown,
 * within the same budget. The fixture runner (test/language/fixtures.test.ts) checks their diagnostics; this
 * checks that what the commands compute from them ends, and ends without an exception.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCase, runDocumentFuzz } from './document-fuzz.js';
import { envNumber, seed } from './fuzz-settings.js';

const files = readdirSync('test/fixtures/fuzz').filter((f) => f.endsWith('.pacto')).sort().map((f) => `test/fixtures/fuzz/${f}`);
const budgetMs = envNumber('PACTO_FUZZ_BUDGET_MS', 3000);

describe('inputs found by fuzzing', () => {
    it('has some', () => expect(files.length).toBeGreaterThan(0));

    it('are each checked, lowered, previewed and exported within budget without an exception', async () => {
        const report = await runDocumentFuzz({
            root: process.cwd(),
            seed,
            from: 0,
            count: files.length,
            budgetMs,
            hangMs: Math.max(5 * budgetMs, 20_000),
            maxFailures: files.length,
            warmup: files.length,
            files,
        });
        if (report.failures.length > 0) throw new Error(`${report.failures.length} failing input(s):\n${report.failures.map(formatCase).join('\n\n')}`);
        expect(report.ran).toBe(files.length);
    }, 30_000 + files.length * 20_000);
});
