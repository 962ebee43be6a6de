import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { lowerModel } from '../../language/lower.js';
import { services } from './pacto-test-services.js';

// A check that throws is a bug: Langium turns it into this diagnostic and the user sees nothing useful.
const CRASH = 'An error occurred during validation';

const parse = parseHelper<Model>(services.Pacto);
const examples = readdirSync('examples').filter((f) => f.endsWith('.pacto')).map((f) => readFileSync(`examples/${f}`, 'utf8'));

/** Tokens of the language, to splice into contracts: the mutations a half-typed edit produces. */
const FRAGMENTS = [
    '{', '}', ',', '-', '%', '"', '0', '24:00', '00:00', '2026-02-30', '2026-13-01', '99.9%', '100%', '0%', '150%',
    'calendar', 'category', 'objective', 'scenario', 'extends', 'team', 'arrivals', 'handles', 'business', 'hours',
    'days', 'months', 'weeks', 'seconds', 'always', 'on', 'per', 'month', 'quarter', 'when', 'below', 'credit', 'cap',
    'response within', 'resolution within', 'at 0% of response notify "x"', 'time zone "Nowhere/City"',
    'holidays of "ZZ" "QQ"', 'priority 0', 'agents 0 on always', 'exponential mean 0 minutes', 'period 0 weeks starting 2026-01-01',
    'default calendar', 'escalation for', 'penalties {', 'termination {', '"', '/*', '//',
];

async function crashes(text: string): Promise<string[]> {
    const document = await parse(text, { validation: true });
    // Lowering must be total too: the CLI and previews lower documents that may hold errors.
    lowerModel(document.parseResult.value);
    return (document.diagnostics ?? []).filter((d) => String(typeof d.message === 'string' ? d.message : d.message.value).includes(CRASH)).map((d) => String(d.message));
}

describe('validation never throws', () => {
    test('on fuzzed edits of the examples', async () => {
        await fc.assert(
            fc.asyncProperty(
                fc.integer({ min: 0, max: examples.length - 1 }),
                fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...FRAGMENTS)), { minLength: 1, maxLength: 4 }),
                async (which, edits) => {
                    let text = examples[which]!;
                    for (const [at, remove, insert] of edits) {
                        const position = at % (text.length + 1);
                        text = text.slice(0, position) + ' ' + insert + ' ' + text.slice(position + remove);
                    }
                    expect(await crashes(text)).toEqual([]);
                },
            ),
            { numRuns: 600, seed: Number(process.env.SEED ?? 20261123) },
        );
        // 600 validations of whole contracts: generous on a loaded 2-core machine; this is no timing assertion.
    }, 120_000);

    test('on every prefix-truncation of an example (documents as they are being typed)', async () => {
        const text = examples[0]!;
        for (let end = 0; end <= text.length; end += 97) {
            expect(await crashes(text.slice(0, end))).toEqual([]);
        }
    });
});
