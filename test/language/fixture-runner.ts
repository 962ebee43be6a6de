/**
 * Checks the expectations of a parsed fixture (fixture-format.ts) against the language services.
 * Every check throws an Error whose message shows expected and actual values with line:col positions
 * (1-based, in the fixture text with the »« markers removed).
 */
import { readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { SupportedLocale } from '../../runtime/time/locales.js';
import type { PactoServices } from '../../language/pacto-module.js';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Diagnostic, Hover, MarkedString, MarkupContent, Position } from 'vscode-languageserver';
import {
    type Expectation,
    type FixtureRange,
    type FixtureTest,
    type ParsedFixture,
    type Severity,
    diagnosticText,
    lineColumn,
    matcherText,
    matches,
    parseFixture,
    rangeText,
} from './fixture-format.js';

/** `test/fixtures`: the one folder of fixtures (diagnostics, hovers, completion, inlay hints, quick fixes, formatting). */
export const FIXTURES_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const FORMATTED = '.formatted.pacto';

/** Every `.pacto` fixture, as `/`-separated paths relative to FIXTURES_ROOT, sorted; the one discovery of fixtures. */
export function fixtureFiles(): string[] {
    let entries: string[];
    try {
        entries = readdirSync(FIXTURES_ROOT, { recursive: true, encoding: 'utf8' });
    } catch {
        return [];
    }
    return entries.filter((f) => f.endsWith('.pacto')).map((f) => f.split(sep).join('/')).sort();
}

/** Fixtures with inline expectations (every one but the formatting pairs). */
export function isExpectationFixture(file: string): boolean {
    return !file.startsWith('formatting/');
}

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
export const VALIDATION_CRASH = 'An error occurred during validation';

export interface LoadedFixture {
    fixture: ParsedFixture;
    document: LangiumDocument;
    /** Diagnostic claimed by each positive diagnostic expectation (by index in fixture.tests). */
    claims: Map<number, Diagnostic>;
    /** Diagnostics no expectation claims. */
    unclaimed: Diagnostic[];
}

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export function messageOf(diagnostic: Diagnostic): string {
    const message: unknown = diagnostic.message;
    return typeof message === 'string' ? message : (message as MarkupContent).value;
}

function severityOf(diagnostic: Diagnostic): Severity {
    return SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error';
}

/**
 * A diagnostic's code: the rule's code (validators set `code`), or Langium's own in `data.code`
 * (`parsing-error`, `lexing-error`, `linking-error`), as `pacto check --format json` reports it.
 */
export function codeOf(diagnostic: Diagnostic): string | undefined {
    if (diagnostic.code !== undefined) return String(diagnostic.code);
    const data: unknown = diagnostic.data;
    if (data && typeof data === 'object' && 'code' in data && (typeof data.code === 'string' || typeof data.code === 'number')) {
        return String(data.code);
    }
    return undefined;
}

function offsetRange(document: LangiumDocument, diagnostic: Diagnostic): FixtureRange {
    return { start: document.textDocument.offsetAt(diagnostic.range.start), end: document.textDocument.offsetAt(diagnostic.range.end) };
}

export function describeDiagnostic(document: LangiumDocument, diagnostic: Diagnostic): string {
    const code = codeOf(diagnostic);
    const head = code === undefined ? `${severityOf(diagnostic)} (no code)` : diagnosticText(severityOf(diagnostic), code);
    return `${head} ${JSON.stringify(messageOf(diagnostic))} at ${rangeText(document.textDocument.getText(), offsetRange(document, diagnostic))}`;
}

function allDiagnostics(loaded: LoadedFixture): string {
    const list = loaded.document.diagnostics ?? [];
    if (list.length === 0) return '  (no diagnostics)';
    return list.map((d) => `  ${describeDiagnostic(loaded.document, d)}`).join('\n');
}

type DiagnosticExpectation = Extract<Expectation, { kind: 'diagnostic' }>;

/** Same severity, range and message; the code is compared apart, to say when only the code differs. */
function sameDiagnostic(document: LangiumDocument, diagnostic: Diagnostic, expectation: DiagnosticExpectation, range: FixtureRange): boolean {
    const actual = offsetRange(document, diagnostic);
    return severityOf(diagnostic) === expectation.severity
        && actual.start === range.start && actual.end === range.end
        && matches(expectation.message, messageOf(diagnostic), true);
}

