/**
 * `pacto/complianceReport` (language/requests/report.ts) in process, on the example histories: the report's
 * figures, the HTML page and the PDF, progress in bytes, cancellation, and refusals the client shows.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { CancellationToken, CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { complianceReportOf } from '../../../language/requests/report.js';
import type { ComplianceReport } from '../../../runtime/index.js';
import { services } from '../pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];
const EXAMPLES = join(process.cwd(), 'examples');
const HISTORY = join(EXAMPLES, 'history');

afterEach(async () => {
    await clearDocuments(pacto, opened.splice(0));
});

async function example(name: string): Promise<LangiumDocument> {
    const document = await parse(readFileSync(join(EXAMPLES, `${name}.pacto`), 'utf8'), { validation: true });
    opened.push(document);
    return document;
}

async function refusal(promise: Promise<unknown>): Promise<ResponseError<void>> {
    try {
        await promise;
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return error as ResponseError<void>;
    }
    throw new Error('expected a refusal');
}

const objectives = (report: ComplianceReport, i: number) =>
    report.periods[i]!.objectives.map((o) => ({ name: o.name, target: o.target, achieved: o.achieved, met: o.met, tickets: o.tickets }));

describe('pacto/complianceReport', () => {
    it('replays the imolko history from a path the client picked, with progress in bytes', async () => {
        const document = await example('imolko');
        const tickets = join(HISTORY, 'imolko.csv');
        const progress: Array<[number, number]> = [];
        const result = await complianceReportOf(document, { contract: 'ZenkiuSupport', tickets }, CancellationToken.None, (done, total) => progress.push([done, total]));
        const report = result.json as ComplianceReport;
        expect(report.contract).toBe('ZenkiuSupport');
        expect(report.zone).toBe('America/Caracas');
        expect(report.asOf).toBe('2026-05-01T05:26:00-04:00');
        expect(report.periods.map((p) => p.start)).toEqual(['2026-03-01T00:00:00-04:00', '2026-04-01T00:00:00-04:00', '2026-05-01T00:00:00-04:00']);
        expect(objectives(report, 0)).toEqual([
            { name: 'RespuestaATiempo', target: 0.95, achieved: 16 / 21, met: false, tickets: 21 },
            { name: 'ResolucionATiempo', target: 0.9, achieved: 59 / 67, met: false, tickets: 67 },
        ]);
        expect(objectives(report, 1)).toEqual([
            { name: 'RespuestaATiempo', target: 0.95, achieved: 24 / 31, met: false, tickets: 31 },
            { name: 'ResolucionATiempo', target: 0.9, achieved: 67 / 76, met: false, tickets: 76 },
        ]);
        expect(report.periods.map((p) => [p.breaches.length, p.penalties.amount, p.penalties.currency])).toEqual([[13, 75, 'USD'], [16, 75, 'USD'], [0, 0, 'USD']]);
        expect(report.open.length).toBe(11);
        expect(report.open[0]).toMatchObject({ ticket: 'IM-0012', category: 'Grave', overdue: [{ target: 'resolution', due: '2026-04-21T12:00:00-04:00', lateByMinutes: 14006 }] });
        // The page is the one `pacto report --format html` writes; no PDF unless asked for.
        expect(result.html).toMatch(/^<!DOCTYPE html>/);
        expect(result.html).toContain('<h1>Informe de cumplimiento del nivel de servicio: Acuerdo de nivel de servicio Zenkiu (ZenkiuSupport)</h1>');
        expect(result.base64).toBeUndefined();
        const size = statSync(tickets).size;
        expect(progress.at(-1)).toEqual([size, size]);
        expect(progress.every(([done, total]) => done <= total && total === size)).toBe(true);
    }, 60_000);

    it('cuts the report into the weeks asked for, the same breaches as the months in all', async () => {
        const document = await example('imolko');
        const tickets = join(HISTORY, 'imolko.csv');
        const none = () => undefined;
        const weekly = (await complianceReportOf(document, { contract: 'ZenkiuSupport', tickets, every: 'week' }, CancellationToken.None, none)).json as ComplianceReport;
        const monthly = (await complianceReportOf(document, { contract: 'ZenkiuSupport', tickets }, CancellationToken.None, none)).json as ComplianceReport;
        // The history runs from Monday 2 March to Friday 1 May 2026 (Caracas): nine weeks.
        expect(weekly.periods.map((p) => p.start.slice(0, 10))).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27']);
        expect(new Set(weekly.periods.map((p) => p.unit))).toEqual(new Set(['week']));
        const breaches = (r: ComplianceReport) => r.periods.flatMap((p) => p.breaches.map((b) => `${b.ticket} ${b.target} ${b.due}`)).sort();
        expect(breaches(weekly)).toEqual(breaches(monthly));
        expect(breaches(weekly)).toHaveLength(29);
    });

    it('answers the PDF as base64 for a file: URI, in the contract\'s locale', async () => {
        const document = await example('helpdesk-br');
        const result = await complianceReportOf(document, { contract: 'CosmoDeskCRM', tickets: pathToFileURL(join(HISTORY, 'helpdesk-br.csv')).href, format: 'pdf' }, CancellationToken.None, () => {});
        const report = result.json as ComplianceReport;
        expect(report.periods.map((p) => [p.breaches.length, p.penalties.amount, p.penalties.currency, p.penalties.percentOfFee])).toEqual([[64, 2400, 'BRL', 30], [70, 2400, 'BRL', 30], [0, 0, 'BRL', 0]]);
        expect(objectives(report, 0).find((o) => o.name === 'PrimeiraResposta')).toEqual({ name: 'PrimeiraResposta', target: 0.95, achieved: 54 / 102, met: false, tickets: 102 });
        expect(report.open.length).toBe(12);
        const pdf = Buffer.from(result.base64!, 'base64');
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.toString('latin1')).toContain('/Lang (pt-BR)');
    }, 60_000);

    it('stops reading when the request is cancelled', async () => {
        const document = await example('imolko');
        const source = new CancellationTokenSource();
        const error = await refusal(complianceReportOf(document, { contract: 'ZenkiuSupport', tickets: join(HISTORY, 'imolko.csv') }, source.token, () => source.cancel()));
        expect(error.code).toBe(LSPErrorCodes.RequestCancelled);
    });

    it('refuses a missing file, an unknown contract, a bad zone or format, and bad rows', async () => {
        const document = await example('imolko');
        const tickets = join(HISTORY, 'imolko.csv');
        const none = () => {};
        expect((await refusal(complianceReportOf(document, { contract: 'ZenkiuSupport', tickets: join(HISTORY, 'nope.csv') }, CancellationToken.None, none))).message).toBe(
            `Cannot read the tickets file ${join(HISTORY, 'nope.csv')}: no such file.`,
        );
        expect((await refusal(complianceReportOf(document, { contract: 'ZenkiuSupport' }, CancellationToken.None, none))).message).toBe('Missing the tickets file (`tickets`).');
        expect((await refusal(complianceReportOf(document, { contract: 'Zenkiu', tickets }, CancellationToken.None, none))).message).toMatch(/^No contract "Zenkiu" in this document\./);
        expect((await refusal(complianceReportOf(document, { contract: 'ZenkiuSupport', tickets, zone: 'Mars/Olympus' }, CancellationToken.None, none))).message).toBe('"Mars/Olympus" is not an IANA time zone.');
        expect((await refusal(complianceReportOf(document, { contract: 'ZenkiuSupport', tickets, format: 'docx' as 'pdf' }, CancellationToken.None, none))).message).toBe('Unknown report format "docx": html or pdf.');
        expect((await refusal(complianceReportOf(document, { contract: 'ZenkiuSupport', tickets, every: 'day' as 'week' }, CancellationToken.None, none))).message).toBe('Unknown report periods "day": week, month or quarter.');
        // helpdesk-br's history read against imolko's contract: its categories are not imolko's.
        const bad = await refusal(complianceReportOf(document, { contract: 'ZenkiuSupport', tickets: join(HISTORY, 'helpdesk-br.csv') }, CancellationToken.None, none));
        expect(bad.message).toMatch(/^The history has \d+ bad rows, nothing computed \(skipBadRows goes on without them\): .*helpdesk-br\.csv:2:\d+: /);
    });
});
