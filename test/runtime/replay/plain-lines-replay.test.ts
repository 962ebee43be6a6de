// The replay's fast path for plain lines (runtime/replay/pacto-lines.ts) against the full way (pacto-log.ts, then
// Replay.add): the same report, skipped rows and all, for a history with bad rows of every kind. A blank after
// each ticket id (which the full way trims) sends every line the full way without changing what it says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { complianceReport } from '../../../runtime/index.js';
import { exampleContract } from '../export/examples.js';
import { random as seededRandom } from '../../fuzz/random.js';

/** The fuzzers' seeded mulberry32 (test/fuzz/random.ts), as a bare function. */
const random = (seed: number): (() => number) => seededRandom(seed).next;

/** examples/history/imolko.csv with bad rows added: duplicates, misspellings, second resolutions, late and early events. */
function withBadRows(seed: number): string[] {
    const rand = random(seed);
    const [header, ...rows] = readFileSync('examples/history/imolko.csv', 'utf8').trim().split('\n');
    const out = [header!];
    for (const row of rows) {
        out.push(row);
        const [ticket, at] = row.split(',');
        const r = rand();
        if (r < 0.04) out.push(row);
        else if (r < 0.06) out.push(row.replace(/,(\w+),/, ',$1x,'));
        else if (r < 0.08) out.push(`${ticket},${at},resolved,,`);
        else if (r < 0.1) out.push(`${ticket},2026-03-01T00:00:00-04:00,responded,,`);
        else if (r < 0.12) out.push(`${ticket},${at},category_changed,Critca,`);
        else if (r < 0.14) out.push(`${ticket},${at},reopened,,`);
        else if (r < 0.16) out.push(`X${ticket},${at},awaiting_customer,,`);
        else if (r < 0.18) out.push(`${ticket},${at},opened,Menor,Fax`);
    }
    return out;
}

async function* once(text: string): AsyncGenerator<string> {
    yield text;
}

describe('plain lines', () => {
    it('give the report the full way gives, bad rows and all', async () => {
        const contract = await exampleContract('imolko.pacto');
        for (const seed of [1, 2, 3]) {
            const lines = withBadRows(seed);
            const full = [lines[0], ...lines.slice(1).map((l) => l.replace(',', ' ,'))].join('\n') + '\n';
            const report = (text: string) => complianceReport({ contract, history: { source: once(text), file: 'h.csv', format: 'csv' }, skipBadRows: true });
            const fast = await report(lines.join('\n') + '\n');
            expect(fast.skippedRows.length).toBeGreaterThan(40);
            expect(fast).toEqual(await report(full));
        }
    });

    it("read an event name only when every character is the name's, wherever one differs", async () => {
        const contract = await exampleContract('imolko.pacto');
        const [header, ...rows] = readFileSync('examples/history/imolko.csv', 'utf8').trim().split('\n');
        const names = ['responded', 'awaiting_customer', 'customer_replied', 'resolved', 'reopened'];
        // After the 20th row, each name with each of its characters changed (to the next letter, or 'a' for '_'),
        // on a row of a ticket that is open: the full way refuses every one, so must the fast path.
        const [ticket, at] = rows[19]!.split(',');
        const bad = names.flatMap((name) => [...name].map((c, i) => `${ticket},${at},${name.slice(0, i)}${c === '_' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1)}${name.slice(i + 1)},,`));
        const lines = [header!, ...rows.slice(0, 20), ...bad, ...rows.slice(20)];
        const full = [lines[0], ...lines.slice(1).map((l) => l.replace(',', ' ,'))].join('\n') + '\n';
        const report = (text: string) => complianceReport({ contract, history: { source: once(text), file: 'h.csv', format: 'csv' }, skipBadRows: true });
        const fast = await report(lines.join('\n') + '\n');
        expect(fast.skippedRows.map((r) => r.row)).toEqual(bad.map((_, k) => 22 + k));
        expect(fast).toEqual(await report(full));
    });
});
