// V8's code cache for the CLI's bundles on Node versions without module.enableCompileCache (Node 20): the
// launcher (main.ts) compiles each bundle of its folder through vm.Script with the bytes V8 produced the last
// time, and writes them when there were none or V8 refused them (another Node, other flags). Written as the
// process ends, so the cache also holds the functions the command compiled while it ran, not only the top level;
// and since it holds only the functions of the run that wrote it (not those it read and never ran), a later
// run that ran clearly more code than the writer writes it again (`pacto --version` first, then `pacto check`
// of a contract with holidays: the check's parser, validation and calendar functions were compiled on every
// check otherwise, ~60 ms).
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { compileCacheDirectory, pathTag } from '../runtime/index.js';

export { compileCacheDirectory };

type Loader = (module: NodeModule, filename: string) => void;

interface NodeModuleInternals {
    _extensions: Record<string, Loader>;
    wrap(source: string): string;
}

/** The cache's first line: which bundle, built when, compiled by which Node. Any change makes it stale. */
function identity(filename: string, stat: fs.Stats): string {
    return `${process.version} ${process.arch} ${filename} ${stat.size} ${stat.mtimeMs}\n`;
}

/**
 * How much code the writing run had run: V8's bytecode and its metadata at its end, bytes. A run that ends above
 * the writer's by more than GROWTH ran code the cache lacks. Runs of one command differ by well under 1%.
 */
const GROWTH = 1.03;
function codeRun(): number {
    return v8.getHeapCodeStatistics().bytecode_and_metadata_size;
}

interface Cached {
    data: Buffer;
    /** codeRun() of the run that wrote it. */
    writerCode: number;
}

function readCache(file: string, expected: string): Cached | undefined {
    let fd: number | undefined;
    try {
        fd = fs.openSync(file, 'r');
        const owner = fs.fstatSync(fd).uid;
        if (process.getuid && owner !== process.getuid()) return undefined;
        const bytes = fs.readFileSync(fd);
        const header = Buffer.from(expected);
        if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) return undefined;
        // The identity line, then the writer's code figure on a line of its own.
        const end = bytes.indexOf(10, header.length);
        const writerCode = end < 0 ? NaN : Number(bytes.subarray(header.length, end).toString('latin1'));
        if (!Number.isSafeInteger(writerCode) || writerCode <= 0) return undefined;
        return { data: bytes.subarray(end + 1), writerCode };
    } catch {
        return undefined;
    } finally {
        if (fd !== undefined) fs.closeSync(fd);
    }
}

function writeCache(dir: string, file: string, header: string, data: Buffer, code: number): void {
    try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const scratch = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(scratch, Buffer.concat([Buffer.from(`${header}${code}\n`), data]), { mode: 0o600 });
        // Atomic: a process starting meanwhile reads the old cache or the new one, never half of one.
        fs.renameSync(scratch, file);
    } catch {
        // A cold start next time is the only cost.
    }
}

/**
 * A bundle's text. The build writes the bundles in ASCII (scripts/ascii-bundle.mjs), and ASCII bytes read as Latin-1
 * are the same text, copied as they are: decoding pacto.cjs (2.4 MB) as UTF-8 cost ~3 ms more CPU at every start
 * (5.4 against 8.2 ms in fresh processes), a little more with one character outside ASCII.
 */
function sourceText(bytes: Buffer): string {
    return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Compiles the `.cjs` files of `bundleDir` with V8's code cache from then on; other files load as usual.
 * `v8Flags`: the V8 flags this process set at run time (main.ts), if any. V8 refuses a cache made under other
 * flags, so each set of flags has cache files of its own: one command's runs never throw away another's.
 * Returns whether the cache is on (off when NODE_DISABLE_COMPILE_CACHE is set).
 */
export function cacheBundlesIn(bundleDir: string, env: NodeJS.ProcessEnv = process.env, v8Flags = ''): boolean {
    const cacheDir = compileCacheDirectory(env);
    const internals = Module as unknown as NodeModuleInternals;
    // Node loads `.cjs` files with its `.js` loader (Node 20 registers no `.cjs` one).
    const plain = internals._extensions['.js'];
    if (cacheDir === undefined || !plain) return false;
    const writes: ((code: number) => void)[] = [];
    internals._extensions['.js'] = (module, filename) => {
        if (path.dirname(filename) !== bundleDir || !filename.endsWith('.cjs')) return plain(module, filename);
        const stat = fs.statSync(filename);
        const header = identity(filename, stat);
        const file = path.join(cacheDir, `${path.basename(filename, '.cjs')}-${pathTag(v8Flags === '' ? bundleDir : `${bundleDir}\0${v8Flags}`)}.v8`);
        const cached = readCache(file, header);
        // A shebang line is only valid at the very start of a script: blank it, keeping the line numbers.
        const source = sourceText(fs.readFileSync(filename)).replace(/^#!.*/, '');
        const script = new vm.Script(internals.wrap(source), { filename, cachedData: cached?.data });
        const stale = cached === undefined || script.cachedDataRejected === true;
        writes.push((code) => {
            if (stale || code > cached.writerCode * GROWTH) writeCache(cacheDir, file, header, script.createCachedData(), code);
        });
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
        const code = codeRun();
        for (const write of writes) write(code);
    });
    return true;
}
