/**
 * docs/language.md must stay complete: every keyword of the grammar is written as code in it, in one of its
 * `pacto` examples (which docs-examples.test.ts holds valid) or in a code span of the prose (`tuesday`,
 * `weeks`), so a clause added to the language and left out of the reference fails here.
 */
import { readFileSync } from 'node:fs';
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { services } from './pacto-test-services.js';

const reference = readFileSync('docs/language.md', 'utf8');
const examples = [...reference.matchAll(/```pacto\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
const spans = [...reference.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!).join('\n');
const wordsOf = (text: string) => new Set(text.match(/[A-Za-z][A-Za-z_-]*/g) ?? []);
const inCode = wordsOf(`${examples}\n${spans}`);

const keywords = [
    ...new Set(
        AstUtils.streamAllContents(services.Pacto.Grammar)
            .filter(GrammarAST.isKeyword)
            .map((k) => k.value)
            .filter((value) => /^[A-Za-z]/.test(value)),
    ),
].sort();

describe('docs/language.md covers the grammar', () => {
    test('the grammar has keywords to look for', () => {
        expect(keywords.length).toBeGreaterThan(100);
    });

    test('every keyword is written as code', () => {
        expect(keywords.filter((keyword) => !inCode.has(keyword))).toEqual([]);
    });

});
