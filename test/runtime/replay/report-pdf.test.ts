/**
 * The compliance report's PDF (runtime/replay/report-pdf.ts) for two example histories, read back with
 * poppler: the facts the customer is owed, in the contract's locale, reproducible to the byte, and pages
 * that render (the trend chart is vector paths, so the chart page carries coloured pixels).
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceReport, complianceReportPdf, type ComplianceReport } from '../../../runtime/index.js';
import type { Contract } from '../../../runtime/model.js';
import { exampleContract } from '../export/examples.js';
import { tool } from '../export/pdf-tools.js';

const HISTORY = path.join(process.cwd(), 'examples', 'history');
const dir = mkdtempSync(path.join(tmpdir(), 'pacto-report-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reportOf(name: string): Promise<{ contract: Contract; report: ComplianceReport }> {
    const contract = await exampleContract(`${name}.pacto`);
    const file = path.join(HISTORY, `${name}.csv`);
    const report = await complianceReport({ contract, history: { source: createReadStream(file), file, format: 'csv' } });
    return { contract, report };
}

/** The PDF's text with every run of white space (no-break spaces of currencies included) as one space. */
const flat = (file: string) => tool('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ');

describe.each([
    {
        name: 'imolko',
        pages: 3,
        facts: [
            'Informe de cumplimiento del nivel de servicio',
            'Acuerdo de nivel de servicio Zenkiu (ZenkiuSupport)',
            'Del 1 de marzo de 2026 al 31 de mayo de 2026',
            'Los tickets se evalúan al 01/05/2026 05:26.',
            'Evolución por período',
            'Marzo de 2026',
            'Respuestas a tiempo (RespuestaATiempo) ≥ 95 % 76,19 % 21 No',
            'Resoluciones a tiempo (ResolucionATiempo) ≥ 90 % 88,06 % 67 No',
            'Créditos adeudados: 75,00 US$ (5 % de la cuota mensual)',
            'Incumplimientos (13)',
            'IM-0042 Grave Formulario Tiempo de primera respuesta 02/03/2026 10:00 03/03/2026 11:02 1 d 1 h 2 min',
            'Abril de 2026',
            'Respuestas a tiempo (RespuestaATiempo) ≥ 95 % 77,42 % 31 No',
            'Resoluciones a tiempo (ResolucionATiempo) ≥ 90 % 88,16 % 76 No',
            'Incumplimientos (16)',
            'Mayo de 2026',
            'Respuestas a tiempo (RespuestaATiempo) ≥ 95 % sin datos 0 —',
            'Créditos adeudados: 0,00 US$ (0 % de la cuota mensual)',
            'Tickets abiertos al final: lista de alertas (11)',
            'Cómo se cuenta',
            'Página 1 de 3',
        ],
    },
    {
        name: 'helpdesk-br',
        pages: 8,
        facts: [
            'Relatório de cumprimento do nível de serviço',
            'SLA de atendimento — CRM comercial (CosmoDeskCRM)',
            'De 1 de março de 2026 a 31 de maio de 2026',
            'Os chamados são avaliados em 03/05/2026 15:30.',
            'Março de 2026',
            'Disponibilidade mensal (Disponibilidade) ≥ 99,5% sem dados 0 —',
            'Primeira resposta no prazo (PrimeiraResposta) ≥ 95% 52,94% 102 Não',
            'Satisfação (CSAT) (Satisfacao) ≥ 4,2 3,57 63 Não',
            'Créditos devidos: R$ 2.400,00 (30% da mensalidade)',
            'Descumprimentos (64)',
            'Abril de 2026',
            'Descumprimentos (70)',
            'Chamados abertos no fim: lista de alertas (12)',
            'HE-0012 Duvida Email 23/04/2026 10:44 Prazo de resolução vencido há 8 d 2 h 45 min',
            'Página 8 de 8',
        ],
    },
])('the $name compliance report as a PDF', ({ name, pages, facts }) => {
    let file: string;
    let bytes: Buffer;
    let report: ComplianceReport;
    let contract: Contract;
    beforeAll(async () => {
        ({ contract, report } = await reportOf(name));
        bytes = await complianceReportPdf(report, contract.locale, { title: contract.title ?? null });
        file = path.join(dir, `${name}.pdf`);
        writeFileSync(file, bytes);
    }, 60_000);

    it('states the figures of the report in the contract\'s locale', () => {
        const text = flat(file);
        for (const fact of facts) expect(text, fact).toContain(fact);
        expect(tool('pdfinfo', [file])).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
    });

    it('embeds only the DejaVu faces', () => {
        const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
        expect(fonts.length).toBeGreaterThan(0);
        for (const line of fonts) expect(line).toMatch(/DejaVu.* yes /);
    });

    it('is the same bytes when made again, dated from the range, not the clock', async () => {
        const again = await complianceReportPdf(report, contract.locale, { title: contract.title ?? null });
        expect(again.equals(bytes)).toBe(true);
        expect(tool('pdfinfo', [file])).toMatch(/CreationDate:\s+Sun Mar\s+1 00:00:00 2026 UTC/);
    });

    it('draws the trend chart on the first page (coloured vector lines, not only text)', () => {
        const prefix = path.join(dir, `${name}-page`);
        tool('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', file, prefix]);
        const ppm = readFileSync(`${prefix}-1.ppm`);
        // P6 header: "P6\nW H\n255\n", then RGB triples.
        const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 20).toString('latin1'))!;
        const pixels = ppm.subarray(header[0].length);
        let coloured = 0;
        for (let i = 0; i < pixels.length; i += 3) {
            const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
            if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured++;
        }
        // Text is dark grey or navy; the series lines are saturated.
        expect(coloured).toBeGreaterThan(200);
    });
});
