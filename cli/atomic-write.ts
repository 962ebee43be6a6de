import { randomBytes } from 'node:crypto';
import { chmod, chown, lstat, open, readFile, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import * as path from 'node:path';

/** What an atomic write writes: text (UTF-8), bytes, or chunks produced one after another. */
export type AtomicContent = string | Uint8Array | AsyncIterable<Uint8Array | string>;

/** Where `-` goes: standard output, as a stream. A seam for tests. */
export interface StdoutSink {
    write(bytes: Uint8Array): void;
}

const processStdout: StdoutSink = { write: (bytes) => void process.stdout.write(bytes) };

/** Large contents go out in pieces of this size, so a killed write stops part way through the temporary file. */
const PIECE = 1 << 20;

async function* chunksOf(content: AtomicContent): AsyncIterable<Uint8Array> {
    if (typeof content === 'string') yield* piecesOf(Buffer.from(content, 'utf8'));
    else if (content instanceof Uint8Array) yield* piecesOf(content);
    else for await (const chunk of content) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

function* piecesOf(bytes: Uint8Array): Iterable<Uint8Array> {
    if (bytes.length === 0) yield bytes;
    for (let at = 0; at < bytes.length; at += PIECE) yield bytes.subarray(at, at + PIECE);
}

/**
 * A test's hold on a write: with PACTO_TEST_HOLD_WRITE_MS set (test/cli/killed-export.test.ts sets it; nobody
 * else has a reason to), the write waits that long after its first piece is in the temporary file, so the
 * test can kill the process mid-write and see the old file intact.
 */
async function testHold(): Promise<void> {
    const ms = Number(process.env['PACTO_TEST_HOLD_WRITE_MS']);
    if (Number.isFinite(ms) && ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

function isDirectoryError(target: string): NodeJS.ErrnoException {
    return Object.assign(new Error(`EISDIR: ${target} is a directory`), { code: 'EISDIR' });
}

/** Writes straight into an existing file, device or pipe: what a user who names `/dev/stdout` or a FIFO means. */
async function writeInPlace(target: string, content: AtomicContent, truncate: boolean): Promise<void> {
    const handle = await open(target, truncate ? 'w' : 'a');
    try {
        for await (const chunk of chunksOf(content)) await handle.write(chunk);
    } finally {
        await handle.close();
    }
}

/**
 * Writes `content` to `target` so that readers see either the old file or the whole new one, never a part:
 * the bytes go to a temporary file in the same directory (same file system, so the rename is atomic),
 * which is flushed to disk and then renamed over the target. On any failure the temporary file is removed
 * and the target is left as it was; the error is rethrown.
 *
 * What the user named is kept: a symbolic link is written through (its target is replaced, the link stays);
 * an existing file keeps its mode (and owner, where allowed); a file with several hard links is rewritten in
 * place once the whole content is ready, so every link sees it; a pipe, a device or `-` is written as a
 * stream; a directory is refused (EISDIR) before anything is written.
 */
export async function writeFileAtomic(target: string, content: AtomicContent, stdout: StdoutSink = processStdout): Promise<void> {
    if (target === '-') {
        for await (const chunk of chunksOf(content)) stdout.write(chunk);
        return;
    }
    let destination = target;
    const link = await lstat(target).catch(() => undefined);
    if (link?.isSymbolicLink()) {
        // A dangling link names where the file should go: write there.
        destination = await realpath(target).catch(async () => path.resolve(path.dirname(target), await readlink(target)));
    }
    const existing: Stats | undefined = await stat(destination).catch(() => undefined);
    if (existing?.isDirectory()) throw isDirectoryError(target);
    if (existing && !existing.isFile()) return writeInPlace(destination, content, true);

    const directory = path.dirname(path.resolve(destination));
    const temporary = path.join(directory, `.${path.basename(destination)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    let closed = false;
    try {
        let first = true;
        for await (const chunk of chunksOf(content)) {
            await handle.write(chunk);
            if (first) await testHold();
            first = false;
        }
        await handle.sync();
        await handle.close();
        closed = true;
        if (existing && existing.nlink > 1) {
            // A rename would detach this name from the other links: copy the finished content into the file.
            await writeInPlace(destination, await readFile(temporary), true);
            await unlink(temporary);
            return;
        }
        if (existing) {
            // open()'s mode is filtered by the umask; the old file's mode is what the user chose.
            await chmod(temporary, existing.mode & 0o7777);
            await chown(temporary, existing.uid, existing.gid).catch(() => undefined);
        }
        await rename(temporary, destination);
    } catch (error) {
        if (!closed) await handle.close().catch(() => undefined);
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}
