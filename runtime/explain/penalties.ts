/**
 * Penalty clauses in words, with what their amounts come to against the contract's fee, and the one rule by
 * which they combine. The fee conventions are the simulator's (runtime/simulate/results.ts): a percentage
 * of the fee is of a month's fee (the monthly fee, or a twelfth of a yearly one), except the yearly cap's,
 * which is of the fee as written (150% of a monthly fee of 8000 is 12000 a year).
 */
import { t } from '../i18n/catalogue.js';
import { feeBase } from '../money.js';
import type { Contract, DowntimePenalty, Money, PenaltyAmount, PenaltyCap, PenaltyFine, PenaltyTier, PerBreachPenalty, Threshold } from '../model.js';
import { formatNumber, formatPercent } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';
import { code } from './markdown.js';
import { kindWord } from './words.js';

/** The combination rule in one sentence (docs/language.md, "Money: penalties and their caps"). */
export const PENALTY_COMBINATION_RULE = t(DEFAULT_LOCALE, 'explainPenaltyCombination');

export type PenaltyClauseModel =
    | { kind: 'tier'; tier: PenaltyTier }
    | { kind: 'fine'; fine: PenaltyFine }
    | { kind: 'perBreach'; penalty: PerBreachPenalty }
    | { kind: 'downtime'; penalty: DowntimePenalty }
    | { kind: 'cap'; cap: PenaltyCap };

/** "2000 BRL", as contracts write amounts (a decimal comma in es and pt-BR: "1234,5 BRL"). */
export function moneyWords(money: Money, locale: SupportedLocale = DEFAULT_LOCALE): string {
    return `${formatNumber(money.amount, locale, { grouping: false, maximumFractionDigits: 2 })} ${money.currency}`;
}

function amount(value: number, currency: string, locale: SupportedLocale): string {
    return moneyWords({ amount: value, currency }, locale);
}

/** A month's fee: the monthly fee, or a twelfth of a yearly one. */
function monthFee(contract: Contract): number | undefined {
    const fee = contract.fee;
    if (!fee) return undefined;
    return feeBase(fee);
}

function feeWords(contract: Contract, locale: SupportedLocale): string {
    const fee = contract.fee!;
    return t(locale, fee.period === 'yearly' ? 'explainMonthFeeOfYearly' : 'explainMonthlyFee', { fee: amount(fee.amount, fee.currency, locale) });
}

/** A percentage as the contract wrote it, in the reader's locale ("5%", "5 %"). */
function percent(value: number, locale: SupportedLocale): string {
    return Number.isFinite(value) ? formatPercent(value, locale) : '?%';
}

/** "a credit of 5% of the fee (400 BRL of the monthly fee of 8000 BRL)", "a fine of 500 BRL (6.25% of …)". */
export function penaltyAmountWords(contract: Contract, penalty: PenaltyAmount, locale: SupportedLocale = DEFAULT_LOCALE): string {
    const month = monthFee(contract);
    if (penalty.kind === 'credit') {
        const args = { percent: percent(penalty.percent, locale) };
        return month !== undefined
            ? t(locale, 'explainCreditAmount', { ...args, amount: amount((penalty.percent / 100) * month, contract.fee!.currency, locale), fee: feeWords(contract, locale) })
            : t(locale, 'explainCredit', args);
    }
    const money = moneyWords(penalty.amount, locale);
    if (month !== undefined && month > 0 && penalty.amount.currency === contract.fee!.currency) {
        // A computed share, to two decimals at most: 6.25%, 33.33%.
        const share = formatPercent(Math.round((penalty.amount.amount / month) * 100 * 100) / 100, locale);
        return t(locale, 'explainFineShare', { amount: money, share, fee: feeWords(contract, locale) });
    }
    return t(locale, 'explainFine', { amount: money });
}

