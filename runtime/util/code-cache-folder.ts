/**
 * Where V8's code caches of Pacto's bundles live, for every host that keeps one: the CLI's launcher
 * (cli/compile-cache.ts) and the simulation workers of the CLI and of the language server
 * (runtime/simulate/worker-launcher.ts). Node's own variables decide, as they do for Node's compile cache.
 */
import * as os from 'node:os';
import * as path from 'node:path';

/** Node's own variables: a directory for the cache, or none at all. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
    if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
    if (env.NODE_COMPILE_CACHE) return path.resolve(env.NODE_COMPILE_CACHE);
    // One folder per user: the cache is code this process runs, so nobody else may write it.
    return path.join(os.tmpdir(), `pacto-compile-cache-${process.getuid?.() ?? 'user'}`);
}

/** A short, stable tag of a path (FNV-1a): two installations of Pacto keep their caches apart. */
export function pathTag(text: string): string {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return (hash >>> 0).toString(36);
}
