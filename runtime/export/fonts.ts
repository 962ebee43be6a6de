import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/** The DejaVu faces the PDF embeds (esbuild.mjs copies them into dist/fonts for the bundles). */
export const PDF_FONT_FILES = {
    body: 'DejaVuSerif.ttf',
    bodyBold: 'DejaVuSerif-Bold.ttf',
    bodyItalic: 'DejaVuSerif-Italic.ttf',
    sans: 'DejaVuSansCondensed.ttf',
    sansBold: 'DejaVuSansCondensed-Bold.ttf',
} as const;

export type PdfFont = keyof typeof PDF_FONT_FILES;

function hasPdfFonts(dir: string): boolean {
    return Object.values(PDF_FONT_FILES).every((file) => existsSync(path.join(dir, file)));
}

/**
 * The fonts folder: `fontsDir` when given (the host's: the CLI and the server pass their bundle's dist/fonts).
 * Without one, as a library used from a project that installed Pacto's dependencies (tests, scripts), the
 * dejavu-fonts-ttf package that the working directory resolves. Never the runtime's own location: in a bundle
 * that says nothing about where the fonts were put. Throws with the places looked in when none holds them.
 */
export function resolveFontsDir(fontsDir?: string): string {
    const candidates: string[] = [];
    if (fontsDir !== undefined) candidates.push(fontsDir);
    else {
        try {
            const pkg = createRequire(path.join(process.cwd(), 'index.js')).resolve('dejavu-fonts-ttf/package.json');
            candidates.push(path.join(path.dirname(pkg), 'ttf'));
        } catch {
            // not installed where the working directory looks: the error below says where we looked
        }
    }
    const found = candidates.find(hasPdfFonts);
    if (!found) {
        throw new Error(`the PDF fonts (${Object.values(PDF_FONT_FILES).join(', ')}) were not found in ${candidates.join(', ') || 'any known place'}`);
    }
    return found;
}
