/**
 * Issue 13's minor items: numbers given to options, output paths that cannot be written, and contract files
 * that are not UTF-8, each refused with a message that says what is wrong, and where.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cannotWrite } from '../../cli/errors.js';
import { pacto, ROOT, scratch } from './pacto-process.js';

const HELPDESK = path.join(ROOT, 'examples', 'helpdesk-br.pacto');
const IMOLKO = path.join(ROOT, 'examples', 'imolko.pacto');
const CLEAN = 'contract C {\n  provider "z"\n}\n';

describe('numeric options', () => {
    const simulate = (...runs: string[]) => pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', ...runs]);
    const refusal = (message: string) => ({ status: 2, stdout: '', stderr: `pacto: ${message} (see 'pacto simulate --help')\n` });

    it('say precisely what is wrong with a negative, zero, fractional, huge or non-numeric value', () => {
        expect(simulate('--runs', '-1')).toEqual(refusal('--runs cannot be negative (-1): it must be from 1 to 1000000'));
        expect(simulate('--runs=-5')).toEqual(refusal('--runs cannot be negative (-5): it must be from 1 to 1000000'));
        expect(simulate('--runs', '0')).toEqual(refusal('--runs must be at least 1, not 0'));
        expect(simulate('--runs', '2.5')).toEqual(refusal('--runs must be a whole number (no fraction), not 2.5'));
        expect(simulate('--runs', '99999999999')).toEqual(refusal('--runs must be at most 1000000, not 99999999999'));
        expect(simulate('--runs', '1e400')).toEqual(refusal('--runs must be at most 1000000, not 1e400'));
        expect(simulate('--runs', 'ten')).toEqual(refusal("--runs must be a whole number from 1 to 1000000, not 'ten'"));
        expect(simulate('--seed', '-3')).toEqual(refusal('--seed cannot be negative (-3): it must be from 0 to 4294967295'));
        expect(simulate('--workers', '0')).toEqual(refusal('--workers must be at least 1, not 0'));
    });

    it('still say a value is missing when the next word is an option', () => {
        expect(simulate('--runs', '--json')).toEqual(refusal("option '--runs' needs a value"));
        expect(simulate('--runs')).toEqual(refusal("option '--runs' needs a value"));
    });

    it('are refused in the reader’s language', () => {
        expect(pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', '--runs', '-1'], ROOT, { LANG: 'pt_BR.UTF-8' }).stderr).toBe(
            "pacto: --runs não pode ser negativo (-1): deve estar entre 1 e 1000000 (veja 'pacto simulate --help')\n",
        );
        expect(pacto(['report', IMOLKO, '--tickets', 'x.csv', '--reopen-window', '-2'], ROOT, { LANG: 'es_ES.UTF-8' }).stderr).toBe(
            "pacto: --reopen-window no puede ser negativo (-2): debe estar entre 1 y 36500 (véase 'pacto report --help')\n",
        );
    });
});

describe('outputs that cannot be written', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'keep/readme.txt': 'keep' });
    });
    afterAll(() => files.remove());

    it('say in words that the path is a directory or that the folder does not exist', () => {
        expect(pacto(['export', IMOLKO, '--format', 'md', '-o', 'keep'], files.dir)).toEqual({
            status: 2,
            stdout: '',
            stderr: 'pacto: cannot write keep: it is a directory; name a file to write\n',
        });
        expect(pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', '--runs', '2', '--html', 'no/such/report.html'], files.dir)).toEqual({
            status: 2,
            stdout: '',
            stderr: 'pacto: cannot write no/such/report.html: no such directory\n',
        });
        expect(pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', '--runs', '2', '--html', 'keep'], files.dir, { LANG: 'es_ES.UTF-8' })).toEqual({
            status: 2,
            stdout: '',
            stderr: 'pacto: no se puede escribir keep: es una carpeta; indique un archivo donde escribir\n',
        });
    });

    it('put every file-system refusal in words (permission denied is also what a root-run test cannot provoke)', () => {
        const failure = (code: string) => Object.assign(new Error(`${code}: system text`), { code });
        const message = (code: string) => cannotWrite('out/c.md', failure(code)).message;
        expect(message('EACCES')).toBe('cannot write out/c.md: permission denied');
        expect(message('EPERM')).toBe('cannot write out/c.md: operation not permitted');
        expect(message('ENOENT')).toBe('cannot write out/c.md: no such directory');
        expect(message('EISDIR')).toBe('cannot write out/c.md: it is a directory; name a file to write');
        expect(message('ENOTDIR')).toBe('cannot write out/c.md: not a directory');
        expect(message('EROFS')).toBe('cannot write out/c.md: read-only file system');
        expect(message('ENOSPC')).toBe('cannot write out/c.md: no space left on device');
        expect(message('EWHATEVER')).toBe('cannot write out/c.md: EWHATEVER: system text');
        expect(cannotWrite('out/c.md', failure('EACCES')).exitCode).toBe(2);
    });
});

describe('contract files that are not UTF-8', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'clean.pacto': CLEAN });
        const dir = files.dir;
        writeFileSync(path.join(dir, 'bom.pacto'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CLEAN)]));
        writeFileSync(path.join(dir, 'latin1.pacto'), Buffer.from('contract C {\n  provider "Café"\n}\n', 'latin1'));
        writeFileSync(path.join(dir, 'cut.pacto'), Buffer.concat([Buffer.from('contract C {\n  provider "Ol'), Buffer.from([0xc3]), Buffer.from('"\n}\n')]));
        writeFileSync(path.join(dir, 'utf16le.pacto'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')]));
        writeFileSync(path.join(dir, 'utf16be.pacto'), Buffer.from(CLEAN, 'utf16le').swap16());
        writeFileSync(path.join(dir, 'utf16-no-bom.pacto'), Buffer.from(CLEAN, 'utf16le'));
    });
    afterAll(() => files.remove());

    it('accept a UTF-8 byte order mark', () => {
        expect(pacto(['check', 'bom.pacto'], files.dir)).toEqual({ status: 0, stdout: 'bom.pacto: no problems\n', stderr: '' });
    });

    it('refuse invalid UTF-8 at the line and column of the first bad byte, instead of "no problems"', () => {
        expect(pacto(['check', 'latin1.pacto', 'cut.pacto', 'clean.pacto'], files.dir)).toEqual({
            status: 1,
            stdout:
                'latin1.pacto:2:16: error: the file is not valid UTF-8 (byte 0xE9 here): save it as UTF-8 in your editor and check it again\n' +
                'cut.pacto:2:15: error: the file is not valid UTF-8 (byte 0xC3 here): save it as UTF-8 in your editor and check it again\n' +
                'clean.pacto: no problems\n',
            stderr: '2 errors, 0 warnings in 2 files\n',
        });
        const json = pacto(['check', '--format', 'json', 'latin1.pacto'], files.dir);
        expect(JSON.parse(json.stdout)).toEqual([
            {
                file: 'latin1.pacto',
                line: 2,
                column: 16,
                severity: 'error',
                message: 'the file is not valid UTF-8 (byte 0xE9 here): save it as UTF-8 in your editor and check it again',
                code: 'invalid-utf8',
            },
        ]);
    });

    it('name UTF-16, with or without a byte order mark, in one message instead of a syntax error per character', () => {
        expect(pacto(['check', 'utf16le.pacto', 'utf16be.pacto', 'utf16-no-bom.pacto'], files.dir)).toEqual({
            status: 1,
            stdout:
                'utf16le.pacto:1:1: error: the file is saved as UTF-16 (LE), not UTF-8: save it as UTF-8 in your editor and check it again\n' +
                'utf16be.pacto:1:1: error: the file is saved as UTF-16 (BE), not UTF-8: save it as UTF-8 in your editor and check it again\n' +
                'utf16-no-bom.pacto:1:1: error: the file is saved as UTF-16 (LE), not UTF-8: save it as UTF-8 in your editor and check it again\n',
            stderr: '3 errors, 0 warnings in 3 files\n',
        });
        expect(pacto(['check', 'utf16le.pacto'], files.dir, { LANG: 'es_ES.UTF-8' }).stdout).toBe(
            'utf16le.pacto:1:1: error: el archivo está guardado en UTF-16 (LE), no en UTF-8: guárdelo como UTF-8 en su editor y vuelva a revisarlo\n',
        );
    });

    it('are refused by the computing commands too, nothing computed', () => {
        expect(pacto(['deadline', 'latin1.pacto', '--category', 'X', '--opened', '2026-03-02T09:00Z'], files.dir)).toEqual({
            status: 1,
            stdout: '',
            stderr: 'pacto: the contract has errors, nothing computed: latin1.pacto:2:16: error: the file is not valid UTF-8 (byte 0xE9 here): save it as UTF-8 in your editor and check it again\n',
        });
    });
});
