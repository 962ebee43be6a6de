import { ExitCode } from './exit-codes.js';

/**
 * A failure the user can act on. main prints it as one line, `pacto: message`, and exits with `exitCode`;
 * anything else that escapes a command is a bug and becomes `pacto: internal error: …` (exit 70).
 */
export class CliError extends Error {
    constructor(
        message: string,
        readonly exitCode: ExitCode,
    ) {
        super(message);
    }
}

/** Bad usage: the message ends with where to read the usage, so the user need not guess. */
export function usageError(message: string, command?: string): CliError {
    const help = command ? `pacto ${command} --help` : 'pacto --help';
    return new CliError(`${message} (see '${help}')`, ExitCode.usage);
}

/**
 * The one line a bug is reported with: users see no stack trace, but PACTO_DEBUG=1 adds it for a bug report.
 */
export function internalErrorText(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    const stack = process.env['PACTO_DEBUG'] && error instanceof Error && error.stack ? `${error.stack}\n` : '';
    return `pacto: internal error: ${message.split('\n')[0]}\n${stack}`;
}

const WRITE_REASONS: Record<string, string> = {
    ENOENT: 'no such directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    ENAMETOOLONG: 'file name too long',
    ELOOP: 'too many symbolic links',
};

/** "cannot write OUT: permission denied": the one line every output failure is reported with. */
export function cannotWrite(target: string, error: unknown): CliError {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = (code && WRITE_REASONS[code]) ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    return new CliError(`cannot write ${target}: ${reason}`, ExitCode.usage);
}
