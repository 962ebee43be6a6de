import type { OptionSpecs, ParsedArgs } from './args.js';
import type { ExitCode } from './exit-codes.js';

/** Where a command writes; main binds these to the process streams. */
export interface Output {
    stdout(text: string): void;
    stderr(text: string): void;
}

/** A `pacto` subcommand: its options, its help page, and what it does. */
export interface Command {
    name: string;
    /** One line for the command list of `pacto --help`, in the run's language (a getter: see cli/i18n.ts). */
    readonly summary: string;
    /** The full page shown by `pacto help NAME` and `pacto NAME --help`, in the run's language. */
    readonly help: string;
    options: OptionSpecs;
    run(args: ParsedArgs, out: Output): Promise<ExitCode>;
}
