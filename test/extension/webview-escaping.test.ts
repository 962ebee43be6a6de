/**
 * Contract text is data in every webview. Each string literal of two examples (titles, names, clauses,
 * category and channel names, obligations) is replaced by markup that would run or fetch if it were
 * markup, and each panel's page is built as the extension builds it — the server's page (the same request
 * handlers the language server runs) under extension/panel-html.ts's policy — then parsed by a real HTML
 * parser: no element or attribute came from the contract, the text shows it literally, and the page
 * carries one strict Content Security Policy with the panel's nonce. No `vscode` here.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { CancellationToken } from 'vscode-languageserver';
import { contractPreview, simulateDocument } from '../../language/requests/contract.js';
import { previewDeadlines } from '../../language/requests/preview-deadlines.js';
import { complianceReportOf } from '../../language/requests/report.js';
import { contentSecurityPolicy, makeNonce, preformatted, securePage, simplePage, withCommandBar } from '../../extension/panel-html.js';
import { services } from '../language/pacto-test-services.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

// VS Code renders the deadline preview's Markdown with markdown-it, raw HTML allowed (markdown.api.render).
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: { html: boolean }) => { render(md: string): string };
const vscodeMarkdown = new MarkdownIt({ html: true });

/** What each string of the contract becomes: markup that would run, fetch or close a script or CDATA. */
const PAYLOAD = '<img src=x onerror=alert(1)> </script><script>alert(2)</script> ]]><svg onload=alert(3)> [click](https://attacker.example/p) ![t](https://attacker.example/pixel.png)';

/** Every string literal of a contract, but those that are data of another kind (zones, holiday regions, locales, addresses). */
function poisoned(source: string): string {
    return source.replace(/(time zone |holidays of (?:"[A-Z]+" )?|locale )?"([^"\n]*)"/g, (literal, keyword: string | undefined, text: string) =>
        keyword || text.includes('@') ? literal : `"${text} ${PAYLOAD}"`,
    );
}

const never: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
const parseDocument = parseHelper(services.Pacto);
const opened: LangiumDocument[] = [];
afterAll(() => clearDocuments(services.Pacto, opened.splice(0)));

async function contract(example: string): Promise<LangiumDocument> {
    const document = await parseDocument(poisoned(read(`examples/${example}.pacto`)), { validation: true });
    opened.push(document);
    expect((document.diagnostics ?? []).filter((d) => d.severity === 1).map((d) => d.message)).toEqual([]);
    return document;
}

function elements(node: Node): Element[] {
    const children = 'childNodes' in node ? node.childNodes : [];
    const content = node.nodeName === 'template' ? [(node as DefaultTreeAdapterMap['template']).content] : [];
    return [...('tagName' in node ? [node as Element] : []), ...[...children, ...content].flatMap(elements)];
}

function text(node: Node): string {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
    if (node.nodeName === 'script' || node.nodeName === 'style') return '';
    return ('childNodes' in node ? node.childNodes : []).map(text).join('');
}

/** Attributes whose value a browser fetches, navigates to or runs. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'style']);

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/**
 * The page as the webview would build it: no script but the panel's own, no event handler, nothing from
 * attacker.example in any attribute, and the contract's markup visible as text.
 */
function expectInert(html: string, nonce: string | undefined, shown: string[]): void {
    const all = elements(parse(html));
    const scripts = all.filter((e) => e.tagName === 'script');
    for (const script of scripts) expect(attribute(script, 'nonce'), 'a script without the panel nonce').toBe(nonce);
    if (!nonce) expect(scripts).toEqual([]);
    expect(all.flatMap((e) => e.attrs.filter((a) => /^on/i.test(a.name)).map((a) => `<${e.tagName} ${a.name}>`))).toEqual([]);
    // The reports draw their own charts as inline SVG; the contract's `<svg onload>` is caught by the handler check.
    expect(all.filter((e) => ['iframe', 'object', 'embed', 'base', 'form', 'foreignObject'].includes(e.tagName)).map((e) => e.tagName)).toEqual([]);
    // Text attributes (aria-label, title) may hold the contract's words; no attribute that loads or links may.
    const loads = (a: { name: string; value: string }) => URL_ATTRIBUTES.has(a.name.toLowerCase()) && /attacker\.example|^\s*javascript:|url\(/i.test(a.value);
    expect(all.flatMap((e) => e.attrs.filter(loads).map((a) => `<${e.tagName} ${a.name}="${a.value}">`))).toEqual([]);
    expect(all.filter((e) => e.tagName === 'img').map((e) => attribute(e, 'src')).filter((src) => !src?.startsWith('data:'))).toEqual([]);
    const visible = text(parse(html)).replace(/\s+/g, ' ');
    for (const piece of shown) expect(visible, 'the contract text shown as written').toContain(piece);

    // One policy, first in <head>, the panel's own; remote content and eval nowhere.
    const metas = all.filter((e) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
    expect(metas.map((m) => attribute(m, 'content'))).toEqual([contentSecurityPolicy(CSP_SOURCE, nonce)]);
    const head = all.find((e) => e.tagName === 'head')!;
    // Before anything that loads or runs (only the charset may come first).
    const before = head.childNodes.filter((n): n is Element => 'tagName' in n).slice(0, head.childNodes.filter((n) => 'tagName' in n).indexOf(metas[0]!));
    expect(before.map((e) => e.attrs.map((a) => a.name).join(' '))).toEqual(before.length ? ['charset'] : []);
    const policy = attribute(metas[0]!, 'content')!;
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).not.toMatch(/unsafe-eval|https?:\/\/(?!file\+\.vscode-resource)|\*/);
    expect(policy).toContain(nonce ? `script-src 'nonce-${nonce}'` : "script-src 'none'");
}

const PIECES = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', ']]><svg onload=alert(3)>'];

