import { createReadStream, readFileSync, statSync } from 'node:fs';
import { JsonSyntaxError, LISTED_PROBLEMS, errorMessageIn, parseLocatedJson, formatProblemIn, isKnownZone, parseMapping, suggestZone, type BadRowsError, type ByteSource, type Mapping, type PluralKey } from '../../runtime/index.js';
import { CliError, cannotRead, isFileError, readReason, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { cliLocale, m, mn } from '../i18n.js';
import type { Progress } from '../progress.js';

/**
 * A history file's bytes as a stream, checked first so that a missing file is a usage error, not a failure
 * halfway through. With a visible `progress`, the bar follows the bytes read of the file's size.
 */
export function openInput(file: string, option: string, progress?: { bar: Progress; label: (done: number, total: number) => string }): ByteSource {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) throw new CliError(m('cliCannotRead', { file: `${option} ${file}`, reason: m('cliReasonNoSuchFile') }), ExitCode.usage);
    if (stat.isDirectory()) throw new CliError(m('cliCannotRead', { file: `${option} ${file}`, reason: m('cliReasonIsDirectory') }), ExitCode.usage);
    const stream = createReadStream(file);
    if (!progress?.bar.visible || !stat.isFile()) return stream;
    const { bar, label } = progress;
    const total = stat.size;
    return (async function* counted() {
        let done = 0;
        for await (const chunk of stream as AsyncIterable<Buffer>) {
            done += chunk.length;
            bar.update(done, total, label(done, total));
            yield chunk;
        }
    })();
}

/** A --mapping file: JSON, checked by the runtime's parseMapping. */
export function readMapping(file: string): Mapping {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw cannotRead(`--mapping ${file}`, error);
    }
    let json: unknown;
    try {
        json = parseLocatedJson(text).value;
    } catch (error) {
        // Pacto's own JSON reader says where and what in the reader's language; JSON.parse only in English.
        if (error instanceof JsonSyntaxError) throw new CliError(`${file}:${error.place.line}:${error.place.column}: ${m(error.key, error.args)}`, ExitCode.usage);
        throw error;
    }
    const parsed = parseMapping(json);
    if (parsed instanceof Error) throw new CliError(`${file}: ${errorMessageIn(parsed, cliLocale())}`, ExitCode.usage);
    return parsed;
}

/** --zone: an IANA zone, or a did-you-mean. */
export function zoneOption(zone: string | undefined, command: string): string | null {
    if (zone === undefined) return null;
    if (isKnownZone(zone)) return zone;
    const near = suggestZone(zone);
    throw usageError(near ? m('cliNotAZoneDidYouMean', { zone, suggestion: near }) : m('cliNotAZone', { zone }), command);
}

/** A file-system failure while the history streams in: "cannot read the history: permission denied". */
export function historyReadError(error: unknown): CliError | undefined {
    return isFileError(error) ? new CliError(m('cliCannotReadHistory', { reason: readReason(error) }), ExitCode.usage) : undefined;
}

/** "3 MB of 12 MB": bytes read, in the reader's number format. */
export function bytesLabel(done: number, total: number, format: (value: number) => string): string {
    const mb = (bytes: number) => format(Math.round(bytes / 1e5) / 10);
    return m('cliProgressBytes', { done: mb(done), total: mb(total) });
}

/**
 * A history refused for its bad rows: the first LISTED_PROBLEMS rows as `file:row:column: message` on stderr,
 * a count of the rest, and the one-line error `summary` says (report and calibrate word it their way).
 */
export function badRowsRefusal(error: BadRowsError, stderr: (text: string) => void, summary: PluralKey): CliError {
    const listed = error.problems.slice(0, LISTED_PROBLEMS).map((p) => formatProblemIn(p, cliLocale()));
    const more = error.problems.length > LISTED_PROBLEMS ? `\n${m('cliAndMore', { count: error.problems.length - LISTED_PROBLEMS })}` : '';
    stderr(`${listed.join('\n')}${more}\n`);
    return new CliError(mn(summary, error.problems.length), ExitCode.problems);
}
