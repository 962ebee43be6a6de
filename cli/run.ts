import { parseCommandArgs } from './args.js';
import type { Output } from './command.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { CliError, internalErrorText, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { generalHelp } from './help.js';
import { closest } from '../runtime/index.js';

function unknownCommand(name: string): CliError {
    const suggestion = closest(name, [...COMMANDS.map((c) => c.name), 'help']);
    return usageError(`unknown command '${name}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`);
}

async function dispatch(argv: readonly string[], out: Output): Promise<ExitCode> {
    const [first, ...rest] = argv;
    if (first === undefined) {
        // Bare `pacto` is a usage mistake in a script; the help still shows how to use it.
        out.stderr(generalHelp());
        return ExitCode.usage;
    }
    if (first === '--help' || first === '-h') {
        out.stdout(generalHelp());
        return ExitCode.ok;
    }
    if (first === '--version') {
        out.stdout(`${PACTO_VERSION}\n`);
        return ExitCode.ok;
    }
    if (first === 'help') {
        const [topic, ...extra] = rest;
        if (extra.length > 0) throw usageError("'help' takes at most one command name");
        if (topic === undefined) {
            out.stdout(generalHelp());
            return ExitCode.ok;
        }
        const command = findCommand(topic);
        if (!command) throw unknownCommand(topic);
        out.stdout(command.help);
        return ExitCode.ok;
    }
    if (first.startsWith('-')) throw usageError(`unknown option '${first}'`);
    const command = findCommand(first);
    if (!command) throw unknownCommand(first);
    const args = parseCommandArgs(command.name, rest, command.options);
    if (args.flag('help')) {
        out.stdout(command.help);
        return ExitCode.ok;
    }
    return command.run(args, out);
}

/** Runs one `pacto` invocation; never throws: every failure becomes a one-line message and an exit status. */
export async function run(argv: readonly string[], out: Output): Promise<ExitCode> {
    try {
        return await dispatch(argv, out);
    } catch (error) {
        if (error instanceof CliError) {
            out.stderr(`pacto: ${error.message}\n`);
            return error.exitCode;
        }
        out.stderr(internalErrorText(error));
        return ExitCode.internal;
    }
}
