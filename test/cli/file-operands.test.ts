/**
 * Commands that compute on one contract take one FILE: a directory is refused with a usage error, never
 * read as "its first contract" (issue 10: `pacto export DIR` exported the first contract silently).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacto, scratch } from './pacto-process.js';

describe('one FILE operand', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'contracts/a.pacto': 'contract A {\n}\n', 'contracts/b.pacto': 'contract B {\n}\n', 'empty.pacto': '', 'notes.pacto': '// to do\n' });
    });
    afterAll(() => files.remove());

    const cases: Array<[string, string[]]> = [
        ['export', ['--format', 'json']],
        ['deadline', ['--category', 'X', '--opened', '2026-03-02T09:00Z']],
        ['elapsed', ['--calendar', 'always', '--from', '2026-03-02T09:00Z', '--to', '2026-03-02T10:00Z']],
        ['simulate', ['--scenario', 'S']],
    ];
    for (const [command, options] of cases) {
        it(`${command} refuses a directory`, () => {
            expect(pacto([command, 'contracts', ...options], files.dir)).toEqual({
                status: 2,
                stdout: '',
                stderr: `pacto: '${command}' takes one contract file, and contracts is a directory (name a .pacto file in it; 'pacto check' takes directories) (see 'pacto ${command} --help')\n`,
            });
        });
    }

    const noContract = 'error: This file declares no contract: write one as contract NAME "Title" { … }.';

    it('check and export say the same of a file without a contract', () => {
        expect(pacto(['check', 'empty.pacto', 'notes.pacto'], files.dir)).toEqual({
            status: 1,
            stdout: `empty.pacto:1:1: ${noContract}\nnotes.pacto:2:1: ${noContract}\n`,
            stderr: '2 errors, 0 warnings in 2 files\n',
        });
        expect(pacto(['export', 'empty.pacto', '--format', 'json'], files.dir)).toEqual({
            status: 1,
            stdout: '',
            stderr: `pacto: the contract has errors, nothing computed: empty.pacto:1:1: ${noContract}\n`,
        });
    });
});
