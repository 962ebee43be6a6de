// V8's code cache for the CLI's bundles on Node versions without module.enableCompileCache (Node 20): the
// launcher (main.ts) compiles each bundle of its folder through vm.Script with the bytes V8 produced the last
// time, and writes them when there were none or V8 refused them (another Node, other flags). Written as the
// process ends, so the cache also holds the functions the command compiled while it ran, not only the top level.
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

type Loader = (module: NodeModule, filename: string) => void;

interface NodeModuleInternals {
    _extensions: Record<string, Loader>;
    wrap(source: string): string;
}

/** Node's own variables: a directory for the cache, or none at all. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
    if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
    if (env.NODE_COMPILE_CACHE) return path.resolve(env.NODE_COMPILE_CACHE);
    // One folder per user: the cache is code this process runs, so nobody else may write it.
    return path.join(os.tmpdir(), `pacto-compile-cache-${process.getuid?.() ?? 'user'}`);
}

/** A short, stable tag of a path: two installations of Pacto keep their caches apart. */
function tag(text: string): string {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return (hash >>> 0).toString(36);
}

/** The cache's first line: which bundle, built when, compiled by which Node. Any change makes it stale. */
function identity(filename: string, stat: fs.Stats): string {
    return `${process.version} ${process.arch} ${filename} ${stat.size} ${stat.mtimeMs}\n`;
}

function readCache(file: string, expected: string): Buffer | undefined {
    let fd: number | undefined;
    try {
        fd = fs.openSync(file, 'r');
        const owner = fs.fstatSync(fd).uid;
        if (process.getuid && owner !== process.getuid()) return undefined;
        const bytes = fs.readFileSync(fd);
        const header = Buffer.from(expected);
        if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) return undefined;
        return bytes.subarray(header.length);
    } catch {
        return undefined;
    } finally {
        if (fd !== undefined) fs.closeSync(fd);
    }
}

function writeCache(dir: string, file: string, header: string, data: Buffer): void {
    try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const scratch = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(scratch, Buffer.concat([Buffer.from(header), data]), { mode: 0o600 });
        // Atomic: a process starting meanwhile reads the old cache or the new one, never half of one.
        fs.renameSync(scratch, file);
    } catch {
        // A cold start next time is the only cost.
    }
}

/**
 * Compiles the `.cjs` files of `bundleDir` with V8's code cache from then on; other files load as usual.
 * Returns whether the cache is on (off when NODE_DISABLE_COMPILE_CACHE is set).
 */
export function cacheBundlesIn(bundleDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
    const cacheDir = compileCacheDirectory(env);
    const internals = Module as unknown as NodeModuleInternals;
    // Node loads `.cjs` files with its `.js` loader (Node 20 registers no `.cjs` one).
    const plain = internals._extensions['.js'];
    if (cacheDir === undefined || !plain) return false;
    const writes: (() => void)[] = [];
    internals._extensions['.js'] = (module, filename) => {
        if (path.dirname(filename) !== bundleDir || !filename.endsWith('.cjs')) return plain(module, filename);
        const stat = fs.statSync(filename);
        const header = identity(filename, stat);
        const file = path.join(cacheDir, `${path.basename(filename, '.cjs')}-${tag(bundleDir)}.v8`);
        const cachedData = readCache(file, header);
        // A shebang line is only valid at the very start of a script: blank it, keeping the line numbers.
        const source = fs.readFileSync(filename, 'utf8').replace(/^#!.*/, '');
        const script = new vm.Script(internals.wrap(source), { filename, cachedData });
        if (cachedData === undefined || script.cachedDataRejected) writes.push(() => writeCache(cacheDir, file, header, script.createCachedData()));
        const wrapper = script.runInThisContext({ displayErrors: true }) as (
            exports: unknown,
            require: NodeJS.Require,
            module: NodeModule,
            filename: string,
            dirname: string,
        ) => void;
        wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, bundleDir);
    };
    process.once('exit', () => {
        for (const write of writes) write();
    });
    return true;
}
