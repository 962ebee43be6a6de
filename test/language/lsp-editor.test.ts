/**
 * Editor features beyond the fixtures: formatting of the normative examples, outline, inlay-hint setting,
 * code lenses, completion edits, and the pure helpers behind them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument, type LangiumDocument } from 'langium';
import { clearDocuments, expectSymbols, parseHelper } from 'langium/test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { matchesQuery } from '../../language/lsp/completion-provider.js';
import { PreviewDeadlinesCommand as PREVIEW_DEADLINES_COMMAND, SimulateCommand as SIMULATE_COMMAND } from '../../language/protocol.js';
import { approximateBusinessDays, availabilityShare, averageOpenDayMinutes, onCallOn, satisfiedNeeded, weeklySummary, type OnCallRotation } from '../../runtime/index.js';
import { inlayHintsEnabled } from '../../language/lsp/inlay-hint-provider.js';
import type { CalendarSpec } from '../../runtime/model.js';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];

afterEach(async () => {
    await clearDocuments(pacto, opened.splice(0));
});

async function open(text: string, uri?: string): Promise<LangiumDocument> {
    const document = await parse(text, uri ? { documentUri: uri } : {});
    opened.push(document);
    return document;
}

async function format(text: string): Promise<string> {
    const document = await open(text);
    const edits = await pacto.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The AST as JSON, without positions, CST or document URIs. */
function astOf(document: LangiumDocument): string {
    return pacto.serializer.JsonSerializer.serialize(document.parseResult.value, { uriConverter: () => '' });
}

const examplesDir = join(process.cwd(), 'examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.pacto')).sort();

describe('formatting the normative examples', () => {
    it('finds the normative examples', () => {
        expect(examples).toEqual(expect.arrayContaining(['helpdesk-br.pacto', 'imolko.pacto']));
    });

    for (const name of examples) {
        const example = readFileSync(join(examplesDir, name), 'utf8');

        it(`${name}: is already in the canonical layout`, async () => {
            expect(await format(example)).toBe(example);
        });

        it(`${name}: comes back from any indentation and extra blank lines, with the same AST`, async () => {
            const messy = example
                .split('\n')
                .map((line, i) => (line.trim() === '' ? '\n\n' : ' '.repeat((i * 7) % 5) + line.trim() + (i % 3 === 0 ? '   ' : '')))
                .join('\n');
            expect(messy).not.toBe(example);
            const formatted = await format(messy);
            expect(formatted).toBe(example);
            const original = await open(example);
            const reparsed = await open(formatted);
            expect(reparsed.parseResult.parserErrors).toEqual([]);
            expect(astOf(reparsed)).toBe(astOf(original));
        });

        it(`${name}: comes back from a single line (without comments and blank lines)`, async () => {
            const lines = example.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
            const oneLine = lines.map((line) => line.trim()).join(' ');
            expect(await format(oneLine)).toBe(`${lines.join('\n')}\n`);
        });
    }

    it('leaves a document with syntax errors alone', async () => {
        const document = await open('contract Broken {\n      provider\n}\n');
        expect(await pacto.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    });

    it('formats only the lines of a range', async () => {
        const text = 'contract R {\n      provider "A"\n      customer "B"\n}\n';
        const document = await open(text);
        const edits = await pacto.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 2, insertSpaces: true },
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 20 } },
        });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('contract R {\n      provider "A"\n  customer "B"\n}\n');
    });

    it('keeps CRLF line ends', async () => {
        expect(await format('contract W {\r\n    provider "A"\r\n\r\n\r\n}')).toBe('contract W {\r\n  provider "A"\r\n}\r\n');
    });
});

describe('formatting every fixture and example', () => {
    const fixturesDir = join(process.cwd(), 'test', 'fixtures');
    const files = [
        ...readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pacto')).map((f) => join(fixturesDir, f)),
        ...examples.map((f) => join(examplesDir, f)),
    ];
    const comments = (document: LangiumDocument) =>
        (document.parseResult.value.$cstNode ? [...document.parseResult.value.$cstNode.root.fullText.matchAll(/\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g)] : [])
            .map((m) => m[0].trimEnd());

    it('is idempotent, keeps the AST and keeps every comment', async () => {
        let checked = 0;
        for (const file of files) {
            const text = readFileSync(file, 'utf8').replace(/[»«]/g, '');
            const original = await open(text);
            if (original.parseResult.lexerErrors.length > 0 || original.parseResult.parserErrors.length > 0) continue;
            const once = await format(text);
            const formatted = await open(once);
            expect(astOf(formatted), file).toBe(astOf(original));
            expect(comments(formatted), file).toEqual(comments(original));
            expect(await format(once), file).toBe(once);
            checked++;
        }
        expect(checked).toBeGreaterThan(10);
    });
});

