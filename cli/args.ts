import { parseArgs } from 'node:util';
import { usageError } from './errors.js';

export interface OptionSpec {
    type: 'string' | 'boolean';
    short?: string;
    /** May be given several times; the values are kept in order. */
    multiple?: boolean;
    /** Accepted values of a string option. */
    choices?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

/** The options and operands of one command, read with typed accessors. */
export class ParsedArgs {
    constructor(
        readonly positionals: string[],
        private readonly values: Map<string, string[]>,
        private readonly flags: Set<string>,
    ) {}

    flag(name: string): boolean {
        return this.flags.has(name);
    }

    /** The last value given for a string option (a repeated single-valued option: the last one wins). */
    string(name: string): string | undefined {
        return this.values.get(name)?.at(-1);
    }

    strings(name: string): string[] {
        return this.values.get(name) ?? [];
    }
}

/**
 * Parses a command's arguments. node:util parseArgs does the tokenising; it runs non-strict because its strict
 * errors are multi-line and name no command, and because it would take `--format --json` as format "--json".
 * Every rejection here is a one-line usage error that points at the command's help.
 */
export function parseCommandArgs(command: string, argv: readonly string[], specs: OptionSpecs): ParsedArgs {
    const all: OptionSpecs = { ...specs, help: { type: 'boolean', short: 'h' } };
    const { tokens } = parseArgs({
        args: [...argv],
        options: Object.fromEntries(
            Object.entries(all).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]),
        ),
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const positionals: string[] = [];
    const values = new Map<string, string[]>();
    const flags = new Set<string>();
    for (const token of tokens) {
        if (token.kind === 'positional') positionals.push(token.value);
        if (token.kind !== 'option') continue;
        const spec = all[token.name];
        if (!spec) throw usageError(`unknown option '${token.rawName}' for '${command}'`, command);
        const display = token.rawName.startsWith('--') ? token.rawName : `${token.rawName}, --${token.name}`;
        if (spec.type === 'boolean') {
            if (token.value !== undefined) throw usageError(`option '${display}' takes no value`, command);
            flags.add(token.name);
            continue;
        }
        // A value that looks like an option is the next option, not this one's value.
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
            throw usageError(`option '${display}' needs a value`, command);
        }
        if (spec.choices && !spec.choices.includes(token.value)) {
            const expected = spec.choices.map((c) => `'${c}'`).join(' or ');
            throw usageError(`option '${display}' must be ${expected}, not '${token.value}'`, command);
        }
        values.set(token.name, spec.multiple ? [...(values.get(token.name) ?? []), token.value] : [token.value]);
    }
    return new ParsedArgs(positionals, values, flags);
}