function thresholdWords(threshold: Threshold, locale: SupportedLocale): string {
    return threshold.kind === 'percent' ? percent(threshold.value, locale) : t(locale, 'explainScoreOf', { score: formatNumber(threshold.value, locale, { grouping: false }) });
}

const IN_A_PERIOD = { day: 'explainInADay', week: 'explainInAWeek', month: 'explainInAMonth', quarter: 'explainInAQuarter', year: 'explainInAYear' } as const;

/** What one penalty clause means, in a sentence. */
export function penaltyClauseWords(contract: Contract, clause: PenaltyClauseModel, locale: SupportedLocale = DEFAULT_LOCALE): string {
    switch (clause.kind) {
        case 'tier':
            return t(locale, 'explainTierClause', {
                objective: code(clause.tier.objective), threshold: thresholdWords(clause.tier.below, locale),
                amount: penaltyAmountWords(contract, { kind: 'credit', percent: clause.tier.creditPercent }, locale),
            });
        case 'fine':
            return t(locale, 'explainTierClause', {
                objective: code(clause.fine.objective), threshold: thresholdWords(clause.fine.below, locale),
                amount: penaltyAmountWords(contract, { kind: 'pay', amount: clause.fine.amount }, locale),
            });
        case 'perBreach':
            return t(locale, 'explainPerBreachClause', {
                category: code(clause.penalty.category), kind: kindWord(clause.penalty.target, locale),
                amount: penaltyAmountWords(contract, clause.penalty.penalty, locale),
            });
        case 'downtime':
            return t(locale, 'explainDowntimeClause', {
                unit: t(locale, clause.penalty.per === 'minute' ? 'wordMinute' : 'wordHour'), objective: code(clause.penalty.objective),
                amount: penaltyAmountWords(contract, clause.penalty.penalty, locale),
            });
        case 'cap': {
            const key = IN_A_PERIOD[clause.cap.period as keyof typeof IN_A_PERIOD] ?? 'explainInAMonth';
            const args = { period: t(locale, key), percent: percent(clause.cap.percent, locale) };
            const fee = contract.fee;
            // The yearly cap is of the fee as written; shorter periods' caps of a month's fee.
            const base = fee ? feeBase(fee, clause.cap.period === 'year' ? 'year' : 'month') : undefined;
            return fee && base !== undefined
                ? t(locale, 'explainCapClauseAmount', { ...args, amount: amount((clause.cap.percent / 100) * base, fee.currency, locale) })
                : t(locale, 'explainCapClause', args);
        }
    }
}

function combination(locale: SupportedLocale): string {
    return t(locale, 'explainHowPenaltiesCombine', { rule: t(locale, 'explainPenaltyCombination') });
}

/** The hover sections of one penalty clause: its meaning, then the combination rule. */
export function penaltyClauseMarkdown(contract: Contract, clause: PenaltyClauseModel, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    return [penaltyClauseWords(contract, clause, locale), combination(locale)];
}

/** The hover sections of a `penalties` section: a line per clause, then the combination rule. */
export function penaltiesMarkdown(contract: Contract, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    const p = contract.penalties;
    if (!p) return [];
    const clauses: PenaltyClauseModel[] = [
        ...p.tiers.map((tier): PenaltyClauseModel => ({ kind: 'tier', tier })),
        ...(p.fines ?? []).map((fine): PenaltyClauseModel => ({ kind: 'fine', fine })),
        ...(p.perBreach ?? []).map((penalty): PenaltyClauseModel => ({ kind: 'perBreach', penalty })),
        ...(p.downtime ?? []).map((penalty): PenaltyClauseModel => ({ kind: 'downtime', penalty })),
        ...(p.caps ?? (p.cap ? [p.cap] : [])).map((cap): PenaltyClauseModel => ({ kind: 'cap', cap })),
    ];
    const sections: string[] = [];
    if (clauses.length > 0) sections.push(clauses.map((c) => `- ${penaltyClauseWords(contract, c, locale)}`).join('\n'));
    sections.push(combination(locale));
    return sections;
}
