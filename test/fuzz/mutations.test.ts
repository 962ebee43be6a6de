/** The fuzzers' own parts: a case is reproducible from its seed and index, every mutation occurs, edits are exact. */
import { TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.js';
import { MUTATION_NAMES, mutate, mutateValue } from './mutations.js';
import { caseRandom } from './random.js';
import { changeBetween } from './text-edits.js';

const corpus = loadCorpus(process.cwd());

describe('fuzz cases', () => {
    it('start from every example and fixture', () => {
        const names = corpus.map((d) => d.name);
        expect(names).toEqual(expect.arrayContaining(['examples/imolko.pacto', '../shared/spec/examples/imolko.pacto', 'test/fixtures/validation/limits.pacto']));
        // Fixture markers are gone, as the fixture runner removes them before parsing.
        expect(corpus.filter((d) => /[»«]/.test(d.text)).map((d) => d.name)).toEqual([]);
    });

    it('are the same for the same seed and index, whatever ran before', () => {
        const a = mutate(corpus[3]!.text, caseRandom(42, 17));
        mutate(corpus[5]!.text, caseRandom(42, 16));
        const b = mutate(corpus[3]!.text, caseRandom(42, 17));
        expect(b).toEqual(a);
        expect(mutate(corpus[3]!.text, caseRandom(43, 17))).not.toEqual(a);
    });

    it('use every kind of mutation', () => {
        const seen = new Set<string>();
        for (let i = 0; i < 600; i++) {
            for (const m of mutate(corpus[i % corpus.length]!.text, caseRandom(1, i)).mutations) seen.add(m.split(' ')[0]!);
        }
        expect([...seen].sort()).toEqual([...MUTATION_NAMES].sort());
    });

    it('value mutations keep the text outside the changed token', () => {
        const text = 'resolution within 240 business hours on Office';
        const { text: mutated, mutations } = mutateValue(text, caseRandom(7, 0));
        expect(mutations).toHaveLength(1);
        expect(mutated.startsWith('resolution within ')).toBe(true);
        expect(mutated.endsWith(' business hours on Office')).toBe(true);
    });
});

describe('edits sent to the server', () => {
    it('turn each version into the next exactly', () => {
        for (let i = 0; i < 300; i++) {
            const before = corpus[i % corpus.length]!.text;
            const after = mutate(before, caseRandom(5, i)).text;
            const change = changeBetween(before, after);
            const document = TextDocument.create('file:///x.pacto', 'pacto', 1, before);
            TextDocument.update(document, [change], 2);
            expect(document.getText()).toBe(after);
        }
    });
});
