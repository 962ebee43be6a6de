/**
 * The launcher reads an ASCII bundle as Latin-1, without decoding it (cli/compile-cache.ts), and the build writes the
 * CLI's bundles in ASCII (scripts/ascii-bundle.mjs escapes what esbuild leaves in regular expression literals, and
 * moves the source map's columns with it). Same code, same text, same mappings.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheBundlesIn } from '../../cli/compile-cache.js';
// @ts-expect-error: a build script, without types
import { asciiBundle } from '../../scripts/ascii-bundle.mjs';

const escape = asciiBundle as (file: string) => number;

const dirs: string[] = [];
function scratchDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'pacto-ascii-'));
    dirs.push(dir);
    return dir;
}
afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Each line as esbuild leaves it: characters outside ASCII in regular expression literals only.
const LINES = [
    'exports.hours = (c) => /^hor[aá]rio\\b/i.test(c);',
    'exports.identity = /\\é+/.test("éé") && !/\\é/.test("e");',
    'exports.astral = /^😀$/u.test("😀") && /^😀$/.test("😀") && /^.{2}$/.test("😀");',
    'exports.after = "plain";',
];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value: number): string {
    let rest = value < 0 ? (-value << 1) | 1 : value << 1;
    let out = '';
    do {
        const digit = rest & 31;
        rest >>>= 5;
        out += BASE64[rest > 0 ? digit | 32 : digit];
    } while (rest > 0);
    return out;
}

/** Each word of each line, [line, column] (zero-based): the mappings written with the bundle. */
const words = (lines: readonly string[]) => lines.map((line) => [...line.matchAll(/[\w$]+/g)].map((match) => match.index));

/** The bundle, and a source map sending each word to a made-up source at the same line and column. */
function writeBundle(dir: string): string {
    const file = path.join(dir, 'bundle.cjs');
    writeFileSync(file, `${LINES.join('\n')}\n`);
    let originalLine = 0;
    let originalColumn = 0;
    const mappings = words(LINES).map((columns, line) => {
        let generated = 0;
        return columns
            .map((column) => {
                const segment = vlq(column - generated) + vlq(0) + vlq(line - originalLine) + vlq(column - originalColumn);
                generated = column;
                originalLine = line;
                originalColumn = column;
                return segment;
            })
            .join(',');
    });
    writeFileSync(`${file}.map`, JSON.stringify({ version: 3, file: 'bundle.cjs', sources: ['source.ts'], names: [], mappings: mappings.join(';') }));
    return file;
}

describe('ASCII bundles', () => {
    it('escape what esbuild leaves in regular expressions, with the same meaning and the same mappings', () => {
        const dir = scratchDir();
        const file = writeBundle(dir);
        const before = createRequire(file)(file) as Record<string, unknown>;
        expect(escape(file)).toBe(15);
        const bytes = readFileSync(file);
        expect(isAscii(bytes)).toBe(true);
        expect(bytes.toString('latin1').split('\n')[0]).toBe('exports.hours = (c) => /^hor[a\\u00e1]rio\\b/i.test(c);');
        expect(bytes.toString('latin1').split('\n')[1]).toBe('exports.identity = /\\u00e9+/.test("éé") && !/\\u00e9/.test("e");'.replace(/é/g, '\\u00e9'));
        // Node keeps one module per path: the escaped text is required from a copy.
        const copy = path.join(dir, 'copy.cjs');
        writeFileSync(copy, bytes);
        const after = createRequire(copy)(copy) as Record<string, unknown>;
        expect(after.identity).toBe(true);
        expect(after.astral).toBe(true);
        expect((after.hours as (c: string) => boolean)('Horário comercial')).toBe(true);
        expect({ ...after, hours: undefined }).toEqual({ ...before, hours: undefined });

        // Every word still maps to where it came from: its generated column moved past each escape before it.
        const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
        const text = bytes.toString('latin1').split('\n');
        words(LINES).forEach((columns, line) => {
            for (const column of columns) {
                const escapes = [...LINES[line]!.slice(0, column)].reduce((sum, char) => sum + (char.length === 2 ? 10 : char.charCodeAt(0) > 127 ? 5 : 0), 0);
                const identity = (LINES[line]!.slice(0, column).match(/\\[^\x00-\x7f]/g) ?? []).length;
                const moved = column + escapes - identity;
                const entry = map.findEntry(line, moved) as { generatedColumn?: number; originalLine?: number; originalColumn?: number };
                expect([entry.generatedColumn, entry.originalLine, entry.originalColumn], `${line}:${column}`).toEqual([moved, line, column]);
                const word = /[\w$]+/.exec(LINES[line]!.slice(column))![0];
                expect(text[line]!.slice(moved).startsWith(word), `${line}:${column} ${word}`).toBe(true);
            }
        });
        // Nothing left to escape the second time.
        expect(escape(file)).toBe(0);
    });

    it('are read by the launcher as the same text, and a bundle outside ASCII still as UTF-8', () => {
        const dir = scratchDir();
        writeFileSync(path.join(dir, 'ascii.cjs'), 'module.exports = "caf\\u00e9 " + /^[a\\u00e1]$/.test("\\u00e1");\n');
        writeFileSync(path.join(dir, 'utf8.cjs'), 'module.exports = "café " + /^[aá]$/.test("á");\n');
        expect(cacheBundlesIn(dir, { NODE_COMPILE_CACHE: path.join(dir, 'cache') })).toBe(true);
        const load = createRequire(path.join(dir, 'x.cjs'));
        expect(load('./ascii.cjs')).toBe('café true');
        expect(load('./utf8.cjs')).toBe('café true');
    });

    it("are what the build writes for the launcher's bundles", () => {
        for (const bundle of ['main', 'pacto', 'holidays', 'pdfkit']) {
            expect(isAscii(readFileSync(path.join('dist', 'cli', `${bundle}.cjs`))), bundle).toBe(true);
        }
    });
});
