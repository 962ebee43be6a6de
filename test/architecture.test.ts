/**
 * The layering of docs/architecture.md, checked on the sources: runtime ← language ← cli / extension,
 * the runtime's façade, and one file-naming convention. A new import that breaks a rule fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SKIP = new Set(['node_modules', 'dist', 'generated', '.git', 'out']);

function sources(dir: string): string[] {
    const files: string[] = [];
    for (const name of readdirSync(join(ROOT, dir))) {
        if (SKIP.has(name)) continue;
        const path = join(dir, name);
        if (statSync(join(ROOT, path)).isDirectory()) files.push(...sources(path));
        else if (/\.(ts|mts|cts|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
    return files;
}

/** [file, specifier] of every static or dynamic import and re-export in the given folders. */
function imports(...dirs: string[]): Array<[string, string]> {
    const found: Array<[string, string]> = [];
    const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
    for (const file of dirs.flatMap(sources)) {
        for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(pattern)) found.push([file, match[1]!]);
    }
    return found;
}

/** The repository path a relative specifier points to ("runtime/model.js"), or the package name. */
function target(file: string, specifier: string): string {
    if (!specifier.startsWith('.')) return specifier;
    return relative(ROOT, join(ROOT, file, '..', specifier)).split(sep).join('/');
}

describe('architecture', () => {
    it('runtime/ imports no langium, vscode, language/, cli/ or extension/', () => {
        const bad = imports('runtime')
            .map(([file, spec]) => [file, target(file, spec)] as const)
            .filter(([, to]) => /^(langium|vscode|vscode-.*|language\/|cli\/|extension\/)/.test(to));
        expect(bad).toEqual([]);
    });

    it('language/ imports nothing from cli/ or extension/', () => {
        const bad = imports('language')
            .map(([file, spec]) => [file, target(file, spec)] as const)
            .filter(([, to]) => /^(cli|extension)\//.test(to) || to === 'vscode');
        expect(bad).toEqual([]);
    });

    it('cli/ imports nothing from extension/ or vscode', () => {
        const bad = imports('cli')
            .map(([file, spec]) => [file, target(file, spec)] as const)
            .filter(([, to]) => /^extension\//.test(to) || to === 'vscode');
        expect(bad).toEqual([]);
    });

    it('code outside runtime/ reaches the runtime through runtime/index.ts only', () => {
        const bad = imports('language', 'cli', 'extension')
            .map(([file, spec]) => [file, target(file, spec)] as const)
            .filter(([, to]) => to.startsWith('runtime/') && to !== 'runtime/index.js');
        expect(bad).toEqual([]);
    });

    it('every source file is named in kebab-case', () => {
        const bad = ['runtime', 'language', 'cli', 'extension', 'test', 'bench', 'scripts']
            .flatMap(sources)
            .filter((file) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(file.split(sep).at(-1)!));
        expect(bad).toEqual([]);
    });
});
