// Preloaded (`node --require`) by the tests of the launcher's own code cache and of check's V8 flags
// (cli/main.ts, cli/compile-cache.ts): without module.enableCompileCache the launcher takes the path it takes on
// Node 20, whatever Node runs the suite, so those tests run, and assert, on every Node. On Node 20 it does nothing.
'use strict';
delete require('node:module').enableCompileCache;
