/**
 * The bundles' Chevrotain fills its table of char codes with native fills instead of a loop of 65,536 steps
 * (scripts/chevrotain-char-codes.mjs): the same table, element for element, and the loop it replaces is
 * Chevrotain's, once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, without types
import { CHAR_CODE_FILLS, CHAR_CODE_LOOP } from '../../scripts/chevrotain-char-codes.mjs';

const table = (code: string): unknown[] => new Function(`let charCodeToOptimizedIdxMap = [];\n${code as string}\nreturn charCodeToOptimizedIdxMap;`)() as unknown[];

describe("Chevrotain's char code table in the bundles", () => {
    it('replaces the loop of the installed Chevrotain, found once', () => {
        const api = createRequire(import.meta.url).resolve('chevrotain');
        const source = readFileSync(path.join(path.dirname(api), 'scan', 'lexer.js'), 'utf8');
        const at = source.indexOf(CHAR_CODE_LOOP as string);
        expect(at).toBeGreaterThan(0);
        expect(source.indexOf(CHAR_CODE_LOOP as string, at + 1)).toBe(-1);
    });

    it('fills the same 65,536 elements', () => {
        const loop = table(CHAR_CODE_LOOP as string);
        const fills = table(CHAR_CODE_FILLS as string);
        expect(fills.length).toBe(65536);
        expect(Object.keys(fills).length).toBe(65536);
        expect(fills).toEqual(loop);
        expect([fills[0], fills[255], fills[256], fills[509], fills[510], fills[65535]]).toEqual([0, 255, 256, 256, 257, 512]);
    });
});
