/**
 * `pacto check` runs under V8 flags of its own (cli/main.ts), and V8 refuses the code cache Node ships with each
 * built-in module once a flag has changed: a built-in first loaded after the flags compiles from source (13 of
 * them: 5 → 20 ms). The launcher loads those a check needs first, so the command line loads none of its own.
 * A preloaded hook lists the built-ins loaded once the command line (dist/cli/pacto.cjs) runs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, pactoOwnCache, scratch } from './pacto-process.js';

const HOOK = `
const Module = require('node:module');
const require0 = Module.prototype.require;
let from;
Module.prototype.require = function (id) {
    if (from === undefined && typeof this.filename === 'string' && this.filename.endsWith('pacto.cjs')) from = process.moduleLoadList.length;
    return require0.apply(this, arguments);
};
process.on('exit', () => {
    const later = from === undefined ? ['pacto.cjs never required'] : process.moduleLoadList.slice(from).filter((m) => m.startsWith('NativeModule '));
    process.stderr.write('builtins:' + later.join(',') + '\\n');
});
`;

const dir = scratch({ 'imolko.pacto': readFileSync(path.join(ROOT, 'examples', 'imolko.pacto'), 'utf8') });
afterAll(() => dir.remove());
const hook = path.join(dir.dir, 'builtins.cjs');
writeFileSync(hook, HOOK);

// As on Node 20 on every Node (pactoOwnCache): check's flags are set only where the launcher keeps its own cache.
describe('built-in modules of `pacto check`', () => {
    it('are all loaded before the V8 flags of check, with the stdout of a pipe', () => {
        const result = pactoOwnCache(['check', path.join(dir.dir, 'imolko.pacto')], ROOT, { NODE_COMPILE_CACHE: path.join(dir.dir, 'cache') }, ['--require', hook]);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(`${path.join(dir.dir, 'imolko.pacto')}: no problems\n`);
        expect(/builtins:(.*)/.exec(result.stderr)?.[1]).toBe('');
    });
});
