#!/usr/bin/env node
// Entry point of the `pacto` binary (dist/cli/main.cjs): a launcher of a few lines. Node compiles the code a
// process loads, and the command line is a few MB of it: compiling it again on every start was most of
// `pacto --version`'s time (issue 14). Node 22.1 and later keep that work on disk (module.enableCompileCache,
// for modules loaded after it is turned on); Node 20 has no such cache, so this launcher keeps V8's code
// cache itself (compile-cache.ts) for the bundles next to it: the command line (dist/cli/pacto.cjs) and the
// chunks it loads on first use (pdfkit, holidays).
import * as nodeModule from 'node:module';
import * as v8 from 'node:v8';
import { cacheBundlesIn } from './compile-cache.js';

/**
 * V8 optimises a function once it has run a budget of bytecode (its interrupt budget, 67,584 by default). A
 * `pacto check` lives ~150 ms, and what it optimised there mostly never paid back the compile: four times the
 * budget left helpdesk-br's check 260 → 220 ms of CPU (bench/startup.md), and a 1 MB contract, whose check runs
 * for a second, is optimised as before. Only `check`: long commands (simulate, replay) keep V8's own tiering.
 */
const CHECK_V8_FLAGS = '--interrupt-budget=270336';

/**
 * Node's built-in modules come with V8 code caches made under Node's own flags, which V8 refuses once a flag has
 * changed: each built-in loaded after CHECK_V8_FLAGS compiles from source (13 of them: 5 → 20 ms). The ones a
 * check loads anyway are loaded before the flags: the standard streams (a pipe's loads net and the streams), os,
 * and util's parseArgs.
 */
function loadBuiltInsOfCheck(): void {
    void process.stdout;
    void process.stderr;
    require('node:os');
    require('node:stream');
    void (require('node:util') as typeof import('node:util')).parseArgs;
}

const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };
let nodeCaches = false;
try {
    // Where and whether to cache is Node's call (NODE_COMPILE_CACHE, NODE_DISABLE_COMPILE_CACHE; a directory
    // it cannot write is reported in its return value, not thrown): a cold start is the only cost of a failure.
    if (enableCompileCache) {
        enableCompileCache();
        nodeCaches = true;
    }
} catch {
    // Never worth failing a command for.
}
if (!nodeCaches) {
    // Set before any bundle compiles, and only with the launcher's own cache, which keeps one per set of flags
    // (Node's would be refused and rewritten at each switch between `check` and another command).
    const flags = process.argv[2] === 'check' ? CHECK_V8_FLAGS : '';
    if (flags !== '') {
        loadBuiltInsOfCheck();
        v8.setFlagsFromString(flags);
    }
    cacheBundlesIn(__dirname, process.env, flags);
}
require('./pacto.cjs');