/** The expectation holds for this diagnostic: severity, range, message and (when stated) code. */
function diagnosticMatches(document: LangiumDocument, diagnostic: Diagnostic, expectation: DiagnosticExpectation, range: FixtureRange): boolean {
    return sameDiagnostic(document, diagnostic, expectation, range)
        && (expectation.code === undefined || codeOf(diagnostic) === expectation.code);
}

/**
 * Makes the services speak `locale` (services.i18n.MessageLocale), as the language server does for its client;
 * returns the locale they spoke before.
 */
export function speak(services: LangiumServices, locale: SupportedLocale): SupportedLocale {
    const messages = (services as Partial<PactoServices>).i18n?.MessageLocale;
    if (!messages) throw new Error('These services have no i18n.MessageLocale.');
    const before = messages.get();
    messages.set(locale);
    return before;
}

/**
 * Parses and validates a fixture as its own document, in the fixture's language (`$LOCALE$`, else `locale`);
 * `dispose` removes it from the workspace again.
 */
export async function loadFixture(services: LangiumServices, raw: string, uri: string, locale?: SupportedLocale): Promise<LoadedFixture> {
    const fixture = parseFixture(raw);
    if (locale !== undefined) fixture.locale = locale;
    speak(services, fixture.locale);
    const document = await parseHelper(services)(fixture.text, { documentUri: uri, validation: true });
    const diagnostics = [...(document.diagnostics ?? [])];
    const claimed = new Set<Diagnostic>();
    const claims = new Map<number, Diagnostic>();
    fixture.tests.forEach((test, index) => {
        const e = test.expectation;
        if (e.kind !== 'diagnostic' || e.negated) return;
        const found = diagnostics.find((d) => !claimed.has(d) && diagnosticMatches(document, d, e, test.range));
        if (found) {
            claimed.add(found);
            claims.set(index, found);
        }
    });
    return { fixture, document, claims, unclaimed: diagnostics.filter((d) => !claimed.has(d)) };
}

export async function disposeFixture(services: LangiumServices, loaded: LoadedFixture | undefined): Promise<void> {
    if (loaded) await clearDocuments(services, [loaded.document]);
    speak(services, 'en');
}

export function testTitle(test: FixtureTest, text: string): string {
    return `${test.source} @ ${rangeText(text, test.range)}`;
}

function position(loaded: LoadedFixture, offset: number): Position {
    return loaded.document.textDocument.positionAt(offset);
}

function hoverText(hover: Hover | undefined): string | undefined {
    if (!hover) return undefined;
    const one = (c: MarkupContent | MarkedString): string => (typeof c === 'string' ? c : c.value);
    return Array.isArray(hover.contents) ? hover.contents.map(one).join('\n') : one(hover.contents);
}

