import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What `npm run package` puts in pacto.vsix, listed by `vsce ls` (which applies .vscodeignore without
// packaging). The bundles must be built first: `npm test` builds, or run `node esbuild.mjs`.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

function listed(): string[] {
    const run = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    if (run.error) throw run.error;
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.split('\n').map((line) => line.trim()).filter(Boolean).sort();
}

describe('pacto.vsix contents (vsce ls)', () => {
    const bundled = ['dist/extension/main.cjs', 'dist/language/server.cjs'].every((f) => existsSync(path.join(ROOT, f)));

    // npm test builds the bundles first; run alone, the test says so instead of listing a stale package.
    it('ships the bundled client and server, the language files and icons, and nothing else', () => {
        expect(bundled, 'build the bundles first: node esbuild.mjs (npm test does)').toBe(true);
        const files = listed();
        for (const file of [
            'package.json',
            'dist/extension/main.cjs',
            'dist/language/server.cjs',
            'dist/simulate-worker.cjs',
            'extension/language-configuration.json',
            'extension/syntaxes/pacto.tmLanguage.json',
            'extension/icons/pacto-logo.png',
            'extension/icons/pacto.svg',
            'extension/snippets/pacto.json',
            'extension/templates/contract.en.pacto',
            'extension/templates/contract.es.pacto',
            'extension/templates/contract.pt-BR.pacto',
            'dist/vendor/chart.umd.min.js',
            // The translations VS Code loads by display language: the manifest's and the code's messages.
            'package.nls.json',
            'package.nls.es.json',
            'package.nls.pt-br.json',
            'l10n/bundle.l10n.json',
            'l10n/bundle.l10n.es.json',
            'l10n/bundle.l10n.pt-br.json',
        ]) {
            expect(files).toContain(file);
        }
        // Bundles are self-contained: no node_modules, sources, tests, maps, or e2e tooling.
        const allowed = /^(package\.json|package\.nls(\.[a-z-]+)?\.json|l10n\/bundle\.l10n(\.[a-z-]+)?\.json|README\.md|CHANGELOG\.md|LICENSE(\.md)?|dist\/.+\.cjs|extension\/language-configuration\.json|extension\/syntaxes\/.+\.json|extension\/icons\/.+\.(png|svg)|extension\/snippets\/.+\.json|extension\/templates\/.+\.pacto|dist\/vendor\/chart\.umd\.min\.js|dist\/fonts\/.+\.ttf)$/;
        expect(files.filter((f) => !allowed.test(f))).toEqual([]);
        // The CLI bundle is for npm users; the extension never runs it.
        expect(files).not.toContain('dist/cli/main.cjs');
        // vsce lists slowly on a machine shared with builds.
    }, 120_000);
});

describe('README.md in the package', () => {
    // vsce refuses to package a README with relative links when the extension names no repository
    // ("Couldn't detect the repository…"), which failed CI's packaging step after npm test had passed.
    it('has no relative Markdown links (name files in backticks instead)', async () => {
        const { readFileSync } = await import('node:fs');
        const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
        const relative = [...readme.matchAll(/\]\((?!https?:|mailto:|#)([^)]*)\)/g)].map((m) => m[1]);
        expect(relative).toEqual([]);
    });
});
