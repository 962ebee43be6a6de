import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractPdf } from '../../../runtime/export/index.js';
import { exampleContract } from './examples.js';

// The PDF is checked with real tools (poppler-utils): pdftotext extracts its text, pdffonts lists the
// embedded fonts, pdftoppm renders a page.
const dir = mkdtempSync(path.join(tmpdir(), 'pacto-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tool(command: string, args: string[]): string {
    const run = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
    if (run.error) throw run.error;
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
}

async function pdfOf(file: string): Promise<{ file: string; text: string }> {
    const bytes = await contractPdf(await exampleContract(file));
    const out = path.join(dir, file.replace(/\.pacto$/, '.pdf'));
    writeFileSync(out, bytes);
    // Without -layout: the text in reading order, one table cell after another; whitespace folded.
    return { file: out, text: tool('pdftotext', ['-enc', 'UTF-8', out, '-']).replace(/\s+/g, ' ') };
}

describe('PDF export', () => {
    it('imolko.pacto (es): parties, term, fee, hours, holidays, targets, penalties and worked deadlines in Spanish', async () => {
        const { file, text } = await pdfOf('imolko.pacto');
        for (const fact of [
            'Acuerdo de nivel de servicio Zenkiu',
            'Proveedor', 'Imolko C.A.', 'Cliente Ejemplo C.A.',
            'del 1 de enero de 2026 al 31 de diciembre de 2026',
            '1500,00 US$ por mes',
            'Blog propio, gestión de contactos',
            'Lunes – Viernes', '08:00–12:00, 13:00–17:00', 'America/Caracas',
            'Carnaval', 'Aniversario de la empresa', 'Día de la Independencia',
            'Falla crítica', '1 hora hábil', '4 horas hábiles', '112 horas hábiles',
            'El cliente no puede hacer uso del servicio',
            '95 % de las respuestas a tiempo',
            'Al 150 % del plazo de resolución', 'direccion@imolko.example',
            '15 % (225,00 US$)', 'nunca superan el 20 % de la tarifa (300,00 US$)',
            'Mensual',
            'Firma', 'Por el proveedor', 'Por el cliente',
            'Página 1 de', 'ZenkiuSupport',
        ]) {
            expect(text, fact).toContain(fact);
        }
        // A critical failure reported at the end of the week, 15 minutes before Friday's closing, is due on
        // Monday at 11:45 (4 business hours: 15 minutes on Friday, 08:00-11:45 on Monday), as computed by the runtime.
        expect(text).toMatch(/Falla crítica vie 9 ene 2026, 16:45 \(final de la semana\) lun 12 ene 2026, 08:45 lun 12 ene 2026, 11:45/);
        // The eve of Carnaval (Monday 16 and Tuesday 17 February are holidays): due on Wednesday.
        expect(text).toMatch(/Falla crítica vie 13 feb 2026, 16:45 \(víspera de Carnaval\) mié 18 feb 2026, 08:45 mié 18 feb 2026, 11:45/);
        const fonts = tool('pdffonts', [file]);
        expect(fonts).toMatch(/DejaVuSerif\s+CID TrueType\s+Identity-H\s+yes yes yes/);
        expect(fonts).not.toMatch(/Helvetica/);
    });

    it('helpdesk-br.pacto (pt-BR): Portuguese labels, reais, business days, obligations, breach, termination', async () => {
        const { text } = await pdfOf('helpdesk-br.pacto');
        for (const fact of [
            'SLA de atendimento — CRM comercial', 'Acordo de nível de serviço',
            'Exemplo Tecnologia Ltda.', 'Comercial Exemplo S.A.',
            'de 1 de março de 2026 a 28 de fevereiro de 2027',
            'R$ 8.000,00 por mês',
            'Véspera de Ano Novo (acordado)', 'Dias especiais',
            '2 dias úteis', '15 minutos', '4 horas úteis',
            'Disponibilidade de pelo menos 99,5%',
            'Responder às solicitações do fornecedor em até 2 dias úteis',
            'Fornecer acesso remoto ao ambiente para diagnóstico.',
            'a equipe do fornecedor é notificada em até 30 minutos',
            'por 3 meses consecutivos', 'Aviso prévio: 30 dias.',
            'Os créditos em um mês nunca excedem 30% do valor (R$ 2.400,00)',
            'Assinatura', 'Página 1 de',
        ]) {
            expect(text, fact).toContain(fact);
        }
    });

    it('saas-hosting.pacto (en): English labels, pounds, maintenance window, allowed downtime', async () => {
        const { file, text } = await pdfOf('saas-hosting.pacto');
        for (const fact of [
            'Managed Hosting Service Level Agreement', 'Northwind Cloud Ltd.', 'Contoso Retail plc',
            'from January 1, 2026 to December 31, 2027', '£12,000.00 per month',
            'Availability of at least 99.9%, excluding downtime during Maintenance window',
            'allowed downtime in a 30-day month: 43 min 12 s',
            'Head of operations', 'Page 1 of', 'Signature', 'For the provider',
            'Worked deadline examples',
        ]) {
            expect(text, fact).toContain(fact);
        }
        // Page 1 renders: pdftoppm writes a PNG of it.
        const prefix = path.join(dir, 'saas-page');
        tool('pdftoppm', ['-f', '1', '-l', '1', '-r', '50', '-png', '-singlefile', file, prefix]);
        const png = readFileSync(`${prefix}.png`);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(png.length).toBeGreaterThan(5_000);
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
