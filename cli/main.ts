#!/usr/bin/env node
// Entry point of the `pacto` binary (dist/cli/main.cjs): a launcher of a few lines. Node compiles the code a
// process loads; its compile cache (Node 22.1 and later) keeps that work on disk, but only for modules loaded
// after it is turned on, so this file turns it on and then loads the command line, dist/cli/pacto.cjs
// (cli/process-entry.ts). On Node 20 there is no such cache and the launcher only loads the command line.
import * as nodeModule from 'node:module';

const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };
try {
    // Where and whether to cache is Node's call (NODE_COMPILE_CACHE, NODE_DISABLE_COMPILE_CACHE; a directory
    // it cannot write is reported in its return value, not thrown): a cold start is the only cost of a failure.
    enableCompileCache?.();
} catch {
    // Never worth failing a command for.
}
require('./pacto.cjs');
