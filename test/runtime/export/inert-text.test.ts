/**
 * Contract text never runs as code (issue 13): every display string of two example contracts (titles,
 * parties, services, categories, objectives, calendars, channels, holidays, contacts, on-call people,
 * clauses, definitions, obligations, scenarios) gets markup, link syntax and control characters appended,
 * and so do the ticket ids of a history; every export (HTML, Markdown, PDF, JSON), the simulation report and
 * the compliance report (HTML, Markdown, text, PDF) must show them as words, never as live markup.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { parseHelper } from 'langium/test';
import { afterAll, describe, expect, it } from 'vitest';
import type { Model } from '../../../language/generated/ast.js';
import { lowerModel } from '../../../language/lower.js';
import {
    complianceReport,
    complianceReportPdf,
    contractHtml,
    contractJsonText,
    contractMarkdown,
    contractPdf,
    renderReport,
    simulateSync,
    simulationReportHtml,
    simulationReportText,
} from '../../../runtime/index.js';
import type { Contract } from '../../../runtime/model.js';
import { services } from '../../language/pacto-test-services.js';
import { tool } from './pdf-tools.js';

const PAYLOAD = ' <img src=x onerror=alert(1)> </script> ]]> [click](https://attacker.example/p) ![t](https://attacker.example/pixel.png) \u001b[2J\u0007\u0000end';
const CONTROLS = /[\u0000\u0007\u001b]/;

/** The source with PAYLOAD at the end of every display string (not zones, locales or holiday regions). */
function injected(source: string): string {
    return source
        .split('\n')
        .map((line) => (/^\s*(time zone|locale|holidays of)\b/.test(line) ? line : line.replace(/"((?:\\.|[^"\\])*)"/g, (_, text: string) => `"${text}${PAYLOAD}"`)))
        .join('\n');
}

const parse = parseHelper<Model>(services.Pacto);

async function contractOf(file: string): Promise<Contract> {
    const document = await parse(injected(readFileSync(path.join('examples', file), 'utf8')));
    const [contract] = lowerModel(document.parseResult.value);
    if (!contract) throw new Error(`${file} declares no contract`);
    return contract;
}

/** An HTML page with nothing live from the contract: no element, attribute or script of its making. */
function expectInertHtml(html: string): void {
    expect(html).not.toMatch(/<img|<a[\s>]|href=|onerror=alert\(1\)>/i);
    // Only the page's own scripts open and close.
    expect((html.match(/<\/script/gi) ?? []).length).toBe((html.match(/<script/gi) ?? []).length);
    expect(html).not.toMatch(CONTROLS);
    // Still readable: the words are there, escaped.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;/script&gt; ]]&gt; [click](https://attacker.example/p) ![t](https://attacker.example/pixel.png) [2Jend');
}

/** Markdown with no live link, image or HTML: every bracket and angle bracket of the contract's escaped. */
function expectInertMarkdown(md: string): void {
    expect(md).not.toMatch(/(?<!\\)\]\(|(?<!\\)<(img|\/script)/);
    expect(md).not.toMatch(CONTROLS);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\</script\\> \\]\\]\\> \\[click\\](https://attacker.example/p) !\\[t\\](https://attacker.example/pixel.png) \\[2Jend');
}

/** Plain text (a terminal's, a PDF's): the words as written, no control character. */
function expectInertText(text: string): void {
    expect(text).not.toMatch(CONTROLS);
    expect(text).toContain('<img src=x onerror=alert(1)> </script> ]]> [click](https://attacker.example/p) ![t](https://attacker.example/pixel.png) [2Jend');
}

/** A PDF's text: the words as written, compared without white space (pdfkit wraps long strings anywhere). */
function expectInertPdf(text: string): void {
    expect(text).not.toMatch(CONTROLS);
    expect(text.replace(/\s+/g, '')).toContain('<img src=x onerror=alert(1)> </script> ]]> [click](https://attacker.example/p) ![t](https://attacker.example/pixel.png) [2Jend'.replace(/\s+/g, ''));
}

