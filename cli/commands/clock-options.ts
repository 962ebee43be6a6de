import { statSync } from 'node:fs';
import type { ParsedArgs } from '../args.js';
import { usageError } from '../errors.js';
import { parsePause } from '../instant.js';
import type { Pause } from '../../runtime/index.js';

/** The one FILE operand of a computing command. */
export function singleFile(args: ParsedArgs, command: string): string {
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw usageError(`'${command}' needs a contract file`, command);
    if (extra.length > 0) throw usageError(`'${command}' takes one contract file, not ${args.positionals.length}`, command);
    // A folder holds any number of contracts: picking one silently would compute on a contract the user did not name.
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
        throw usageError(`'${command}' takes one contract file, and ${file} is a directory (name a .pacto file in it; 'pacto check' takes directories)`, command);
    }
    return file;
}

export function requiredString(args: ParsedArgs, option: string, command: string): string {
    const value = args.string(option);
    if (value === undefined) throw usageError(`'${command}' needs --${option}`, command);
    return value;
}

export function pausesOf(args: ParsedArgs, command: string): Pause[] {
    return args.strings('pause').map((text) => parsePause(text, command));
}
