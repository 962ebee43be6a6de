import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractPdf } from '../../../runtime/export/index.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';
import { pageFill, tool } from './pdf-tools.js';

// The PDF is checked with real tools (poppler-utils): pdftotext extracts its text, pdffonts lists the
// embedded fonts, pdftoppm renders a page.
const dir = mkdtempSync(path.join(tmpdir(), 'pacto-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfOf(file: string): Promise<{ file: string; text: string; lines: string[] }> {
    const bytes = await contractPdf(await exampleContract(file));
    const out = path.join(dir, file.replace(/\.pacto$/, '.pdf'));
    writeFileSync(out, bytes);
    // Without -layout: the text in reading order, one table cell after another; whitespace folded.
    const raw = tool('pdftotext', ['-enc', 'UTF-8', out, '-']);
    return { file: out, text: raw.replace(/\s+/g, ' '), lines: raw.split('\n') };
}

function expectFacts(text: string, facts: string[]): void {
    for (const fact of facts) expect(text, fact).toContain(fact);
}

describe('PDF export', () => {
    it('imolko.pacto (es): parties, hours, holidays, targets, penalties and worked deadlines in Spanish', async () => {
        const { file, text } = await pdfOf('imolko.pacto');
        expectFacts(text, [
            'Acuerdo de nivel de servicio Zenkiu',
            'Proveedor', 'Imolko C.A.', 'Cliente Ejemplo C.A.',
            'del 1 de enero de 2026 al 31 de diciembre de 2026',
            '1500,00 US$ por mes',
            'Blog propio, gestión de contactos',
            'Lunes – Viernes', '08:00–12:00, 13:00–17:00', 'America/Caracas',
            'Carnaval', 'Aniversario de la empresa (acordado)', 'Día de la Independencia',
            'Cerrado en los feriados oficiales (Venezuela) y en los feriados acordados en este contrato',
            'Prioridad Categoría Tiempo de primera respuesta Plazo de resolución',
            '1 Falla crítica 1 hora hábil 4 horas hábiles', '112 horas hábiles',
            '95 % de las primeras respuestas a tiempo',
            'Al 150 % del plazo de resolución', 'direccion@imolko.example',
            'Crédito del 15 % de la tarifa (225,00 US$)', 'Los importes debidos en un mes nunca superan el 20 % de la tarifa (300,00 US$).',
            'Mensual',
            'Firma', 'Por el proveedor', 'Por el cliente',
            'Página 1 de', 'ZenkiuSupport',
        ]);
        // A critical failure reported at the end of the week, 15 minutes before Friday's closing, is due on
        // Monday at 11:45 (4 business hours: 15 minutes on Friday, 08:00-11:45 on Monday), as computed by the runtime.
        expect(text).toMatch(/Falla crítica vie 9 ene 2026, 16:45 \(final de la semana\) lun 12 ene 2026, 08:45 lun 12 ene 2026, 11:45/);
        // The eve of Carnaval (Monday 16 and Tuesday 17 February are holidays): due on Wednesday.
        expect(text).toMatch(/Falla crítica vie 13 feb 2026, 16:45 \(víspera de Carnaval\) mié 18 feb 2026, 08:45 mié 18 feb 2026, 11:45/);
        const fonts = tool('pdffonts', [file]);
        expect(fonts).toMatch(/DejaVuSerif\s+CID TrueType\s+Identity-H\s+yes yes yes/);
        expect(fonts).not.toMatch(/Helvetica/);
    });

    it('imolko.pacto (es): every v2 construct in its place', async () => {
        const { text } = await pdfOf('imolko.pacto');
        expectFacts(text, [
            // Definitions first, from the categories' descriptions.
            '1. Partes y vigencia', '2. Definiciones', 'Categorías de tickets Falla crítica El cliente no puede hacer uso del servicio en ninguna de sus funcionalidades.',
            // How each objective is measured.
            '7. Cómo se mide cada objetivo',
            'Reloj Falla crítica: 1 hora hábil del calendario Oficina (America/Caracas): solo cuenta el tiempo en que está abierto.',
            'Empieza Cuando se reporta el ticket.',
            'Se pausa Nunca: ningún hecho lo pausa.',
            'Termina Con la primera respuesta al cliente, o con la resolución si llega antes.',
            'A tiempo Una primera respuesta dada en el instante de vencimiento o antes',
            'Período Cada mes natural (hora de America/Caracas), sobre los tickets reportados en él.',
            // Escalation to the on-call rotation, and the rotation with its first turns.
            '8. Escalamiento y guardias',
            'Falla menor Al 50 % del plazo de resolución Quien esté de guardia (Guardia semanal) según la rotación indicada más abajo',
            'Rotación de guardia: Guardia semanal',
            'Rotación semanal desde el 5 de enero de 2026: cada persona está de guardia una semana por turno',
            '1 Ana Pérez ana@imolko.example 2 Luis Gómez luis@imolko.example',
            '1 lun, 5 ene 2026 dom, 11 ene 2026 Ana Pérez 2 lun, 12 ene 2026 dom, 18 ene 2026 Luis Gómez 3 lun, 19 ene 2026 dom, 25 ene 2026 Ana Pérez',
            // Provider obligations, the whole breach procedure in its order.
            '9. Obligaciones del proveedor', 'Publicar el estado del servicio y las ventanas de mantenimiento.',
            '1. Alertar al equipo del proveedor en un plazo de 30 minutos. 2. Identificar al responsable y el ajuste necesario. '
                + '3. Informar al cliente del incumplimiento en un plazo de 2 horas. 4. Actuar para corregirlo en un plazo de 4 horas hábiles. '
                + '5. Informar al cliente de que el incumplimiento está resuelto en un plazo de 1 hora hábil desde la resolución. '
                + '6. Entregar un análisis de las causas en un plazo de 5 días hábiles.',
            // The combination rule and the worst month.
            'Cómo se combinan los importes Por cada objetivo solo se debe el peor tramo aplicable',
            'Después, el tope mensual limita el total de cada mes.',
            'Resoluciones a tiempo por debajo de 80 %: crédito del 15 % de la tarifa 225,00 US$',
            'Tras el tope mensual (20 % de la tarifa) 225,00 US$',
            // Reporting notes, the periodic review, the clause.
            'Si se definen tiempos de respuesta, se debe poder verificar si se cumplen.',
            'El acuerdo se revisa cada 6 meses: Revisión de objetivos y penalidades.',
            'Ley aplicable Este acuerdo se rige por las leyes de la República Bolivariana de Venezuela.',
        ]);
        expect(text).not.toMatch(/horario de Horario/i);
    });

    it('helpdesk-br.pacto (pt-BR): Portuguese labels, reais, business days, obligations, breach, termination', async () => {
        const { text } = await pdfOf('helpdesk-br.pacto');
        expectFacts(text, [
            'SLA de atendimento — CRM comercial', 'Acordo de nível de serviço',
            'Exemplo Tecnologia Ltda.', 'Comercial Exemplo S.A.',
            'de 1 de março de 2026 a 28 de fevereiro de 2027',
            'R$ 8.000,00 por mês',
            'Véspera de Ano Novo (acordado)', 'Dias especiais',
            'Tempo de primeira resposta Prazo de resolução',
            '2 dias úteis', '15 minutos', '4 horas úteis',
            'Disponibilidade de pelo menos 99,5%',
            'Responder às solicitações do fornecedor em até 2 dias úteis',
            'Designar um contato: Analista de TI designado, disponível no horário Comercial.',
            'Fornecer acesso remoto ao ambiente para diagnóstico.',
            'por 3 meses consecutivos', 'Aviso prévio: 30 dias.',
            'Assinatura', 'Página 1 de',
        ]);
    });

    it('helpdesk-br.pacto (pt-BR): every v2 construct in its place', async () => {
        const { text } = await pdfOf('helpdesk-br.pacto');
        expectFacts(text, [
            '2. Definições', 'Incidente Falha que interrompe ou degrada o uso do CRM. Horas úteis As horas do calendário Comercial.',
            // Channel targets under their category; a target under a minute in seconds, with seconds in the examples.
            '3 Dúvida de uso 4 horas úteis 2 dias úteis ↳ pelo canal Telefone de plantão 30 segundos 2 dias úteis ↳ pelo canal WhatsApp 15 minutos úteis 2 dias úteis',
            'Dúvida de uso ↳ pelo canal Telefone de plantão seg. 2 mar. 2026, 10:00 (meio da manhã) seg. 2 mar. 2026, 10:00:30 qua. 4 mar. 2026, 10:00',
            // Objectives via a channel, CSAT share, objective notes.
            'Telefone atendido no prazo 90% das primeiras respostas no prazo, pelo canal Telefone de plantão mensal',
            'Clientes satisfeitos Pelo menos 85% de avaliações satisfeitas (4 ou mais de 5) mensal',
            'Telefone atendido no prazo: Medido sobre as ligações recebidas no plantão.',
            // How each objective is measured: the clock per target, the pause of the reverse SLA.
            '7. Como cada objetivo é apurado',
            'Dúvida de uso pelo canal Telefone de plantão: 30 segundos em tempo corrido, inclusive noites, fins de semana e feriados.',
            'Dúvida de uso: 2 dias úteis do calendário Comercial (America/Sao_Paulo): vence no mesmo horário do 2º dia útil seguinte.',
            'Suspensão Enquanto o fornecedor aguarda a resposta do cliente a uma solicitação (o cliente responde em até 2 dias úteis); retoma com a resposta.',
            'No prazo Uma resolução até o instante do vencimento, inclusive',
            'Apura-se A parte das avaliações do período com nota 4 ou mais de 5 ("satisfeitas").',
            'Período Cada trimestre civil (horário de America/Sao_Paulo)',
            // Provider obligations, the breach procedure in its order.
            'Obrigações do fornecedor • Manter a plataforma monitorada 24 horas por dia.',
            '1. Alertar a equipe do fornecedor em até 30 minutos. 2. Identificar o responsável e o ajuste necessário. '
                + '3. Informar o cliente do descumprimento em até 2 horas. 4. Agir para corrigi-lo em até 4 horas. '
                + '5. Informar o cliente de que o descumprimento foi resolvido em até 1 hora após a resolução. 6. Entregar uma análise das causas em até 5 dias úteis.',
            // Fines, per-breach penalties, both caps, notes, the rule and the worst month.
            'Telefone atendido no prazo 80% Multa de R$ 1.000,00',
            'Por chamado de Sistema fora do ar com a resolução fora do prazo: R$ 500,00.',
            'Os valores devidos em um mês nunca excedem 30% do valor (R$ 2.400,00).',
            'Os valores devidos em um ano nunca excedem 150% do valor (R$ 12.000,00).',
            'As multas não excluem a indenização por perdas e danos.',
            'Para cada objetivo, só é devida a pior faixa aplicável',
            'Em seguida, o teto mensal limita o total de cada mês, e depois o teto anual limita o total de cada ano.',
            'Disponibilidade mensal abaixo de 99%: crédito de 25% do valor R$ 2.000,00',
            'Telefone atendido no prazo abaixo de 80%: multa de R$ 1.000,00 R$ 1.000,00',
            'Total dos objetivos R$ 3.400,00 Após o teto mensal (30% do valor) R$ 2.400,00',
            'As penalidades por descumprimento somam-se até o teto mensal: neste mês o teto já foi atingido, então não acrescentam nada.',
            'Em um ano, o teto anual (150%, R$ 12.000,00) limita o total: 5 meses assim o atingem.',
            // Meetings, the periodic review, the clause.
            'Reunião trimestral de acompanhamento com o cliente.',
            'O acordo é revisto a cada 6 meses: Revisão dos objetivos e das multas.',
            'Foro Fica eleito o foro da comarca de São Paulo',
        ]);
        expect(text).not.toContain('0,5 minuto');
        expect(text).not.toMatch(/horário Horário/i);
    });

    it('saas-hosting.pacto (en): English labels, pounds, maintenance window, allowed downtime', async () => {
        const { file, text } = await pdfOf('saas-hosting.pacto');
        expectFacts(text, [
            'Managed Hosting Service Level Agreement', 'Northwind Cloud Ltd.', 'Contoso Retail plc',
            'from January 1, 2026 to December 31, 2027', '£12,000.00 per month',
            'Availability of at least 99.9%, excluding downtime during Maintenance window',
            'allowed downtime in a 30-day month: 43 min 12 s',
            'Head of operations', 'Page 1 of', 'Signature', 'For the provider',
            'Worked deadline examples',
        ]);
        // Page 1 renders: pdftoppm writes a PNG of it.
        const prefix = path.join(dir, 'saas-page');
        tool('pdftoppm', ['-f', '1', '-l', '1', '-r', '50', '-png', '-singlefile', file, prefix]);
        const png = readFileSync(`${prefix}.png`);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(png.length).toBeGreaterThan(5_000);
    });

    it('saas-hosting.pacto (en): every v2 construct in its place', async () => {
        const { text, lines } = await pdfOf('saas-hosting.pacto');
        expectFacts(text, [
            '2. Definitions', 'Service unavailable The platform is unreachable or returns errors for most requests.',
            // The downtime budget in both readings, its note, how it is measured.
            'Monthly downtime budget At most 45 minutes of downtime, not counting downtime during Maintenance window (in a 30-day month, an availability of ≈ 99.896%)',
            'Monthly downtime budget: Counted from the first failed health check to the first successful one.',
            'Not counted Downtime during the hours of Maintenance window (Sunday 02:00–04:00).',
            'Met when The downtime is at most 45 minutes, whatever the length of the month',
            'Met when Availability is at least 99.9%: at most 43 min 12 s of downtime in a 30-day month, 44 min 38.4 s in a 31-day month.',
            'Clock Service unavailable: 4 hours of wall-clock time, nights, weekends and holidays included. Degraded performance: 8 business hours on the London office',
            'calendar (Europe/London): only the time it is open counts.',
            'Service request: 5 business days on the London office hours calendar (Europe/London): due at the same time of day on the 5th following business day.',
            'Paused While the provider awaits the customer\'s reply to a request (the customer replies within 1 business day); the clock resumes with the reply.',
            'Each calendar quarter (Europe/London time), over the tickets reported in it.',
            'Designate a Customer platform owner, available during London office hours.',
            // The breach procedure: no report of the resolution, so no exception to "from the breach".
            'Times count from the breach. 1. Alert the provider\'s team within 15 minutes. 2. Tell the customer about the breach within 1 hour. 3. Deliver a review of the causes within 5 business days.',
            // Tiers and the fine together, per-breach and downtime penalties, both caps, the note.
            'Monthly availability 99% Credit of 25% of the fee (£3,000.00) Monthly availability 98% Fine of £5,000.00',
            'For each ticket of Service unavailable whose resolution is late: £750.00.',
            'For each hour of downtime beyond the budget of Monthly downtime budget (45 minutes): 1% of the fee (£120.00).',
            'The amounts owed in a month never exceed 35% of the fee (£4,200.00).',
            'The amounts owed in a year never exceed 200% of the fee (£24,000.00).',
            'Service credits are the customer\'s sole remedy for unavailability',
            // The combination rule in words, and the worst month computed from the contract.
            'For each objective, only the worst tier that applies is owed: the one with the lowest threshold the result falls below',
            'The monthly cap then limits the total of each month, and then the yearly cap limits the total of each year.',
            'Monthly availability below 98%: credit of 25% of the fee + fine of £5,000.00 £8,000.00',
            'Incidents resolved on time below 95%: credit of 5% of the fee £600.00',
            'Total of the objectives £8,600.00 After the monthly cap (35% of the fee) £4,200.00',
            'Per-breach and downtime penalties come on top, up to the monthly cap: in this month the cap is already reached, so they add nothing.',
            'Over a year, the yearly cap (200%, £24,000.00) stops the total: 6 such months reach it.',
        ]);
        // E-mail addresses are never broken across lines ("ops-" / "head@…").
        for (const address of ['duty@northwind.example', 'ops-head@northwind.example']) {
            expect(lines.some((line) => line.includes(address)), address).toBe(true);
        }
        expect(text).not.toMatch(/\bhours of [A-Za-z ]*hours\b/);
    });

    it('internal-it.pacto: several calendars get a worked-examples table each, in their own zone', async () => {
        const { text } = await pdfOf('internal-it.pacto');
        expect(text).toContain('Lisbon office — times in Europe/Lisbon');
        expect(text).toContain('New York office — times in America/New_York');
        expect(text).toContain('eve of Martin Luther King Jr. Day');
        const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
        expect(pages).toBeGreaterThanOrEqual(3);
        expect(text).toContain(`Page ${pages} of ${pages}`);
    });

    for (const file of EXAMPLE_FILES) {
        it(`${file}: page 1 is full (no section pushed over, leaving it half blank)`, async () => {
            const pdf = await pdfOf(file);
            expect(pageFill(pdf.file)).toBeGreaterThan(0.75);
        });
    }

    it('page 1 stays full wherever the holiday table falls on it', async () => {
        // Each definition moves everything after it down by a line: across a page's worth of positions the
        // holiday table (14 rows) meets the bottom of page 1 once, and must start there, not on page 2.
        const contract = await exampleContract('helpdesk-br.pacto');
        const fills: number[] = [];
        for (let k = 0; k <= 16; k += 2) {
            const definitions = Array.from({ length: k }, (_, i) => ({ term: `Termo ${i + 1}`, text: 'Definição de uma linha.' }));
            const file = path.join(dir, `definitions-${k}.pdf`);
            writeFileSync(file, await contractPdf({ ...contract, definitions }));
            fills.push(pageFill(file));
        }
        expect(Math.min(...fills), fills.map((x) => x.toFixed(2)).join(' ')).toBeGreaterThan(0.75);
    }, 90_000);

    it('reports missing fonts clearly', async () => {
        await expect(contractPdf(await exampleContract('imolko.pacto'), { fontsDir: path.join(dir, 'nowhere') })).rejects.toThrow(/PDF fonts .* were not found/);
    });
});

describe('PDF reproducibility', () => {
    it('the same contract gives the same bytes (no system clock, no random ID)', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const first = await contractPdf(contract);
        const second = await contractPdf(contract);
        expect(second.equals(first)).toBe(true);
        // The creation date is the term's start.
        const file = path.join(dir, 'reproducible.pdf');
        writeFileSync(file, first);
        expect(tool('pdfinfo', ['-isodates', file])).toMatch(/^CreationDate:\s+2026-03-01T00:00:00Z$/m);
    });
});
