/**
 * One contract, three readers: the hover of each target (in process), `pacto deadline` (the built CLI
 * bundle) and the PDF (read back with pdftotext) show the same worked-example tickets, opened at the same
 * instants, due at the same instants, in the same zone. Each reader formats instants its own way; the
 * runtime's formatters bridge them, so what is compared is the instant itself.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { MarkupContent } from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';
import { loweredContract } from '../../../language/lower.js';
import { compactInstant, contractPdf, explainCalendar, longInstant, supportedLocale } from '../../../runtime/index.js';
import { LABELS } from '../../../runtime/i18n/index.js';
import { CLI, pacto } from '../../cli/pacto-process.js';
import { services } from '../../language/pacto-test-services.js';

const parse = parseHelper(services.Pacto);
const documents: LangiumDocument[] = [];
const dir = mkdtempSync(path.join(tmpdir(), 'pacto-consistency-'));
afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await clearDocuments(services.Pacto, documents.splice(0));
});

/** The moments a document shows, as the hover labels them. */
type Kind = 'midMorning' | 'endOfWeek' | 'holidayEve';

function kindOf(label: string): Kind | undefined {
    if (label === 'Mid-morning') return 'midMorning';
    if (label === 'End of the week') return 'endOfWeek';
    return label.startsWith('Eve of ') ? 'holidayEve' : undefined;
}

interface HoverRow {
    kind: Kind;
    /** The holiday of an eve: "Carnival" for "Eve of Carnival (Mon 16 Feb)". */
    holiday?: string;
    /** ISO 8601, from the row's Explain… link. */
    opened: string;
    /** "Mon 12 Jan 11:45". */
    due: string;
}

interface Hover {
    zone: string;
    year: number;
    rows: HoverRow[];
}

