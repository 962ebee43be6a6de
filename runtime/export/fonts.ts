import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/** The DejaVu faces the PDF embeds (copied next to the bundles into dist/fonts by esbuild.mjs). */
export const PDF_FONT_FILES = {
    body: 'DejaVuSerif.ttf',
    bodyBold: 'DejaVuSerif-Bold.ttf',
    bodyItalic: 'DejaVuSerif-Italic.ttf',
    sans: 'DejaVuSansCondensed.ttf',
    sansBold: 'DejaVuSansCondensed-Bold.ttf',
} as const;

export type PdfFont = keyof typeof PDF_FONT_FILES;

function hasFonts(dir: string): boolean {
    return Object.values(PDF_FONT_FILES).every((file) => existsSync(path.join(dir, file)));
}

/**
 * Where the fonts are: `fontsDir` when given; else dist/fonts next to the running bundle (dist/cli/main.cjs,
 * dist/language/server.cjs → ../fonts); else the dejavu-fonts-ttf package, found from the bundle or the
 * working directory. Throws with the places looked in when none holds them.
 */
export function resolveFontsDir(fontsDir?: string): string {
    const candidates: string[] = [];
    if (fontsDir !== undefined) candidates.push(fontsDir);
    else {
        const here = typeof __dirname === 'string' ? __dirname : undefined;
        if (here) candidates.push(path.join(here, '..', 'fonts'), path.join(here, 'fonts'));
        const bases = [...(here ? [path.join(here, 'index.js')] : []), path.join(process.cwd(), 'index.js')];
        for (const base of bases) {
            try {
                const pkg = createRequire(base).resolve('dejavu-fonts-ttf/package.json');
                candidates.push(path.join(path.dirname(pkg), 'ttf'));
            } catch {
                // not installed where this base looks
            }
        }
    }
    const found = candidates.find(hasFonts);
    if (!found) {
        throw new Error(`the PDF fonts (${Object.values(PDF_FONT_FILES).join(', ')}) were not found in ${candidates.join(', ') || 'any known place'}`);
    }
    return found;
}
