import { describe, expect, it } from 'vitest';
import { contractHtml, contractMarkdown } from '../../../runtime/export/index.js';
import type { Contract } from '../../../runtime/model.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';

describe('Markdown export', () => {
    it('has the sections, tables and worked deadlines of the PDF (imolko.pacto, es)', async () => {
        // Intl separates amounts and currencies with no-break spaces; compare with plain ones.
        const md = contractMarkdown(await exampleContract('imolko.pacto')).replace(/\u00a0/g, ' ');
        expect(md.startsWith('# Acuerdo de nivel de servicio Zenkiu\n')).toBe(true);
        for (const heading of ['## 1. Partes y vigencia', '## 3. Horario de atención', '## 4. Categorías de tickets y plazos', '## 7. Penalizaciones', '## 10. Firmas']) {
            expect(md).toContain(heading);
        }
        expect(md).toContain('**Tarifa:** 1500,00 US$ por mes');
        expect(md).toContain('| 1 | Falla crítica | 1 hora hábil | 4 horas hábiles |');
        expect(md).toContain('| Falla crítica | vie 9 ene 2026, 16:45<br>(final de la semana) | lun 12 ene 2026, 08:45 | lun 12 ene 2026, 11:45 |');
        expect(md).toContain('| vie, 14 ago 2026 | Aniversario de la empresa (acordado) |');
    });

    it('escapes what would be markup', async () => {
        const contract: Contract = { ...(await exampleContract('imolko.pacto')), provider: 'A | B *C* <x>' };
        const md = contractMarkdown(contract);
        expect(md).toContain('A \\| B \\*C\\* \\<x\\>');
    });
});

describe('HTML export', () => {
    for (const file of EXAMPLE_FILES) {
        it(`${file}: one self-contained page (inline CSS, no script, nothing remote)`, async () => {
            const html = contractHtml(await exampleContract(file));
            expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
            expect(html).toMatch(/<style>[\s\S]+<\/style>/);
            expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
            expect(html).not.toMatch(/https?:\/\//);
        });
    }

    it('is written in the locale, with the lang attribute, and carries a CSP nonce when given', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const html = contractHtml(contract, { nonce: 'abc123' }).replace(/\u00a0/g, ' ');
        expect(html).toContain('<html lang="pt-BR">');
        expect(html).toContain('<style nonce="abc123">');
        expect(html).toContain('<dt>Valor</dt><dd>R$ 8.000,00 por mês</dd>');
        expect(html).toContain('<td>Dúvida de uso</td><td>4 horas úteis</td><td>2 dias úteis</td>');
        expect(html).toContain('Assinatura');
        expect(contractHtml(contract)).toContain('<style>');
    });

    it('escapes the contract text', async () => {
        const contract: Contract = { ...(await exampleContract('saas-hosting.pacto')), customer: '<script>alert("x")</script> & Co' };
        const html = contractHtml(contract, { nonce: '"><script>' });
        expect(html).not.toContain('<script>');
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    });
});
