/**
 * A 5 MB contract is checked to the end with the right diagnostics (issue 13). How the time and memory grow
 * with the size is measured by ratio in bench/large-contract.mjs, not here: this test only asserts the answer.
 */
import { describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);

/** About 5 MB of categories; the typo ones sit in the middle and at the end, so the whole text must be read. */
function largeContract(bytes: number): { text: string; categories: number } {
    const lines = [
        'contract Large {',
        '  term 2026-03-02 to 2026-03-06',
        '  calendar Oficina {',
        '    time zone "America/Caracas"',
        '    monday to friday 08:00-12:00, 13:00-17:00',
        '  }',
        '  default calendar Oficina',
        '  objective OnTime { 90% of resolutions on time per month }',
    ];
    let size = 0;
    let i = 0;
    for (; size < bytes; i++) {
        const block = `  category C${i} {\n    response within 1 business hour\n    resolution within ${4 + (i % 30)} business hours\n  }`;
        lines.push(block);
        size += block.length + 1;
        if (i === 20_000) lines.push('  category Middle { resolution within 41 business hours }');
    }
    lines.push('  category Last { resolution within 4 business hours on Ofcina }', '}');
    return { text: `${lines.join('\n')}\n`, categories: i + 2 };
}

describe('a 5 MB contract', () => {
    it('is checked to its end with exactly its diagnostics', async () => {
        const { text, categories } = largeContract(5_000_000);
        expect(text.length).toBeGreaterThan(5_000_000);
        const document = await parse(text, { validation: true });
        try {
            const model = document.parseResult.value as unknown as { contracts: { members: unknown[] }[] };
            // Every category parsed: the calendar, the default, the objective, the term and the categories.
            expect(model.contracts[0]!.members.length).toBe(categories + 4);
            const found = (document.diagnostics ?? []).sort((a, b) => a.range.start.line - b.range.start.line).map((d) => `${d.range.start.line + 1}: ${d.message}`);
            const lines = text.split('\n');
            const middle = lines.findIndex((l) => l.includes('category Middle')) + 1;
            const last = lines.findIndex((l) => l.includes('category Last')) + 1;
            expect(found).toEqual([
                `${middle}: A resolution target of 41 business hours is longer than the whole contract term (2026-03-02 to 2026-03-06): a ticket opened on the first day would fall due after the contract ends.`,
                `${last}: Unknown calendar 'Ofcina'. Did you mean 'Oficina'?`,
                `${last}: '4 business hours' counts on a calendar, but none is in scope: add 'on CALENDAR' or declare 'default calendar NAME' in the contract.`,
            ]);
        } finally {
            await clearDocuments(pacto, [document]);
        }
    }, 600_000);
});
