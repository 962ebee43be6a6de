#!/usr/bin/env node
// Entry point of the `pacto` binary (bundled to dist/cli/main.cjs).
import { run } from './run.js';

const out = {
    stdout: (text: string) => void process.stdout.write(text),
    stderr: (text: string) => void process.stderr.write(text),
};

// exitCode, not exit(): output still buffered for a pipe must be flushed before the process ends.
run(process.argv.slice(2), out).then((code) => {
    process.exitCode = code;
});
