import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ROOT, pacto, pactoOwnCache, scratch } from './pacto-process.js';

// The launcher's code cache (cli/compile-cache.ts, Node 20) holds the functions of the run that wrote it: a
// later run that runs clearly more code writes it again, a run that runs as much or less leaves it.
const nodeCaches = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

// A contract with holidays, terms and business-hour targets: its check runs the calendar engine's code too.
const WITH_HOLIDAYS = readFileSync(path.join(ROOT, 'examples', 'imolko.pacto'), 'utf8');

const dirs: { remove(): void }[] = [];
afterEach(() => {
    for (const d of dirs.splice(0)) d.remove();
});

const TINY = 'contract C {\n  provider "z"\n}\n';

// Each Node keeps one of the two caches, so each run of the suite asserts the branch its Node takes: on Node 20
// (CI) Pacto's own cache and its growth, on Node 22.1+ that the launcher leaves caching to Node.
it(nodeCaches ? "leaves the code cache to Node's own (module.enableCompileCache)" : 'grows with the first run that runs more code than its writer, and only then', () => {
    const files = scratch({ 'h.pacto': WITH_HOLIDAYS, 'c.pacto': TINY });
    dirs.push(files);
    const cache = path.join(files.dir, 'cache');
    const env = { NODE_COMPILE_CACHE: cache };
    const check = (file: string) => pacto(['check', file], files.dir, env);
    const ownCaches = () => readdirSync(cache).filter((f) => f.startsWith('pacto-')).sort();
    if (nodeCaches) {
        expect(check('h.pacto')).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
        expect(ownCaches()).toEqual([]);
        expect(readdirSync(cache).length).toBeGreaterThan(0);
        return;
    }
    const commandLine = () => {
        expect(ownCaches().length).toBe(1);
        const stat = statSync(path.join(cache, ownCaches()[0]!));
        return { size: stat.size, written: stat.mtimeMs };
    };
    expect(check('c.pacto')).toEqual({ status: 0, stdout: 'c.pacto: no problems\n', stderr: '' });
    const byTiny = commandLine();
    expect(check('h.pacto')).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
    const byHolidays = commandLine();
    expect(byHolidays.size).toBeGreaterThan(byTiny.size);
    expect(check('c.pacto')).toEqual({ status: 0, stdout: 'c.pacto: no problems\n', stderr: '' });
    expect(check('h.pacto')).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
    expect(commandLine()).toEqual(byHolidays);
});

// `pacto check` runs under V8 flags of its own (cli/main.ts), and V8 refuses a cache made under other flags: a
// command switching with it must neither refuse nor rewrite the other's cache. Run as on Node 20 on every Node
// (pactoOwnCache): the flags are set only where the launcher keeps its own cache.
it("keeps check's cache apart from other commands' and rewrites neither at a switch", () => {
    const files = scratch({ 'h.pacto': WITH_HOLIDAYS });
    dirs.push(files);
    const cache = path.join(files.dir, 'cache');
    const env = { NODE_COMPILE_CACHE: cache };
    const written = () => Object.fromEntries(readdirSync(cache).filter((f) => f.startsWith('pacto-')).map((f) => [f, statSync(path.join(cache, f)).mtimeMs]));
    expect(pactoOwnCache(['--version'], files.dir, env).status).toBe(0);
    expect(pactoOwnCache(['check', 'h.pacto'], files.dir, env)).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
    const both = written();
    expect(Object.keys(both)).toEqual([expect.stringMatching(/^pacto-[0-9a-z]+\.v8$/), expect.stringMatching(/^pacto-[0-9a-z]+\.v8$/)]);
    expect(pactoOwnCache(['--version'], files.dir, env).status).toBe(0);
    expect(pactoOwnCache(['check', 'h.pacto'], files.dir, env)).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
    expect(written()).toEqual(both);
});
