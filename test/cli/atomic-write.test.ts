/** cli/atomic-write.ts: what the user named stays what it was, and a failed write leaves it untouched. */
import { execFileSync, spawn } from 'node:child_process';
import { linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../cli/atomic-write.js';

let dir: string;
beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pacto-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (name: string) => path.join(dir, name);

describe('writeFileAtomic', () => {
    it('writes a new file whole', async () => {
        await writeFileAtomic(at('new.txt'), 'hello');
        expect(readFileSync(at('new.txt'), 'utf8')).toBe('hello');
        expect(readdirSync(dir)).toEqual(['new.txt']);
    });

    it('writes through a symbolic link: the link stays a link, its target gets the content', async () => {
        writeFileSync(at('real.txt'), 'old');
        symlinkSync('real.txt', at('link.txt'));
        await writeFileAtomic(at('link.txt'), 'new');
        expect(lstatSync(at('link.txt')).isSymbolicLink()).toBe(true);
        expect(readFileSync(at('real.txt'), 'utf8')).toBe('new');
    });

    it('keeps an existing file mode (600 stays 600)', async () => {
        writeFileSync(at('secret.txt'), 'old');
        chmodSync(at('secret.txt'), 0o600);
        await writeFileAtomic(at('secret.txt'), 'new');
        expect(statSync(at('secret.txt')).mode & 0o777).toBe(0o600);
        expect(readFileSync(at('secret.txt'), 'utf8')).toBe('new');
    });

    it('keeps hard links together', async () => {
        writeFileSync(at('a.txt'), 'old');
        linkSync(at('a.txt'), at('b.txt'));
        await writeFileAtomic(at('a.txt'), 'new');
        expect(readFileSync(at('b.txt'), 'utf8')).toBe('new');
        expect(statSync(at('a.txt')).ino).toBe(statSync(at('b.txt')).ino);
        expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
    });

    it('writes a named pipe as a stream instead of replacing it', async () => {
        execFileSync('mkfifo', [at('pipe')]);
        const reader = spawn('cat', [at('pipe')]);
        let read = '';
        reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
        const done = new Promise((resolve) => reader.on('close', resolve));
        await writeFileAtomic(at('pipe'), 'through the pipe');
        await done;
        expect(read).toBe('through the pipe');
        expect(lstatSync(at('pipe')).isFIFO()).toBe(true);
    });

    it('sends - to standard output', async () => {
        const written: string[] = [];
        await writeFileAtomic('-', 'to stdout', { write: (bytes) => void written.push(Buffer.from(bytes).toString()) });
        expect(written.join('')).toBe('to stdout');
    });

    it('refuses a directory before writing anything', async () => {
        mkdirSync(at('out'));
        await expect(writeFileAtomic(at('out'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
        expect(readdirSync(dir)).toEqual(['out']);
        expect(readdirSync(at('out'))).toEqual([]);
    });

    it('leaves the old file as it was when producing the content fails half way', async () => {
        writeFileSync(at('report.html'), 'old report');
        async function* failing() {
            yield 'half of the new ';
            throw new Error('renderer failed');
        }
        await expect(writeFileAtomic(at('report.html'), failing())).rejects.toThrow('renderer failed');
        expect(readFileSync(at('report.html'), 'utf8')).toBe('old report');
        expect(readdirSync(dir)).toEqual(['report.html']);
    });
});
