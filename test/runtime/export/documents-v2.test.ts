import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseHelper } from 'langium/test';
import { afterAll, describe, expect, it } from 'vitest';
import type { Model } from '../../../language/generated/ast.js';
import { lowerModel } from '../../../language/lower.js';
import { contractHtml, contractMarkdown, contractPdf } from '../../../runtime/export/index.js';
import type { Contract } from '../../../runtime/model.js';
import { durationAmount, formatPercent } from '../../../runtime/time/format.js';
import { services } from '../../language/pacto-test-services.js';
import { pageFill, tool } from './pdf-tools.js';

// The defects issue 12 found by reading exported PDFs page by page, each reproduced by a contract that shows
// it: two calendars sharing their holidays (bank holidays included), calendar titles that begin with the
// word the sentence around them uses, a percentage with four decimals, targets of 30 seconds and 24 hours,
// a long e-mail address in a narrow column and a URL in a paragraph.

const parse = parseHelper<Model>(services.Pacto);
const dir = mkdtempSync(path.join(tmpdir(), 'pacto-v2-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EMAIL = 'gerente-de-escalonamento-de-plantao@fornecedor-teste.example';
const URL = 'https://suporte.fornecedor-teste.example/portal/chamados-abertos-e-historico';

const PT = `
contract Compartilhado "Acordo de teste" {
  provider "Fornecedor Teste Ltda."
  customer "Cliente Teste S.A."
  term 2026-01-01 to 2026-12-31
  fee 10000 BRL monthly
  locale "pt-BR"

  calendar Comercial "Horário comercial" {
    time zone "America/Sao_Paulo"
    monday to friday 09:00-18:00
    holidays of "BR" "SP" including bank
    "Nos feriados municipais o atendimento é feito pelo plantão."
  }

  calendar Responsavel "Horário do responsável" {
    time zone "America/Sao_Paulo"
    monday to friday 08:00-17:00
    holidays of "BR" "SP" including bank
  }

  default calendar Comercial

  category Queda "Sistema fora do ar" {
    priority 1
    response within 30 seconds
    resolution within 24 hours
  }

  category Duvida "Dúvida" {
    priority 2
    response within 4 business hours
    resolution within 2 business days
  }

  objective Disponibilidade "Disponibilidade" {
    availability 99.4444% per month
  }

  objective Orcamento "Margem de indisponibilidade" {
    availability at most 4 hours down per month
  }

  objective Resolucao "Resolução no prazo" {
    90% of resolutions on time per month
  }

  escalation for Queda {
    at 50% of resolution notify "Gerente" "${EMAIL}"
    "O gerente confirma o recebimento em 15 minutos."
  }

  customer obligations {
    contact "Analista designado" available Responsavel
    reply within 1 business day
  }

  penalties {
    when Resolucao below 90% credit 5% of fee
    per hour of downtime beyond budget of Orcamento pay 100 BRL
  }

  termination {
    when Disponibilidade below 99% for 2 consecutive months
    notice 30 days
    "A rescisão por descumprimento não gera multa para o cliente."
  }

  reporting {
    monthly report to customer with Disponibilidade, Resolucao
    monthly meeting with customer
    "O relatório segue o modelo do anexo I."
  }

  clause "Portal de chamados" {
    "Os chamados são abertos e acompanhados no portal do fornecedor, no endereço ${URL}, a qualquer hora do dia."
  }
}
`;

const ES = `
contract Oficinas "Acuerdo de prueba" {
  provider "Proveedor de Prueba S.A."
  customer "Cliente de Prueba C.A."
  term 2026-01-01 to 2026-12-31
  fee 2000 USD monthly
  locale "es"

  calendar Oficina "Horario de oficina" {
    time zone "America/Caracas"
    monday to friday 08:00-17:00
    holidays of "VE"
  }

  default calendar Oficina

  category Critica "Falla crítica" {
    priority 1
    response within 1 business hour
    resolution within 4 business hours
  }

  objective Respuestas "Respuestas a tiempo" {
    95% of responses on time per month
  }

  customer obligations {
    contact "Analista de guardia" available Oficina
    reply within 2 business days pauses clock
  }
}
`;

// Six channels on four calendars that close on the same holidays: the contract whose PDF printed its holiday
// table four times and left page 1 half blank.
const SIX = `
contract SeisCanais "Atendimento multicanal" {
  provider "Fornecedor Teste Ltda."
  customer "Cliente Teste S.A."
  term 2026-01-01 to 2026-12-31
  fee 20000 BRL monthly
  locale "pt-BR"

  service "Atendimento ao consumidor" {
    "Atendimento por WhatsApp, Instagram, site, e-mail, telefone e chat, com horários próprios por canal."
  }

  calendar Comercial "Comercial" {
    time zone "America/Sao_Paulo"
    monday to friday 09:00-18:00
    holidays of "BR" "SP"
  }

  calendar Estendido "Estendido" {
    time zone "America/Sao_Paulo"
    monday to friday 08:00-22:00
    holidays of "BR" "SP"
  }

  calendar Sabado "Sábado" {
    time zone "America/Sao_Paulo"
    monday to saturday 09:00-15:00
    holidays of "BR" "SP"
  }

  calendar Noturno "Noturno" {
    time zone "America/Sao_Paulo"
    monday to friday 18:00-24:00
    holidays of "BR" "SP"
  }

  default calendar Comercial

  channel WhatsApp hours Estendido
  channel Instagram hours Comercial
  channel Site hours Sabado
  channel Email "E-mail" hours always
  channel Telefone hours Comercial
  channel Chat hours Noturno

  category Duvida "Dúvida" {
    response within 4 business hours
    resolution within 2 business days
    via WhatsApp { response within 15 business minutes }
    via Telefone { response within 30 seconds }
  }
}
`;

async function contractOf(text: string): Promise<Contract> {
    const document = await parse(text, { validation: true });
    const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1).map((d) => d.message);
    expect(errors).toEqual([]);
    const [contract] = lowerModel(document.parseResult.value);
    return contract!;
}

async function pdfText(contract: Contract, name: string): Promise<{ lines: string[]; text: string }> {
    const file = path.join(dir, `${name}.pdf`);
    writeFileSync(file, await contractPdf(contract));
    const raw = tool('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return { lines: raw.split('\n'), text: raw.replace(/\s+/g, ' ') };
}

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('numbers and durations as the contract writes them', () => {
    it('a percentage keeps every written digit, with the locale\'s decimal separator', () => {
        expect(formatPercent(99.4444, 'en')).toBe('99.4444%');
        expect(formatPercent(99.4444, 'pt-BR')).toBe('99,4444%');
        expect(plain(formatPercent(99.4444, 'es'))).toBe('99,4444 %');
        expect(formatPercent(99.5, 'pt-BR')).toBe('99,5%');
        expect(formatPercent(95, 'en')).toBe('95%');
    });

    it('a duration keeps the unit it was written in', () => {
        expect(durationAmount({ kind: 'wall', minutes: 0.5, text: '30 seconds' }, 'pt-BR')).toBe('30 segundos');
        expect(durationAmount({ kind: 'wall', minutes: 0.75, text: '45 seconds' }, 'es')).toBe('45 segundos');
        expect(durationAmount({ kind: 'wall', minutes: 1440, text: '24 hours' }, 'pt-BR')).toBe('24 horas');
        expect(durationAmount({ kind: 'wall', minutes: 1440, text: '1 day' }, 'pt-BR')).toBe('1 dia');
        expect(durationAmount({ kind: 'business', minutes: 15, calendar: 'C', text: '15 business minutes' }, 'pt-BR')).toBe('15 minutos úteis');
        expect(durationAmount({ kind: 'business', minutes: 90, calendar: 'C', text: '1.5 business hours' }, 'es')).toBe('1,5 horas hábiles');
        expect(durationAmount({ kind: 'wall', minutes: 0.5, text: '' }, 'en')).toBe('30 seconds');
    });
});

describe('documents of a v2 contract (pt-BR): the defects of issue 12', () => {
    it('Markdown: one holiday table for two calendars, bank holidays marked, no doubled word, exact figures', async () => {
        const md = plain(contractMarkdown(await contractOf(PT)));
        // One table, headed by both calendars; Carnaval (a bank holiday) closes both and says why.
        expect(md.match(/^### Feriados durante a vigência/gm)).toHaveLength(1);
        expect(md).toContain('### Feriados durante a vigência (fechado): Horário comercial e Horário do responsável');
        expect(md).toContain('| seg., 16 de fev. de 2026 | Carnaval (feriado bancário) |');
        expect(md).toContain('Fechado nos feriados oficiais (Brasil, São Paulo), inclusive os feriados bancários; as datas estão listadas abaixo.');
        expect(md).toContain('Nos feriados municipais o atendimento é feito pelo plantão.');
        expect(md).toContain('Designar um contato: Analista designado, disponível no horário do responsável.');
        expect(md).not.toMatch(/horário Horário/i);
        expect(md).toContain('Disponibilidade de pelo menos 99,4444%');
        expect(md).not.toContain('pelo menos 99,444%');
        expect(md).toContain('| 1 | Sistema fora do ar | 30 segundos | 24 horas |');
        expect(md).not.toMatch(/0,5 minuto|\b1 dia\b(?! útil)/);
        // The downtime budget in both readings: 4 hours of a 30-day month (720 h) is 99.444…%.
        expect(md).toContain('No máximo 4 horas de indisponibilidade (em um mês de 30 dias, uma disponibilidade de ≈ 99,444%)');
        expect(md).toContain('Por hora de indisponibilidade além da margem de Margem de indisponibilidade (4 horas): R$ 100,00.');
        // Worked examples of a 30-second target show the seconds.
        expect(md).toContain('| Sistema fora do ar | seg. 5 jan. 2026, 10:00<br>(meio da manhã) | seg. 5 jan. 2026, 10:00:30 | ter. 6 jan. 2026, 10:00 |');
        expect(md).toContain('O gerente confirma o recebimento em 15 minutos.');
        expect(md).toContain('A rescisão por descumprimento não gera multa para o cliente.');
        expect(md).toContain('- Reunião mensal de acompanhamento com o cliente.');
        expect(md).toContain('O relatório segue o modelo do anexo I.');
        expect(md).toContain('## 11. Portal de chamados');
        // The reply duty does not pause the clock here, and the document says so.
        expect(md).toContain('**Suspensão:** Nunca: nenhum evento o suspende.');
        // No penalty cap: the rule says so, and the worst month is the plain sum.
        expect(md).toContain('Nenhum teto limita o total.');
        expect(md).toContain('As penalidades por indisponibilidade somam-se a esse valor, sem teto mensal.');
    });

    it('a percentage of a yearly fee is of a month\'s fee, as the simulator reads it; a yearly cap of the fee as written', async () => {
        const contract = await contractOf(PT);
        const yearly: Contract = {
            ...contract,
            fee: { amount: 120000, currency: 'BRL', period: 'yearly' },
            penalties: { ...contract.penalties!, caps: [{ percent: 30, period: 'month' }, { percent: 10, period: 'year' }] },
        };
        const md = plain(contractMarkdown(yearly));
        expect(md).toContain('| Resolução no prazo | 90% | Crédito de 5% do valor (R$ 500,00) |');
        expect(md).toContain('- Os valores devidos em um mês nunca excedem 30% do valor (R$ 3.000,00).');
        expect(md).toContain('- Os valores devidos em um ano nunca excedem 10% do valor (R$ 12.000,00).');
        expect(md).toContain('| Total dos objetivos |  | R$ 500,00 |');
        // 24 such months would reach the yearly cap: more than a year, so the document does not say it.
        expect(md).not.toContain('meses assim o atingem');
    });

    it('PDF: addresses and URLs whole on one line, no doubled word, exact figures', async () => {
        const { lines, text } = await pdfText(await contractOf(PT), 'compartilhado');
        expect(lines.some((line) => line.includes(EMAIL)), 'the e-mail address on one line').toBe(true);
        expect(lines.some((line) => line.includes(URL)), 'the URL on one line').toBe(true);
        expect(text).toContain('disponível no horário do responsável');
        expect(text).not.toMatch(/horário Horário/i);
        expect(text).toContain('Disponibilidade de pelo menos 99,4444%');
        expect(text).toContain('Sistema fora do ar 30 segundos 24 horas');
        expect(text.match(/Feriados durante a vigência \(fechado\)/g)).toHaveLength(1);
        expect(text).toContain('Carnaval (feriado bancário)');
    });
});

describe('a six-channel contract on four calendars', () => {
    it('prints its holiday table once, for the four calendars, and fills page 1', async () => {
        const contract = await contractOf(SIX);
        const md = plain(contractMarkdown(contract));
        expect(md.match(/^### Feriados durante a vigência/gm)).toHaveLength(1);
        expect(md).toContain('### Feriados durante a vigência (fechado): Comercial, Estendido, Sábado e Noturno');
        const file = path.join(dir, 'seis.pdf');
        writeFileSync(file, await contractPdf(contract));
        const text = tool('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ');
        expect(text.match(/Feriados durante a vigência/g)).toHaveLength(1);
        expect(pageFill(file)).toBeGreaterThan(0.75);
    });
});

describe('documents of a v2 contract (es): calendar titles in sentences', () => {
    it('"en el horario de oficina", never "en el horario de Horario de oficina"', async () => {
        const contract = await contractOf(ES);
        const md = plain(contractMarkdown(contract));
        expect(md).toContain('Designar un contacto: Analista de guardia, disponible en el horario de oficina.');
        expect(md).not.toMatch(/horario de Horario/i);
        expect(md).toContain('**Se pausa:** Mientras el proveedor espera la respuesta del cliente a una solicitud (el cliente responde en un plazo de 2 días hábiles); se reanuda con la respuesta.');
        const { text } = await pdfText(contract, 'oficinas');
        expect(text).toContain('disponible en el horario de oficina');
        expect(text).not.toMatch(/horario de Horario/i);
        expect(contractHtml(contract)).not.toMatch(/horario de Horario/i);
    });
});
