/**
 * The compliance report's text, Markdown and HTML in the contract's locale (es, pt-BR): every word from the
 * catalogue's report labels, every value written as the reader writes it (decimal comma, dd/mm/yyyy, the
 * currency's sign), checked whole against the hand-made report of render-fixture.ts, whose figures make
 * each value checkable by hand (0.9625 → 96,25 %, 43.2 min → 43 min 12 s, 1500 min → 1 d 1 h). JSON stays the
 * untranslated object.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { complianceReportPdf, renderReport } from '../../../runtime/index.js';
import { tool } from '../export/pdf-tools.js';
import { HAND_REPORT } from './render-fixture.js';

// Intl separates amounts and currencies (and, in Spanish, numbers and "%") with no-break spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const TITLE = { title: 'SLA de atendimento' };

const PT_BR_TEXT = `Relatório de cumprimento do nível de serviço: SLA de atendimento (CosmoDeskCRM)
De 1 de março de 2026 a 31 de março de 2026.
Períodos e horários em America/Sao_Paulo. Os chamados são avaliados em 31/03/2026 18:00.
Horários escritos sem deslocamento UTC foram lidos em America/Sao_Paulo.
1 linha inválida ficou fora do histórico; ela está indicada no fim.

Março de 2026
  Objetivos
    Objetivo                                  Meta           Alcançado    Chamados  Cumprido
    Disponibilidade mensal (Disponibilidade)  ≥ 99,5%        99%          0         Não
    PrimeiraResposta                          ≥ 95%          96,25%       80        Sim
    Queda                                     ≤ 43 min 12 s  50 min 30 s  0         Não
    Satisfação (CSAT) (Satisfacao)            ≥ 4,2          sem dados    0         —
  Créditos devidos: R$ 2.400,00 (30% da mensalidade)
    Reduzido pelo teto mensal.
    Tipo                    Referente a                            Valor        % da mensalidade
    Faixa                   Disponibilidade                        R$ 2.000,00  25%
    Por descumprimento × 2  Indisponibilidade: Prazo de resolução  R$ 1.000,00  12,5%
  Descumprimentos (2)
    Chamado  Categoria  Canal  Meta                        Vence             Cumprido em       Atraso      Em pausa
    HE-1     Duvida     Email  Tempo de primeira resposta  02/03/2026 13:00  02/03/2026 14:30  1 h 30 min
    HE-2     Incidente         Prazo de resolução          30/03/2026 17:00  ainda aberto      1 d 1 h     2 h 5 min
  Escalonamentos devidos
    Chamado  Devido em         Quando                         Notificar               Contato                  De plantão
    HE-3     10/03/2026 10:00  Aos 25% do prazo de resolução  Coordenador de plantão  plantao@exemplo.example
  Respostas do cliente fora do prazo do contrato
    Chamado  Aguardando o cliente desde  Resposta devida   Terminou                     Atraso  Pausa a favor do fornecedor
    HE-4     05/03/2026 10:00            09/03/2026 10:00  09/03/2026 15:00 (resposta)  5 h     Sim
  Rescisão
    Objetivo         Períodos seguidos abaixo  Períodos para rescisão  Atingida
    Disponibilidade  1                         3                       Não

Chamados abertos no fim: lista de alertas (2)
  Chamado  Categoria  Canal     Aberto            Próximo descumprimento
  HE-2     Incidente            27/03/2026 09:00  Prazo de resolução vencido há 1 d 1 h
  HE-5     Duvida     WhatsApp  31/03/2026 16:00  Tempo de primeira resposta vence 01/04/2026 10:00, restam 3 h de horário

Linhas deixadas fora do histórico
  h.csv:7:4: categoria desconhecida 'Duvdia'; você quis dizer 'Duvida'?

Como se conta
  - Um prazo é cumprido no prazo quando atendido até o seu instante de vencimento (o relógio do contrato, pausas incluídas).
  - É contado no período que contém o instante em que foi decidido: o cumprimento, se cumprido; o vencimento, se descumprido (um descumprimento conta mesmo com o chamado ainda aberto); não é contado se esse instante está fora do intervalo.
  - Os chamados são avaliados no fim do intervalo, ou do histórico se ele termina antes; um prazo ainda pendente então não é contado.
  - A disponibilidade de um período é 1 − indisponibilidade / a duração real do período; as quedas são unidas e recortadas ao período, e a indisponibilidade dentro do calendário excluído do objetivo não conta.
  - Um objetivo sem dados em um período (nenhum chamado decidido, sem registro de quedas, sem essa coluna) não tem valor; nenhum é inventado.
  - Créditos: a pior faixa ou multa de cada objetivo (os medidos pela duração do período), mais as penalidades por descumprimento e por indisponibilidade, depois o teto do período e depois o teto anual sobre os períodos do mesmo ano de contrato incluídos neste relatório. Uma penalidade por indisponibilidade conta cada minuto ou hora iniciados acima da margem permitida.
`;

const ES_MD = `# Informe de cumplimiento del nivel de servicio: SLA de atendimento (CosmoDeskCRM)

Del 1 de marzo de 2026 al 31 de marzo de 2026.

Períodos y horas en America/Sao_Paulo. Los tickets se evalúan al 31/03/2026 18:00.

Las horas escritas sin desfase UTC se leyeron en America/Sao_Paulo.

1 fila errónea quedó fuera del historial; se indica al final.

## Marzo de 2026

### Objetivos

| Objetivo | Meta | Logrado | Tickets | Cumplido |
| --- | --- | --- | --- | --- |
| Disponibilidade mensal (Disponibilidade) | ≥ 99,5 % | 99 % | 0 | No |
| PrimeiraResposta | ≥ 95 % | 96,25 % | 80 | Sí |
| Queda | ≤ 43 min 12 s | 50 min 30 s | 0 | No |
| Satisfação (CSAT) (Satisfacao) | ≥ 4,2 | sin datos | 0 | — |

### Créditos adeudados: 2400,00 BRL (30 % de la cuota mensual)

Limitado por el tope mensual.

| Tipo | Por | Importe | % de la cuota |
| --- | --- | --- | --- |
| Tramo | Disponibilidade | 2000,00 BRL | 25 % |
| Por incumplimiento × 2 | Indisponibilidade: Plazo de resolución | 1000,00 BRL | 12,5 % |

### Incumplimientos (2)

| Ticket | Categoría | Canal | Meta | Vence | Cumplido el | Retraso | En pausa |
| --- | --- | --- | --- | --- | --- | --- | --- |
| HE-1 | Duvida | Email | Tiempo de primera respuesta | 02/03/2026 13:00 | 02/03/2026 14:30 | 1 h 30 min |  |
| HE-2 | Incidente |  | Plazo de resolución | 30/03/2026 17:00 | sigue abierto | 1 d 1 h | 2 h 5 min |

### Escalamientos que correspondían

| Ticket | Correspondía el | Cuándo | Notificar a | Contacto | De guardia |
| --- | --- | --- | --- | --- | --- |
| HE-3 | 10/03/2026 10:00 | Al 25 % del plazo de resolución | Coordenador de plantão | plantao@exemplo.example |  |

### Respuestas del cliente fuera del plazo del contrato

| Ticket | En espera del cliente desde | Respuesta debida | Terminó | Retraso | Pausa a favor del proveedor |
| --- | --- | --- | --- | --- | --- |
| HE-4 | 05/03/2026 10:00 | 09/03/2026 10:00 | 09/03/2026 15:00 (respuesta) | 5 h | Sí |

### Rescisión

| Objetivo | Períodos seguidos por debajo | Períodos para la rescisión | Alcanzada |
| --- | --- | --- | --- |
| Disponibilidade | 1 | 3 | No |

## Tickets abiertos al final: lista de alertas (2)

| Ticket | Categoría | Canal | Abierto | Próximo incumplimiento |
| --- | --- | --- | --- | --- |
| HE-2 | Incidente |  | 27/03/2026 09:00 | Plazo de resolución vencido hace 1 d 1 h |
| HE-5 | Duvida | WhatsApp | 31/03/2026 16:00 | Tiempo de primera respuesta vence 01/04/2026 10:00, quedan 3 h de horario |

## Filas dejadas fuera del historial

- h.csv:7:4: categoría desconocida 'Duvdia'; ¿quiso decir 'Duvida'?

## Cómo se cuenta

- Un plazo se cumple a tiempo cuando se atiende en su instante de vencimiento o antes (el reloj del contrato, pausas incluidas).
- Se cuenta en el período que contiene el instante en que se decidió: su cumplimiento si se cumplió, su vencimiento si se incumplió (un incumplimiento cuenta aunque el ticket siga abierto); no se cuenta si ese instante cae fuera del rango.
- Los tickets se evalúan al final del rango, o del historial si termina antes; un plazo aún pendiente entonces no se cuenta.
- La disponibilidad de un período es 1 − indisponibilidad / la duración real del período; las caídas se unen y se recortan al período, y la indisponibilidad dentro del calendario excluido del objetivo no cuenta.
- Un objetivo sin datos en un período (ningún ticket decidido, sin registro de caídas, sin esa columna) no tiene valor; nunca se inventa.
- Créditos: el peor tramo o multa de cada objetivo (los medidos por la duración del período), más las penalidades por incumplimiento y por indisponibilidad, luego el tope del período y luego el tope anual sobre los períodos del mismo año de contrato incluidos en este informe. Una penalidad por indisponibilidad cuenta cada minuto u hora iniciados por encima del margen permitido.
`;

describe('the compliance report in the contract\'s locale', () => {
    it('as text in pt-BR, word for word', () => {
        expect(plain(renderReport(HAND_REPORT, 'text', 'pt-BR', TITLE))).toBe(PT_BR_TEXT);
    });

    it('as Markdown in es, word for word', () => {
        expect(plain(renderReport(HAND_REPORT, 'md', 'es', TITLE))).toBe(ES_MD);
    });

    it('as text in es and Markdown in pt-BR', () => {
        const text = plain(renderReport(HAND_REPORT, 'text', 'es', TITLE)).split('\n');
        expect(text.slice(0, 3)).toEqual([
            'Informe de cumplimiento del nivel de servicio: SLA de atendimento (CosmoDeskCRM)',
            'Del 1 de marzo de 2026 al 31 de marzo de 2026.',
            'Períodos y horas en America/Sao_Paulo. Los tickets se evalúan al 31/03/2026 18:00.',
        ]);
        expect(text).toContain('    Disponibilidade mensal (Disponibilidade)  ≥ 99,5 %       99 %         0        No');
        expect(text).toContain('  Créditos adeudados: 2400,00 BRL (30 % de la cuota mensual)');
        expect(text).toContain('    HE-2    Incidente         Plazo de resolución          30/03/2026 17:00  sigue abierto     1 d 1 h     2 h 5 min');
        const md = plain(renderReport(HAND_REPORT, 'md', 'pt-BR', TITLE));
        expect(md).toContain('| Satisfação (CSAT) (Satisfacao) | ≥ 4,2 | sem dados | 0 | — |');
        expect(md).toContain('### Créditos devidos: R$ 2.400,00 (30% da mensalidade)\n\nReduzido pelo teto mensal.\n');
        expect(md).toContain('| HE-5 | Duvida | WhatsApp | 31/03/2026 16:00 | Tempo de primeira resposta vence 01/04/2026 10:00, restam 3 h de horário |');
    });

    it('as HTML in es: the page\'s language, missed targets marked, and a nonce for a webview\'s policy', () => {
        const html = plain(renderReport(HAND_REPORT, 'html', 'es', TITLE));
        expect(html).toContain('<html lang="es">');
        expect(html).toContain('<title>Informe de cumplimiento del nivel de servicio: SLA de atendimento (CosmoDeskCRM)</title>');
        expect(html).toContain(
            '<tr><td>Disponibilidade mensal (Disponibilidade)</td><td>≥ 99,5 %</td><td>99 %</td><td>0</td><td class="bad">No</td></tr><tr><td>PrimeiraResposta</td><td>≥ 95 %</td><td>96,25 %</td><td>80</td><td>Sí</td></tr>',
        );
        expect(html).toContain('<h3>Créditos adeudados: 2400,00 BRL (30 % de la cuota mensual)</h3>\n<p class="note">Limitado por el tope mensual.</p>');
        expect(html).toContain('<td>30/03/2026 17:00</td><td class="bad">sigue abierto</td><td>1 d 1 h</td><td>2 h 5 min</td>');
        expect(html).toContain('<tr><td>HE-4</td><td>05/03/2026 10:00</td><td>09/03/2026 10:00</td><td>09/03/2026 15:00 (respuesta)</td><td>5 h</td><td>Sí</td></tr>');
        expect(html).toContain('<tr><td>Disponibilidade</td><td>1</td><td>3</td><td>No</td></tr>');
        expect(html).toContain('<h2>Cómo se cuenta</h2><ul>\n<li>Un plazo se cumple a tiempo');
        expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
        // The trend, as inline SVG of presentation attributes (no script, no style attribute for the policy to block).
        expect(html).toContain('<section><h2>Evolución por período</h2>\n<p class="note">Una línea por objetivo; su meta es la línea discontinua del mismo color. Un período sin datos deja un hueco.</p>\n<svg class="trend"');
        const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
        expect(svgs.map((svg) => /aria-label="([^"]*)"/.exec(svg)?.[1])).toEqual(['Disponibilidade mensal, PrimeiraResposta', 'Satisfação (CSAT)', 'Queda']);
        expect(svgs.map((svg) => [...svg.matchAll(/text-anchor="end" fill="#555555">([^<]*)</g)].map((m) => m[1]))).toEqual([
            ['90 %', '95 %', '100 %'],
            ['3', '4', '5'],
            ['0', '11,2', '22,4', '33,6', '44,8', '56'],
        ]);
        expect(svgs[1]).toContain('>Puntuación</text>');
        expect(svgs[2]).toContain('>Minutos de indisponibilidad</text>');
        expect(svgs[0]).toContain('text-anchor="middle" fill="#555555">mar 2026</text>');
        expect(html).not.toMatch(/style="/);
        const webview = renderReport(HAND_REPORT, 'html', 'es', { nonce: 'n0nce' });
        expect(webview).toContain("content=\"default-src 'none'; style-src 'nonce-n0nce'\"");
        expect(webview).toContain('<style nonce="n0nce">');
        expect(webview).not.toContain('unsafe-inline');
    });

    it('as JSON: the report object in no language', () => {
        const json = `${JSON.stringify(HAND_REPORT, null, 2)}\n`;
        expect(renderReport(HAND_REPORT, 'json', 'es')).toBe(json);
        expect(renderReport(HAND_REPORT, 'json', 'pt-BR', TITLE)).toBe(json);
    });

    it('falls back to English for a locale Pacto does not speak', () => {
        expect(renderReport(HAND_REPORT, 'text', 'fr').split('\n')[0]).toBe('Service level compliance report: CosmoDeskCRM');
    });
});

describe('the compliance report as a PDF in pt-BR, read back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pacto-render-locale-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('says the hand-made report\'s figures the reader\'s way', async () => {
        const file = path.join(dir, 'hand.pdf');
        writeFileSync(file, await complianceReportPdf(HAND_REPORT, 'pt-BR', TITLE));
        const text = tool('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ');
        for (const fact of [
            'Relatório de cumprimento do nível de serviço',
            'SLA de atendimento (CosmoDeskCRM)',
            'Os chamados são avaliados em 31/03/2026 18:00.',
            '1 linha inválida ficou fora do histórico; ela está indicada no fim.',
            'Disponibilidade mensal (Disponibilidade) ≥ 99,5% 99% 0 Não',
            'Queda ≤ 43 min 12 s 50 min 30 s 0 Não',
            'Créditos devidos: R$ 2.400,00 (30% da mensalidade)',
            'Reduzido pelo teto mensal.',
            'Por descumprimento × 2 Indisponibilidade: Prazo de resolução R$ 1.000,00 12,5%',
            // pdftotext reads a table's cells in the order they were drawn: only runs it reads in order are facts.
            'HE-2 Incidente Prazo de resolução 30/03/2026 17:00 ainda aberto',
            'Prazo de resolução vencido há 1 d 1 h',
            'Tempo de primeira resposta vence 01/04/2026 10:00, restam 3 h de horário',
            'CosmoDeskCRM, 01/03/2026 – 31/03/2026 Página 2 de 3',
            "h.csv:7:4: categoria desconhecida 'Duvdia'; você quis dizer 'Duvida'?",
        ]) expect(text, fact).toContain(fact);
    });
});
