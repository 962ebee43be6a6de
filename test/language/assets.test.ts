/**
 * language/assets.ts: the hosts (CLI, language server) find the simulation worker, chart.js and the PDF fonts
 * next to their bundle, as esbuild.mjs lays out dist/, and the installed packages when run from the sources.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostAssets } from '../../language/assets.js';

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
});
