import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ROOT, pacto, scratch } from './pacto-process.js';

// The launcher's code cache (cli/compile-cache.ts, Node 20) holds the functions of the run that wrote it: a
// later run that runs clearly more code writes it again, a run that runs as much or less leaves it.
const nodeCaches = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

// A contract with holidays, terms and business-hour targets: its check runs the calendar engine's code too.
const WITH_HOLIDAYS = readFileSync(path.join(ROOT, 'examples', 'imolko.pacto'), 'utf8');

const dirs: { remove(): void }[] = [];
afterEach(() => {
    for (const d of dirs.splice(0)) d.remove();
});

// Each Node keeps one of the two caches, so each run of the suite asserts the branch its Node takes: on Node 20
// (CI) Pacto's own cache and its growth, on Node 22.1+ that the launcher leaves caching to Node.
it(nodeCaches ? "leaves the code cache to Node's own (module.enableCompileCache)" : 'grows with the first run that runs more code than its writer, and only then', () => {
    const files = scratch({ 'h.pacto': WITH_HOLIDAYS });
    dirs.push(files);
    const cache = path.join(files.dir, 'cache');
    const env = { NODE_COMPILE_CACHE: cache };
    const ownCache = () => readdirSync(cache).find((f) => f.startsWith('pacto-'));
    const commandLine = () => {
        const stat = statSync(path.join(cache, ownCache() ?? 'none'));
        return { size: stat.size, written: stat.mtimeMs };
    };
    expect(pacto(['--version'], files.dir, env).status).toBe(0);
    if (nodeCaches) {
        expect(pacto(['check', 'h.pacto'], files.dir, env)).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
        expect(ownCache()).toBeUndefined();
        expect(readdirSync(cache).length).toBeGreaterThan(0);
        return;
    }
    const byVersion = commandLine();
    expect(pacto(['check', 'h.pacto'], files.dir, env)).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
    const byCheck = commandLine();
    expect(byCheck.size).toBeGreaterThan(byVersion.size);
    expect(pacto(['--version'], files.dir, env).status).toBe(0);
    expect(pacto(['check', 'h.pacto'], files.dir, env)).toEqual({ status: 0, stdout: 'h.pacto: no problems\n', stderr: '' });
    expect(commandLine()).toEqual(byCheck);
});
