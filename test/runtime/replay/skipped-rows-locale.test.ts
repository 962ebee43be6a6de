/**
 * The rows a report leaves out are listed in the report's language (the contract's locale) in text,
 * Markdown, HTML and PDF; JSON keeps their English message and adds the catalogue key and arguments.
 */
import { describe, expect, it } from 'vitest';
import { complianceReport, renderReport, type ComplianceReport } from '../../../runtime/index.js';
import { exampleContract } from '../export/examples.js';

const CSV = `ticket,at,event,category,channel
A,2026-03-02T09:00-04:00,opened,Critcal,Correo
B,2026-03-02T09:00,opened,Critica,Correo
D,2026-03-02T10:00-04:00,opened,Critica,Fax
`;

async function skipped(): Promise<ComplianceReport> {
    const contract = await exampleContract('imolko.pacto');
    async function* file(): AsyncGenerator<string> {
        yield CSV;
    }
    return complianceReport({ contract, history: { source: file(), file: 'h.csv', format: 'csv' }, skipBadRows: true });
}

const rows = (text: string) => text.split('\n').filter((l) => l.includes('h.csv:'));

describe('skipped rows in the report\'s language', () => {
    it('text in es, Markdown in pt-BR, English by default', async () => {
        const report = await skipped();
        expect(rows(renderReport(report, 'text', 'es'))).toEqual([
            "  h.csv:2:4: categoría desconocida 'Critcal'; ¿quiso decir 'Critica'?",
            "  h.csv:3:2: '2026-03-02T09:00' no tiene desfase respecto de UTC; agréguelo (-03:00, Z) o indique con --zone la zona en que se escribieron las horas",
            '  h.csv:4:5: canal desconocido \'Fax\'; el contrato define Formulario, Correo, Guardia',
        ]);
        expect(rows(renderReport(report, 'md', 'pt-BR'))).toEqual([
            "- h.csv:2:4: categoria desconhecida 'Critcal'; você quis dizer 'Critica'?",
            "- h.csv:3:2: '2026-03-02T09:00' não tem deslocamento em relação ao UTC; acrescente um (-03:00, Z) ou informe com --zone o fuso em que os horários foram escritos",
            "- h.csv:4:5: canal desconhecido 'Fax'; o contrato define Formulario, Correo, Guardia",
        ]);
        expect(rows(renderReport(report, 'text', 'en'))[0]).toBe("  h.csv:2:4: unknown category 'Critcal'; did you mean 'Critica'?");
    });

    it('JSON: the English message as before, the key and arguments added', async () => {
        const json = JSON.parse(renderReport(await skipped(), 'json', 'es')) as ComplianceReport;
        expect(json.skippedRows[0]).toEqual({
            row: 2, column: 4, file: 'h.csv',
            message: "unknown category 'Critcal'; did you mean 'Critica'?",
            key: 'historyUnknownCategoryNear', args: { category: 'Critcal', near: 'Critica' },
        });
        expect(json.skippedRows.map((s) => s.message)).toEqual([
            "unknown category 'Critcal'; did you mean 'Critica'?",
            "'2026-03-02T09:00' has no UTC offset; add one (-03:00, Z) or give --zone with the zone the times were written in",
            "unknown channel 'Fax'; the contract declares Formulario, Correo, Guardia",
        ]);
    });
});
