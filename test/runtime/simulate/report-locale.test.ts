/**
 * The simulation's text and HTML reports in the contract's locale (en, es, pt-BR), checked word for word
 * against the hand-made results of report-fixture.ts, whose figures make each value checkable by hand
 * (0.9625 → 96,3 %, 610 min → 10,2 h, 1234.5 BRL → R$ 1.234,50), the simulator's English notes and reasons
 * said in the reader's language, and a real run of helpdesk-br.pacto (pt-BR) with no English left.
 */
import { describe, expect, it } from 'vitest';
import { simulateSync, simulationReportHtml, simulationReportText, simulationReportWebviewHtml } from '../../../runtime/index.js';
import { exampleContract } from './helpers.js';
import { HAND_RESULTS } from './report-fixture.js';

// Intl separates amounts and currencies (and, in Spanish, numbers and "%") with no-break spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const TEXT: Record<'en' | 'es' | 'pt-BR', string> = {
    en: `Scenario MesNormal "Mês típico" of contract CosmoDeskCRM: 1,000 runs, seed 12345
Period 2026-03-01 00:00 to 2026-04-01 00:00 (America/Sao_Paulo); agents: Suporte 4, Sobreaviso 1

Categories (per period; times in business minutes of each target's calendar)
  Duvida: 120.3 tickets; response on time 96.3% (mean 42.5 min, p90 95.3 min); resolution on time 87.5% (mean 10.2 h, p90 20 h); 19.5 breaches, 0 escalations, 1.5 never started

Objectives
  PrimeiraResposta: target 95%, mean 96.3%, met in 70% of periods: at risk
  Resolucao: target 90%, mean 87.5%, met in 30% of periods: unrealistic
  Disponibilidade: not simulated (availability depends on outages, not on tickets)

Penalties per period: expected R$1,234.50, 95th percentile R$2,400.00, worst R$2,400.00
  Per year of 12 periods (1 year simulated, capped at R$12,000.00): expected R$11,000.00, 95th percentile R$12,000.00, worst R$12,000.00.
  (credit for Disponibilidade not included: that objective is not simulated)
  (fine for Disponibilidade not included: that objective is not simulated)
  (per-breach penalty of Duvida not included: it is in USD, the fee in BRL)
  (downtime penalty of Disponibilidade not included: availability depends on outages, not on tickets)

Verdict: unrealistic (objective Resolucao is met in 30% of periods)
`,
    es: `Escenario MesNormal «Mês típico» del contrato CosmoDeskCRM: 1000 ejecuciones, semilla 12345
Período del 01/03/2026 00:00 al 01/04/2026 00:00 (America/Sao_Paulo); agentes: Suporte 4, Sobreaviso 1

Categorías (por período; tiempos en minutos hábiles del calendario de cada plazo)
  Duvida: 120,3 tickets; primera respuesta a tiempo 96,3 % (media 42,5 min, p90 95,3 min); resolución a tiempo 87,5 % (media 10,2 h, p90 20 h); 19,5 incumplimientos, 0 escalamientos, 1,5 sin atender

Objetivos
  PrimeiraResposta: meta 95 %, media 96,3 %, se cumple en el 70 % de los períodos: en riesgo
  Resolucao: meta 90 %, media 87,5 %, se cumple en el 30 % de los períodos: no realista
  Disponibilidade: no simulado (la disponibilidad depende de las caídas, no de los tickets)

Penalizaciones por período: esperado 1234,50 BRL, percentil 95 2400,00 BRL, peor caso 2400,00 BRL
  Por año de 12 períodos (1 año simulado, con un tope de 12.000,00 BRL): esperado 11.000,00 BRL, percentil 95 12.000,00 BRL, peor caso 12.000,00 BRL.
  (crédito por Disponibilidade no incluido: ese objetivo no se simula)
  (multa por Disponibilidade no incluida: ese objetivo no se simula)
  (penalización por incumplimiento de Duvida: no incluida; está en USD y la cuota en BRL)
  (penalización por indisponibilidad de Disponibilidade no incluida: la disponibilidad depende de las caídas, no de los tickets)

Veredicto: no realista (el objetivo Resolucao se cumple en el 30 % de los períodos)
`,
    'pt-BR': `Cenário MesNormal “Mês típico” do contrato CosmoDeskCRM: 1.000 execuções, semente 12345
Período de 01/03/2026 00:00 a 01/04/2026 00:00 (America/Sao_Paulo); agentes: Suporte 4, Sobreaviso 1

Categorias (por período; tempos em minutos úteis do calendário de cada prazo)
  Duvida: 120,3 chamados; primeira resposta no prazo 96,3% (média 42,5 min, p90 95,3 min); resolução no prazo 87,5% (média 10,2 h, p90 20 h); 19,5 descumprimentos, 0 escalonamentos, 1,5 nunca atendidos

Objetivos
  PrimeiraResposta: meta 95%, média 96,3%, cumprido em 70% dos períodos: em risco
  Resolucao: meta 90%, média 87,5%, cumprido em 30% dos períodos: irrealista
  Disponibilidade: não simulado (a disponibilidade depende das quedas, não dos chamados)

Penalidades por período: esperado R$ 1.234,50, percentil 95 R$ 2.400,00, pior caso R$ 2.400,00
  Por ano de 12 períodos (1 ano simulado, com teto de R$ 12.000,00): esperado R$ 11.000,00, percentil 95 R$ 12.000,00, pior caso R$ 12.000,00.
  (crédito de Disponibilidade não incluído: esse objetivo não é simulado)
  (multa de Disponibilidade não incluída: esse objetivo não é simulado)
  (penalidade por descumprimento de Duvida: não incluída; está em USD e a mensalidade em BRL)
  (penalidade por indisponibilidade de Disponibilidade não incluída: a disponibilidade depende das quedas, não dos chamados)

Veredito: irrealista (o objetivo Resolucao é cumprido em 30% dos períodos)
`,
};

