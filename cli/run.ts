import { parseCommandArgs } from './args.js';
import type { Output } from './command.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { CliError, internalErrorText, isCliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { generalHelp } from './help.js';
import { cliLocale, m, setCliLocale, takeLanguage } from './i18n.js';
import { BeyondHorizon, closest } from '../runtime/index.js';

function unknownCommand(name: string): CliError {
    const suggestion = closest(name, [...COMMANDS.map((c) => c.name), 'help']);
    return usageError(suggestion ? m('cliUnknownCommandDidYouMean', { name, suggestion }) : m('cliUnknownCommand', { name }));
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
        if (extra.length > 0) throw usageError(m('cliHelpTakesOneName'));
        if (topic === undefined) {
            out.stdout(generalHelp());
            return ExitCode.ok;
        }
        const command = findCommand(topic);
        if (!command) throw unknownCommand(topic);
        out.stdout(command.help);
        return ExitCode.ok;
    }
    if (first.startsWith('-')) throw usageError(m('cliUnknownOption', { option: first }));
    const command = findCommand(first);
    if (!command) throw unknownCommand(first);
    const args = parseCommandArgs(command.name, rest, command.options);
    if (args.flag('help')) {
        out.stdout(command.help);
        return ExitCode.ok;
    }
    return command.run(args, out);
}

/**
 * Runs one `pacto` invocation in the language of `env` (or of `--lang`); never throws: every failure becomes
 * a one-line message and an exit status.
 */
export async function run(argv: readonly string[], out: Output, env: Readonly<Record<string, string | undefined>> = process.env): Promise<ExitCode> {
    try {
        const language = takeLanguage(argv, env);
        setCliLocale(language.locale);
        return await dispatch(language.argv, out);
    } catch (error) {
        if (isCliError(error)) {
            out.stderr(`pacto: ${error.message}\n`);
            return error.exitCode;
        }
        // The engine's refusal past its horizon (a typo such as '99999999999 business hours'), in words, not a bug.
        if (error instanceof BeyondHorizon) {
            out.stderr(`pacto: ${error.messageIn(cliLocale())}\n`);
            return ExitCode.usage;
        }
        out.stderr(internalErrorText(error));
        return ExitCode.internal;
    }
}
