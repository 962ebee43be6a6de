/**
 * A simulation worker's first script, run with `eval: true`: it compiles the worker's bundle through V8's code
 * cache (vm.Script with `cachedData`), as the CLI's launcher does for its own bundles on Node 20 (cli/compile-cache.ts),
 * then waits for its job (worker.ts serveJob). A worker started from the bundle's path compiled its 460 KB from
 * scratch at every start, and the functions its runs compile lazily (the engine, the calendars) once more after
 * that; from the cache they are deserialised.
 *
 * The cache is written once the worker has run replications, so it holds the functions they compiled, and only
 * when there was none or V8 refused it (another Node, other flags, another build of the bundle: its first line
 * names all of these). It is code this process runs, so a file of another user is ignored, and it is written
 * whole or not at all (a scratch file renamed).
 */

import * as path from 'node:path';
import { pathTag } from '../util/code-cache-folder.js';

/** What the launcher reads from `workerData`. */
export interface LauncherData {
    /** The worker's bundle, dist/simulate-worker.cjs. */
    readonly script: string;
    /** The code cache file; undefined: compile without one. */
    readonly cache: string | undefined;
}

/** The launcher's source: plain CommonJS for Node, since it is compiled from this string by the worker. */
export const LAUNCHER_SOURCE = `'use strict';
const { workerData, threadId } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const { script, cache } = workerData;
let header;
let cachedData;
if (cache !== undefined) {
    try {
        const stat = fs.statSync(script);
        header = Buffer.from(process.version + ' ' + process.arch + ' ' + script + ' ' + stat.size + ' ' + stat.mtimeMs + '\\n');
        const fd = fs.openSync(cache, 'r');
        try {
            if (!process.getuid || fs.fstatSync(fd).uid === process.getuid()) {
                const bytes = fs.readFileSync(fd);
                if (bytes.length > header.length && bytes.subarray(0, header.length).equals(header)) cachedData = bytes.subarray(header.length);
            }
        } finally {
            fs.closeSync(fd);
        }
    } catch {}
}
const source = fs.readFileSync(script, 'utf8').replace(/^#!.*/, '');
const compiled = new vm.Script(Module.wrap(source), { filename: script, cachedData });
const bundle = { exports: {} };
compiled.runInThisContext({ displayErrors: true }).call(bundle.exports, bundle.exports, Module.createRequire(script), bundle, script, path.dirname(script));
const stale = header !== undefined && (cachedData === undefined || compiled.cachedDataRejected === true);
bundle.exports.serveJob(stale ? () => {
    try {
        fs.mkdirSync(path.dirname(cache), { recursive: true, mode: 0o700 });
        const scratch = cache + '.' + process.pid + '.' + threadId + '.tmp';
        fs.writeFileSync(scratch, Buffer.concat([header, compiled.createCachedData()]), { mode: 0o600 });
        fs.renameSync(scratch, cache);
    } catch {}
} : undefined);
`;

/** The cache file of the worker bundle `script` in the folder `dir`. */
export function workerCacheFile(dir: string, script: string): string {
    return path.join(dir, `simulate-worker-${pathTag(script)}.v8`);
}
