// The benches' quick modes, so that a broken bench fails CI: every bench bench/run.mjs runs (bench/NAME.mjs and
// bench/NAME/run.mjs, found the same way) must run its --quick mode to the end with its own checks passing
// (each exits 1 when Pacto and its peer disagree); figures are printed, never asserted (they depend on the
// machine and its load). The replay and simulation benches' outputs are checked for their cases besides.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

/** The benches of bench/run.mjs, in its order. */
function benches(): string[] {
    const dir = path.join(root, 'bench');
    const found: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.isFile() && entry.name.endsWith('.mjs') && entry.name !== 'run.mjs') found.push(`bench/${entry.name}`);
        if (entry.isDirectory() && existsSync(path.join(dir, entry.name, 'run.mjs'))) found.push(`bench/${entry.name}/run.mjs`);
    }
    return found;
}

function quick(bench: string): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync(process.execPath, [path.join(root, bench), '--quick'], { cwd: root, encoding: 'utf8', timeout: 280_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('every bench runs its quick mode', () => {
    it('finds the benches bench/run.mjs runs', () => {
        expect(benches()).toEqual(expect.arrayContaining(['bench/lsp/run.mjs', 'bench/replay/run.mjs', 'bench/simulate/run.mjs']));
    });

    for (const bench of benches()) {
        it(`${bench} --quick exits 0`, () => {
            const run = quick(bench);
            expect(run.stderr).not.toMatch(/FAIL/);
            expect(run.status, run.stdout.slice(-3000) + run.stderr.slice(-3000)).toBe(0);
            if (bench === 'bench/replay/run.mjs') {
                expect(run.stdout).toMatch(/\(a\) csv-parse only/);
                expect(run.stdout).toMatch(/\(b\) Pacto's CSV reader only/);
                expect(run.stdout).toMatch(/\(c\) replay \+ compliance report/);
                expect(run.stdout).toMatch(/ResolucionATiempo 5,000/);
            }
            if (bench === 'bench/deadlines.mjs') {
                expect(run.stdout).toMatch(/Goals of issue 14: not judged in a quick run \(2,000 inputs, 3 rounds\)/);
                expect(run.stdout).not.toMatch(/MISSED/);
            }
            if (bench === 'bench/simulate/run.mjs') {
                expect(run.stdout).toMatch(/Pacto's time \/ the bare heap's: \d+\.\d\d×/);
                expect(run.stdout).toMatch(/\| MesNormal \| [\d,]+ \|/);
                expect(run.stdout).toMatch(/\(4\) Peak RSS of one M\/M\/c replication/);
            }
        }, 300_000);
    }
});

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
});
