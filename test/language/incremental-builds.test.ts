/**
 * An edit in the editor re-builds one open document, while the validation keeps the calendar engine's
 * answers across builds (language/validation/engine-answers.ts), the date helpers' (language/cached-dates.ts)
 * and the calendars lowered by their text (language/lower.ts).
 * Whatever was remembered, the diagnostics after each edit must be those of a fresh build of the same text.
 * Seeded random edits (digits changed, characters inserted and deleted, lines dropped and doubled, names
 * renamed) walk away from the examples and some validation fixtures; after each one, the document edited in
 * place (Langium's update, as on a keystroke, with the answers remembered from the text before the edit) and
 * a document built from scratch (services of their own, nothing remembered) must report exactly the same
 * diagnostics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { forgetDates } from '../../language/cached-dates.js';
import { forgetLoweredCalendars } from '../../language/lower.js';
import { createPactoServices } from '../../language/pacto-module.js';
import { forgetEngineAnswers } from '../../language/validation/engine-answers.js';
import { services } from './pacto-test-services.js';
import { random } from '../fuzz/random.js';

/** Services that have seen nothing: the fresh builds are made there, so no document of the edited side is in scope. */
const fresh = createPactoServices(EmptyFileSystem);

const root = process.cwd();
const SOURCES = [
    'examples/helpdesk-br.pacto',
    'examples/imolko.pacto',
    'examples/internal-it.pacto',
    'examples/saas-hosting.pacto',
    'test/fixtures/validation/engine.pacto',
    'test/fixtures/validation/calendars.pacto',
    'test/fixtures/validation/targets.pacto',
    'test/fixtures/validation/budget.pacto',
];
const EDITS_PER_SOURCE = 24;

const INSERTED = ['1', '0', ' ', 'a', '}', '{', '\n', '"', ':', '-', '%', 'x'];

/** One random edit of `text`, and what it did (for the failure message). */
function edit(text: string, next: () => number): { text: string; what: string } {
    const pick = (n: number) => Math.floor(next() * n);
    const kind = pick(6);
    if (kind === 0) {
        // A digit changed: durations, dates, percentages, times of day.
        const digits = [...text.matchAll(/\d/g)].map((m) => m.index);
        if (digits.length > 0) {
            const at = digits[pick(digits.length)]!;
            const digit = String(pick(10));
            return { text: text.slice(0, at) + digit + text.slice(at + 1), what: `digit at ${at} → ${digit}` };
        }
    }
    if (kind === 1) {
        const at = pick(text.length);
        return { text: text.slice(0, at) + text.slice(at + 1), what: `delete at ${at}` };
    }
    if (kind === 2) {
        const at = pick(text.length + 1);
        const inserted = INSERTED[pick(INSERTED.length)]!;
        return { text: text.slice(0, at) + inserted + text.slice(at), what: `insert ${JSON.stringify(inserted)} at ${at}` };
    }
    const lines = text.split('\n');
    const line = pick(lines.length);
    if (kind === 3) return { text: lines.filter((_, i) => i !== line).join('\n'), what: `drop line ${line + 1}` };
    if (kind === 4) return { text: [...lines.slice(0, line + 1), lines[line]!, ...lines.slice(line + 1)].join('\n'), what: `double line ${line + 1}` };
    // A name renamed where it is declared or used: references dangle, or duplicates appear.
    const names = [...text.matchAll(/\b[A-Z][A-Za-z0-9]+\b/g)];
    if (names.length === 0) return { text, what: 'nothing' };
    const chosen = names[pick(names.length)]!;
    const renamed = `${chosen[0]}${pick(2) === 0 ? 'X' : ''}`.replace(/^./, (c) => (pick(2) === 0 ? c : c.toLowerCase()));
    return { text: text.slice(0, chosen.index) + renamed + text.slice(chosen.index + chosen[0].length), what: `rename ${chosen[0]} at ${chosen.index} → ${renamed}` };
}

function comparable(diagnostics: Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map((d) => {
        const { start, end } = d.range;
        return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${d.severity} ${String(d.code)} ${d.message}`;
    });
}

let serial = 0;

/**
 * A document built from scratch, in services that have seen nothing, with nothing remembered: the answers it
 * leaves behind are the memory the next edit of the other side builds with.
 */
async function freshBuild(text: string): Promise<string[]> {
    forgetEngineAnswers();
    forgetDates();
    forgetLoweredCalendars();
    const uri = URI.parse(`file:///fresh/${serial++}.pacto`);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = fresh.shared.workspace;
    const document = LangiumDocumentFactory.fromString(text, uri);
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], { validation: true });
    const diagnostics = comparable(document.diagnostics);
    await DocumentBuilder.update([], [uri]);
    return diagnostics;
}

/** A document opened as the language server opens it, edited in place. */
function openDocument(text: string) {
    const uri = URI.parse(`file:///edited/${serial++}.pacto`);
    const { TextDocuments, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    let version = 1;
    const set = (content: string) => TextDocuments!.set(TextDocument.create(uri.toString(), 'pacto', version++, content));
    return {
        async open() {
            set(text);
            await DocumentBuilder.update([uri], []);
        },
        async change(content: string) {
            set(content);
            await DocumentBuilder.update([uri], []);
        },
        document: (): LangiumDocument => LangiumDocuments.getDocument(uri)!,
        async close() {
            TextDocuments!.delete(uri.toString());
            await DocumentBuilder.update([], [uri]);
        },
    };
}

function membersOf(document: LangiumDocument): unknown[] {
    return (document.parseResult.value as unknown as { contracts?: Array<{ members: unknown[] }> }).contracts?.flatMap((contract) => contract.members) ?? [];
}

const withoutMarkers = (text: string) => text.replace(/[»«]/g, '');

describe('diagnostics after an edit equal a fresh build of the same text', () => {
    const opened: ReturnType<typeof openDocument>[] = [];
    afterAll(async () => {
        for (const document of opened) await document.close();
    });

    SOURCES.forEach((source, index) => {
        it(`${source}: ${EDITS_PER_SOURCE} seeded random edits`, async () => {
            const original = withoutMarkers(readFileSync(join(root, source), 'utf8'));
            const next = random(1400 + index).next;
            const editable = openDocument(original);
            opened.push(editable);
            await editable.open();
            expect(comparable(editable.document().diagnostics)).toEqual(await freshBuild(original));
            let text = original;
            let withDiagnostics = 0;
            let reparsed = 0;
            for (let i = 0; i < EDITS_PER_SOURCE; i++) {
                // Every eighth edit starts again from the source, so the walk keeps meeting valid contracts.
                const { text: edited, what } = edit(i % 8 === 7 ? original : text, next);
                text = edited;
                const membersBefore = new Set(membersOf(editable.document()));
                await editable.change(text);
                // A member object kept across the edit: only that member was re-parsed (parser/member-reparse.ts).
                if (membersOf(editable.document()).some((member) => membersBefore.has(member))) reparsed++;
                const incremental = comparable(editable.document().diagnostics);
                expect(incremental, `${source}, edit ${i + 1} (${what})`).toEqual(await freshBuild(text));
                if (incremental.length > 0) withDiagnostics++;
            }
            // The walk did reach documents with something to say, so the comparisons compared something.
            expect(withDiagnostics).toBeGreaterThan(0);
            // And some edits were builds of a tree re-parsed in part, not whole.
            expect(reparsed).toBeGreaterThan(0);
        }, 240_000);
    });
});
