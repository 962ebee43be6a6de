/**
 * Deadline features in-process: worked examples (determinism, cache per document version, edge cases),
 * the "Explain…" command link, and the answers behind `pacto/previewDeadlines` and `pacto/listCategories`.
 * Exact hover texts live in test/fixtures/hover/deadlines-*.pacto; the stdio round trip in
 * test/server/preview-request.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { MarkupContent } from 'vscode-languageserver';
import * as ast from '../../language/generated/ast.js';
import { previewCommandLink } from '../../language/lsp/deadline-hover.js';
import { loweredContract } from '../../language/lower.js';
import { listCategories } from '../../language/requests/names.js';
import { previewDeadlines } from '../../language/requests/preview-deadlines.js';
import { targetExamples } from '../../runtime/index.js';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];

afterEach(async () => {
    vi.useRealTimers();
    await clearDocuments(pacto, opened.splice(0));
});

async function open(text: string): Promise<LangiumDocument> {
    const document = await parse(text, { validation: true });
    opened.push(document);
    return document;
}

async function hover(document: LangiumDocument, needle: string): Promise<string> {
    const text = document.textDocument.getText();
    const position = document.textDocument.positionAt(text.indexOf(needle));
    const result = await pacto.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
    return (result?.contents as MarkupContent | undefined)?.value ?? '';
}

function contract(body: string, header = 'term 2026-01-01 to 2026-12-31'): string {
    return `contract C "Contract" {
  provider "Acme Ltd."
  customer "Example Inc."
  ${header}

  calendar Office {
    time zone "America/Caracas"
    monday to friday 08:00-12:00, 13:00-17:00
  }

  default calendar Office
${body}
  objective OnTime { 90% of resolutions on time per month }
}
`;
}

const TARGETS = contract(`
  category Critical "Critical failure" {
    priority 1
    response within 1 business hour
    resolution within 4 business hours
  }

  category Note {
    priority 9
  }
`);

describe('worked examples in the hover of a target', () => {
    it('depend on the contract only, never on the system clock', async () => {
        const document = await open(TARGETS);
        const before = await hover(document, 'resolution within');
        vi.useFakeTimers();
        vi.setSystemTime(new Date('2031-07-15T12:00:00Z'));
        const after = await hover(document, 'resolution within');
        expect(before).toContain('| Mid-morning | Mon 05 Jan 10:00 → due Mon 05 Jan 15:00 |');
        expect(after).toBe(before);
    });

    it('lower the contract once per document version and reuse calendars whose text did not change', async () => {
        const first = await open(TARGETS);
        const node = (first.parseResult.value as ast.Model).contracts[0]!;
        await hover(first, 'response within');
        const model = loweredContract(node);
        await hover(first, 'resolution within');
        expect(loweredContract(node)).toBe(model);
        // Another version of the text is another AST, hence another lowering.
        const second = await open(TARGETS.replace('4 business hours', '5 business hours'));
        const other = loweredContract((second.parseResult.value as ast.Model).contracts[0]!);
        expect(other).not.toBe(model);
        expect(other.categories[0]!.resolution).toMatchObject({ kind: 'business', minutes: 300 });
        // The calendar's text did not change: its built calendar, hence its example moments, are reused.
        const reference = targetExamples(model, 'Critical', 'resolution')!.reference;
        expect(targetExamples(other, 'Critical', 'resolution')!.reference).toBe(reference);
        // A changed calendar is built anew.
        const third = await open(TARGETS.replace('08:00-12:00', '07:00-12:00'));
        const changed = loweredContract((third.parseResult.value as ast.Model).contracts[0]!);
        expect(targetExamples(changed, 'Critical', 'resolution')!.reference).not.toBe(reference);
    });

    it('ask for a term when the contract has none', async () => {
        const document = await open(TARGETS.replace('term 2026-01-01 to 2026-12-31', ''));
        expect(await hover(document, 'resolution within')).toContain("_Worked examples start from the contract's `term`: add one to see them._");
    });

    it('are left out, without failing the hover, when the runtime cannot build the calendar', async () => {
        const document = await open(TARGETS.replace('America/Caracas', 'Mars/Olympus_Mons'));
        const value = await hover(document, 'resolution within');
        expect(value).toContain('**Resolution target** of category `Critical`');
        expect(value).not.toContain('Worked examples');
    });

    it('are left out for a target that does not lower (business weeks)', async () => {
        const document = await open(TARGETS.replace('4 business hours', '2 business weeks'));
        expect(await hover(document, 'resolution within')).not.toContain('Worked examples');
    });
});

describe('the Explain… command link', () => {
    it('carries [uri, contract, category, opened] as URI-encoded JSON, parentheses included', () => {
        const args: [string, string, string, string] = ['file:///home/ana/SLA (copy)/a b.pacto', 'C', 'Critical', '2026-03-06T17:30:00-03:00'];
        const link = previewCommandLink(args);
        expect(link.startsWith('command:pacto.previewDeadlines?')).toBe(true);
        const query = link.slice('command:pacto.previewDeadlines?'.length);
        expect(query).not.toMatch(/[()\s"]/);
        expect(JSON.parse(decodeURIComponent(query))).toEqual(args);
    });
});

describe('answers of the custom requests', () => {
    it('lists contracts and categories with their display names', async () => {
        const document = await open(TARGETS);
        expect(listCategories(document)).toEqual({
            contracts: [{ name: 'C', title: 'Contract', categories: [{ name: 'Critical', title: 'Critical failure' }, { name: 'Note' }] }],
        });
    });

    it('previews a category without targets in one sentence', async () => {
        const document = await open(TARGETS);
        const { markdown } = previewDeadlines(document, { contract: 'C', category: 'Note', opened: '2026-03-06T17:30:00-04:00' });
        expect(markdown).toBe([
            '### Deadlines of `Note`',
            'Contract `C` — Contract. Ticket opened **Fri 2026-03-06 17:30 (−04:00)** (America/Caracas).',
            'This category sets no response or resolution target.',
        ].join('\n\n'));
    });

    it('traces a ticket opened before the opening, with its lunch break', async () => {
        // Monday 07:00 is before the 08:00 opening: 4 h are 08:00-12:00, due at the lunch closing.
        const document = await open(TARGETS);
        const { markdown } = previewDeadlines(document, { contract: 'C', category: 'Critical', opened: '2026-03-02T11:00:00Z' });
        expect(markdown).toContain('- Opened Mon 2026-03-02 07:00 (−04:00), while `Office` is closed: the clock starts at the next opening, Mon 2026-03-02 08:00 (−04:00).');
        expect(markdown).toContain('| Resolution | 4 business hours on `Office` | **Mon 2026-03-02 12:00 (−04:00)** |');
        expect(markdown).toContain('| Response | 1 business hour on `Office` | **Mon 2026-03-02 09:00 (−04:00)** |');
    });

    it('refuses a document with errors before anything else, quoting the first', async () => {
        // The unresolved default calendar also leaves both business targets without a calendar.
        const document = await open(TARGETS.replace('default calendar Office', 'default calendar Ofice'));
        expect(() => previewDeadlines(document, { contract: 'C', category: 'Critical', opened: '2026-03-06T17:30:00-04:00' }))
            .toThrow("The document has 3 errors: fix them to preview deadlines (line 11: Unknown calendar 'Ofice'. Did you mean 'Office'?).");
    });
});
