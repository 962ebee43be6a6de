import { hostAssets, type HostAssets } from '../language/assets.js';

let assets: HostAssets | undefined;

/**
 * The CLI's worker script, chart.js and fonts. `__dirname` is dist/cli in the bundle, so they are the build's
 * copies next to it; from the sources it is cli/, and the installed packages serve. Found on first use, so
 * that importing a command touches no file.
 */
export function cliAssets(): HostAssets {
    return (assets ??= hostAssets(__dirname));
}
