import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { DateTime } from 'luxon';
import * as ast from '../generated/ast.js';
import { Codes } from './codes.js';
import { walkAst } from '../ast-queries.js';
import { FIRST_YEAR, LAST_YEAR, SUPPORTED_LOCALES, isKnownCurrency, isSupportedLocale, suggestCurrencies } from '../../runtime/index.js';
import { isRealDate } from '../cached-dates.js';
import type { MessageKey } from '../../runtime/index.js';
import type { LocaleText } from '../message-locale.js';

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

export function contractClausesMustBeSingle(contract: ast.Contract, accept: ValidationAcceptor, { t }: LocaleText): void {
    for (const [guard, word] of SINGLE_CLAUSES) {
        for (const extra of contract.members.filter(guard).slice(1)) {
            accept('error', t('clauseStatedTwice', { contract: contract.name, clause: word }), { node: extra, code: Codes.duplicateClause });
        }
    }
}

/** What each kind of declaration is called in "Duplicate calendar 'X'". */
const NAME_KINDS: Record<string, MessageKey> = {
    Contract: 'nameKindContract',
    Calendar: 'nameKindCalendar',
    Channel: 'nameKindChannel',
    Category: 'nameKindCategory',
    Objective: 'nameKindObjective',
    OnCall: 'nameKindOnCall',
    Scenario: 'nameKindScenario',
    Team: 'nameKindTeam',
};

/** Each kind of name is unique in its scope (a contract, or a scenario for teams); contracts unique in a file. */
export function namesMustBeUnique(container: ast.Model | ast.Contract | ast.Scenario, accept: ValidationAcceptor, { t }: LocaleText): void {
    const children: AstNode[] = ast.isModel(container) ? container.contracts : container.members;
    const seen = new Map<string, AstNode & { name: string }>();
    for (const child of children) {
        if (!('name' in child) || typeof child.name !== 'string' || child.name === '') continue;
        const named = child as AstNode & { name: string };
        const key = `${named.$type}/${named.name}`;
        const first = seen.get(key);
        if (first) {
            const line = (first.$cstNode?.range.start.line ?? 0) + 1;
            const kindKey = NAME_KINDS[named.$type];
            const kind = kindKey ? t(kindKey) : named.$type.toLowerCase();
            accept('error', t('duplicateName', { kind, name: named.name, line: String(line) }), {
                node: named, property: 'name' as never, code: Codes.duplicateName,
            });
        } else {
            seen.set(key, named);
        }
    }
}

/** Why `date` is not a date Pacto computes with, in the reader's words; undefined when it is one. */
function dateProblemText(date: string, t: LocaleText['t']): string | undefined {
    if (isRealDate(date)) return undefined;
    // As runtime/util/dates.ts dateProblem judges: no such date, or a date outside the years Pacto computes with.
    return DateTime.fromISO(date, { zone: 'UTC' }).isValid
        ? t('dateOutsideYears', { date, first: String(FIRST_YEAR), last: String(LAST_YEAR) })
        : t('dateNotADate', { date });
}

export function termMustBeCoherent(term: ast.Term, accept: ValidationAcceptor, { t }: LocaleText): void {
    let valid = true;
    if (!term.start || !term.end) return; // a syntax error is already reported
    for (const property of ['start', 'end'] as const) {
        const problem = dateProblemText(term[property], t);
        if (problem) {
            accept('error', problem, { node: term, property, code: Codes.dateMustExist });
            valid = false;
        }
    }
    if (valid && term.end < term.start) {
        accept('error', t('termEndsBeforeStart', { end: term.end, start: term.start }), { node: term, property: 'end', code: Codes.termEndMustFollowStart });
    }
}

export function datesMustExist(node: ast.Holiday | ast.SpecialHours | ast.ScenarioPeriod | ast.OnCall, accept: ValidationAcceptor, { t }: LocaleText): void {
    const value = ast.isScenarioPeriod(node) || ast.isOnCall(node) ? node.start : node.date;
    const problem = value ? dateProblemText(value, t) : undefined;
    if (problem) {
        accept('error', problem, { node, property: (ast.isScenarioPeriod(node) || ast.isOnCall(node) ? 'start' : 'date') as never, code: Codes.dateMustExist });
    }
}

