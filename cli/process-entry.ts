// The `pacto` process: streams, last-resort error handlers, and the run (bundled to dist/cli/pacto.cjs, which
// the launcher cli/main.ts loads once Node's compile cache is on).
import { internalErrorText } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { run } from './run.js';
import { terminalSafe } from '../runtime/index.js';

function internalError(error: unknown): never {
    process.stderr.write(internalErrorText(error));
    process.exit(ExitCode.internal);
}

// `pacto check … | head` closes the pipe early: the reader has what it wanted, so stop writing to it and
// finish with the status the command computes, instead of dying on EPIPE with a stack trace.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') internalError(error);
        closed.add(stream);
    });
}
// run() catches what its commands throw; these catch what escapes asynchronously (a library's timer, a stray promise).
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

const write = (stream: NodeJS.WriteStream) => (text: string) => {
    if (!closed.has(stream)) stream.write(terminalSafe(text));
};
const out = { stdout: write(process.stdout), stderr: write(process.stderr) };

// exitCode, not exit(): output still buffered for a pipe must be flushed before the process ends.
void run(process.argv.slice(2), out).then((code) => {
    process.exitCode = code;
});
