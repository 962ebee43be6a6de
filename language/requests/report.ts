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
    complianceReport,
    complianceReportPdf,
    formatProblem,
    historyFormatOf,
    isKnownZone,
    parseMapping,
    renderReport,
    type ByteSource,
    type ReportInput,
} from '../../runtime/index.js';
import type { ComplianceReportParams, ComplianceReportResult } from '../protocol.js';
import { cancelled, invalid, requireContract } from './handler.js';

/** What a report needs from its host: the PDF's fonts folder. */
export interface ReportHost {
    fontsDir?: string | undefined;
}

/** A path the client sent: a `file:` URI or a local path. */
function localPath(value: unknown, field: string): string {
    if (typeof value !== 'string' || value === '') throw invalid(`Missing the ${field} file (\`${field}\`).`);
    return value.startsWith('file:') ? fileURLToPath(value) : value;
}

function sizeOf(file: string, field: string): number {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) throw invalid(`Cannot read the ${field} file ${file}: no such file.`);
    if (!stat.isFile()) throw invalid(`Cannot read the ${field} file ${file}: not a file.`);
    return stat.size;
}

/** The file's chunks, counting bytes for `progress` and stopping when `token` is cancelled. */
async function* watched(file: string, token: CancellationToken, progress: (done: number) => void): ByteSource {
    let done = 0;
    const stream = createReadStream(file);
    try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
            if (token.isCancellationRequested) throw cancelled();
            done += chunk.length;
            progress(done);
            yield chunk;
        }
    } finally {
        stream.destroy();
    }
}

/** Checks the params that need no document, so that a wrong path is refused before a build is awaited. */
export function checkReportParams(params: Partial<ComplianceReportParams>): void {
    sizeOf(localPath(params.tickets, 'tickets'), 'tickets');
    if (params.outages !== undefined) sizeOf(localPath(params.outages, 'outages'), 'outages');
    if (params.mapping !== undefined) sizeOf(localPath(params.mapping, 'mapping'), 'mapping');
    if (params.zone !== undefined && !(typeof params.zone === 'string' && isKnownZone(params.zone))) throw invalid(`"${String(params.zone)}" is not an IANA time zone.`);
    if (params.format !== undefined && params.format !== 'html' && params.format !== 'pdf') throw invalid(`Unknown report format "${String(params.format)}": html or pdf.`);
}

export async function complianceReportOf(
    document: LangiumDocument,
    params: Partial<ComplianceReportParams>,
    token: CancellationToken,
    report: (done: number, total: number) => void,
    host: ReportHost = {},
): Promise<ComplianceReportResult> {
    checkReportParams(params);
    const contract = requireContract(document, params.contract, 'report on it');
    const tickets = localPath(params.tickets, 'tickets');
    const total = sizeOf(tickets, 'tickets');
    let mapping: ReportInput['mapping'] = null;
    if (params.mapping !== undefined) {
        const file = localPath(params.mapping, 'mapping');
        let json: unknown;
        try {
            json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (error) {
            throw invalid(`The mapping ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
        }
        const parsed = parseMapping(json);
        if (parsed instanceof Error) throw invalid(`${file}: ${parsed.message}`);
        mapping = parsed;
    }
    const outages = params.outages === undefined ? null : localPath(params.outages, 'outages');
    let result;
    try {
        result = await complianceReport({
            contract,
            history: { source: watched(tickets, token, (done) => report(done, total)), file: tickets, format: mapping?.format === 'zendesk' ? 'zendesk' : mapping ? 'csv' : historyFormatOf(tickets) },
            outages: outages === null ? null : { source: createReadStream(outages), file: outages },
            mapping,
            zone: typeof params.zone === 'string' ? params.zone : null,
            skipBadRows: params.skipBadRows === true,
        });
    } catch (error) {
        if (token.isCancellationRequested) throw cancelled();
        if (error instanceof BadRowsError) {
            const listed = error.problems.slice(0, LISTED_PROBLEMS).map(formatProblem);
            const more = error.problems.length > LISTED_PROBLEMS ? ` … and ${error.problems.length - LISTED_PROBLEMS} more.` : '';
            throw invalid(`The history has ${error.problems.length} bad row${error.problems.length === 1 ? '' : 's'}, nothing computed (skipBadRows goes on without them): ${listed.join('; ')}${more}`);
        }
        if (error instanceof HistoryError) throw invalid(error.message);
        throw error;
    }
    if (token.isCancellationRequested) throw cancelled();
    report(total, total);
    const html = renderReport(result, 'html', contract.locale, { title: contract.title ?? null });
    if (params.format !== 'pdf') return { html, json: result };
    const pdf = await complianceReportPdf(result, contract.locale, { fontsDir: host.fontsDir, title: contract.title ?? null });
    return { html, json: result, base64: pdf.toString('base64') };
}
