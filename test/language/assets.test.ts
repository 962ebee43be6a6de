/**
 * language/assets.ts: the hosts (CLI, language server) find the simulation worker, chart.js and the PDF fonts
 * next to their bundle, as esbuild.mjs lays out dist/, and the installed packages when run from the sources.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostAssets } from '../../language/assets.js';
import { compileCacheDirectory } from '../../runtime/util/code-cache-folder.js';

const ROOT = process.cwd();
const DIST = path.join(ROOT, 'dist');

describe('host assets', () => {
    it('a bundle in dist/cli or dist/language uses the build’s copies beside it (what the .vsix ships)', () => {
        for (const bundle of ['cli', 'language']) {
            const assets = hostAssets(path.join(DIST, bundle));
            expect(assets.workerScript).toBe(path.join(DIST, 'simulate-worker.cjs'));
            expect(assets.fontsDir).toBe(path.join(DIST, 'fonts'));
            expect(assets.chartJs()).toBe(readFileSync(path.join(DIST, 'vendor', 'chart.umd.min.js'), 'utf8'));
        }
    });

    it('from the sources: the installed packages, and no worker script (the calling thread simulates)', () => {
        const assets = hostAssets(path.join(ROOT, 'language'));
        expect(assets.workerScript).toBeUndefined();
        expect(assets.fontsDir).toBe(path.join(ROOT, 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
        expect(assets.chartJs()).toBe(readFileSync(path.join(ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), 'utf8'));
    });

    it("keeps the workers' code cache where Node's variables say, for the server as for the CLI", () => {
        expect(hostAssets(path.join(DIST, 'language')).workerCodeCache).toBe(compileCacheDirectory(process.env));
        expect(compileCacheDirectory({ NODE_COMPILE_CACHE: 'cache' })).toBe(path.resolve('cache'));
        expect(compileCacheDirectory({ NODE_COMPILE_CACHE: 'cache', NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
        expect(compileCacheDirectory({})).toBe(path.join(os.tmpdir(), `pacto-compile-cache-${process.getuid?.() ?? 'user'}`));
    });
});
