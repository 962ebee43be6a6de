import { ExitCode } from './exit-codes.js';
import { m } from './i18n.js';

/** Marks a CliError whichever copy of this module made it (the CLI's lazily loaded bundles each have one). */
const CLI_ERROR = Symbol.for('pacto.cli-error');

/**
 * A failure the user can act on. main prints it as one line, `pacto: message`, and exits with `exitCode`;
 * anything else that escapes a command is a bug and becomes `pacto: internal error: …` (exit 70).
 */
export class CliError extends Error {
    readonly [CLI_ERROR] = true;
    constructor(
        message: string,
        readonly exitCode: ExitCode,
    ) {
        super(message);
    }
}

export function isCliError(error: unknown): error is CliError {
    return typeof error === 'object' && error !== null && (error as { [CLI_ERROR]?: unknown })[CLI_ERROR] === true;
}

/** Bad usage: the message ends with where to read the usage, so the user need not guess. */
export function usageError(message: string, command?: string): CliError {
    const help = command ? `pacto ${command} --help` : 'pacto --help';
    return new CliError(m('cliSeeHelp', { message, help }), ExitCode.usage);
}

/**
 * The one line a bug is reported with: users see no stack trace, but PACTO_DEBUG=1 adds it for a bug report.
 */
export function internalErrorText(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    const stack = process.env['PACTO_DEBUG'] && error instanceof Error && error.stack ? `${error.stack}\n` : '';
    return `pacto: ${m('cliInternalError', { message: message.split('\n')[0] ?? '' })}\n${stack}`;
}

/** Why a file cannot be read or written, in words: the catalogue's text for the system's error code. */
const REASONS = {
    EACCES: 'cliReasonPermissionDenied',
    EPERM: 'cliReasonNotPermitted',
    EISDIR: 'cliReasonIsDirectory',
    ENOTDIR: 'cliReasonNotDirectory',
    ELOOP: 'cliReasonTooManyLinks',
    ENAMETOOLONG: 'cliReasonNameTooLong',
    EMFILE: 'cliReasonTooManyOpenFiles',
    EROFS: 'cliReasonReadOnly',
    ENOSPC: 'cliReasonNoSpace',
    EDQUOT: 'cliReasonQuota',
    EBUSY: 'cliReasonBusy',
    ETXTBSY: 'cliReasonBusy',
} as const;

function codeOf(error: unknown): string | undefined {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return typeof code === 'string' ? code : undefined;
}

/** Whether `error` is a file-system error the reasons above put in words. */
export function isFileError(error: unknown): boolean {
    const code = codeOf(error);
    return code === 'ENOENT' || (code !== undefined && code in REASONS);
}

/** "permission denied", "no such file or directory"… for reading `error`; its own first line otherwise. */
export function readReason(error: unknown): string {
    const code = codeOf(error);
    if (code === 'ENOENT') return m('cliReasonNoSuchFile');
    if (code !== undefined && code in REASONS) return m(REASONS[code as keyof typeof REASONS]);
    return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** "cannot read FILE: permission denied". */
export function cannotRead(what: string, error: unknown): CliError {
    return new CliError(m('cliCannotRead', { file: what, reason: readReason(error) }), ExitCode.usage);
}

/**
 * "cannot write OUT: …": the one line every output failure is reported with. For a write, a missing path
 * means the folder it names does not exist (the file itself is about to be made), so it says which one.
 */
export function cannotWrite(target: string, error: unknown): CliError {
    const code = codeOf(error);
    const reason = code === 'ENOENT' ? m('cliReasonNoSuchFolder') : code === 'EISDIR' ? m('cliReasonOutputIsDirectory') : readReason(error);
    return new CliError(m('cliCannotWrite', { file: target, reason }), ExitCode.usage);
}
