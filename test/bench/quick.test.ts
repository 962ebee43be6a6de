// The benches' quick modes, so that a broken bench fails CI: the replay bench (bench/replay/run.mjs --quick,
// 5,000 tickets, one repetition) must run to the end with its checks passing; its figures are printed, not
// asserted (they depend on the machine and its load).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs bench/replay/generate.mjs (plain JavaScript, so it is run rather than imported) and returns what it wrote. */
function generate(file: string, tickets: number, seed: number): { tickets: number; events: number } {
    const run = spawnSync(process.execPath, [path.join(root, 'bench/replay/generate.mjs'), file, '--tickets', String(tickets), '--seed', String(seed)], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as { tickets: number; events: number };
}

describe('bench/replay', () => {
    it('generates the same history from the same seed, in time order, opened before anything else of a ticket', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'pacto-replay-gen-'));
        try {
            const a = generate(path.join(dir, 'a.csv'), 300, 7);
            generate(path.join(dir, 'b.csv'), 300, 7);
            const text = readFileSync(path.join(dir, 'a.csv'), 'utf8');
            expect(readFileSync(path.join(dir, 'b.csv'), 'utf8')).toBe(text);
            const lines = text.trimEnd().split('\n');
            expect(lines[0]).toBe('ticket,at,event,category,channel');
            expect(lines.length - 1).toBe(a.events);
            expect(a.tickets).toBe(300);
            const seen = new Set<string>();
            let previous = -Infinity;
            for (const line of lines.slice(1)) {
                const [ticket, at, event] = line.split(',');
                const ms = Date.parse(at!);
                expect(ms).toBeGreaterThanOrEqual(previous);
                previous = ms;
                if (event === 'opened') seen.add(ticket!);
                else expect(seen.has(ticket!)).toBe(true);
            }
            expect(seen.size).toBe(300);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('runs its quick mode with every check passing', () => {
        const run = spawnSync(process.execPath, [path.join(root, 'bench/replay/run.mjs'), '--quick'], { cwd: root, encoding: 'utf8', timeout: 170_000 });
        expect(run.stderr).not.toMatch(/FAIL/);
        expect(run.status, run.stdout + run.stderr).toBe(0);
        expect(run.stdout).toMatch(/\(a\) csv-parse only/);
        expect(run.stdout).toMatch(/\(b\) replay \+ compliance report/);
        expect(run.stdout).toMatch(/ResolucionATiempo 5,000/);
    }, 180_000);
});
