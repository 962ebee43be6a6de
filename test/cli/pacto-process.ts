import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'dist', 'cli', 'main.cjs');

export interface Run {
    status: number | null;
    stdout: string;
    stderr: string;
}

/**
 * The environment of a run: the test's own, without the variables that choose the language (English unless a
 * test says otherwise, whatever the machine's locale), plus `extra`.
 */
export function cliEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE', 'CI']) delete env[name];
    return { ...env, ...extra };
}

/** Runs the built `pacto` bundle, as a user's shell would, and captures everything it prints. */
export function pacto(args: readonly string[], cwd = ROOT, env: Readonly<Record<string, string>> = {}): Run {
    if (!existsSync(CLI)) {
        throw new Error(`${CLI} is missing: build it with \`node esbuild.mjs\` (\`npm test\` builds before testing)`);
    }
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cliEnv(env), encoding: 'utf8', timeout: 20_000 });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Preload that hides module.enableCompileCache, so the launcher keeps its own code cache as on Node 20. */
export const OWN_CACHE_PRELOAD = path.join(ROOT, 'test', 'cli', 'launcher-own-cache.cjs');

/**
 * `pacto` as on Node 20 whatever Node runs the suite: the launcher keeps V8's code cache itself and sets
 * check's V8 flags (cli/main.ts). `nodeArgs` go before the bundle (another `--require`, say).
 */
export function pactoOwnCache(args: readonly string[], cwd = ROOT, env: Readonly<Record<string, string>> = {}, nodeArgs: readonly string[] = []): Run {
    if (!existsSync(CLI)) {
        throw new Error(`${CLI} is missing: build it with \`node esbuild.mjs\` (\`npm test\` builds before testing)`);
    }
    const result = spawnSync(process.execPath, ['--require', OWN_CACHE_PRELOAD, ...nodeArgs, CLI, ...args], { cwd, env: cliEnv(env), encoding: 'utf8', timeout: 20_000 });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch directory holding the given files (relative paths → contents); call `remove` when done. */
export function scratch(files: Record<string, string>): { dir: string; remove(): void } {
    const dir = mkdtempSync(path.join(tmpdir(), 'pacto-cli-'));
    for (const [name, text] of Object.entries(files)) {
        const file = path.join(dir, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
    }
    return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
