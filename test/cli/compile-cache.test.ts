import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pacto, scratch } from './pacto-process.js';

// The launcher keeps V8's code cache of the CLI's bundles (cli/compile-cache.ts) where Node has no cache of its
// own (Node 20); from 22.1 Node's module.enableCompileCache does it, in the same NODE_COMPILE_CACHE folder.
const nodeCaches = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

const CONTRACT = 'contract C {\n  provider "z"\n}\n';
const WITH_HOLIDAYS = `contract C {
  provider "z"
  calendar Office {
    time zone "America/Sao_Paulo"
    monday to friday 09:00-18:00
    holidays of "BR"
  }
}
`;

describe('the compile cache of `pacto`', () => {
    const dirs: { remove(): void }[] = [];
    afterEach(() => {
        for (const d of dirs.splice(0)) d.remove();
    });
    function setUp() {
        const files = scratch({ 'c.pacto': CONTRACT, 'h.pacto': WITH_HOLIDAYS });
        dirs.push(files);
        const cache = path.join(files.dir, 'cache');
        const run = (file: string, env: Record<string, string> = { NODE_COMPILE_CACHE: cache }) => pacto(['check', file], files.dir, env);
        const entries = () => {
            try {
                return readdirSync(cache).sort();
            } catch {
                return [];
            }
        };
        return { run, cache, entries };
    }

    it('is written by the first run and read, not rewritten, by the next; the answers are the same', () => {
        const { run, cache, entries } = setUp();
        expect(run('c.pacto')).toEqual({ status: 0, stdout: 'c.pacto: no problems\n', stderr: '' });
        expect(entries().length).toBeGreaterThan(0);
        if (nodeCaches) return;
        // Only the command line was loaded: a contract without public holidays never loads their library.
        expect(entries()).toEqual([expect.stringMatching(/^pacto-[0-9a-z]+\.v8$/)]);
        const file = path.join(cache, entries()[0] ?? '');
        const written = statSync(file).mtimeMs;
        expect(run('c.pacto')).toEqual({ status: 0, stdout: 'c.pacto: no problems\n', stderr: '' });
        expect(statSync(file).mtimeMs).toBe(written);
        expect(run('h.pacto')).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
        expect(entries()).toEqual([expect.stringMatching(/^holidays-[0-9a-z]+\.v8$/), expect.stringMatching(/^pacto-[0-9a-z]+\.v8$/)]);
    });

    it('survives a damaged cache and replaces it', () => {
        const { run, cache, entries } = setUp();
        run('c.pacto');
        if (nodeCaches) return;
        const file = path.join(cache, entries()[0] ?? '');
        const header = readFileSync(file).subarray(0, readFileSync(file).indexOf(10) + 1);
        // The right header over bytes V8 refuses, then no header at all.
        for (const damaged of [Buffer.concat([header, Buffer.from('not a code cache')]), Buffer.from('garbage')]) {
            writeFileSync(file, damaged);
            expect(run('c.pacto')).toEqual({ status: 0, stdout: 'c.pacto: no problems\n', stderr: '' });
            expect(readFileSync(file).length).toBeGreaterThan(100_000);
        }
    });

    it('is off with NODE_DISABLE_COMPILE_CACHE', () => {
        const { run, entries, cache } = setUp();
        expect(run('c.pacto', { NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({ status: 0, stdout: 'c.pacto: no problems\n', stderr: '' });
        expect(entries()).toEqual([]);
    });
});
