/**
 * The files the runtime needs from its host, found from the folder of the running bundle. The runtime never
 * looks for them itself: in a bundle its own location says nothing about where the build put them, and a
 * module that searched the disk (or started threads) when imported would surprise whoever loads it.
 *
 * Used by the two hosts, each from its own folder: language/server.ts (dist/language) and the CLI (dist/cli,
 * through cli/assets.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compileCacheDirectory, resolveFontsDir } from '../runtime/index.js';

export interface HostAssets {
    /** The simulation worker bundle (dist/simulate-worker.cjs); undefined from the sources: one thread. */
    readonly workerScript: string | undefined;
    /** The folder of V8's code cache for that bundle (Node's NODE_COMPILE_CACHE rules); undefined: none. */
    readonly workerCodeCache: string | undefined;
    /** The PDF fonts folder; undefined when neither the bundle's nor an installed copy is found. */
    readonly fontsDir: string | undefined;
    /** chart.js's UMD source for simulation reports, read on first use; null when it is nowhere. */
    chartJs(): string | null;
}

/** `relative` under the nearest node_modules holding it, from `start` up to the root. */
function inNodeModules(start: string, relative: string, exists: (file: string) => boolean = existsSync): string | undefined {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
        const file = path.join(dir, 'node_modules', relative);
        if (exists(file)) return file;
        if (path.dirname(dir) === dir) return undefined;
    }
}

function hasFonts(dir: string): boolean {
    try {
        resolveFontsDir(dir);
        return true;
    } catch {
        return false;
    }
}

/**
 * The assets of a host whose bundle is in `bundleDir`. esbuild.mjs puts them next to the bundles (dist/cli and
 * dist/language share dist/simulate-worker.cjs, dist/vendor and dist/fonts), and the .vsix ships them because
 * it has no node_modules. From the sources (tests, `bundleDir` = cli/ or language/) the installed packages
 * serve instead, found from `bundleDir` or the working directory.
 */
export function hostAssets(bundleDir: string): HostAssets {
    const dist = path.join(bundleDir, '..');
    const starts = [bundleDir, process.cwd()];
    const worker = path.join(dist, 'simulate-worker.cjs');
    const fontCandidates = [path.join(dist, 'fonts'), ...starts.map((start) => inNodeModules(start, path.join('dejavu-fonts-ttf', 'ttf'), hasFonts))];
    const chartCandidates = [path.join(dist, 'vendor', 'chart.umd.min.js'), ...starts.map((start) => inNodeModules(start, path.join('chart.js', 'dist', 'chart.umd.min.js')))];
    let chartJs: string | null | undefined;
    return {
        workerScript: existsSync(worker) ? worker : undefined,
        workerCodeCache: compileCacheDirectory(process.env),
        fontsDir: fontCandidates.find((dir): dir is string => dir !== undefined && hasFonts(dir)),
        chartJs() {
            if (chartJs === undefined) {
                const file = chartCandidates.find((candidate): candidate is string => candidate !== undefined && existsSync(candidate));
                chartJs = file === undefined ? null : readFileSync(file, 'utf8');
            }
            return chartJs;
        },
    };
}