describe('document symbols (outline)', () => {
    const symbols = expectSymbols(pacto);
    const kindNames = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));
    const tree = (list: DocumentSymbol[], indent = ''): string[] =>
        list.flatMap((s) => [
            `${indent}${s.name} (${kindNames.get(s.kind) ?? s.kind})${s.detail ? ` ${s.detail}` : ''}`,
            ...tree(s.children ?? [], `${indent}  `),
        ]);

    it('lists named declarations and unnamed sections with their kinds', async () => {
        await symbols({
            text: readFileSync(join(examplesDir, 'helpdesk-br.pacto'), 'utf8'),
            disposeAfterCheck: true,
            assert: (list) => {
                expect(tree(list)).toEqual([
                    'CosmoDeskCRM (Module) SLA de atendimento — CRM comercial',
                    '  service "CRM comercial" (Package)',
                    '  Comercial (Struct)',
                    '  Plantao (Struct)',
                    '  WhatsApp (Interface)',
                    '  Email (Interface) E-mail',
                    '  Telefone (Interface) Telefone de plantão',
                    '  Indisponibilidade (Class) Sistema fora do ar',
                    '    response (Field) 15 minutes',
                    '    resolution (Field) 4 hours',
                    '  Incidente (Class) Funcionalidade degradada',
                    '    response (Field) 1 business hour',
                    '    resolution (Field) 8 business hours',
                    '  Duvida (Class) Dúvida de uso',
                    '    response (Field) 4 business hours',
                    '    resolution (Field) 2 business days',
                    '    via Telefone (Interface)',
                    '      response (Field) 30 seconds',
                    '    via WhatsApp (Interface)',
                    '      response (Field) 15 business minutes',
                    '  Disponibilidade (Constant) Disponibilidade mensal',
                    '  PrimeiraResposta (Constant) Primeira resposta no prazo',
                    '  Resolucao (Constant) Resolução no prazo',
                    '  PrimeiroContato (Constant) Resolução no primeiro contato',
                    '  Satisfacao (Constant) Satisfação (CSAT)',
                    '  AtendeTelefone (Constant) Telefone atendido no prazo',
                    '  Satisfeitos (Constant) Clientes satisfeitos',
                    '  escalation for Indisponibilidade (Namespace)',
                    '  customer obligations (Namespace)',
                    '  provider obligations (Namespace)',
                    '  on breach (Namespace)',
                    '    notify team (Event) 30 minutes',
                    '    notify customer (Event) 2 hours',
                    '    act (Event) 4 hours',
                    '    notify customer of resolution (Event) 1 hour',
                    '    review (Event) 5 business days',
                    '  penalties (Namespace)',
                    '  termination (Namespace)',
                    '  reporting (Namespace)',
                    '    weekly report to customer (Event) PrimeiraResposta, Resolucao',
                    '    monthly report to customer (Event) Disponibilidade, PrimeiraResposta, Resolucao, PrimeiroContato, Satisfacao',
                    '    quarterly meeting with customer (Event)',
                    '  review every 6 months (Event) Revisão dos objetivos e das multas.',
                    '  definitions (Namespace)',
                    '    Incidente (Key)',
                    '    Horas úteis (Key)',
                    '  clause "Foro" (Namespace)',
                    '  MesNormal (Function) Mês típico',
                    '    Suporte (Object)',
                    '    Sobreaviso (Object)',
                    '  PorCanal (Function) Mês de abril, por canal',
                    '    Suporte (Object)',
                    '  BlackFriday (Function) Pico de demanda',
                ]);
            },
        });
    });

    it('lists on-call rotations with their people, and the v2 sections', async () => {
        const text = [
            'contract V {',
            '  on call Guard "Weekly guard" {',
            '    weekly rotation starting 2026-01-05',
            '    "Ana Pérez" "ana@example.com"',
            '    person "Luis Gómez"',
            '  }',
            '  provider obligations {',
            '    "Monitor the platform."',
            '  }',
            '  review every 1 year',
            '  clause "Governing law" {',
            '    "The laws of Spain."',
            '  }',
            '  definitions {',
            '    term "Incident" "An unplanned interruption."',
            '  }',
            '}',
            '',
        ].join('\n');
        await symbols({
            text,
            disposeAfterCheck: true,
            assert: (list) => {
                expect(tree(list)).toEqual([
                    'V (Module)',
                    '  Guard (Event) Weekly guard',
                    '    Ana Pérez (Variable) ana@example.com',
                    '    Luis Gómez (Variable)',
                    '  provider obligations (Namespace)',
                    '  review every 1 year (Event)',
                    '  clause "Governing law" (Namespace)',
                    '  definitions (Namespace)',
                    '    Incident (Key)',
                ]);
                const clause = list[0]!.children![3]!;
                expect(clause.selectionRange).toEqual({ start: { line: 10, character: 2 }, end: { line: 10, character: 8 } });
            },
        });
    });

    it('selects the name of a declaration and the opening words of a section', async () => {
        const text = 'contract S {\n  escalation for A, B {\n  }\n  category A {\n  }\n}\n';
        await symbols({
            text,
            disposeAfterCheck: true,
            assert: (list) => {
                const [escalation, category] = list[0]!.children!;
                expect(escalation!.name).toBe('escalation for A, B');
                expect(escalation!.selectionRange).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 12 } });
                expect(escalation!.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 2, character: 3 } });
                expect(category!.selectionRange).toEqual({ start: { line: 3, character: 11 }, end: { line: 3, character: 12 } });
            },
        });
    });
});

