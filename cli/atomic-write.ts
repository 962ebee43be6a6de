import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';

/** What an atomic write writes: text (UTF-8), bytes, or chunks produced one after another. */
export type AtomicContent = string | Uint8Array | AsyncIterable<Uint8Array | string>;

/**
 * Writes `content` to `target` so that readers see either the old file or the whole new one, never a part:
 * the bytes go to a temporary file in the same directory (same file system, so the rename is atomic),
 * which is flushed to disk and then renamed over the target. On any failure the temporary file is removed
 * and the target is left as it was; the error is rethrown.
 */
export async function writeFileAtomic(target: string, content: AtomicContent): Promise<void> {
    const directory = path.dirname(path.resolve(target));
    const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temporary, 'wx', 0o666);
    let closed = false;
    try {
        if (typeof content === 'string' || content instanceof Uint8Array) {
            await handle.writeFile(content);
        } else {
            for await (const chunk of content) await handle.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
        }
        await handle.sync();
        await handle.close();
        closed = true;
        await rename(temporary, target);
    } catch (error) {
        if (!closed) await handle.close().catch(() => undefined);
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}
