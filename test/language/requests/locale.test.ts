/**
 * The server's custom requests refuse in the message locale (services.i18n.MessageLocale), and
 * pacto/listExportFormats labels and describes the formats in it; English stays as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { CancellationToken, CancellationTokenSource, ResponseError } from 'vscode-languageserver';
import { exportDocument, listExportFormats, simulateDocument } from '../../../language/requests/contract.js';
import { asResponseError, requestLocale } from '../../../language/requests/handler.js';
import { checkPreviewParams, previewDeadlines } from '../../../language/requests/preview-deadlines.js';
import { checkReportParams, complianceReportOf } from '../../../language/requests/report.js';
import { fillTemplate, templateValues } from '../../../extension/templates.js';
import { BeyondHorizon, WordedError } from '../../../runtime/index.js';
import { services } from '../pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];
const HISTORY = join(process.cwd(), 'examples', 'history');

afterEach(async () => {
    pacto.i18n.MessageLocale.set('en');
    await clearDocuments(pacto, opened.splice(0));
});

async function open(text: string): Promise<LangiumDocument> {
    const document = await parse(text, { validation: true });
    opened.push(document);
    return document;
}

const starter = () =>
    fillTemplate(readFileSync(join(process.cwd(), 'extension', 'templates', 'contract.en.pacto'), 'utf8'), templateValues('en', new Date(Date.UTC(2026, 1, 10)), 'America/New_York'));

async function refusal(run: () => unknown): Promise<string> {
    try {
        await run();
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return (error as ResponseError<void>).message;
    }
    throw new Error('expected a refusal');
}

describe('pacto/listExportFormats in the message locale', () => {
    it('labels and describes each format in es and pt-BR, in English by default', () => {
        const pdf = (locale?: 'es' | 'pt-BR') => listExportFormats(locale).formats.find((f) => f.id === 'pdf')!;
        expect(pdf().label).toBe('PDF (for signing)');
        expect(pdf('es').label).toBe('PDF (para firma)');
        expect(pdf('pt-BR').label).toBe('PDF (para assinatura)');
        const markdown = listExportFormats('es').formats.find((f) => f.id === 'markdown')!;
        expect(markdown).toEqual({ id: 'markdown', aliases: ['md'], fileExtension: 'md', label: 'Markdown (para wikis)', description: 'Markdown, para wikis', binary: false });
        expect(listExportFormats('pt-BR').formats.map((f) => f.label)).toEqual([
            'JSON (para outras ferramentas)',
            'Markdown (para wikis)',
            'HTML (uma página autossuficiente)',
            'PDF (para assinatura)',
            'Zendesk (horários, feriados, políticas de SLA)',
            'Freshdesk (horário de atendimento, políticas de SLA)',
            'OpenSLO v1 (objetivos de disponibilidade)',
            'iCalendar (horário de atendimento e feriados)',
        ]);
    });
});

describe('request refusals in the message locale', () => {
    it('knows the locale before any document, from the services', () => {
        expect(requestLocale(services.shared)).toBe('en');
        pacto.i18n.MessageLocale.set('pt-BR');
        expect(requestLocale(services.shared)).toBe('pt-BR');
    });

    it('refuses a bad opening instant and missing names in es and pt-BR', async () => {
        expect(await refusal(() => checkPreviewParams({ contract: 'C', category: 'K', opened: '2026-03-02T09:00' }, 'es'))).toBe(
            'El instante de apertura "2026-03-02T09:00" no es válido: falta el desfase respecto de UTC; agregue uno, p. ej. -03:00, +01:00 o Z, para que el instante no sea ambiguo.',
        );
        expect(await refusal(() => checkPreviewParams({ contract: 'C', category: 'K' }, 'pt-BR'))).toBe('Falta o instante de abertura (`opened`), por exemplo 2026-03-06T17:30:00-03:00.');
        expect(await refusal(() => checkPreviewParams({ contract: 'C', opened: '2026-03-02T09:00Z' }, 'es'))).toBe('Falta el nombre de la categoría (`category`).');
        expect(await refusal(() => checkPreviewParams({ contract: 'C', category: 'K', opened: '2026-03-02T09:00' }))).toBe(
            'Invalid opening instant "2026-03-02T09:00": no UTC offset; add one, e.g. -03:00, +01:00 or Z, so the instant is not ambiguous.',
        );
    });

    it('refuses unknown contracts, categories and scenarios with the names it knows', async () => {
        const document = await open(starter());
        expect(await refusal(() => simulateDocument(document, { contract: 'NewContract', scenario: 'TypicalMont' }, CancellationToken.None, () => {}, { chartJs: () => null }, 'es'))).toBe(
            'El contrato NewContract no tiene el escenario "TypicalMont". ¿Quiso decir "TypicalMonth"? Sus escenarios: TypicalMonth.',
        );
        expect(await refusal(() => exportDocument(document, { contract: 'Nope', format: 'pdf' }, {}, 'pt-BR'))).toBe('Este documento não tem nenhum contrato "Nope". Seus contratos: NewContract.');
        expect(await refusal(() => exportDocument(document, { contract: 'NewContract', format: 'docx' }, {}, 'es'))).toBe(
            'Formato de exportación desconocido "docx": use json, markdown, html, pdf, zendesk, freshdesk, openslo, ics.',
        );
        expect(await refusal(() => previewDeadlines(document, { contract: 'NewContract', category: 'Nada', opened: '2026-03-02T09:00Z' }, 'pt-BR'))).toMatch(
            /^O contrato NewContract não tem a categoria "Nada"\. Suas categorias: \S/,
        );
    });

    it('refuses a document with errors, naming the action in the reader\'s words', async () => {
        const broken = await open(starter().replace('default calendar Office', 'default calendar Ofice'));
        const errors = (broken.diagnostics ?? []).filter((d) => d.severity === 1);
        const first = errors[0]!;
        const line = first.range.start.line + 1;
        const message = typeof first.message === 'string' ? first.message : '';
        // The misspelt calendar leaves several errors, so the refusal takes its plural form.
        expect(errors.length).toBe(5);
        expect(await refusal(() => exportDocument(broken, { contract: 'NewContract', format: 'pdf' }, {}, 'es'))).toBe(`El documento tiene 5 errores: corríjalos para exportarlo (línea ${line}: ${message}).`);
        expect(await refusal(() => simulateDocument(broken, { contract: 'NewContract', scenario: 'TypicalMonth' }, CancellationToken.None, () => {}, { chartJs: () => null }, 'pt-BR'))).toBe(
            `O documento tem 5 erros: corrija-os para simulá-lo (linha ${line}: ${message}).`,
        );
        expect(await refusal(() => exportDocument(broken, { contract: 'NewContract', format: 'pdf' }))).toBe(`The document has 5 errors: fix them to export it (line ${line}: ${message}).`);
    });

    it('refuses report files, zones, formats and bad rows in es and pt-BR', async () => {
        const nope = join(HISTORY, 'nope.csv');
        expect(await refusal(() => checkReportParams({ contract: 'C' }, 'es'))).toBe('Falta la ruta del archivo `tickets`.');
        expect(await refusal(() => checkReportParams({ contract: 'C', tickets: nope }, 'pt-BR'))).toBe(`Não é possível ler o arquivo ${nope} (\`tickets\`): ele não existe.`);
        expect(await refusal(() => checkReportParams({ contract: 'C', tickets: HISTORY }, 'es'))).toBe(`No se puede leer el archivo ${HISTORY} (\`tickets\`): no es un archivo.`);
        const tickets = join(HISTORY, 'imolko.csv');
        expect(await refusal(() => checkReportParams({ contract: 'C', tickets, zone: 'Mars/Olympus' }, 'es'))).toBe('"Mars/Olympus" no es una zona horaria IANA.');
        expect(await refusal(() => checkReportParams({ contract: 'C', tickets, format: 'docx' as 'pdf' }, 'pt-BR'))).toBe('Formato de relatório desconhecido "docx": html ou pdf.');
        const imolko = await open(readFileSync(join(process.cwd(), 'examples', 'imolko.pacto'), 'utf8'));
        // helpdesk-br's history read against imolko's contract: its categories are not imolko's.
        const bad = await refusal(() => complianceReportOf(imolko, { contract: 'ZenkiuSupport', tickets: join(HISTORY, 'helpdesk-br.csv') }, CancellationToken.None, () => {}, {}, 'es'));
        expect(bad).toMatch(/^El historial tiene \d+ filas con errores y no se calculó nada \(con skipBadRows se continúa sin ellas\): .*helpdesk-br\.csv:2:\d+: .* … y \d+ más\.$/);
    });

    it('says a cancelled request was cancelled in the reader\'s language', () => {
        const source = new CancellationTokenSource();
        source.cancel();
        expect(asResponseError(new Error('x'), 'simulate', source.token, 'es').message).toBe('Se canceló la solicitud.');
        expect(asResponseError(new Error('x'), 'simulate', source.token, 'pt-BR').message).toBe('A solicitação foi cancelada.');
        expect(asResponseError(new Error('x'), 'simulate', source.token).message).toBe('The request was cancelled.');
    });

    it('says what it could not do, and why in the engine\'s words, in the reader\'s language', () => {
        expect(asResponseError(new Error('boom'), 'export').message).toBe('Cannot export: boom');
        expect(asResponseError(new WordedError('periodNotNamed', { text: '2026-13' }), 'simulate', undefined, 'es').message).toBe(
            "No se puede simular: '2026-13' no es un período: indique un mes (2026-03), un trimestre (2026-Q1) o una semana ISO (2026-W10)",
        );
        const beyond = new BeyondHorizon('instant', Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1), { key: 'instantNoMonth', args: { month: '13' } });
        expect(asResponseError(beyond, 'preview deadlines', undefined, 'pt-BR').message).toBe('Não é possível ver os vencimentos: o mês 13 não existe');
        expect(asResponseError(beyond, 'report on it', undefined, 'es').message).toBe('No se puede generar el informe de cumplimiento: el mes 13 no existe');
    });
});
