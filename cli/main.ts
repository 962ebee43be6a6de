#!/usr/bin/env node
// Entry point of the `pacto` binary (dist/cli/main.cjs): a launcher of a few lines. Node compiles the code a
// process loads, and the command line is a few MB of it: compiling it again on every start was most of
// `pacto --version`'s time (issue 14). Node 22.1 and later keep that work on disk (module.enableCompileCache,
// for modules loaded after it is turned on); Node 20 has no such cache, so this launcher keeps V8's code
// cache itself (compile-cache.ts) for the bundles next to it: the command line (dist/cli/pacto.cjs) and the
// chunks it loads on first use (pdfkit, holidays).
import * as nodeModule from 'node:module';
import { cacheBundlesIn } from './compile-cache.js';

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
if (!nodeCaches) cacheBundlesIn(__dirname);
require('./pacto.cjs');
