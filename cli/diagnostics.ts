import type { Diagnostic } from 'vscode-languageserver';
import { t, type SupportedLocale } from '../runtime/index.js';
import { cliLocale, m, mn } from './i18n.js';
import type { CheckedSource } from './workspace.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic as the CLI reports it: 1-based line and column, as editors and compilers print them. */
export interface Problem {
    file: string;
    line: number;
    column: number;
    severity: Severity;
    message: string;
    code: string | null;
}

// LSP DiagnosticSeverity numbering; a diagnostic without one is an error (LSP leaves it to the client).
const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Langium puts its own codes (parsing-error, linking-error…) in `data.code`; validators may set `code`. */
function codeOf(diagnostic: Diagnostic): string | null {
    if (diagnostic.code !== undefined) return String(diagnostic.code);
    const data: unknown = diagnostic.data;
    if (data && typeof data === 'object' && 'code' in data && (typeof data.code === 'string' || typeof data.code === 'number')) {
        return String(data.code);
    }
    return null;
}

/** The problems of a checked source; `locale` is the language its diagnostics were built in (workspace.ts). */
export function problemsOf({ source, document }: CheckedSource, locale: SupportedLocale = cliLocale()): Problem[] {
    // Bytes that are not UTF-8 were not parsed: their one problem is the file's.
    const encoding = source.encodingProblem;
    if (encoding) {
        return [{ file: source.path, line: encoding.line, column: encoding.column, severity: 'error', message: t(locale, encoding.key, encoding.args), code: encoding.code }];
    }
    return (document.diagnostics ?? [])
        .map((diagnostic) => ({
            file: source.path,
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1,
            severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            code: codeOf(diagnostic),
        }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
}

const SEVERITY_WORDS = { error: 'cliSeverityError', warning: 'cliSeverityWarning', info: 'cliSeverityInfo', hint: 'cliSeverityHint' } as const;

/**
 * `path:line:col: severity: message`, on one line even when the parser's message spans several. The
 * severity is a word of the reader's language; scripts read `--format json`, whose severities never change.
 */
export function formatProblem(problem: Problem): string {
    const message = problem.message.replace(/\s*\r?\n\s*/g, ' ').trim();
    return `${problem.file}:${problem.line}:${problem.column}: ${m(SEVERITY_WORDS[problem.severity])}: ${message}`;
}

/** "2 errors, 1 warning in 1 file": errors and warnings always, infos and hints only when there are some. */
export function summarize(problems: readonly Problem[]): string {
    const tally = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
    // "0 errors": a plural in every language we write, though Portuguese plural rules put 0 with 1.
    const errors = tally('error');
    const warnings = tally('warning');
    const parts = [errors === 0 ? m('cliNoErrors') : mn('cliErrorCount', errors), warnings === 0 ? m('cliNoWarnings') : mn('cliWarningCount', warnings)];
    if (tally('info') > 0) parts.push(mn('cliInfoCount', tally('info')));
    if (tally('hint') > 0) parts.push(mn('cliHintCount', tally('hint')));
    const files = new Set(problems.map((p) => p.file)).size;
    return mn('cliProblemsInFiles', files, { problems: parts.join(', ') });
}
