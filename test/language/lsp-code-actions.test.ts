/**
 * Quick fixes (language/lsp/code-actions.ts): each fixture in test/fixtures/code-actions has one diagnostic
 * with an obvious repair; applying the preferred fix must leave a document without errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { closestZones, diagnosticCode } from '../../language/lsp/code-actions.js';
import { parseFixture } from './fixture-format.js';
import { Codes } from '../../language/validation/codes.js';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];
const fixtures = join(process.cwd(), 'test', 'fixtures', 'code-actions');

afterEach(async () => {
    await clearDocuments(pacto, opened.splice(0));
});

async function open(text: string): Promise<LangiumDocument> {
    const document = await parse(text, { validation: true });
    opened.push(document);
    return document;
}

const errors = (document: LangiumDocument): Diagnostic[] => (document.diagnostics ?? []).filter((d) => d.severity === 1);

async function actionsFor(document: LangiumDocument, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await pacto.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics, ...(only ? { only } : {}) },
    });
    return (result ?? []) as CodeAction[];
}

function apply(document: LangiumDocument, action: CodeAction): string {
    const edits = action.edit?.changes?.[document.uri.toString()] ?? [];
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Opens a fixture, checks it has exactly one error with `code`, returns its quick fixes. */
async function fixture(name: string, code: string): Promise<{ document: LangiumDocument; actions: CodeAction[] }> {
    // The fixtures also state their diagnostic as `$TEST$` expectations (fixtures.test.ts): drop the markers.
    const document = await open(parseFixture(readFileSync(join(fixtures, name), 'utf8')).text);
    // A dangling default calendar also leaves the business duration without a calendar: keep the one asked for.
    const found = errors(document).filter((d) => diagnosticCode(d) === code);
    expect(found).toHaveLength(1);
    return { document, actions: await actionsFor(document, found) };
}

async function expectClean(text: string): Promise<void> {
    const fixed = await open(text);
    expect(errors(fixed).map((d) => d.message)).toEqual([]);
}

describe('quick fixes', () => {
    it('unknown time zone: offers the closest zones, the validator\'s suggestion first and preferred', async () => {
        const { document, actions } = await fixture('time-zone.pacto', Codes.timeZoneMustBeKnown);
        expect(actions.length).toBeGreaterThanOrEqual(1);
        expect(actions.length).toBeLessThanOrEqual(3);
        expect(actions[0]).toMatchObject({ title: 'Change time zone to "America/Sao_Paulo"', kind: CodeActionKind.QuickFix, isPreferred: true });
        expect(actions.slice(1).every((a) => !a.isPreferred)).toBe(true);
        const text = apply(document, actions[0]!);
        expect(text).toContain('time zone "America/Sao_Paulo"');
        await expectClean(text);
    });

    it('closestZones ranks plausible zones and gives none for nonsense', () => {
        expect(closestZones('America/Sao_Paolo')[0]).toBe('America/Sao_Paulo');
        expect(closestZones('Europe/Lisbn')[0]).toBe('Europe/Lisbon');
        expect(closestZones('sao paulo')[0]).toBe('America/Sao_Paulo');
        expect(closestZones('zzzzzzzzzzzzzzzzzzzzz')).toEqual([]);
        expect(new Set(closestZones('America/Sao_Paolo')).size).toBe(closestZones('America/Sao_Paolo').length);
    });

    it('response longer than resolution: swaps the two durations', async () => {
        const { document, actions } = await fixture('swap.pacto', Codes.responseMustNotExceedResolution);
        expect(actions.map((a) => a.title)).toEqual(['Swap the response (8 hours) and resolution (30 minutes) durations']);
        const text = apply(document, actions[0]!);
        expect(text).toContain('response within 30 minutes\n    resolution within 8 hours\n');
        await expectClean(text);
    });

    it('business duration without a calendar: one "default calendar" per declared calendar, after the last one', async () => {
        const { document, actions } = await fixture('default-calendar.pacto', Codes.businessDurationMustHaveCalendar);
        expect(actions.map((a) => a.title)).toEqual([
            "Add 'default calendar Office' to contract Missing",
            "Add 'default calendar Weekend' to contract Missing",
        ]);
        const text = apply(document, actions[0]!);
        expect(text).toContain('    saturday to sunday 10:00-14:00\n  }\n\n  default calendar Office\n\n  category Normal {');
        await expectClean(text);
    });

    it('a misspelled reference: replaced by the suggested name', async () => {
        const { document, actions } = await fixture('did-you-mean.pacto', Codes.unresolvedReference);
        expect(actions.map((a) => a.title)).toEqual(["Change to 'Escritorio'"]);
        const text = apply(document, actions[0]!);
        expect(text).toContain('default calendar Escritorio\n');
        await expectClean(text);
    });

    it('offers nothing for other diagnostics, for a reference without a suggestion, or when only refactorings are asked', async () => {
        const document = await open('contract A {\n  category X {\n  }\n  default calendar Nothing\n}\n');
        const found = document.diagnostics ?? [];
        expect(found.length).toBeGreaterThan(0);
        expect(await actionsFor(document, found)).toEqual([]);
        const swap = await open(parseFixture(readFileSync(join(fixtures, 'swap.pacto'), 'utf8')).text);
        expect(await actionsFor(swap, errors(swap), [CodeActionKind.Refactor])).toEqual([]);
        expect(await actionsFor(swap, errors(swap), [CodeActionKind.QuickFix])).toHaveLength(1);
    });
});
