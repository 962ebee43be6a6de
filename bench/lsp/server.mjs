// The real language server over stdio, as an editor drives it: open a generated contract, then change one
// character and time until the server publishes the new diagnostics (debounce, parse, link, validate and the
// JSON-RPC round trip included); and the server's memory (resident set) once it has built the document.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { bundleServer, serverNodeArgs } from './bundle.mjs';
import { editOffset, generateContract } from './generate.mjs';
import { median, quantile } from './stats.mjs';

/** Resident set and its peak of a process, in MiB (Linux /proc; undefined elsewhere). */
function memoryOf(pid) {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
        return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
    } catch {
        return undefined;
    }
}

/** CPU time the process has used, in ms (Linux /proc, in clock ticks of 10 ms; undefined elsewhere). */
function cpuOf(pid) {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return undefined;
    }
}

let bundled;
let nodeArgs;

/** Starts the server, opens a contract of `lines` lines, and returns a handle to edit it and read memory. */
async function startWith(lines) {
    bundled ??= await bundleServer();
    // As VS Code starts it (its client's Node options), unless PACTO_BENCH_SERVER_NODE_ARGS says otherwise.
    nodeArgs ??= process.env.PACTO_BENCH_SERVER_NODE_ARGS !== undefined ? process.env.PACTO_BENCH_SERVER_NODE_ARGS.split(' ').filter(Boolean) : await serverNodeArgs();
    const child = spawn(process.execPath, [...nodeArgs, bundled, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const waiting = new Map();
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
        const resolve = waiting.get(params.uri);
        if (resolve) {
            waiting.delete(params.uri);
            resolve(params);
        }
    });
    connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, workspaceFolders: null });
    await connection.sendNotification('initialized', {});
    const { text } = generateContract(lines);
    const uri = `untitled:bench-${lines}.pacto`;
    const published = (of) => new Promise((resolve) => waiting.set(of, resolve));
    const opened = published(uri);
    const openStart = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pacto', version: 1, text } });
    const first = await opened;
    const openMs = performance.now() - openStart;
    let version = 1;
    let current = text;
    // Two places to type at: a digit of a target inside a category (the server re-parses that member alone) and
    // a digit of the header comment, outside every member (the whole text is parsed again, as before issue 14).
    const places = { member: editOffset(text), whole: text.indexOf('about ') + 'about '.length };
    const original = { member: text[places.member], whole: text[places.whole] };
    return {
        openMs,
        errors: first.diagnostics.filter((d) => d.severity === 1).length,
        memory: () => memoryOf(child.pid),
        cpu: () => cpuOf(child.pid),
        /** One digit toggled at `where`: the ms until the diagnostics of the new text arrive. */
        async edit(where = 'member') {
            const offset = places[where];
            const before = current[offset];
            const first = original[where];
            const after = before === first ? (first === '9' ? '8' : String(Number(first) + 1)) : first;
            const lineStart = current.lastIndexOf('\n', offset - 1) + 1;
            const line = current.slice(0, offset).split('\n').length - 1;
            const character = offset - lineStart;
            current = current.slice(0, offset) + after + current.slice(offset + 1);
            const next = published(uri);
            const start = performance.now();
            await connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: ++version },
                contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: after }],
            });
            const result = await next;
            const elapsed = performance.now() - start;
            const errors = result.diagnostics.filter((d) => d.severity === 1).length;
            if (errors > 0) throw new Error(`server: the edited contract has ${errors} errors, the bench would measure error paths`);
            return elapsed;
        },
        async stop() {
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
            connection.dispose();
            await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
        },
    };
}

/**
 * One-character edits at `lines` lines, after `warmup` unmeasured ones: inside a member (the editor's usual
 * keystroke) and, interleaved with them as the baseline of the same run, in the header comment (a whole
 * re-parse). Median and p95 of edit → publishDiagnostics, and the server's CPU per edit, for each.
 */
export async function measureServerEdits(lines, { runs, warmup }) {
    const server = await startWith(lines);
    try {
        for (let i = 0; i < warmup; i++) {
            await server.edit('member');
            await server.edit('whole');
        }
        const samples = { member: [], whole: [] };
        const cpu = { member: 0, whole: 0 };
        for (let i = 0; i < runs; i++) {
            for (const where of ['member', 'whole']) {
                const before = server.cpu();
                samples[where].push(await server.edit(where));
                const after = server.cpu();
                cpu[where] = before === undefined || after === undefined ? undefined : cpu[where] + (after - before);
            }
        }
        // The server's own CPU per edit: on a busy machine, what the edit costs whatever else runs.
        const summary = (where) => ({ median: median(samples[where]), p95: quantile(samples[where], 0.95), cpuPerEdit: cpu[where] === undefined ? undefined : cpu[where] / runs });
        return { lines, openMs: server.openMs, ...summary('member'), whole: summary('whole'), memory: server.memory() };
    } finally {
        await server.stop();
    }
}

/**
 * The server's memory after opening a contract of `lines` lines, after `edits` edits of it, and after `idleMs`
 * of rest (V8 gives memory back only some seconds after the allocations stop).
 */
export async function measureServerMemory(lines, edits, idleMs = 0) {
    const server = await startWith(lines);
    try {
        const opened = server.memory();
        for (let i = 0; i < edits; i++) await server.edit();
        const edited = server.memory();
        if (idleMs > 0) await new Promise((resolve) => setTimeout(resolve, idleMs));
        return { lines, openMs: server.openMs, opened, edited, rested: idleMs > 0 ? server.memory() : undefined, idleMs, edits };
    } finally {
        await server.stop();
    }
}