describe('every webview shows contract text as text, under a strict policy', () => {
    it('the contract preview (pacto.openPreview)', async () => {
        const document = await contract('imolko');
        const { html } = contractPreview(document, { contract: 'ZenkiuSupport' });
        expectInert(securePage(html, CSP_SOURCE), undefined, [`Acuerdo de nivel de servicio Zenkiu ${PIECES[0]}`, ...PIECES]);
    });

    it('the simulation report (pacto.simulate), whose charts run under the nonce', async () => {
        const document = await contract('helpdesk-br');
        const nonce = makeNonce();
        const { html } = await simulateDocument(document, { contract: 'CosmoDeskCRM', scenario: 'MesNormal', runs: 3, seed: 1, nonce }, never, () => undefined, {
            chartJs: () => 'window.Chart = function () {};',
        });
        expect(html).toContain(`nonce="${nonce}"`);
        expectInert(securePage(html, CSP_SOURCE, nonce), nonce, [`Mês típico ${PIECES[0]}`, ...PIECES]);
    });

    it('the compliance report (pacto.complianceReport) with its Save as PDF link', async () => {
        const document = await contract('imolko');
        const tickets = path.join(ROOT, 'examples/history/imolko.csv');
        const { html } = await complianceReportOf(document, { contract: 'ZenkiuSupport', tickets }, never, () => undefined);
        const save = { command: 'pacto.complianceReport', args: [document.uri.toString(), { tickets: `${tickets}"><img src=x onerror=alert(4)>`, pdf: true }], label: 'Guardar como PDF…' };
        const weeks = { command: 'pacto.complianceReport', args: [document.uri.toString(), { tickets: `${tickets}"><img src=x onerror=alert(5)>`, every: 'week' }], label: 'Semanas<b>' };
        const page = securePage(withCommandBar(html, { caption: 'Períodos:', start: [weeks, { label: 'Meses<i>' }], end: [save] }), CSP_SOURCE);
        expectInert(page, undefined, ['Guardar como PDF…', 'Semanas<b>', 'Meses<i>', ...PIECES.slice(0, 1)]);
        const links = elements(parse(page)).filter((e) => e.tagName === 'a' && attribute(e, 'href')?.startsWith('command:pacto.complianceReport?'));
        const argsOf = (link: (typeof links)[number]) => JSON.parse(decodeURIComponent(attribute(link, 'href')!.slice('command:pacto.complianceReport?'.length)));
        expect(links.map(argsOf)).toEqual([weeks.args, save.args]);
    });

    it('the deadline preview (pacto.previewDeadlines), rendered as VS Code renders Markdown', async () => {
        const document = await contract('imolko');
        const { markdown } = previewDeadlines(document, { contract: 'ZenkiuSupport', category: 'Critica', opened: '2026-03-06T17:30:00-04:00' });
        const page = simplePage('Plazos: Critica', vscodeMarkdown.render(markdown), CSP_SOURCE, 'es');
        expectInert(page, undefined, [`Falla crítica ${PIECES[0]}`, ...PIECES]);
        // The extension's own fallback when VS Code's Markdown renderer is missing.
        expectInert(simplePage('Plazos: Critica', preformatted(markdown), CSP_SOURCE), undefined, ['\\<img src=x onerror=alert(1)\\>']);
    });

    it('a title of ours is escaped, and a page with its own policy and remote scripts gets ours alone', () => {
        const page = securePage(
            `<html><head><meta http-equiv="Content-Security-Policy" content="script-src *"><script src="https://cdn.example/x.js"></script></head><body><header>h</header></body></html>`,
            CSP_SOURCE,
        );
        expectInert(page, undefined, ['h']);
        expectInert(simplePage(PIECES.join(' '), '<p>ok</p>', CSP_SOURCE), undefined, ['ok']);
    });
});
