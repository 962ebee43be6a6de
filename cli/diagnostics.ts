import type { Diagnostic } from 'vscode-languageserver';
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

export function problemsOf({ source, document }: CheckedSource): Problem[] {
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

/** `path:line:col: severity: message`, on one line even when the parser's message spans several. */
export function formatProblem(problem: Problem): string {
    const message = problem.message.replace(/\s*\r?\n\s*/g, ' ').trim();
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${message}`;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
    return `${n} ${n === 1 ? noun : plural}`;
}

/** "2 errors, 1 warning in 1 file": errors and warnings always, infos and hints only when there are some. */
export function summarize(problems: readonly Problem[]): string {
    const tally = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
    const parts = [count(tally('error'), 'error'), count(tally('warning'), 'warning')];
    if (tally('info') > 0) parts.push(count(tally('info'), 'info', 'info'));
    if (tally('hint') > 0) parts.push(count(tally('hint'), 'hint'));
    const files = new Set(problems.map((p) => p.file)).size;
    return `${parts.join(', ')} in ${count(files, 'file')}`;
}
