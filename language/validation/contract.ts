import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { Codes } from './codes.js';
import { SUPPORTED_LOCALES, dateProblem, isKnownCurrency, isSupportedLocale, suggestCurrencies } from '../../runtime/index.js';

/** Clauses a contract states once: a second one would leave the reader guessing which holds. */
const SINGLE_CLAUSES: [guard: (m: AstNode) => boolean, word: string][] = [
    [ast.isProvider, 'provider'],
    [ast.isCustomer, 'customer'],
    [ast.isTerm, 'term'],
    [ast.isFee, 'fee'],
    [ast.isLocale, 'locale'],
    [ast.isDefaultCalendar, 'default calendar'],
    [ast.isCustomerObligations, 'customer obligations'],
    [ast.isBreachProcedure, 'on breach'],
    [ast.isPenalties, 'penalties'],
    [ast.isTermination, 'termination'],
];

export function contractClausesMustBeSingle(contract: ast.Contract, accept: ValidationAcceptor): void {
    for (const [guard, word] of SINGLE_CLAUSES) {
        for (const extra of contract.members.filter(guard).slice(1)) {
            accept('error', `Contract '${contract.name}' already states its ${word}.`, { node: extra, code: Codes.duplicateClause });
        }
    }
}

/** Each kind of name is unique in its scope (a contract, or a scenario for teams); contracts unique in a file. */
export function namesMustBeUnique(container: ast.Model | ast.Contract | ast.Scenario, accept: ValidationAcceptor): void {
    const children: AstNode[] = ast.isModel(container) ? container.contracts : container.members;
    const seen = new Map<string, AstNode & { name: string }>();
    for (const child of children) {
        if (!('name' in child) || typeof child.name !== 'string' || child.name === '') continue;
        const named = child as AstNode & { name: string };
        const key = `${named.$type}/${named.name}`;
        const first = seen.get(key);
        if (first) {
            const line = (first.$cstNode?.range.start.line ?? 0) + 1;
            const kind = named.$type.toLowerCase();
            accept('error', `Duplicate ${kind} '${named.name}': already declared on line ${line}.`, {
                node: named, property: 'name' as never, code: Codes.duplicateName,
            });
        } else {
            seen.set(key, named);
        }
    }
}

export function termMustBeCoherent(term: ast.Term, accept: ValidationAcceptor): void {
    let valid = true;
    if (!term.start || !term.end) return; // a syntax error is already reported
    for (const property of ['start', 'end'] as const) {
        const problem = dateProblem(term[property]);
        if (problem) {
            accept('error', `${problem}.`, { node: term, property, code: Codes.dateMustExist });
            valid = false;
        }
    }
    if (valid && term.end < term.start) {
        accept('error', `The term ends (${term.end}) before it starts (${term.start}).`, { node: term, property: 'end', code: Codes.termEndMustFollowStart });
    }
}

export function datesMustExist(node: ast.Holiday | ast.SpecialHours | ast.ScenarioPeriod | ast.OnCall, accept: ValidationAcceptor): void {
    const value = ast.isScenarioPeriod(node) || ast.isOnCall(node) ? node.start : node.date;
    const problem = value ? dateProblem(value) : undefined;
    if (problem) {
        accept('error', `${problem}.`, { node, property: (ast.isScenarioPeriod(node) || ast.isOnCall(node) ? 'start' : 'date') as never, code: Codes.dateMustExist });
    }
}

export function localeShouldBeSupported(locale: ast.Locale, accept: ValidationAcceptor): void {
    if (locale.locale !== undefined && !isSupportedLocale(locale.locale)) {
        const near = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === locale.locale.toLowerCase() || l.split('-')[0] === locale.locale.split(/[-_]/)[0]);
        accept('warning', `Documents can be generated in ${SUPPORTED_LOCALES.map((l) => `"${l}"`).join(', ')}; "${locale.locale}" falls back to English.${near ? ` Did you mean "${near}"?` : ''}`, {
            node: locale, property: 'locale', code: Codes.localeShouldBeSupported,
        });
    }
}

export function percentsMustBeInRange(node: ast.CustomerWait | ast.DemandNotice, accept: ValidationAcceptor): void {
    if (ast.isCustomerWait(node) && typeof node.share === 'number' && (node.share < 0 || node.share > 100)) {
        accept('error', `A share of tickets must be between 0% and 100%; found ${node.share}%.`, { node, property: 'share', code: Codes.percentMustBeInRange });
    }
    if (ast.isDemandNotice(node) && typeof node.threshold === 'number' && node.threshold <= 100) {
        accept('warning', `Demand above ${node.threshold}% of normal is not a peak; the notice duty usually starts above 100%.`, {
            node, property: 'threshold', code: Codes.percentMustBeInRange,
        });
    }
}

/** One rule for a file without a contract, so `check` and every command that reads it say the same. */
export function fileMustDeclareContract(model: ast.Model, accept: ValidationAcceptor): void {
    if (model.contracts.length > 0) return;
    // A file whose text did not parse has its syntax error already; this is for files that say nothing.
    const { parserErrors, lexerErrors } = AstUtils.getDocument(model).parseResult;
    if (parserErrors.length > 0 || lexerErrors.length > 0) return;
    // At the end of the text: where the contract is missing (1:1 for an empty file), past any comments.
    const document = AstUtils.getDocument(model).textDocument;
    const end = document.positionAt(document.getText().length);
    accept('error', 'This file declares no contract: write one as contract NAME "Title" { … }.', {
        node: model,
        range: { start: end, end },
        code: Codes.fileMustDeclareContract,
    });
}

/** The fee and every amount of money (fines, per-breach penalties). */
export function currencyMustBeIsoCode(money: ast.Fee | ast.Money, accept: ValidationAcceptor): void {
    if (money.currency === undefined || isKnownCurrency(money.currency)) return;
    const near = suggestCurrencies(money.currency);
    const hint = near.length === 1 ? ` Did you mean '${near[0]}'?` : near.length > 1 ? ` Did you mean one of ${near.map((c) => `'${c}'`).join(', ')}?` : '';
    accept('error', `'${money.currency}' is not a currency code: write money with its ISO 4217 code, such as USD, EUR or BRL.${hint}`, {
        node: money, property: 'currency', code: Codes.currencyMustBeIsoCode,
    });
}

/**
 * Every number a contract writes is finite: `1` followed by 400 zeros reads as Infinity, which no deadline,
 * fee or export can hold (JSON has no Infinity). One located error instead of an answer that is not a number.
 */
export function numbersMustBeFinite(model: ast.Model, accept: ValidationAcceptor): void {
    for (const node of AstUtils.streamAst(model)) {
        for (const [property, value] of Object.entries(node)) {
            if (property.startsWith('$') || typeof value !== 'number' || Number.isFinite(value)) continue;
            accept('error', 'This number is too large to compute with; write a number of at most 15 digits.', {
                node, property: property as never, code: Codes.numberMustBeFinite,
            });
        }
    }
}