describe('inlay hints setting', () => {
    const text = `contract I {
  calendar Office {
    time zone "UTC"
    monday to friday 09:00-17:00
  }
  default calendar Office
  category C {
    resolution within 12 business hours
  }
}
`;
    const hintsOf = async (document: LangiumDocument) =>
        (await pacto.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
        }))?.map((h) => `${h.position.line}:${h.position.character} ${String(h.label)}`);
    const configure = (section: unknown) => services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { pacto: section } });

    afterEach(() => configure({}));

    it('is on by default', async () => {
        expect(await hintsOf(await open(text))).toEqual(['7:39 ≈ 1.5 business days']);
    });

    it('is switched off by pacto.inlayHints.enabled = false, and on again', async () => {
        const document = await open(text);
        configure({ inlayHints: { enabled: false } });
        expect(await hintsOf(document)).toEqual([]);
        configure({ inlayHints: { enabled: true } });
        expect(await hintsOf(document)).toEqual(['7:39 ≈ 1.5 business days']);
    });

    it('reads the setting leniently', () => {
        expect(inlayHintsEnabled(undefined)).toBe(true);
        expect(inlayHintsEnabled({})).toBe(true);
        expect(inlayHintsEnabled({ enabled: 'no' })).toBe(true);
        expect(inlayHintsEnabled({ enabled: false })).toBe(false);
    });
});

describe('code lenses', () => {
    it('offers "Preview deadlines…" on each category, with the document, contract and category', async () => {
        const uri = 'file:///lenses/two.pacto';
        const document = await open('contract A {\n  category X {\n  }\n  category Y {\n  }\n}\ncontract B {\n  category Z {\n  }\n}\n', uri);
        const lenses = await pacto.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri } });
        expect(lenses).toEqual([
            { range: { start: { line: 1, character: 11 }, end: { line: 1, character: 12 } }, command: { title: 'Preview deadlines…', command: PREVIEW_DEADLINES_COMMAND, arguments: [uri, 'A', 'X'] } },
            { range: { start: { line: 3, character: 11 }, end: { line: 3, character: 12 } }, command: { title: 'Preview deadlines…', command: PREVIEW_DEADLINES_COMMAND, arguments: [uri, 'A', 'Y'] } },
            { range: { start: { line: 7, character: 11 }, end: { line: 7, character: 12 } }, command: { title: 'Preview deadlines…', command: PREVIEW_DEADLINES_COMMAND, arguments: [uri, 'B', 'Z'] } },
        ]);
        expect(PREVIEW_DEADLINES_COMMAND).toBe('pacto.previewDeadlines');
    });

    it('offers "Simulate…" on each scenario, with the document, contract and scenario', async () => {
        const uri = 'file:///lenses/scenario.pacto';
        const document = await open('contract A {\n  category X {\n  }\n  scenario Busy {\n  }\n}\n', uri);
        const lenses = await pacto.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri } });
        expect(lenses).toEqual([
            { range: { start: { line: 1, character: 11 }, end: { line: 1, character: 12 } }, command: { title: 'Preview deadlines…', command: PREVIEW_DEADLINES_COMMAND, arguments: [uri, 'A', 'X'] } },
            { range: { start: { line: 3, character: 11 }, end: { line: 3, character: 15 } }, command: { title: 'Simulate…', command: SIMULATE_COMMAND, arguments: [uri, 'A', 'Busy'] } },
        ]);
        expect(SIMULATE_COMMAND).toBe('pacto.simulate');
    });
});