async function hoverOf(document: LangiumDocument, target: ast.Target): Promise<Hover> {
    const position = document.textDocument.positionAt(target.$cstNode!.offset);
    const result = await services.Pacto.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
    const value = (result?.contents as MarkupContent).value;
    const header = /\*\*Worked examples\*\* — (?:times in|wall-clock time, shown in) (\S+?)[;\s].*reference week of \w+ \d+ \w+ (\d{4})/.exec(value);
    expect(header, value).not.toBeNull();
    const rows: HoverRow[] = [];
    for (const match of value.matchAll(/^\| (.+?) \| .+? → due (.+?) \| .*?\[Explain…\]\(command:pacto\.previewDeadlines\?(\S+) "/gm)) {
        const kind = kindOf(match[1]!);
        const args = JSON.parse(decodeURIComponent(match[3]!)) as string[];
        const holiday = /^Eve of (.+) \(\w+ \d+ \w+\)$/.exec(match[1]!)?.[1];
        if (kind) rows.push({ kind, due: match[2]!, opened: args[3]!, ...(holiday ? { holiday } : {}) });
    }
    return { zone: header![1]!, year: Number(header![2]), rows };
}

function pdfText(file: string): string {
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', timeout: 30_000 });
    if (run.error) throw run.error;
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.replace(/\s+/g, ' ');
}

interface CliDeadline {
    zone: string;
    /** Epoch ms; null: no such target. */
    opened: number;
    response: number | null;
    resolution: number | null;
}

const run = promisify(execFile);

/** "Mon 2026-03-09 12:30 -03:00" (or "… UTC") back to epoch ms. */
function terminalMs(text: string): number {
    const match = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?) ([+-]\d{2}:\d{2}|UTC)/.exec(text);
    expect(match, text).not.toBeNull();
    return Date.parse(`${match![1]}T${match![2]}${match![3] === 'UTC' ? 'Z' : match![3]}`);
}

/** `pacto deadline` as a user reads it: the zone on the first line, then one instant per line. */
async function deadline(file: string, category: string, opened: string): Promise<CliDeadline> {
    const { stdout } = await run(process.execPath, [CLI, 'deadline', file, '--category', category, '--opened', opened], { cwd: path.resolve('examples') });
    const lines = stdout.split('\n');
    const line = (label: string) => lines.find((l) => l.startsWith(`  ${label.padEnd(12)}`))!;
    const instant = (label: string) => (line(label).includes('no target') ? null : terminalMs(line(label)));
    return { zone: /, times in (\S+)$/.exec(lines[0]!)![1]!, opened: terminalMs(line('opened')), response: instant('response'), resolution: instant('resolution') };
}

async function readers(file: string) {
    const document = await parse(readFileSync(path.join('examples', file), 'utf8'), { documentUri: `file:///consistency/${file}` });
    documents.push(document);
    const node = (document.parseResult.value as ast.Model).contracts[0]!;
    const contract = loweredContract(node);
    const pdf = path.join(dir, file.replace(/\.pacto$/, '.pdf'));
    writeFileSync(pdf, await contractPdf(contract));
    return { document, node, contract, pdf: pdfText(pdf) };
}

describe('hover, pacto deadline and the PDF agree on worked examples', () => {
    // Says how to build the bundle when it is missing.
    beforeAll(() => expect(pacto(['--version']).status).toBe(0));

    // The holiday of each example's eve as the (English) hover names it and as the contract's document does.
    const eves: Record<string, { hover: string; document: string }> = {
        'imolko.pacto': { hover: 'Carnival', document: 'Carnaval' },
        'helpdesk-br.pacto': { hover: 'Good Friday', document: 'Sexta-Feira Santa' },
    };
    for (const file of ['imolko.pacto', 'helpdesk-br.pacto']) {
        it(file, async () => {
            const { document, node, contract, pdf } = await readers(file);
            const locale = supportedLocale(contract.locale);
            const labels = LABELS[locale];
            let compared = 0;
            for (const categoryNode of node.members.filter(ast.isCategory)) {
                const category = contract.categories.find((c) => c.name === categoryNode.name)!;
                const targets = categoryNode.members.filter(ast.isTarget);
                if (targets.length === 0) continue;
                const hovers = await Promise.all(targets.map((t) => hoverOf(document, t)));

                // The tickets: every document moment the hovers show, each computed by the CLI.
                const openings = new Map<string, HoverRow>();
                for (const hover of hovers) for (const row of hover.rows) openings.set(row.opened, row);
                expect(new Set([...openings.values()].map((r) => r.kind)), category.name).toContain('endOfWeek');
                const cli = await Promise.all([...openings.keys()].map((opened) => deadline(file, category.name, opened)));

                // The zone: the hovers' header, the CLI's first line and the PDF table's heading.
                const { calendar, zone } = explainCalendar(contract, category);
                for (const hover of hovers) expect(hover.zone, `${category.name} hover`).toBe(zone);
                for (const c of cli) expect(c.zone, `${category.name} pacto deadline`).toBe(zone);
                const title = contract.calendars.find((c) => c.name === calendar)?.title ?? calendar;
                expect(pdf).toContain(labels.examplesZone(title, zone));

                // The instants, opened and due alike.
                for (const [i, [opened, { kind, holiday }]] of [...openings].entries()) {
                    const c = cli[i]!;
                    expect(c.opened, 'the CLI reads the opening as the hover wrote it').toBe(Date.parse(opened));
                    for (const [t, target] of targets.entries()) {
                        const row = hovers[t]!.rows.find((r) => r.opened === opened);
                        if (row) expect(row.due, `${category.name} ${target.kind} at ${opened}`).toBe(compactInstant(c[target.kind]!, zone, { year: hovers[t]!.year }));
                    }
                    const long = (ms: number | null) => (ms === null ? labels.noTarget : longInstant(ms, zone, locale));
                    if (kind === 'holidayEve') expect(holiday, `${category.name} at ${opened}`).toBe(eves[file]!.hover);
                    const moment = kind === 'holidayEve' ? labels.moments.holidayEve(eves[file]!.document) : labels.moments[kind];
                    expect(pdf, `${category.name} at ${opened}`).toContain(`${category.title ?? category.name} ${long(c.opened)} (${moment}) ${long(c.response)} ${long(c.resolution)}`);
                    compared++;
                }
            }
            expect(compared).toBeGreaterThan(4);
        }, 120_000);
    }
});
