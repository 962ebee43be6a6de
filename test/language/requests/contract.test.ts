/**
 * The requests behind "Simulate scenario…", "Export contract…" (language/requests/contract.ts), in
 * process: answers for a valid contract, refusals for errors and unknown names, progress and cancellation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { CancellationTokenSource, CancellationToken, ResponseError } from 'vscode-languageserver';
import { contractPreview, exportDocument, listExportFormats, simulateDocument, type SimulationHost } from '../../../language/requests/contract.js';
import { listScenarios } from '../../../language/requests/names.js';
import { hostAssets } from '../../../language/assets.js';
import { fillTemplate, templateValues } from '../../../extension/templates.js';
import { services } from '../pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];
// As language/server.ts does, from the sources' folder: the installed chart.js, no worker bundle.
const host: SimulationHost = hostAssets(join(process.cwd(), 'language'));

afterEach(async () => {
    await clearDocuments(pacto, opened.splice(0));
});

async function open(text: string): Promise<LangiumDocument> {
    const document = await parse(text, { validation: true });
    opened.push(document);
    return document;
}

const starter = () =>
    fillTemplate(readFileSync(join(process.cwd(), 'extension', 'templates', 'contract.en.pacto'), 'utf8'), templateValues('en', new Date(Date.UTC(2026, 1, 10)), 'America/New_York'));

async function refusal(promise: Promise<unknown>): Promise<string> {
    try {
        await promise;
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return (error as ResponseError<void>).message;
    }
    throw new Error('expected a refusal');
}

describe('pacto/listScenarios', () => {
    it('lists the scenarios of each contract', async () => {
        const document = await open(starter());
        expect(listScenarios(document)).toEqual({
            contracts: [{ name: 'NewContract', title: 'Service level agreement', scenarios: [{ name: 'TypicalMonth', title: 'A typical month' }] }],
        });
    });
});

describe('pacto/simulate', () => {
    it('runs a scenario with progress and answers with a nonce-carrying report and the results', async () => {
        const document = await open(starter());
        const progress: Array<[number, number]> = [];
        const result = await simulateDocument(document, { contract: 'NewContract', scenario: 'TypicalMonth', runs: 8, seed: 3, nonce: 'abcdefgh1234' }, CancellationToken.None, (done, total) =>
            progress.push([done, total]),
        host,
        );
        expect(result.html).toContain('nonce="abcdefgh1234"');
        expect(result.html).toMatch(/<canvas/);
        expect(progress.at(-1)).toEqual([8, 8]);
        // Seeded: the same request gives the same results.
        const again = await simulateDocument(document, { contract: 'NewContract', scenario: 'TypicalMonth', runs: 8, seed: 3 }, CancellationToken.None, () => {}, host);
        expect(JSON.stringify(again.results)).toBe(JSON.stringify(result.results));
    }, 60_000);

    it('refuses unknown scenarios and contracts, and documents with errors', async () => {
        const document = await open(starter());
        expect(await refusal(simulateDocument(document, { contract: 'NewContract', scenario: 'TypicalMont' }, CancellationToken.None, () => {}, host))).toMatch(/no scenario "TypicalMont". Did you mean "TypicalMonth"\?/);
        expect(await refusal(simulateDocument(document, { contract: 'Nope', scenario: 'TypicalMonth' }, CancellationToken.None, () => {}, host))).toMatch(/No contract "Nope"/);
        const broken = await open(starter().replace('default calendar Office', 'default calendar Ofice'));
        expect(await refusal(simulateDocument(broken, { contract: 'NewContract', scenario: 'TypicalMonth' }, CancellationToken.None, () => {}, host))).toMatch(/error.*to simulate it/);
    });

    it('stops when the request is cancelled', async () => {
        const document = await open(starter());
        const source = new CancellationTokenSource();
        const message = await refusal(
            simulateDocument(document, { contract: 'NewContract', scenario: 'TypicalMonth', runs: 100_000, seed: 1 }, source.token, () => source.cancel(), host),
        );
        expect(message).toMatch(/cancelled/);
    }, 60_000);

    it('finds chart.js for the report (the installed dependency)', () => {
        const source = host.chartJs();
        expect(source).toBe(readFileSync(join(process.cwd(), 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), 'utf8'));
    });
});

describe('pacto/export', () => {
    it('exports JSON and PDF', async () => {
        const document = await open(starter());
        const json = await exportDocument(document, { contract: 'NewContract', format: 'json' });
        expect(JSON.parse(json.text!)).toMatchObject({ name: 'NewContract' });
        const pdf = await exportDocument(document, { contract: 'NewContract', format: 'pdf' });
        expect(Buffer.from(pdf.base64!, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }, 60_000);

    it('exports HTML (self-contained, no script) and Markdown', async () => {
        const document = await open(starter());
        const html = await exportDocument(document, { contract: 'NewContract', format: 'html' });
        expect(html.text).toMatch(/^<!DOCTYPE html>/);
        expect(html.text).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
        const markdown = await exportDocument(document, { contract: 'NewContract', format: 'markdown' });
        expect(markdown.text).toMatch(/^# /m);
    });

    it('the contract preview is the HTML export, its style carrying the nonce', async () => {
        const document = await open(starter());
        expect(contractPreview(document, { contract: 'NewContract', nonce: 'abcdefgh1234' }).html).toContain('nonce="abcdefgh1234"');
    });

    it('lists the registered formats, markdown with its alias md', () => {
        expect(listExportFormats().formats.map((f) => [f.id, f.aliases, f.fileExtension, f.binary])).toEqual([
            ['json', [], 'json', false],
            ['markdown', ['md'], 'md', false],
            ['html', [], 'html', false],
            ['pdf', [], 'pdf', true],
            ['zendesk', [], 'json', false],
            ['freshdesk', [], 'json', false],
            ['openslo', [], 'yaml', false],
            ['ics', ['ical'], 'ics', false],
        ]);
    });

    it('accepts an alias and answers with the format id', async () => {
        const document = await open(starter());
        const markdown = await exportDocument(document, { contract: 'NewContract', format: 'md' });
        expect(markdown.format).toBe('markdown');
        expect(markdown.text).toMatch(/^# /m);
    });

    it('refuses an unknown format', async () => {
        const document = await open(starter());
        expect(await refusal(exportDocument(document, { contract: 'NewContract', format: 'docx' as never }))).toMatch(/Unknown export format "docx"/);
    });
});