describe('the simulation report as text', () => {
    for (const locale of ['en', 'es', 'pt-BR'] as const) {
        it(`in ${locale}, word for word`, () => {
            expect(plain(simulationReportText(HAND_RESULTS, locale))).toBe(TEXT[locale]);
        });
    }
});

describe('the simulation report as HTML', () => {
    it('in es: headings, verdicts, money, shares and the notes in Spanish', () => {
        const html = plain(simulationReportHtml(HAND_RESULTS, { chartJs: null, locale: 'es' }));
        for (const fact of [
            '<html lang="es">',
            '<title>Simulación de MesNormal — Mês típico</title>',
            '<p>Contrato CosmoDeskCRM, período del 01/03/2026 00:00 al 01/04/2026 00:00 (America/Sao_Paulo), 1000 ejecuciones, semilla 12345.\nAgentes: Suporte 4, Sobreaviso 1.</p>',
            '<p>Veredicto: <span class="unrealistic">no realista</span> — el objetivo Resolucao se cumple en el 30 % de los períodos</p>',
            '<tr><td>PrimeiraResposta</td><td>95 %</td><td>96,3 %</td><td>90 % – 99,5 %</td><td>70 %</td><td class="at-risk">en riesgo</td></tr>',
            '<tr><td>Disponibilidade</td><td colspan="4">no simulado: la disponibilidad depende de las caídas, no de los tickets</td><td class="not-simulated">no simulado</td></tr>',
            '<tr><td>Duvida</td><td>120,3</td><td>96,3 %</td><td>42,5</td><td>95,3</td><td>87,5 %</td><td>610</td><td>1200</td><td>19,5</td><td>0</td></tr>',
            '<h2>Canales</h2>',
            '<tr><td>Telefone</td><td>20,5</td><td>81,3 %</td><td>—</td></tr>',
            '<p>Esperado 1234,50 BRL, percentil 95 2400,00 BRL, peor caso 2400,00 BRL (tras los topes).</p>',
            '<p>Por año de 12 períodos (1 año simulado, con un tope de 12.000,00 BRL): esperado 11.000,00 BRL, percentil 95 12.000,00 BRL, peor caso 12.000,00 BRL.</p>',
            '<p class="note">penalización por incumplimiento de Duvida: no incluida; está en USD y la cuota en BRL</p>',
            '<h2>Tiempos de primera respuesta</h2>',
            '<p class="note">Los gráficos no están disponibles: no se encontró chart.js.</p>',
        ]) expect(html, fact).toContain(fact);
    });

    it('in pt-BR: the charts\' labels and axes too, and the webview\'s nonce', () => {
        const html = plain(simulationReportWebviewHtml(HAND_RESULTS, { chartJs: '/* chart.js */', locale: 'pt-BR', nonce: 'n0nce' }));
        for (const fact of [
            '<html lang="pt-BR">',
            "script-src 'nonce-n0nce'",
            '<h2>Penalidades por período</h2>',
            '<p>Esperado R$ 1.234,50, percentil 95 R$ 2.400,00, pior caso R$ 2.400,00 (após os tetos).</p>',
            '<p class="note">crédito de Disponibilidade não incluído: esse objetivo não é simulado</p>',
            '"objectives":[{"label":"PrimeiraResposta (meta 95%)","perRun":[0.9,0.97,0.995]},{"label":"Resolucao (meta 90%)","perRun":[0.8,0.88,0.93]}]',
            '"complianceLabels":["0–5%","5–10%"',
            '"queue":{"labels":["01/03/2026 00:00","16/03/2026 12:00"],"mean":[0,2.5]}',
            '"histogram":{"labels":["0–1","1.000–2.000","≥ 500.000"],"counts":[3,5,1]}',
            '"waited":"respostas que aguardaram (não mostradas: 40 atendidas de imediato)"',
            '"minutes":"minutos úteis até a primeira resposta"',
        ]) expect(html, fact).toContain(fact);
        expect(html.match(/<script nonce="n0nce">/g)).toHaveLength(2);
        expect(html).not.toContain('unsafe-inline');
    });

    it('in en by default', () => {
        const html = simulationReportHtml(HAND_RESULTS, { chartJs: null });
        expect(html).toContain('<html lang="en">');
        expect(html).toContain('<p>Verdict: <span class="unrealistic">unrealistic</span> — objective Resolucao is met in 30% of periods</p>');
        expect(html).toContain('<p>Per year of 12 periods (1 year simulated, capped at R$12,000.00): expected R$11,000.00, 95th percentile R$12,000.00, worst R$12,000.00.</p>');
    });

    it('says amounts as percentages of the fee when the contract states none, in the locale\'s way', () => {
        const results = { ...HAND_RESULTS, penalties: { ...HAND_RESULTS.penalties, currency: null, expected: 12.5, notes: ['the contract states no fee: amounts are percentages of the fee'] } };
        const text = plain(simulationReportText(results, 'es'));
        expect(text).toContain('Penalizaciones por período: esperado 12,5 % de la cuota, percentil 95 2400 % de la cuota');
        expect(text).toContain('  (el contrato no fija una cuota: los importes son porcentajes de la cuota)');
    });
});

