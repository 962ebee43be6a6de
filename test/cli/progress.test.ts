import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressBar, renderBar, showsProgress } from '../../cli/progress.js';
import { pacto, ROOT, scratch } from './pacto-process.js';

/** A terminal stand-in that keeps what is drawn on it. */
function terminal(columns = 80): { isTTY: true; columns: number; written: string[]; write(text: string): void } {
    const written: string[] = [];
    return { isTTY: true, columns, written, write: (text: string) => void written.push(text) };
}

describe('the progress bar', () => {
    it('renders done of total as a bar of the given width, then its label', () => {
        expect(renderBar(0, 40, '0/40 runs')).toBe(`[${' '.repeat(30)}] 0/40 runs`);
        expect(renderBar(12, 40, '12/40 runs')).toBe(`[${'#'.repeat(9)}${' '.repeat(21)}] 12/40 runs`);
        expect(renderBar(40, 40, 'done', 10)).toBe('[##########] done');
        // Out of range or nothing to do: a bar still, never a negative repeat.
        expect(renderBar(50, 40, 'x', 4)).toBe('[####] x');
        expect(renderBar(-1, 40, 'x', 4)).toBe('[    ] x');
        expect(renderBar(0, 0, 'x', 4)).toBe('[    ] x');
    });

    it('draws in place on a terminal, only when the line changes, and erases itself', () => {
        const tty = terminal();
        const bar = progressBar(tty, {});
        expect(bar.visible).toBe(true);
        bar.update(1, 3, 'checking');
        bar.update(1, 3, 'checking');
        bar.update(2, 3, 'writing');
        bar.clear();
        bar.clear();
        expect(tty.written).toEqual([
            `\r[${'#'.repeat(10)}${' '.repeat(20)}] checking`,
            `\r[${'#'.repeat(20)}${' '.repeat(10)}] writing `,
            `\r${' '.repeat(40)}\r`,
        ]);
    });

    it('never writes into the last column of a narrow terminal', () => {
        const tty = terminal(20);
        progressBar(tty, {}).update(1, 2, 'a long label');
        expect(tty.written).toEqual([`\r[${'#'.repeat(15)}${' '.repeat(3)}`]);
    });

    it('draws nothing in a pipe, in CI or on a dumb terminal', () => {
        expect(showsProgress({ isTTY: false, write: () => undefined }, {})).toBe(false);
        expect(showsProgress({ write: () => undefined }, {})).toBe(false);
        expect(showsProgress(terminal(), { CI: 'true' })).toBe(false);
        expect(showsProgress(terminal(), { TERM: 'dumb' })).toBe(false);
        expect(showsProgress(terminal(), { TERM: 'xterm-256color' })).toBe(true);
        const quiet = { isTTY: false, written: [] as string[], write(text: string) { this.written.push(text); } };
        const bar = progressBar(quiet, {});
        bar.update(1, 2, 'x');
        bar.clear();
        expect(bar.visible).toBe(false);
        expect(quiet.written).toEqual([]);
    });
});

describe('long commands in a pipe', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'h.csv': readFileSync(path.join(ROOT, 'examples', 'history', 'imolko.csv'), 'utf8') });
    });
    afterAll(() => files.remove());

    it('print nothing on stderr beyond what the command says (no bar)', () => {
        const exported = pacto(['export', path.join(ROOT, 'examples', 'imolko.pacto'), '-o', 'c.pdf'], files.dir);
        expect(exported).toEqual({ status: 0, stdout: '', stderr: '' });
        const reported = pacto(['report', path.join(ROOT, 'examples', 'imolko.pacto'), '--tickets', 'h.csv', '-o', 'r.json'], files.dir);
        expect(reported).toEqual({ status: 0, stdout: '', stderr: '' });
        const simulated = pacto(['simulate', path.join(ROOT, 'examples', 'helpdesk-br.pacto'), '--scenario', 'MesNormal', '--runs', '3', '--json']);
        expect(simulated.status).toBe(0);
        expect(simulated.stderr).toBe('');
    });
});
