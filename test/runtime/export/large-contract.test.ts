// A 2,000-category contract (bench/export/generate.mjs, the bench's own) exports to every document format
// with each of its categories in the output once in the categories table: the caches of the PDF layout and
// the document must not drop or repeat a row. No time is asserted (bench/export measures it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseHelper } from 'langium/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../../language/generated/ast.js';
import { lowerModel } from '../../../language/lower.js';
import { contractHtml, contractJson, contractMarkdown, contractPdf } from '../../../runtime/export/index.js';
import type { Contract } from '../../../runtime/model.js';
import { services } from '../../language/pacto-test-services.js';
import { tool } from './pdf-tools.js';

const CATEGORIES = 2000;
const dir = mkdtempSync(path.join(tmpdir(), 'pacto-large-export-'));
let contract: Contract;

beforeAll(async () => {
    const file = path.join(dir, 'large.pacto');
    const run = spawnSync(process.execPath, ['bench/export/generate.mjs', file, '--categories', String(CATEGORIES)], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const document = await parseHelper<Model>(services.Pacto)(readFileSync(file, 'utf8'));
    const [lowered] = lowerModel(document.parseResult.value);
    if (!lowered) throw new Error('the generated file declares no contract');
    contract = lowered;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The numbers of the categories named in `titles`, sorted. */
const numbers = (titles: Iterable<string>) => [...titles].map((t) => Number(/\d+/.exec(t)![0])).sort((a, b) => a - b);
const all = Array.from({ length: CATEGORIES }, (_, i) => i);

describe('a 2,000-category contract exports whole', () => {
    it('has its 2,000 categories lowered', () => {
        expect(contract.categories.length).toBe(CATEGORIES);
    });

    it('JSON: 2,000 categories, C0 to C1999', () => {
        const json = contractJson(contract, { pactoVersion: '0.1.0' });
        expect(numbers(json.categories.map((c) => c.name))).toEqual(all);
    });

    it('Markdown: one row per category in the categories table', () => {
        const rows = contractMarkdown(contract).match(/^\| \d \| Categoría \d+ \|/gm) ?? [];
        expect(numbers(rows.map((r) => r.slice(4)))).toEqual(all);
    });

    it('HTML: one row per category in the categories table', () => {
        const rows = contractHtml(contract).match(/<tr><td>\d<\/td><td>Categoría \d+<\/td>/g) ?? [];
        expect(numbers(rows.map((r) => r.slice(12)))).toEqual(all);
    });

    it('PDF: every category in the text', async () => {
        const file = path.join(dir, 'large.pdf');
        writeFileSync(file, await contractPdf(contract));
        // Into a file: the text is larger than spawnSync's output buffer.
        tool('pdftotext', [file, path.join(dir, 'large.txt')]);
        const titles = new Set(readFileSync(path.join(dir, 'large.txt'), 'utf8').match(/Categoría \d+/g));
        expect(numbers(titles)).toEqual(all);
    }, 240_000);
});
