import { describe, expect, it, vi } from 'vitest';

// A command that fails the way a bug does: the top-level catch must turn it into one line and exit 70.
vi.mock('../../cli/commands/index.js', () => {
    const broken = {
        name: 'broken',
        summary: 'throws',
        help: '',
        options: {},
        run: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'ref')\n    at somewhere (file.ts:1:1)")),
    };
    return { COMMANDS: [broken], findCommand: (name: string) => (name === 'broken' ? broken : undefined) };
});

const { run } = await import('../../cli/run.js');

describe('pacto internal errors', () => {
    it('prints one line, no stack trace, and exits 70', async () => {
        const stdout: string[] = [];
        const stderr: string[] = [];
        const code = await run(['broken'], { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) });
        expect(code).toBe(70);
        expect(stdout).toEqual([]);
        expect(stderr).toEqual(["pacto: internal error: Cannot read properties of undefined (reading 'ref')\n"]);
    });
});