describe('completion edits in strings', () => {
    const complete = async (textWithCursor: string) => {
        const offset = textWithCursor.indexOf('|');
        const text = textWithCursor.replace('|', '');
        const document = await open(text);
        const list = await pacto.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset),
        });
        return { document, items: list?.items ?? [] };
    };
    const editOf = (items: { label: string; textEdit?: unknown }[], label: string) => items.find((i) => i.label === label)?.textEdit;

    it('replaces the whole value of a closed string', async () => {
        const { items } = await complete('contract C {\n  calendar O {\n    time zone "Amer|ica/Car"\n  }\n}\n');
        expect(editOf(items, 'America/Caracas')).toEqual({ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 26 } }, newText: 'America/Caracas' });
    });

    it('closes an unclosed string', async () => {
        const { items } = await complete('contract C {\n  calendar O {\n    time zone "America/Car|\n  }\n}\n');
        expect(editOf(items, 'America/Caracas')).toEqual({ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 26 } }, newText: 'America/Caracas"' });
    });

    it('adds both quotes before any quote, replacing a word being typed', async () => {
        const { items } = await complete('contract C {\n  calendar O {\n    holidays of Bra|\n  }\n}\n');
        expect(editOf(items, '"BR"')).toEqual({ range: { start: { line: 2, character: 16 }, end: { line: 2, character: 19 } }, newText: '"BR"' });
        expect(items.find((i) => i.label === '"BR"')?.detail).toBe('Brazil');
    });

    it('gives region names as details', async () => {
        const { items } = await complete('contract C {\n  calendar O {\n    holidays of "BR" "s|"\n  }\n}\n');
        // "s" matches the start of the code or of any word of the name.
        expect(items.map((i) => `${i.label} ${i.detail}`)).toEqual([
            'ES Espírito Santo', 'MS Mato Grosso do Sul', 'RS Rio Grande do Sul', 'SC Santa Catarina', 'SE Sergipe', 'SP São Paulo',
        ]);
    });

    it('says what a reference designates, an on-call rotation too', async () => {
        const { items } = await complete('contract C {\n  on call Guard "Weekly guard" {\n    weekly rotation starting 2026-01-05\n    "Ana" "ana@example.com"\n  }\n  category K {\n    resolution within 4 hours\n  }\n  escalation for K {\n    at 50% of resolution notify on call |\n  }\n}\n');
        expect(items.find((i) => i.label === 'Guard')?.detail).toBe('on-call rotation — Weekly guard');
    });

    it('offers nothing inside other strings and no values in comments', async () => {
        expect((await complete('contract C {\n  provider "Ac|me"\n}\n')).items).toEqual([]);
        const inComment = await complete('contract C {\n  calendar O {\n    // time zone "Ame|\n  }\n}\n');
        expect(inComment.items.filter((i) => i.label.includes('America'))).toEqual([]);
    });
});

