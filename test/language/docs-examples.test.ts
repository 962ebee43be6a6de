/**
 * docs/language.md is the user's reference: every `pacto` block in it is a complete contract that must
 * parse and validate with no diagnostics above a hint, so the reference cannot drift from the language.
 */
import { readFileSync } from 'node:fs';
import { clearDocuments, parseHelper } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { Model } from '../../language/generated/ast.js';
import { lowerModel } from '../../language/lower.js';
import { services } from './pacto-test-services.js';

const parse = parseHelper<Model>(services.Pacto);
const opened: LangiumDocument[] = [];
afterEach(async () => {
    await clearDocuments(services.Pacto, opened.splice(0));
});

const reference = readFileSync('docs/language.md', 'utf8');
const blocks = [...reference.matchAll(/```pacto\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/language.md', () => {
    test('holds examples for the whole language', () => {
        expect(blocks.length).toBeGreaterThanOrEqual(12);
    });

    for (const text of blocks) {
        const name = /contract (\w+)/.exec(text)?.[1] ?? '?';
        test(`example ${name} is valid`, async () => {
            const document = await parse(text, { validation: true });
            opened.push(document);
            const problems = (document.diagnostics ?? [])
                .filter((d) => (d.severity ?? 1) < 4)
                .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
            expect(problems).toEqual([]);
            expect(lowerModel(document.parseResult.value).map((c) => c.name)).toEqual([name]);
        });
    }
});
