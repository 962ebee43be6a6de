import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacto, scratch } from './pacto-process.js';

// Syntax errors: their messages depend on the grammar and the syntax-error wording only, not on the
// validation rules, which evolve faster.
const TRUNCATED = 'contract A {\n  provider "x"\n';
const STRAY_CHARACTER = 'contract B {\n  provider "y" ~\n}\n';
const CLEAN = 'contract C {\n  provider "z"\n}\n';

describe('pacto check', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({
            'truncated.pacto': TRUNCATED,
            'stray.pacto': STRAY_CHARACTER,
            'clean.pacto': CLEAN,
            'notes.txt': TRUNCATED,
            'tree/b.pacto': CLEAN,
            'tree/a/nested.pacto': CLEAN,
            'tree/readme.md': 'not a contract',
            'tree/.hidden/skipped.pacto': TRUNCATED,
            'empty-dir/readme.md': '',
        });
    });
    afterAll(() => files.remove());

    it('reports the shipped examples clean', () => {
        expect(pacto(['check', 'examples/imolko.pacto', 'examples/helpdesk-br.pacto'])).toEqual({
            status: 0,
            stdout: 'examples/imolko.pacto: no problems\nexamples/helpdesk-br.pacto: no problems\n',
            stderr: '',
        });
    });

    it('prints a syntax error at its 1-based line and column, with a summary on stderr, and exits 1', () => {
        expect(pacto(['check', 'truncated.pacto'], files.dir)).toEqual({
            status: 1,
            stdout: "truncated.pacto:2:15: error: Expected '}' but found the end of the file.\n",
            stderr: '1 error, 0 warnings in 1 file\n',
        });
    });

    it('reports files in command-line order, clean ones included', () => {
        expect(pacto(['check', 'stray.pacto', 'clean.pacto', 'truncated.pacto'], files.dir)).toEqual({
            status: 1,
            stdout:
                "stray.pacto:2:16: error: Unexpected character '~'.\n" +
                'clean.pacto: no problems\n' +
                "truncated.pacto:2:15: error: Expected '}' but found the end of the file.\n",
            stderr: '2 errors, 0 warnings in 2 files\n',
        });
    });

    it('checks a file named explicitly whatever its extension', () => {
        expect(pacto(['check', 'notes.txt'], files.dir)).toMatchObject({
            status: 1,
            stdout: "notes.txt:2:15: error: Expected '}' but found the end of the file.\n",
        });
    });

    it('expands a directory to the .pacto files under it, sorted, skipping hidden directories', () => {
        expect(pacto(['check', 'tree'], files.dir)).toEqual({
            status: 0,
            stdout: 'tree/a/nested.pacto: no problems\ntree/b.pacto: no problems\n',
            stderr: '',
        });
    });

    it('checks a file once even when it is named twice', () => {
        expect(pacto(['check', 'clean.pacto', './clean.pacto'], files.dir).stdout).toBe('clean.pacto: no problems\n');
    });

    it('prints one JSON array and nothing else with --format json', () => {
        const run = pacto(['check', '--format', 'json', 'clean.pacto', 'truncated.pacto', 'stray.pacto'], files.dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout)).toEqual([
            {
                file: 'truncated.pacto',
                line: 2,
                column: 15,
                severity: 'error',
                message: "Expected '}' but found the end of the file.",
                code: 'parsing-error',
            },
            {
                file: 'stray.pacto',
                line: 2,
                column: 16,
                severity: 'error',
                message: "Unexpected character '~'.",
                code: 'lexing-error',
            },
        ]);
    });

    it('prints an empty JSON array for clean files and exits 0', () => {
        expect(pacto(['check', '--format=json', 'clean.pacto'], files.dir)).toEqual({ status: 0, stdout: '[]\n', stderr: '' });
    });

    it('exits 2 with one line when a file cannot be read, checking nothing', () => {
        expect(pacto(['check', 'clean.pacto', 'missing.pacto'], files.dir)).toEqual({
            status: 2,
            stdout: '',
            stderr: 'pacto: cannot read missing.pacto: no such file or directory\n',
        });
        expect(pacto(['check', 'clean.pacto/inside.pacto'], files.dir)).toEqual({
            status: 2,
            stdout: '',
            stderr: 'pacto: cannot read clean.pacto/inside.pacto: not a directory\n',
        });
    });

    it('exits 2 for a directory without contracts', () => {
        expect(pacto(['check', 'empty-dir'], files.dir)).toEqual({ status: 2, stdout: '', stderr: 'pacto: no .pacto files in empty-dir\n' });
    });

    it('exits 2 without files, and for a bad --format', () => {
        expect(pacto(['check'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: 'check' needs at least one file (see 'pacto check --help')\n",
        });
        expect(pacto(['check', '--format', 'xml', 'examples'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: option '--format' must be 'text' or 'json', not 'xml' (see 'pacto check --help')\n",
        });
        expect(pacto(['check', 'examples', '--format'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: option '--format' needs a value (see 'pacto check --help')\n",
        });
    });
});
