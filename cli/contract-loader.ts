import type { Model } from '../language/generated/ast.js';
import { lowerModel } from '../language/lower.js';
import type { Contract } from '../runtime/index.js';
import { closest } from '../runtime/index.js';
import { formatProblem, problemsOf } from './diagnostics.js';
import { CliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { readSources } from './files.js';
import { m } from './i18n.js';
import { buildSources } from './workspace.js';

/** What a command may name that the contract must declare. */
export type NameKind = 'category' | 'contract' | 'calendar' | 'scenario';

const UNKNOWN = { category: 'cliUnknownCategory', contract: 'cliUnknownContract', calendar: 'cliUnknownCalendar', scenario: 'cliUnknownScenario' } as const;
const NONE = { category: 'cliDeclaresNoCategory', contract: 'cliDeclaresNoContract', calendar: 'cliDeclaresNoCalendar', scenario: 'cliDeclaresNoScenario' } as const;
// One list per kind: Spanish and Portuguese agree the participle with the noun (categorías declaradas).
const DECLARED = { category: 'cliDeclaredCategories', contract: 'cliDeclaredContracts', calendar: 'cliDeclaredCalendars', scenario: 'cliDeclaredScenarios' } as const;

/**
 * "in contract ZenkiuSupport", as the `where` of unknownName: with its preposition, which Portuguese contracts
 * with the article ("no contrato", never "em o contrato").
 */
export function inContract(name: string): string {
    return m('cliInContract', { name });
}

/** "in contracts.pacto", as the `where` of unknownName. */
export function inFile(file: string): string {
    return m('cliInFile', { file });
}

/**
 * "unknown category 'Critcal' in contract X; did you mean 'Critica'?" or, without a near name, the
 * declared ones, so the user never has to open the file to find the right spelling.
 */
export function unknownName(kind: NameKind, name: string, where: string, declared: readonly string[]): CliError {
    const suggestion = closest(name, declared);
    const hint = suggestion
        ? m('cliDidYouMean', { name: suggestion })
        : declared.length > 0
            ? m(DECLARED[kind], { names: declared.join(', ') })
            : m(NONE[kind]);
    return new CliError(m(UNKNOWN[kind], { name, where, hint }), ExitCode.usage);
}

/**
 * The contract a computing command works on: the file must be free of errors (a deadline from a contract
 * that does not mean what it says would be worse than none), and name one contract or pick it with --contract.
 */
export async function loadContract(file: string, contractName: string | undefined, command: string): Promise<Contract> {
    const [checked] = await buildSources(readSources([file]));
    if (!checked) throw new CliError(m('cliNoContractFile', { file }), ExitCode.usage);
    const errors = problemsOf(checked).filter((p) => p.severity === 'error');
    const [first] = errors;
    if (first) {
        const problem = formatProblem(first);
        const message = errors.length > 1 ? m('cliContractHasErrorsFirstOf', { problem, count: errors.length, file }) : m('cliContractHasErrors', { problem });
        throw new CliError(message, ExitCode.problems);
    }
    const contracts = lowerModel(checked.document.parseResult.value as Model);
    const names = contracts.map((c) => c.name);
    if (contractName !== undefined) {
        const contract = contracts.find((c) => c.name === contractName);
        if (!contract) throw unknownName('contract', contractName, inFile(file), names);
        return contract;
    }
    const [only, ...others] = contracts;
    if (!only) throw new CliError(m('cliFileDeclaresNoContract', { file }), ExitCode.usage);
    if (others.length > 0) {
        throw usageError(m('cliChooseContract', { file, count: contracts.length, names: names.join(', ') }), command);
    }
    return only;
}
