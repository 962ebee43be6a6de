import { statSync } from 'node:fs';
import type { ParsedArgs } from '../args.js';
import { usageError } from '../errors.js';
import { m } from '../i18n.js';
import { parsePause } from '../instant.js';
import type { Pause } from '../../runtime/index.js';

/** The one FILE operand of a computing command. */
export function singleFile(args: ParsedArgs, command: string): string {
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw usageError(m('cliNeedsContractFile', { command }), command);
    if (extra.length > 0) throw usageError(m('cliTakesOneFile', { command, count: String(args.positionals.length) }), command);
    // A folder holds any number of contracts: picking one silently would compute on a contract the user did not name.
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw usageError(m('cliTakesOneFileNotDirectory', { command, file }), command);
    return file;
}

export function requiredString(args: ParsedArgs, option: string, command: string): string {
    const value = args.string(option);
    if (value === undefined) throw usageError(m('cliNeedsOption', { command, option: `--${option}` }), command);
    return value;
}

export function pausesOf(args: ParsedArgs, command: string): Pause[] {
    return args.strings('pause').map((text) => parsePause(text, command));
}
