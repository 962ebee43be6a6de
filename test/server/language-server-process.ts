import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER = path.join(ROOT, 'dist', 'language', 'server.cjs');

export interface ServerProcess {
    child: ChildProcess;
    connection: MessageConnection;
    /** Everything the server wrote to stderr, for failure messages. */
    stderr(): string;
    /** Resolves with the exit code once the process has ended. */
    exited: Promise<number | null>;
}

/**
 * Starts the built language server on stdio and connects a JSON-RPC client to it, as an editor would: through
 * `node`, or (`asFile`) as the `pacto-language-server` command an npm install links, run by its own first line.
 */
export function startServer({ asFile = false }: { asFile?: boolean } = {}): ServerProcess {
    if (!existsSync(SERVER)) {
        throw new Error(`${SERVER} is missing: build it with \`node esbuild.mjs\` (\`npm test\` builds before testing)`);
    }
    const child = asFile
        ? spawn(SERVER, ['--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` } })
        : spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    return { child, connection, stderr: () => stderr, exited };
}
