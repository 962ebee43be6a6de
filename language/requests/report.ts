/**
 * `pacto/complianceReport`: `pacto report` for the editor. The server reads the history, the outage log and
 * the mapping from its own file system (the client sends their paths): a history may be far larger than
 * anything worth sending as a message, and it is streamed here as the CLI streams it. Reading reports
 * progress in bytes and stops at a cancellation between chunks.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import {
    BadRowsError,
    HistoryError,
    LISTED_PROBLEMS,
    PERIOD_UNITS,
    complianceReport,
    complianceReportPdf,
    formatProblemIn,
    historyFormatOf,
    isKnownZone,
    parseMapping,
    renderReport,
    type ByteSource,
    type ReportInput,
    type SupportedLocale,
    DEFAULT_LOCALE,
    errorMessageIn,
    t,
    tn,
} from '../../runtime/index.js';
import type { ComplianceReportParams, ComplianceReportResult } from '../protocol.js';
import { cancelled, invalid, requireContract } from './handler.js';

/** What a report needs from its host: the PDF's fonts folder. */
export interface ReportHost {
    fontsDir?: string | undefined;
}

/** A path the client sent: a `file:` URI or a local path. */
function localPath(value: unknown, field: string, locale: SupportedLocale): string {
    if (typeof value !== 'string' || value === '') throw invalid(t(locale, 'requestMissingFile', { field }));
    return value.startsWith('file:') ? fileURLToPath(value) : value;
}

function sizeOf(file: string, field: string, locale: SupportedLocale): number {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) throw invalid(t(locale, 'requestNoSuchFile', { field, file }));
    if (!stat.isFile()) throw invalid(t(locale, 'requestNotAFile', { field, file }));
    return stat.size;
}

/** The file's chunks, counting bytes for `progress` and stopping when `token` is cancelled. */
async function* watched(file: string, token: CancellationToken, progress: (done: number) => void, locale: SupportedLocale): ByteSource {
    let done = 0;
    const stream = createReadStream(file);
    try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
            if (token.isCancellationRequested) throw cancelled(locale);
            done += chunk.length;
            progress(done);
            yield chunk;
        }
    } finally {
        stream.destroy();
    }
}

/** Checks the params that need no document, so that a wrong path is refused before a build is awaited. */
export function checkReportParams(params: Partial<ComplianceReportParams>, locale: SupportedLocale = DEFAULT_LOCALE): void {
    sizeOf(localPath(params.tickets, 'tickets', locale), 'tickets', locale);
    if (params.outages !== undefined) sizeOf(localPath(params.outages, 'outages', locale), 'outages', locale);
    if (params.mapping !== undefined) sizeOf(localPath(params.mapping, 'mapping', locale), 'mapping', locale);
    if (params.zone !== undefined && !(typeof params.zone === 'string' && isKnownZone(params.zone))) throw invalid(t(locale, 'requestBadZone', { zone: String(params.zone) }));
    if (params.format !== undefined && params.format !== 'html' && params.format !== 'pdf') throw invalid(t(locale, 'requestBadReportFormat', { value: String(params.format) }));
    if (params.every !== undefined && !PERIOD_UNITS.includes(params.every)) throw invalid(t(locale, 'requestBadReportEvery', { value: String(params.every) }));
}

export async function complianceReportOf(
    document: LangiumDocument,
    params: Partial<ComplianceReportParams>,
    token: CancellationToken,
    report: (done: number, total: number) => void,
    host: ReportHost = {},
    locale: SupportedLocale = DEFAULT_LOCALE,
): Promise<ComplianceReportResult> {
    checkReportParams(params, locale);
    const contract = requireContract(document, params.contract, 'report', locale);
    const tickets = localPath(params.tickets, 'tickets', locale);
    const total = sizeOf(tickets, 'tickets', locale);
    let mapping: ReportInput['mapping'] = null;
    if (params.mapping !== undefined) {
        const file = localPath(params.mapping, 'mapping', locale);
        let json: unknown;
        try {
            json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (error) {
            throw invalid(t(locale, 'requestMappingNotJson', { file, reason: error instanceof Error ? error.message : String(error) }));
        }
        const parsed = parseMapping(json);
        if (parsed instanceof Error) throw invalid(`${file}: ${errorMessageIn(parsed, locale)}`);
        mapping = parsed;
    }
    const outages = params.outages === undefined ? null : localPath(params.outages, 'outages', locale);
    let result;
    try {
        result = await complianceReport({
            contract,
            history: { source: watched(tickets, token, (done) => report(done, total), locale), file: tickets, format: mapping?.format === 'zendesk' ? 'zendesk' : mapping ? 'csv' : historyFormatOf(tickets) },
            outages: outages === null ? null : { source: createReadStream(outages), file: outages },
            mapping,
            zone: typeof params.zone === 'string' ? params.zone : null,
            skipBadRows: params.skipBadRows === true,
            every: params.every ?? null,
        });
    } catch (error) {
        if (token.isCancellationRequested) throw cancelled(locale);
        if (error instanceof BadRowsError) {
            const listed = error.problems.slice(0, LISTED_PROBLEMS).map((p) => formatProblemIn(p, locale));
            const more = error.problems.length > LISTED_PROBLEMS ? t(locale, 'requestMoreRows', { count: error.problems.length - LISTED_PROBLEMS }) : '';
            throw invalid(tn(locale, 'requestBadRows', error.problems.length, { rows: listed.join('; '), more }));
        }
        if (error instanceof HistoryError) throw invalid(errorMessageIn(error, locale));
        throw error;
    }
    if (token.isCancellationRequested) throw cancelled(locale);
    report(total, total);
    const html = renderReport(result, 'html', contract.locale, { title: contract.title ?? null });
    if (params.format !== 'pdf') return { html, json: result };
    const pdf = await complianceReportPdf(result, contract.locale, { fontsDir: host.fontsDir, title: contract.title ?? null });
    return { html, json: result, base64: pdf.toString('base64') };
}
