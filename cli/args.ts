import { parseArgs } from 'node:util';
import { usageError } from './errors.js';
import { alternatives, m } from './i18n.js';

export interface OptionSpec {
    type: 'string' | 'boolean';
    short?: string;
    /** May be given several times; the values are kept in order. */
    multiple?: boolean;
    /** Accepted values of a string option. */
    choices?: readonly string[];
    /** A number: `--runs -1` gives -1 to the option (for its own range check), not a missing value. */
    numeric?: boolean;
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
        if (!spec) throw usageError(m('cliUnknownOptionFor', { option: token.rawName, command }), command);
        const display = token.rawName.startsWith('--') ? token.rawName : `${token.rawName}, --${token.name}`;
        if (spec.type === 'boolean') {
            if (token.value !== undefined) throw usageError(m('cliOptionTakesNoValue', { option: display }), command);
            flags.add(token.name);
            continue;
        }
        // A value that looks like an option is the next option, not this one's value; a negative number given
        // to a numeric option is its value, refused by the option's own range check in words.
        const negativeNumber = spec.numeric === true && token.value !== undefined && /^-[\d.]/.test(token.value);
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && !negativeNumber)) {
            throw usageError(m('cliOptionNeedsValue', { option: display }), command);
        }
        if (spec.choices && !spec.choices.includes(token.value)) {
            throw usageError(m('cliOptionMustBe', { option: display, expected: alternatives(spec.choices), value: token.value }), command);
        }
        values.set(token.name, spec.multiple ? [...(values.get(token.name) ?? []), token.value] : [token.value]);
    }
    return new ParsedArgs(positionals, values, flags);
}
