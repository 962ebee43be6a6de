import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NameIndex, closest, editDistance, editDistanceWithin } from '../../runtime/util/similar.js';
import { suggestZone } from '../../runtime/zones.js';

describe('did-you-mean distances', () => {
    test('the banded distance is the full distance when within the bound, else bound + 1', () => {
        const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A'), maxLength: 9 });
        fc.assert(
            fc.property(word, word, fc.nat({ max: 5 }), (a, b, max) => {
                const full = editDistance(a, b);
                expect(editDistanceWithin(a, b, max)).toBe(full <= max ? full : max + 1);
            }),
            { numRuns: 2000, seed: 7 },
        );
    });

    test('closest: a typo finds its name; short names need an exact (case-insensitive) match', () => {
        expect(closest('Critcal', ['Critical', 'Minor', 'Major'])).toBe('Critical');
        expect(closest('critical', ['Critical'])).toBe('Critical');
        expect(closest('Q', ['O'])).toBeUndefined();
        expect(closest('Informacion', ['Requerimiento', 'Menor'])).toBeUndefined();
        // Equally close: the first in alphabetical order, so the message never depends on declaration order.
        expect(closest('Mxjor', ['Minor', 'Major', 'Mayor'])).toBe('Major');
    });

    test('a name index answers as closest does over the whole list', () => {
        const names = Array.from({ length: 500 }, (_, i) => `Category${i}`).concat(['Critical', 'Critica']);
        const index = new NameIndex(names);
        for (const probe of ['Critcal', 'Category17x', 'Categry250', 'Nothing', 'critica']) {
            expect(index.closest(probe)).toBe(closest(probe, names));
        }
    });

    test('zones: a misspelt zone, a bare city, or a lower-case name finds the IANA zone', () => {
        expect(suggestZone('America/Sao_Paolo')).toBe('America/Sao_Paulo');
        expect(suggestZone('Caracas')).toBe('America/Caracas');
        expect(suggestZone('europe/london')).toBe('Europe/London');
        expect(suggestZone('Sao Paulo')).toBe('America/Sao_Paulo');
    });
});
