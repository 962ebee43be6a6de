/**
 * Files of random tokens from the language's own alphabet (test/fuzz/random-tokens.ts), seeded: what a
 * parser's error recovery must survive (issue 13: 10 MB of them overflowed the stack). Asserted: no exception
 * escapes, no "An error occurred during validation", and past MAX_SYNTAX_ERRORS mistakes the file is cut with
 * one located error, its last. `npm test` runs a quick slice; PACTO_FUZZ_GARBAGE_COUNT and
 * PACTO_FUZZ_GARBAGE_KB make the release run longer and larger (scripts/fuzz.mjs).
 */
import { describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import { MAX_SYNTAX_ERRORS } from '../../language/parser/bounded-parser.js';
import { services } from '../language/pacto-test-services.js';
import { VALIDATION_CRASH } from './document-check.js';
import { envNumber, seed } from './fuzz-settings.js';
import { caseRandom } from './random.js';
import { randomTokens } from './random-tokens.js';

const count = envNumber('PACTO_FUZZ_GARBAGE_COUNT', 12);
const maxKb = envNumber('PACTO_FUZZ_GARBAGE_KB', 200);
const parse = parseHelper(services.Pacto);
const text = (message: unknown) => (typeof message === 'string' ? message : String((message as { value?: string }).value));

describe(`random-token files (seed ${seed}, ${count} files up to ${maxKb} KB)`, () => {
    it('are checked without an exception, and cut with one located error past the limit', async () => {
        const failures: string[] = [];
        for (let i = 0; i < count; i++) {
            const rng = caseRandom(seed ^ 0x6a7b, i);
            const bytes = rng.between(1, maxKb) * 1000;
            const braces = rng.pick([0, 0.01, 0.05, 0.2, 0.5]);
            const open = rng.chance(0.7);
            const body = `${open ? 'contract Fuzz {\n' : ''}${randomTokens(rng.below(2 ** 31), bytes, { braces })}`;
            const where = `file ${i} (seed ${seed}, ${bytes} bytes, braces ${braces}${open ? ', in a contract' : ''})`;
            try {
                const document = await parse(body, { validation: true });
                const diagnostics = document.diagnostics ?? [];
                const crash = diagnostics.find((d) => text(d.message).includes(VALIDATION_CRASH));
                if (crash) failures.push(`${where}: ${text(crash.message)}`);
                const { parserErrors, lexerErrors } = document.parseResult;
                if (parserErrors.length > MAX_SYNTAX_ERRORS + 1 || lexerErrors.length > MAX_SYNTAX_ERRORS) failures.push(`${where}: ${parserErrors.length} parser and ${lexerErrors.length} lexer errors kept`);
                const cuts = diagnostics.filter((d) => text(d.message).startsWith('The file could not be parsed from line'));
                if (cuts.length > 1) failures.push(`${where}: ${cuts.length} cuts`);
            } catch (error) {
                failures.push(`${where}: ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error)}`);
            }
            await clearDocuments(services.shared);
        }
        expect(failures).toEqual([]);
    }, 60_000 + count * 10_000);
});