export function localeShouldBeSupported(locale: ast.Locale, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (locale.locale !== undefined && !isSupportedLocale(locale.locale)) {
        const near = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === locale.locale.toLowerCase() || l.split('-')[0] === locale.locale.split(/[-_]/)[0]);
        const args = { locales: SUPPORTED_LOCALES.map((l) => `"${l}"`).join(', '), locale: locale.locale };
        accept('warning', near ? t('unsupportedLocaleDidYouMean', { ...args, near }) : t('unsupportedLocale', args), {
            node: locale, property: 'locale', code: Codes.localeShouldBeSupported,
        });
    }
}

export function percentsMustBeInRange(node: ast.CustomerWait | ast.DemandNotice, accept: ValidationAcceptor, { t, num }: LocaleText): void {
    if (ast.isCustomerWait(node) && typeof node.share === 'number' && (node.share < 0 || node.share > 100)) {
        accept('error', t('ticketShareOutOfRange', { share: num(node.share) }), { node, property: 'share', code: Codes.percentMustBeInRange });
    }
    if (ast.isDemandNotice(node) && typeof node.threshold === 'number' && node.threshold <= 100) {
        accept('warning', t('demandNoticeNotPeak', { threshold: num(node.threshold) }), {
            node, property: 'threshold', code: Codes.percentMustBeInRange,
        });
    }
}

/** One rule for a file without a contract, so `check` and every command that reads it say the same. */
export function fileMustDeclareContract(model: ast.Model, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (model.contracts.length > 0) return;
    // A file whose text did not parse has its syntax error already; this is for files that say nothing.
    const { parserErrors, lexerErrors } = AstUtils.getDocument(model).parseResult;
    if (parserErrors.length > 0 || lexerErrors.length > 0) return;
    // At the end of the text: where the contract is missing (1:1 for an empty file), past any comments.
    const document = AstUtils.getDocument(model).textDocument;
    const end = document.positionAt(document.getText().length);
    accept('error', t('noContract'), {
        node: model,
        range: { start: end, end },
        code: Codes.fileMustDeclareContract,
    });
}

/** The fee and every amount of money (fines, per-breach penalties). */
export function currencyMustBeIsoCode(money: ast.Fee | ast.Money, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (money.currency === undefined || isKnownCurrency(money.currency)) return;
    const near = suggestCurrencies(money.currency);
    const currency = money.currency;
    const message = near.length === 1
        ? t('unknownCurrencyDidYouMean', { currency, near: near[0]! })
        : near.length > 1 ? t('unknownCurrencyDidYouMeanOneOf', { currency, near: near.map((c) => `'${c}'`).join(', ') }) : t('unknownCurrency', { currency });
    accept('error', message, {
        node: money, property: 'currency', code: Codes.currencyMustBeIsoCode,
    });
}

/** Past 15 digits a number is no longer held exactly, and no agreement needs one that large. */
const LARGEST_NUMBER = 1e15;

/**
 * Every number a contract writes has at most 15 digits: `1` followed by 400 zeros reads as Infinity, and 1
 * followed by 308 zeros is finite but overflows once counted in minutes or milliseconds (the JSON export then
 * wrote null against its schema). One located error instead of an answer that is not a number.
 */
export function numbersMustBeFinite(model: ast.Model, accept: ValidationAcceptor, { t }: LocaleText): void {
    walkAst(model, (node) => {
        const record = node as unknown as Record<string, unknown>;
        for (const property in record) {
            const value = record[property];
            if (typeof value !== 'number' || (Number.isFinite(value) && Math.abs(value) < LARGEST_NUMBER) || property.startsWith('$')) continue;
            accept('error', t('numberTooLarge'), {
                node, property: property as never, code: Codes.numberMustBeFinite,
            });
        }
    });
}
