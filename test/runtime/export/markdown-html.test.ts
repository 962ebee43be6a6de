import { describe, expect, it } from 'vitest';
import { contractHtml, contractMarkdown } from '../../../runtime/export/index.js';
import type { Contract } from '../../../runtime/model.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';

// Intl separates amounts and currencies (and, in Spanish, numbers and "%") with no-break spaces; the
// assertions compare with plain ones.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function expectFacts(text: string, facts: string[]): void {
    for (const fact of facts) expect(text, fact).toContain(fact);
}

describe('Markdown export', () => {
    it('has the sections, tables and worked deadlines of the PDF (imolko.pacto, es)', async () => {
        const md = plain(contractMarkdown(await exampleContract('imolko.pacto')));
        expect(md.startsWith('# Acuerdo de nivel de servicio Zenkiu\n')).toBe(true);
        expectFacts(md, [
            '## 1. Partes y vigencia', '## 2. Definiciones', '## 4. Horario de atención', '## 5. Categorías de tickets y plazos',
            '## 7. Cómo se mide cada objetivo', '## 8. Escalamiento y guardias', '## 9. Obligaciones del proveedor',
            '## 10. Procedimiento ante incumplimientos', '## 11. Penalizaciones', '## 12. Informes y revisiones', '## 13. Ley aplicable',
            '## 14. Ejemplos de cálculo de plazos', '## 15. Firmas',
            '**Tarifa:** 1500,00 US$ por mes',
            '| Prioridad | Categoría | Tiempo de primera respuesta | Plazo de resolución |',
            '| 1 | Falla crítica | 1 hora hábil | 4 horas hábiles |',
            '| Falla crítica | vie 9 ene 2026, 16:45<br>(final de la semana) | lun 12 ene 2026, 08:45 | lun 12 ene 2026, 11:45 |',
            '### Feriados durante la vigencia (cerrado): Oficina',
            '| vie, 14 ago 2026 | Aniversario de la empresa (acordado) |',
        ]);
    });

    it('imolko.pacto (es): on-call rotation, breach procedure, rule of the penalties, clause', async () => {
        const md = plain(contractMarkdown(await exampleContract('imolko.pacto')));
        expectFacts(md, [
            '**Falla crítica:** El cliente no puede hacer uso del servicio en ninguna de sus funcionalidades.',
            '**Reloj:** Falla crítica: 4 horas hábiles del calendario Oficina (America/Caracas): solo cuenta el tiempo en que está abierto.  \n  Falla grave:',
            '**Se pausa:** Nunca: ningún hecho lo pausa.',
            '| Falla menor | Al 50 % del plazo de resolución | Quien esté de guardia (Guardia semanal) | según la rotación indicada más abajo |',
            '### Rotación de guardia: Guardia semanal',
            '| 1 | Ana Pérez | ana@imolko.example |',
            '| 2 | lun, 12 ene 2026 | dom, 18 ene 2026 | Luis Gómez |',
            '- Publicar el estado del servicio y las ventanas de mantenimiento.',
            '1. Alertar al equipo del proveedor en un plazo de 30 minutos.\n2. Identificar al responsable y el ajuste necesario.\n3. Informar al cliente del incumplimiento en un plazo de 2 horas.',
            '6. Entregar un análisis de las causas en un plazo de 5 días hábiles.',
            '### Cómo se combinan los importes',
            '| Resoluciones a tiempo | por debajo de 80 %: crédito del 15 % de la tarifa | 225,00 US$ |',
            '| Tras el tope mensual (20 % de la tarifa) |  | 225,00 US$ |',
            '- El acuerdo se revisa cada 6 meses: Revisión de objetivos y penalidades.',
            '## 13. Ley aplicable\n\nEste acuerdo se rige por las leyes de la República Bolivariana de Venezuela.',
        ]);
    });

    it('helpdesk-br.pacto (pt-BR): channel targets, objectives via a channel, fines, caps, the worst month', async () => {
        const md = plain(contractMarkdown(await exampleContract('helpdesk-br.pacto')));
        expectFacts(md, [
            '**Incidente:** Falha que interrompe ou degrada o uso do CRM.',
            '| 3 | Dúvida de uso | 4 horas úteis | 2 dias úteis |\n|  | ↳ pelo canal Telefone de plantão | 30 segundos | 2 dias úteis |\n|  | ↳ pelo canal WhatsApp | 15 minutos úteis | 2 dias úteis |',
            '| Telefone atendido no prazo | 90% das primeiras respostas no prazo, pelo canal Telefone de plantão | mensal |',
            '- Telefone atendido no prazo: Medido sobre as ligações recebidas no plantão.',
            '| Telefone atendido no prazo | 80% | Multa de R$ 1.000,00 |',
            '- Os valores devidos em um ano nunca excedem 150% do valor (R$ 12.000,00).',
            '| Total dos objetivos |  | R$ 3.400,00 |',
            '| Após o teto mensal (30% do valor) |  | R$ 2.400,00 |',
            '| Dúvida de uso<br>↳ pelo canal Telefone de plantão | seg. 2 mar. 2026, 10:00<br>(meio da manhã) | seg. 2 mar. 2026, 10:00:30 | qua. 4 mar. 2026, 10:00 |',
            '- Reunião trimestral de acompanhamento com o cliente.',
            '## 15. Foro',
        ]);
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
        const html = plain(contractHtml(contract, { nonce: 'abc123' }));
        expect(html).toContain('<html lang="pt-BR">');
        expect(html).toContain('<style nonce="abc123">');
        expect(html).toContain('<dt>Valor</dt><dd>R$ 8.000,00 por mês</dd>');
        expect(html).toContain('<td>Dúvida de uso</td><td>4 horas úteis</td><td>2 dias úteis</td>');
        expect(html).toContain('Assinatura');
        expect(contractHtml(contract)).toContain('<style>');
    });

    it('helpdesk-br.pacto (pt-BR): the breach procedure numbered, channel rows, seconds, the reverse SLA pausing the clock', async () => {
        const html = plain(contractHtml(await exampleContract('helpdesk-br.pacto')));
        expectFacts(html, [
            '<ol><li>Alertar a equipe do fornecedor em até 30 minutos.</li><li>Identificar o responsável e o ajuste necessário.</li>',
            '<li>Informar o cliente de que o descumprimento foi resolvido em até 1 hora após a resolução.</li><li>Entregar uma análise das causas em até 5 dias úteis.</li></ol>',
            '<td></td><td>↳ pelo canal Telefone de plantão</td><td>30 segundos</td><td>2 dias úteis</td>',
            '<td>seg. 2 mar. 2026, 10:00:30</td>',
            '<dt>Suspensão</dt><dd>Enquanto o fornecedor aguarda a resposta do cliente a uma solicitação (o cliente responde em até 2 dias úteis); retoma com a resposta.</dd>',
            '<dt>Relógio</dt><dd>Sistema fora do ar: 15 minutos em tempo corrido, inclusive noites, fins de semana e feriados.<br>Funcionalidade degradada:',
            '<h3>Exemplo: o pior mês</h3>',
            '<h2>2. Definições</h2>',
        ]);
        expect(html).not.toMatch(/horário Horário/i);
    });

    it('saas-hosting.pacto (en): downtime budget in both readings, penalties and their rule', async () => {
        const html = plain(contractHtml(await exampleContract('saas-hosting.pacto')));
        expectFacts(html, [
            '<td>At most 45 minutes of downtime, not counting downtime during Maintenance window (in a 30-day month, an availability of ≈ 99.896%)</td>',
            '<dt>Not counted</dt><dd>Downtime during the hours of Maintenance window (Sunday 02:00–04:00).</dd>',
            '<li>For each hour of downtime beyond the budget of Monthly downtime budget (45 minutes): 1% of the fee (£120.00).</li>',
            '<h3>How the amounts combine</h3>',
            '<tr><td>After the monthly cap (35% of the fee)</td><td></td><td>£4,200.00</td></tr>',
            '<p>Over a year, the yearly cap (200%, £24,000.00) stops the total: 6 such months reach it.</p>',
            '<td>ops-head@northwind.example</td>',
            '<li>Designate a Customer platform owner, available during London office hours.</li>',
        ]);
    });

    it('escapes the contract text', async () => {
        const contract: Contract = { ...(await exampleContract('saas-hosting.pacto')), customer: '<script>alert("x")</script> & Co' };
        const html = contractHtml(contract, { nonce: '"><script>' });
        expect(html).not.toContain('<script>');
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    });
});
