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