describe('helpers', () => {
    it('matches a query against the start of any part of a name', () => {
        expect(matchesQuery('america/sao', 'America/Sao_Paulo')).toBe(true);
        expect(matchesQuery('paulo', 'America/Sao_Paulo')).toBe(true);
        expect(matchesQuery('sao paulo', 'America/Sao_Paulo')).toBe(true);
        expect(matchesQuery('aulo', 'America/Sao_Paulo')).toBe(false);
        expect(matchesQuery('America/Sao', 'America/Santiago')).toBe(false);
        expect(matchesQuery('bra', 'BR Brazil')).toBe(true);
        expect(matchesQuery('', 'anything')).toBe(true);
    });

    const spec = (weekly: CalendarSpec['weekly']): CalendarSpec => ({ name: 'X', zone: 'UTC', weekly, holidayRegions: [], holidays: [], specialHours: [] });
    const weekdays = (start: number, end: number) => [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, start, end }));

    it('averages the open minutes over the open weekdays', () => {
        expect(averageOpenDayMinutes(spec([...weekdays(480, 720), ...weekdays(780, 1020)]))).toBe(480);
        expect(averageOpenDayMinutes(spec([...weekdays(540, 1080), { day: 6, start: 540, end: 780 }]))).toBe((5 * 540 + 240) / 6);
        expect(averageOpenDayMinutes(spec([]))).toBeUndefined();
    });

    it('says business days with one decimal', () => {
        expect(approximateBusinessDays(720, 480)).toBe('≈ 1.5 business days');
        expect(approximateBusinessDays(240, 480)).toBe('≈ 0.5 business days');
        expect(approximateBusinessDays(480, 480)).toBe('≈ 1 business day');
        expect(approximateBusinessDays(15, 480)).toBe('< 0.1 business days');
    });

    it('tells who is on call on a date, from the rotation start, without "now"', () => {
        const rotation = (r: OnCallRotation['rotation'], start: string): OnCallRotation => ({ name: 'R', rotation: r, start, people: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], notes: [] });
        expect(onCallOn(rotation('weekly', '2026-01-05'), '2026-01-04')).toBeUndefined();
        expect(onCallOn(rotation('weekly', '2026-01-05'), '2026-01-11')).toMatchObject({ index: 0, from: '2026-01-05', to: '2026-01-11', person: { name: 'A' } });
        expect(onCallOn(rotation('weekly', '2026-01-05'), '2026-01-26')).toMatchObject({ index: 3, person: { name: 'A' } });
        expect(onCallOn(rotation('daily', '2026-01-05'), '2026-01-06')?.person.name).toBe('B');
        // Monthly turns count calendar months from the start date: the 31st of a short month is its last day.
        expect(onCallOn(rotation('monthly', '2026-01-31'), '2026-02-28')).toMatchObject({ index: 1, from: '2026-02-28', to: '2026-03-30', person: { name: 'B' } });
        expect(onCallOn(rotation('monthly', '2026-01-31'), '2026-12-31')).toMatchObject({ index: 11, from: '2026-12-31', person: { name: 'C' } });
        expect(onCallOn({ ...rotation('weekly', '2026-01-05'), people: [] }, '2026-02-01')).toBeUndefined();
    });

    it('reads a downtime budget as the share of the period it leaves, cut (never rounded up) to three decimals', () => {
        const hour = 3_600_000;
        expect(availabilityShare(4 * hour, 720 * hour)).toBe('99.444…%');
        expect(availabilityShare(4 * hour, 672 * hour)).toBe('99.404…%');
        expect(availabilityShare(3.6 * hour, 720 * hour)).toBe('99.5%');
        expect(availabilityShare(0, 720 * hour)).toBe('100%');
        expect(availabilityShare(800 * hour, 720 * hour)).toBe('0%');
    });

    it('counts the satisfied ratings a CSAT share asks for', () => {
        expect(satisfiedNeeded(85, 20)).toBe(17);
        expect(satisfiedNeeded(85.5, 200)).toBe(171);
        expect(satisfiedNeeded(90, 7)).toBe(7);
    });

    it('summarises the week, grouping days with the same hours', () => {
        expect(weeklySummary(spec([...weekdays(540, 720), { day: 6, start: 540, end: 780 }]))).toEqual([
            'Monday to Friday: 09:00-12:00 (3 h)',
            'Saturday: 09:00-13:00 (4 h)',
            'Sunday: closed',
        ]);
        expect(weeklySummary(spec([1, 2, 3, 4, 5, 6, 7].map((day) => ({ day: day as 1, start: 0, end: 1440 }))))).toEqual(['Every day, around the clock (00:00-24:00)']);
        expect(weeklySummary(spec([]))).toEqual(['Closed every day']);
    });
});
