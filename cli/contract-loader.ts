import type { Model } from '../language/generated/ast.js';
import { lowerModel } from '../language/lower.js';
import type { Contract } from '../runtime/index.js';
import { closest } from '../runtime/index.js';
import { formatProblem, problemsOf } from './diagnostics.js';
import { CliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { readSources } from './files.js';
import { buildSources } from './workspace.js';

/**
 * "unknown category 'Critcal' in contract X; did you mean 'Critica'?" or, without a near name, the
 * declared ones, so the user never has to open the file to find the right spelling.
 */
export function unknownName(kind: string, name: string, where: string, declared: readonly string[]): CliError {
    const suggestion = closest(name, declared);
    const hint = suggestion
        ? `did you mean '${suggestion}'?`
        : declared.length > 0
            ? `declared: ${declared.join(', ')}`
            : `it declares no ${kind}`;
    return new CliError(`unknown ${kind} '${name}' in ${where}; ${hint}`, ExitCode.usage);
}

/**
 * The contract a computing command works on: the file must be free of errors (a deadline from a contract
 * that does not mean what it says would be worse than none), and name one contract or pick it with --contract.
 */
export async function loadContract(file: string, contractName: string | undefined, command: string): Promise<Contract> {
    const [checked] = await buildSources(readSources([file]));
    if (!checked) throw new CliError(`no contract file in ${file}`, ExitCode.usage);
    const errors = problemsOf(checked).filter((p) => p.severity === 'error');
    const [first] = errors;
    if (first) {
        const more = errors.length > 1 ? ` (first of ${errors.length} errors; 'pacto check ${file}' lists them)` : '';
        throw new CliError(`the contract has errors, nothing computed: ${formatProblem(first)}${more}`, ExitCode.problems);
    }
    const contracts = lowerModel(checked.document.parseResult.value as Model);
    const names = contracts.map((c) => c.name);
    if (contractName !== undefined) {
        const contract = contracts.find((c) => c.name === contractName);
        if (!contract) throw unknownName('contract', contractName, file, names);
        return contract;
    }
    const [only, ...others] = contracts;
    if (!only) throw new CliError(`${file} declares no contract`, ExitCode.usage);
    if (others.length > 0) {
        throw usageError(`${file} declares ${contracts.length} contracts (${names.join(', ')}); choose one with --contract`, command);
    }
    return only;
}