describe('a real simulation of helpdesk-br.pacto (pt-BR)', () => {
    it('reports in Portuguese, with no English heading or verdict left', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const results = simulateSync(contract, 'PorCanal', { runs: 12 });
        const html = plain(simulationReportHtml(results, { chartJs: null, locale: contract.locale }));
        expect(html).toContain('<h2>Canais</h2>');
        expect(html).toMatch(/<tr><td>Telefone<\/td><td>\d+(,\d)?<\/td>/);
        expect(html).toMatch(/Por ano de 12 períodos \(1 ano simulado, com teto de R\$ 12\.000,00\): esperado R\$ \d{1,3}(\.\d{3})*,\d\d/);
        for (const english of ['Objectives', 'Categories', 'Channels', 'Penalties', 'Verdict', '>not simulated<', '>realistic<', '>at risk<', '>unrealistic<', 'of the fee', 'Charts are not']) {
            expect(html, english).not.toContain(english);
        }
        const text = plain(simulationReportText(results, contract.locale));
        expect(text.split('\n')[0]).toBe(`Cenário PorCanal${results.title ? ` “${results.title}”` : ''} do contrato CosmoDeskCRM: 12 execuções, semente ${results.seed}`);
        expect(text).toMatch(/\nVeredito: (realista|em risco|irrealista)/);
    });
});