const dir = mkdtempSync(path.join(tmpdir(), 'pacto-inert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(name: string, bytes: Buffer): Promise<string> {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return tool('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

describe.each(['imolko.pacto', 'helpdesk-br.pacto'])('the injected display strings of %s', (file) => {
    it('reached the model (the test injects where the exports read)', async () => {
        const contract = await contractOf(file);
        expect(contract.title?.endsWith(PAYLOAD)).toBe(true);
        expect(contract.categories.every((c) => c.title?.endsWith(PAYLOAD))).toBe(true);
    });

    it('are inert in the HTML export, with or without a webview nonce', async () => {
        const contract = await contractOf(file);
        expectInertHtml(contractHtml(contract));
        expectInertHtml(contractHtml(contract, { nonce: 'n0nce' }));
    });

    it('are inert in the Markdown export', async () => {
        expectInertMarkdown(contractMarkdown(await contractOf(file)));
    });

    it('are plain words in the PDF export', async () => {
        expectInertPdf(await pdfText(`${file}.pdf`, Buffer.from(await contractPdf(await contractOf(file)))));
    });

    it('stay data in the JSON export: its control characters escaped by JSON, the text exact', async () => {
        const contract = await contractOf(file);
        const json = contractJsonText(contract, { pactoVersion: '0.0.0' });
        expect(json).not.toMatch(CONTROLS);
        expect((JSON.parse(json) as { title: string }).title).toBe(contract.title);
    });
});

describe('the simulation report of the injected helpdesk-br.pacto', () => {
    it('is inert as HTML and as text', async () => {
        const contract = await contractOf('helpdesk-br.pacto');
        const results = simulateSync(contract, 'PorCanal', { runs: 2 });
        expect(results.title?.endsWith(PAYLOAD)).toBe(true);
        const html = simulationReportHtml(results, { chartJs: '/* chart.js */', locale: contract.locale, nonce: 'n0nce' });
        expectInertHtml(html);
        // The charts' data names the objectives' titles nowhere, and its JSON cannot close the script.
        expect(html).not.toContain('</script> ]]>');
        expectInertText(simulationReportText(results, contract.locale));
    });
});

describe('the compliance report of the injected imolko.pacto over a history with injected ticket ids', () => {
    const ticket = `T3${PAYLOAD.replace('\u0000', '')}`;
    const history = `ticket,at,event,category,channel
T1,2026-03-02T09:00-04:00,opened,Critica,Correo
T1,2026-03-02T09:30-04:00,responded,,
T1,2026-03-02T12:30-04:00,resolved,,
${ticket},2026-03-06T16:30-04:00,opened,Critica,
${ticket},2026-03-09T08:15-04:00,responded,,
`;

    async function report() {
        const contract = await contractOf('imolko.pacto');
        const result = await complianceReport({ contract, history: { source: Readable.from([history]), file: 'h.csv', format: 'csv' } });
        expect(result.open.map((o) => o.ticket)).toEqual([ticket]);
        expect(result.periods[0]?.escalations.some((e) => e.notify.endsWith(PAYLOAD))).toBe(true);
        return { contract, result };
    }

    it('is inert as HTML, Markdown and text', async () => {
        const { contract, result } = await report();
        const options = { title: contract.title ?? null };
        expectInertHtml(renderReport(result, 'html', contract.locale, options));
        expectInertHtml(renderReport(result, 'html', contract.locale, { ...options, nonce: 'n0nce' }));
        expectInertMarkdown(renderReport(result, 'md', contract.locale, options));
        expectInertText(renderReport(result, 'text', contract.locale, options));
    });

    it('is plain words as a PDF, and stays data as JSON', async () => {
        const { contract, result } = await report();
        expectInertPdf(await pdfText('report.pdf', await complianceReportPdf(result, contract.locale, { title: contract.title ?? null })));
        expect(renderReport(result, 'json')).not.toMatch(CONTROLS);
    });
});
