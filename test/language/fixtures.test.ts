/**
 * Fixture runner: every `test/fixtures/**\/*.pacto` file is a vitest `describe`, each expectation in it a test,
 * so the fixtures double as documentation of the language.
 *
 * ## Format (Safe-DS style inline expectations)
 *
 * - Range markers `»` and `«` are removed before parsing. `»text«` marks a range, an empty `»«` marks a
 *   position. Ranges may nest (`»»x««` marks the same range twice, for two expectations).
 * - A comment `// $TEST$ <expectation>` states one expectation. The n-th `$TEST$` comment of a file pairs with
 *   the n-th marked range (ranges ordered by where they start), and that range must come after the comment;
 *   so put each comment right before the line that holds its range, several comments before several ranges.
 * - Arguments are `"text"` (JSON-like escapes: `\"`, `\\`, `\n`) or `r"regex"` (JavaScript syntax, `u` flag;
 *   only `\"` is unescaped), separated by spaces or commas.
 *
 * Expectations:
 * - `error "message"` / `warning` / `info` / `hint`: a diagnostic of exactly that severity with exactly that
 *   message (or whose whole message matches `r"regex"`) covers exactly the range.
 *   `no error "message"` (etc.): no such diagnostic at that range.
 * - `hover "a" "b" r"c+"`: the hover at the range start contains every substring (or matches every regex).
 *   `no hover`: there is no hover there.
 * - `completion "label1", "label2"`: completion at the position offers these labels (among others).
 *   `no completion "label"`: it does not offer them.
 * - `inlay "≈ 1.5 business days"`: an inlay hint with exactly this label (or whole-matching `r"regex"`) sits at
 *   the position. `no inlay`: no inlay hint sits there.
 * - `allow other diagnostics` (no range): diagnostics no expectation claims do not fail the file (for
 *   completion fixtures, which are incomplete code on purpose).
 *
 * Rules:
 * - Every diagnostic (error, warning, info, hint) must be claimed by an expectation, else the file's
 *   "has no unexpected diagnostics" test fails; so a file without expectations must be clean.
 * - "An error occurred during validation" (a crashing check) fails every file, even with `allow other diagnostics`.
 * - Malformed `$TEST$` comments and unpaired markers fail the file's "is well-formed" test.
 * - Positions in failure messages are `line:col`, 1-based, in the text with the markers removed (lines are the
 *   same as in the file).
 *
 * Formatting fixtures: `test/fixtures/formatting/NAME.pacto` (input) and `NAME.formatted.pacto` (expected output),
 * without markers or `$TEST$` comments. Formatting NAME.pacto must give exactly NAME.formatted.pacto, and formatting
 * NAME.formatted.pacto must leave it unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import { TextDocument } from 'langium';
import { parseExpectation, parseFixture } from './fixture-format.js';
import {
    type LoadedFixture,
    checkExpectation,
    disposeFixture,
    loadFixture,
    testTitle,
    unexpectedDiagnosticsMessage,
} from './fixture-runner.js';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const FORMATTED = '.formatted.pacto';

function fixtureFiles(): string[] {
    let entries: string[];
    try {
        entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
    } catch {
        return [];
    }
    return entries.filter((f) => f.endsWith('.pacto')).map((f) => f.split(sep).join('/')).sort();
}

const files = fixtureFiles();
const formatting = files.filter((f) => f.startsWith('formatting/'));
const expectations = files.filter((f) => !f.startsWith('formatting/'));

describe('fixture format', () => {
    it('pairs $TEST$ comments with ranges in order and strips the markers', () => {
        const parsed = parseFixture('// $TEST$ error "a"\n// $TEST$ hover "b" r"c+"\nx »y« »z«\n// $TEST$ completion "p", "q"\nw»«');
        expect(parsed.problems).toEqual([]);
        expect(parsed.text).toBe('// $TEST$ error "a"\n// $TEST$ hover "b" r"c+"\nx y z\n// $TEST$ completion "p", "q"\nw');
        expect(parsed.tests.map((t) => [t.expectation.kind, parsed.text.slice(t.range.start, t.range.end)])).toEqual([
            ['diagnostic', 'y'],
            ['hover', 'z'],
            ['completion', ''],
        ]);
    });

    it('reports unpaired markers and malformed comments', () => {
        expect(parseFixture('// $TEST$ error "a"\nx').problems).toEqual(['Line 1: $TEST$ error "a": no marked range (»…« or »«) follows it.']);
        expect(parseFixture('»x«').problems).toEqual(['Range 1:1-1:2 has no $TEST$ comment before it.']);
        expect(parseFixture('x«').problems).toEqual(['Unmatched « at 1:2 (marker-free text).']);
        expect(parseFixture('// $TEST$ frobnicate\n»x«').problems[0]).toMatch(/unknown expectation "frobnicate"/);
        expect(parseFixture('»x«\n// $TEST$ error "a"').problems[0]).toMatch(/starts before the comment/);
    });

    it('reads "text" and r"regex" arguments', () => {
        expect(parseExpectation(String.raw`warning "say \"hi\""`)).toEqual({
            expectation: { kind: 'diagnostic', negated: false, severity: 'warning', message: { kind: 'text', text: 'say "hi"' } },
        });
        const regex = parseExpectation(String.raw`no error r"\d+ \"x\""`);
        expect('expectation' in regex && regex.expectation.kind === 'diagnostic' && regex.expectation.message.kind === 'regex'
            ? regex.expectation.message.regex.source : undefined).toBe(String.raw`\d+ "x"`);
        expect(parseExpectation('no hover')).toEqual({ expectation: { kind: 'hover', negated: true } });
        expect(parseExpectation('allow other diagnostics')).toEqual({ directive: 'allow other diagnostics' });
    });
});

for (const file of expectations) {
    describe(file, () => {
        const raw = readFileSync(join(root, file), 'utf8');
        const parsed = parseFixture(raw);
        let loaded: LoadedFixture | undefined;

        beforeAll(async () => {
            loaded = await loadFixture(pacto, raw, `file:///fixtures/${file}`);
        });
        afterAll(async () => {
            await disposeFixture(pacto, loaded);
        });

        it('is well-formed', () => {
            if (parsed.problems.length > 0) throw new Error(parsed.problems.join('\n'));
        });

        it('has no unexpected diagnostics', () => {
            const message = unexpectedDiagnosticsMessage(loaded!);
            if (message) throw new Error(message);
        });

        parsed.tests.forEach((test, index) => {
            it(testTitle(test, parsed.text), async () => {
                await checkExpectation(pacto, loaded!, index);
            });
        });
    });
}

if (formatting.length > 0) {
    describe('formatting', () => {
        const inputs = formatting.filter((f) => !f.endsWith(FORMATTED));
        const format = async (text: string, name: string): Promise<string> => {
            const document = await parseHelper(pacto)(text, { documentUri: `file:///fixtures/${name}` });
            try {
                const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors];
                if (errors.length > 0) throw new Error(`${name} does not parse: ${errors.map((e) => e.message).join('; ')}`);
                const edits = await pacto.lsp.Formatter!.formatDocument(document, {
                    textDocument: { uri: document.uri.toString() },
                    options: { tabSize: 4, insertSpaces: true },
                });
                return TextDocument.applyEdits(document.textDocument, edits);
            } finally {
                await clearDocuments(pacto, [document]);
            }
        };

        for (const input of inputs) {
            const expectedFile = input.replace(/\.pacto$/, FORMATTED);
            describe(input, () => {
                it(`formats to ${expectedFile}`, async () => {
                    if (!formatting.includes(expectedFile)) throw new Error(`Missing ${expectedFile} next to ${input}.`);
                    const before = readFileSync(join(root, input), 'utf8');
                    const after = readFileSync(join(root, expectedFile), 'utf8');
                    expect(await format(before, input)).toBe(after);
                });
                it(`leaves ${expectedFile} unchanged (idempotence)`, async () => {
                    if (!formatting.includes(expectedFile)) throw new Error(`Missing ${expectedFile} next to ${input}.`);
                    const after = readFileSync(join(root, expectedFile), 'utf8');
                    expect(await format(after, expectedFile)).toBe(after);
                });
            });
        }
        for (const orphan of formatting.filter((f) => f.endsWith(FORMATTED) && !inputs.includes(f.replace(FORMATTED, '.pacto')))) {
            it(`${orphan} has an input next to it`, () => {
                throw new Error(`${orphan} has no ${orphan.replace(FORMATTED, '.pacto')}.`);
            });
        }
    });
}

// Keep `relative` in use for clearer paths if fixtures move; the root is printed when no fixture exists.
if (files.length === 0) {
    it(`finds fixtures under ${relative(process.cwd(), root)}`, () => {
        throw new Error(`No .pacto fixture under ${root}.`);
    });
}
