import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, pacto } from './pacto-process.js';

/** Runs pacto with its stdout closed before it writes, as `pacto … | head -0` would. */
function withClosedStdout(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
    pacto(['--version']); // fails with a clear message if the bundle is missing
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.destroy();
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('close', (status) => resolve({ status, stderr }));
    });
}

describe('pacto writing to a closed pipe', () => {
    it('stops quietly and keeps its exit status', async () => {
        expect(await withClosedStdout(['--help'])).toEqual({ status: 0, stderr: '' });
        expect(await withClosedStdout(['check', 'examples'])).toEqual({ status: 0, stderr: '' });
    });
});
