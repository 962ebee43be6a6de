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
 * - Arguments are `"text"` (JSON-like escapes: `\"`, `\\`, `\n`, `\u00a0`) or `r"regex"` (JavaScript syntax, `u` flag;
 *   only `\"` is unescaped), separated by spaces or commas.
 *
 * Expectations:
 * - `error[code] "message"` / `warning[code]` / `info[code]` / `hint[code]`: a diagnostic of exactly that
 *   severity, with exactly that code and exactly that message (or whose whole message matches `r"regex"`),
 *   covers exactly the range. The code is required: it is the rule's code from language/validation/codes.ts
 *   (Langium's `parsing-error`, `lexing-error` and `linking-error` are there too), so renaming a code fails
 *   the fixtures that assert it. `no error[code] "message"` (etc.): no such diagnostic at that range;
 *   `no error "message"` forbids the message whatever its code.
 * - `hover "a" "b" r"c+"`: the hover at the range start contains every substring (or matches every regex).
 *   `no hover`: there is no hover there.
 * - `completion "label1", "label2"`: completion at the position offers these labels (among others).
 *   `no completion "label"`: it does not offer them.
 * - `inlay "≈ 1.5 business days"`: an inlay hint with exactly this label (or whole-matching `r"regex"`) sits at
 *   the position. `no inlay`: no inlay hint sits there.
 * - `allow other diagnostics` (no range): diagnostics no expectation claims do not fail the file (for
 *   completion fixtures, which are incomplete code on purpose).
 *
 * Language: a comment `// $LOCALE$ es` (or `pt-BR`, `en`; at most one, anywhere) makes the fixture's
 * diagnostics, hovers, completion details and inlay hints be checked in that language (the services'
 * i18n.MessageLocale, as the language server sets it for its client); English without it. Fixtures in other
 * languages live in `test/fixtures/i18n/<locale>/`. Codes are the same in every language
 * (test/language/i18n-codes.test.ts checks every fixture in all three).
 *
 * Rules:
 * - Every code in codes.ts is asserted by some fixture, and fixtures assert only codes of codes.ts (the
 *   "diagnostic codes" tests below), so a code no rule reports cannot stay in codes.ts.
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
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import { DocumentValidator, TextDocument } from 'langium';
import { Codes } from '../../language/validation/codes.js';
import { parseExpectation, parseFixture } from './fixture-format.js';
import {
    FIXTURES_ROOT as root,
    FORMATTED,
    type LoadedFixture,
    checkExpectation,
    disposeFixture,
    fixtureFiles,
    isExpectationFixture,
    loadFixture,
    testTitle,
    unexpectedDiagnosticsMessage,
} from './fixture-runner.js';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const files = fixtureFiles();
const formatting = files.filter((f) => !isExpectationFixture(f));
const expectations = files.filter(isExpectationFixture);

describe('fixture format', () => {
    it('pairs $TEST$ comments with ranges in order and strips the markers', () => {
        const parsed = parseFixture('// $TEST$ error[e] "a"\n// $TEST$ hover "b" r"c+"\nx »y« »z«\n// $TEST$ completion "p", "q"\nw»«');
        expect(parsed.problems).toEqual([]);
        expect(parsed.text).toBe('// $TEST$ error[e] "a"\n// $TEST$ hover "b" r"c+"\nx y z\n// $TEST$ completion "p", "q"\nw');
        expect(parsed.tests.map((t) => [t.expectation.kind, parsed.text.slice(t.range.start, t.range.end)])).toEqual([
            ['diagnostic', 'y'],
            ['hover', 'z'],
            ['completion', ''],
        ]);
    });

    it('reports unpaired markers and malformed comments', () => {
        expect(parseFixture('// $TEST$ error[e] "a"\nx').problems).toEqual(['Line 1: $TEST$ error[e] "a": no marked range (»…« or »«) follows it.']);
        expect(parseFixture('»x«').problems).toEqual(['Range 1:1-1:2 has no $TEST$ comment before it.']);
        expect(parseFixture('x«').problems).toEqual(['Unmatched « at 1:2 (marker-free text).']);
        expect(parseFixture('// $TEST$ frobnicate\n»x«').problems[0]).toMatch(/unknown expectation "frobnicate"/);
        expect(parseFixture('»x«\n// $TEST$ error[e] "a"').problems[0]).toMatch(/starts before the comment/);
    });

    it('reads the fixture\'s language from // $LOCALE$, English by default', () => {
        expect(parseFixture('x').locale).toBe('en');
        expect(parseFixture('// $LOCALE$ pt-BR\nx').locale).toBe('pt-BR');
        expect(parseFixture('// $LOCALE$ es\n// $TEST$ hover "a"\n»x«')).toMatchObject({ locale: 'es', problems: [] });
        expect(parseFixture('// $LOCALE$ klingon\nx').problems).toEqual(['$LOCALE$ klingon: not a supported locale (en, es, pt-BR).']);
        expect(parseFixture('// $LOCALE$ es\n// $LOCALE$ en\nx').problems).toEqual(['$LOCALE$ is given 2 times; a fixture is in one language.']);
    });

    it('requires the diagnostic code of error, warning, info and hint expectations', () => {
        for (const severity of ['error', 'warning', 'info', 'hint']) {
            expect(parseFixture(`// $TEST$ ${severity} "a"\n»x«`).problems).toEqual([
                `Line 1: $TEST$ ${severity} "a": ${severity} needs the diagnostic's code: ${severity}[code] "message" (a code of language/validation/codes.ts).`,
            ]);
        }
        expect(parseExpectation('error [e] "a"')).toEqual({ error: 'error: write the code right after the severity, without a space: error[code] "message"' });
        expect(parseExpectation('error[] "a"')).toEqual({ error: 'error: malformed code "[]"; write error[code] with the diagnostic\'s code, e.g. error[unknown-time-zone]' });
        expect(parseExpectation('warning[e "a"')).toEqual({ error: 'warning: malformed code "[e"; write warning[code] with the diagnostic\'s code, e.g. warning[unknown-time-zone]' });
        expect(parseExpectation('hover[e] "a"')).toEqual({ error: 'hover takes no [code]; only error, warning, info and hint do' });
        expect(parseExpectation('no error "a"')).toEqual({
            expectation: { kind: 'diagnostic', negated: true, severity: 'error', code: undefined, message: { kind: 'text', text: 'a' } },
        });
    });

    it('reads "text" and r"regex" arguments', () => {
        expect(parseExpectation(String.raw`warning[unsupported-locale] "say \"hi\""`)).toEqual({
            expectation: { kind: 'diagnostic', negated: false, severity: 'warning', code: 'unsupported-locale', message: { kind: 'text', text: 'say "hi"' } },
        });
        const regex = parseExpectation(String.raw`no error[x] r"\d+ \"x\""`);
        expect('expectation' in regex && regex.expectation.kind === 'diagnostic' && regex.expectation.message.kind === 'regex'
            ? regex.expectation.message.regex.source : undefined).toBe(String.raw`\d+ "x"`);
        expect(parseExpectation('no hover')).toEqual({ expectation: { kind: 'hover', negated: true } });
        expect(parseExpectation('allow other diagnostics')).toEqual({ directive: 'allow other diagnostics' });
    });
});

describe('fixture runner', () => {
    const broken = (expectation: string) => `contract C {
  term 2026-01-01 to 2026-12-31
  calendar K {
    // $TEST$ ${expectation}
    time zone »"Mars/Base"«
    monday to friday 09:00-18:00
  }
}
`;
    const run = async (expectation: string): Promise<{ check: unknown; unexpected: string | undefined }> => {
        const loaded = await loadFixture(pacto, broken(expectation), 'file:///fixtures/runner-check.pacto');
        try {
            expect(loaded.fixture.problems).toEqual([]);
            const check = await checkExpectation(pacto, loaded, 0).then(() => undefined, (e: unknown) => e);
            return { check, unexpected: unexpectedDiagnosticsMessage(loaded) };
        } finally {
            await disposeFixture(pacto, loaded);
        }
    };

    it('claims a diagnostic only with its code', async () => {
        const { check, unexpected } = await run('error[unknown-time-zone] r"Unknown time zone \\"Mars/Base\\".*"');
        expect(check).toBeUndefined();
        expect(unexpected).toBeUndefined();
    });

    it('fails, naming both codes, when only the code differs', async () => {
        const { check, unexpected } = await run('error[unknown-zone] r"Unknown time zone \\"Mars/Base\\".*"');
        expect(String(check)).toContain("at 5:15-5:26: the diagnostic is there, but its code is 'unknown-time-zone', not 'unknown-zone'.");
        expect(unexpected).toMatch(/^Diagnostics no \$TEST\$ expectation claims .*\n {2}error\[unknown-time-zone\] "Unknown time zone/s);
    });
});

const raws = new Map(expectations.map((file) => [file, readFileSync(join(root, file), 'utf8')]));

describe('diagnostic codes', () => {
    const known = new Set<string>(Object.values(Codes));
    /** Code → where fixtures claim a diagnostic with it (file:line); `no error[code]` does not count. */
    const claimed = new Map<string, string[]>();
    /** Every code a fixture writes, negated expectations included. */
    const written = new Map<string, string[]>();
    for (const [file, raw] of raws) {
        for (const test of parseFixture(raw).tests) {
            const e = test.expectation;
            if (e.kind !== 'diagnostic' || e.code === undefined) continue;
            const where = `${file}:${test.line}`;
            written.set(e.code, [...(written.get(e.code) ?? []), where]);
            if (!e.negated) claimed.set(e.code, [...(claimed.get(e.code) ?? []), where]);
        }
    }

    it('every code in codes.ts is asserted by a fixture', () => {
        const unasserted = Object.entries(Codes).filter(([, code]) => !claimed.has(code)).map(([name, code]) => `Codes.${name} ('${code}')`);
        if (unasserted.length > 0) {
            throw new Error(`No fixture asserts ${unasserted.join(', ')}: add an expectation such as error[code] "…" to a fixture of the rule, or remove a code that nothing reports.`);
        }
    });

    it('every code a fixture asserts is in codes.ts', () => {
        const unknown = [...written].filter(([code]) => !known.has(code)).map(([code, where]) => `'${code}' (${where.join(', ')})`);
        if (unknown.length > 0) throw new Error(`Fixtures assert codes that language/validation/codes.ts does not define: ${unknown.join(', ')}.`);
    });

    it('codes are distinct', () => {
        const values = Object.values(Codes);
        expect(values.filter((code, i) => values.indexOf(code) !== i)).toEqual([]);
    });

    it("Langium's own codes are spelt as Langium reports them", () => {
        expect(Codes.syntaxError).toBe(DocumentValidator.ParsingError);
        expect(Codes.unexpectedCharacter).toBe(DocumentValidator.LexingError);
        expect(Codes.unresolvedReference).toBe(DocumentValidator.LinkingError);
    });
});

for (const file of expectations) {
    describe(file, () => {
        const raw = raws.get(file)!;
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
