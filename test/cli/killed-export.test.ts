/**
 * A killed export leaves the old file as it was (issue 13): the bytes go to a temporary file beside it and
 * replace it only once complete. The CLI is held after the first piece of its write (PACTO_TEST_HOLD_WRITE_MS,
 * a hook only this test sets), then killed with SIGKILL, which no handler can soften.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, cliEnv, pacto, scratch } from './pacto-process.js';

const IMOLKO = path.join(ROOT, 'examples', 'imolko.pacto');
const OLD = 'the signed version, which must survive\n';

async function until<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const found = probe();
        if (found !== undefined) return found;
        if (Date.now() > end) throw new Error('timed out waiting for the write to start');
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
}

describe('a killed export', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'out/contract.pdf': OLD });
    });
    afterAll(() => files.remove());

    it('leaves the old file intact when killed mid-write', async () => {
        const out = path.join(files.dir, 'out');
        const child = spawn(process.execPath, [CLI, 'export', IMOLKO, '-o', path.join(out, 'contract.pdf')], {
            env: cliEnv({ PACTO_TEST_HOLD_WRITE_MS: '60000' }),
            stdio: 'ignore',
        });
        const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
        // The temporary file beside the target, once its first piece is written: the write is under way.
        const temporary = await until(() => {
            const name = readdirSync(out).find((f) => /^\.contract\.pdf\.\d+\.[0-9a-f]{12}\.tmp$/.test(f));
            return name !== undefined && statSync(path.join(out, name)).size > 0 ? name : undefined;
        }, 30_000);
        child.kill('SIGKILL');
        expect(await exited).toBe('SIGKILL');
        expect(readFileSync(path.join(out, 'contract.pdf'), 'utf8')).toBe(OLD);
        // What was being written is a PDF's beginning, left aside, never the target.
        expect(readFileSync(path.join(out, temporary)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

        // The next export replaces the old file whole.
        expect(pacto(['export', IMOLKO, '-o', path.join(out, 'contract.pdf')], files.dir)).toEqual({ status: 0, stdout: '', stderr: '' });
        const written = readFileSync(path.join(out, 'contract.pdf'));
        expect(written.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(written.subarray(-6).toString('latin1').trim()).toBe('%%EOF');
    }, 60_000);
});