/** Runs one expectation; throws with a readable message when it does not hold. */
export async function checkExpectation(services: LangiumServices, loaded: LoadedFixture, index: number): Promise<void> {
    const test = loaded.fixture.tests[index]!;
    const text = loaded.fixture.text;
    const e = test.expectation;
    const where = rangeText(text, test.range);
    const uri = loaded.document.uri.toString();
    // Hovers, completion details and inlay hints are written when asked for: in the fixture's language.
    speak(services, loaded.fixture.locale);
    switch (e.kind) {
        case 'diagnostic': {
            if (e.negated) {
                const offending = (loaded.document.diagnostics ?? []).filter((d) => diagnosticMatches(loaded.document, d, e, test.range));
                if (offending.length > 0) {
                    throw new Error(`Expected no ${diagnosticText(e.severity, e.code, e.message)} at ${where}, but found:\n${offending.map((d) => `  ${describeDiagnostic(loaded.document, d)}`).join('\n')}`);
                }
                return;
            }
            if (!loaded.claims.has(index)) {
                const expected = diagnosticText(e.severity, e.code, e.message);
                const otherCode = (loaded.document.diagnostics ?? []).find((d) => sameDiagnostic(loaded.document, d, e, test.range));
                if (otherCode) {
                    const actual = codeOf(otherCode);
                    throw new Error(`Expected ${expected} at ${where}: the diagnostic is there, but its code is ${actual === undefined ? 'missing' : `'${actual}'`}, not '${e.code}'. `
                        + `Fix the fixture (${diagnosticText(e.severity, actual ?? '?')}) if the code was renamed on purpose, else the rule's code.`);
                }
                throw new Error(`Expected ${expected} at ${where}; the document has:\n${allDiagnostics(loaded)}`);
            }
            return;
        }
        case 'hover': {
            const provider = services.lsp.HoverProvider;
            if (!provider) throw new Error('No HoverProvider is registered.');
            const hover = await provider.getHoverContent(loaded.document, { textDocument: { uri }, position: position(loaded, test.range.start) });
            const content = hoverText(hover);
            if (e.negated) {
                if (content !== undefined && content.trim() !== '') throw new Error(`Expected no hover at ${where}, but got:\n${content}`);
                return;
            }
            if (content === undefined) throw new Error(`Expected a hover at ${where} containing ${e.contains.map(matcherText).join(', ')}, but there is none.`);
            const missing = e.contains.filter((m) => !matches(m, content, false));
            if (missing.length > 0) {
                throw new Error(`Hover at ${where} lacks ${missing.map(matcherText).join(', ')}. Actual hover:\n${content}`);
            }
            return;
        }
        case 'completion': {
            const provider = services.lsp.CompletionProvider;
            if (!provider) throw new Error('No CompletionProvider is registered.');
            const list = await provider.getCompletion(loaded.document, { textDocument: { uri }, position: position(loaded, test.range.start) });
            const labels = (list?.items ?? []).map((item) => item.label);
            const shown = labels.length > 40 ? `${labels.slice(0, 40).join(', ')}, … (${labels.length} in all)` : labels.join(', ') || '(none)';
            if (e.negated) {
                const present = e.labels.filter((l) => labels.includes(l));
                if (present.length > 0) throw new Error(`Completion at ${where} should not offer ${present.map((l) => JSON.stringify(l)).join(', ')}. Offered: ${shown}`);
                return;
            }
            const missing = e.labels.filter((l) => !labels.includes(l));
            if (missing.length > 0) throw new Error(`Completion at ${where} lacks ${missing.map((l) => JSON.stringify(l)).join(', ')}. Offered: ${shown}`);
            return;
        }
        case 'inlay': {
            const provider = services.lsp.InlayHintProvider;
            if (!provider) throw new Error('No InlayHintProvider is registered.');
            const textDocument = loaded.document.textDocument;
            const hints = (await provider.getInlayHints(loaded.document, {
                textDocument: { uri },
                range: { start: { line: 0, character: 0 }, end: textDocument.positionAt(text.length) },
            })) ?? [];
            const label = (h: (typeof hints)[number]) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
            const here = hints.filter((h) => textDocument.offsetAt(h.position) === test.range.start);
            const all = hints.map((h) => `  ${JSON.stringify(label(h))} at ${lineColumn(text, textDocument.offsetAt(h.position))}`).join('\n') || '  (none)';
            if (e.negated) {
                if (here.length > 0) throw new Error(`Expected no inlay hint at ${where}, but found ${here.map((h) => JSON.stringify(label(h))).join(', ')}.`);
                return;
            }
            if (!here.some((h) => matches(e.label, label(h), true))) {
                throw new Error(`Expected inlay hint ${matcherText(e.label)} at ${where}; the document has:\n${all}`);
            }
            return;
        }
    }
}

/** The failure message for diagnostics no expectation claims (undefined when there are none). */
export function unexpectedDiagnosticsMessage(loaded: LoadedFixture): string | undefined {
    const crashes = (loaded.document.diagnostics ?? []).filter((d) => messageOf(d).includes(VALIDATION_CRASH));
    if (crashes.length > 0) {
        return `Validation crashed:\n${crashes.map((d) => `  ${describeDiagnostic(loaded.document, d)}`).join('\n')}`;
    }
    if (loaded.fixture.allowOtherDiagnostics || loaded.unclaimed.length === 0) return undefined;
    return `Diagnostics no $TEST$ expectation claims (add one, or fix the fixture):\n${loaded.unclaimed.map((d) => `  ${describeDiagnostic(loaded.document, d)}`).join('\n')}`;
}
