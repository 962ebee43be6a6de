/**
 * Penalty clauses in words, with what their amounts come to against the contract's fee, and the one rule by
 * which they combine. The fee conventions are the simulator's (runtime/simulate/results.ts): a percentage
 * of the fee is of a month's fee (the monthly fee, or a twelfth of a yearly one), except the yearly cap's,
 * which is of the fee as written (150% of a monthly fee of 8000 is 12000 a year).
 */
import { feeBase } from '../money.js';
import type { Contract, DowntimePenalty, Money, PenaltyAmount, PenaltyCap, PenaltyFine, PenaltyTier, PerBreachPenalty, Threshold } from '../model.js';
import { formatNumber } from '../time/format.js';
import { code } from './markdown.js';

/** The combination rule in one sentence (docs/language.md, "Money: penalties and their caps"). */
export const PENALTY_COMBINATION_RULE =
    'For each objective the worst tier that applies is owed; the amounts of different objectives, the per-breach and the downtime penalties add up; then the monthly cap applies, then the yearly cap.';

export type PenaltyClauseModel =
    | { kind: 'tier'; tier: PenaltyTier }
    | { kind: 'fine'; fine: PenaltyFine }
    | { kind: 'perBreach'; penalty: PerBreachPenalty }
    | { kind: 'downtime'; penalty: DowntimePenalty }
    | { kind: 'cap'; cap: PenaltyCap };

/** "2000 BRL", as contracts write amounts. */
export function moneyWords(money: Money): string {
    return `${formatNumber(money.amount, 'en', { grouping: false, maximumFractionDigits: 2 })} ${money.currency}`;
}

function amount(value: number, currency: string): string {
    return moneyWords({ amount: value, currency });
}

/** A month's fee: the monthly fee, or a twelfth of a yearly one. */
function monthFee(contract: Contract): number | undefined {
    const fee = contract.fee;
    if (!fee) return undefined;
    return feeBase(fee);
}

function feeWords(contract: Contract): string {
    const fee = contract.fee!;
    return fee.period === 'yearly'
        ? `a month's fee (a twelfth of the yearly fee of ${amount(fee.amount, fee.currency)})`
        : `the monthly fee of ${amount(fee.amount, fee.currency)}`;
}

/** "a credit of 5% of the fee (400 BRL of the monthly fee of 8000 BRL)", "a fine of 500 BRL (6.25% of …)". */
export function penaltyAmountWords(contract: Contract, penalty: PenaltyAmount): string {
    const month = monthFee(contract);
    if (penalty.kind === 'credit') {
        const of = month !== undefined ? ` (${amount((penalty.percent / 100) * month, contract.fee!.currency)} of ${feeWords(contract)})` : '';
        return `a credit of ${penalty.percent}% of the fee${of}`;
    }
    const share = month !== undefined && month > 0 && penalty.amount.currency === contract.fee!.currency
        ? ` (${formatNumber((penalty.amount.amount / month) * 100, 'en', { grouping: false, maximumFractionDigits: 2 })}% of ${feeWords(contract)})`
        : '';
    return `a fine of ${moneyWords(penalty.amount)}${share}`;
}

function thresholdWords(threshold: Threshold): string {
    return threshold.kind === 'percent' ? `${threshold.value}%` : `a score of ${threshold.value}`;
}

const PERIOD_WORDS: Record<string, string> = { day: 'a day', week: 'a week', month: 'a month', quarter: 'a quarter', year: 'a year' };

/** What one penalty clause means, in a sentence. */
export function penaltyClauseWords(contract: Contract, clause: PenaltyClauseModel): string {
    switch (clause.kind) {
        case 'tier':
            return `When ${code(clause.tier.objective)} falls below ${thresholdWords(clause.tier.below)} in a measured period, the provider owes ${penaltyAmountWords(contract, { kind: 'credit', percent: clause.tier.creditPercent })}.`;
        case 'fine':
            return `When ${code(clause.fine.objective)} falls below ${thresholdWords(clause.fine.below)} in a measured period, the provider owes ${penaltyAmountWords(contract, { kind: 'pay', amount: clause.fine.amount })}.`;
        case 'perBreach':
            return `For each ticket of ${code(clause.penalty.category)} that misses its ${clause.penalty.target} target, the provider owes ${penaltyAmountWords(contract, clause.penalty.penalty)}.`;
        case 'downtime':
            return `For each ${clause.penalty.per} of downtime beyond the budget of ${code(clause.penalty.objective)}, the provider owes ${penaltyAmountWords(contract, clause.penalty.penalty)}.`;
        case 'cap': {
            const period = PERIOD_WORDS[clause.cap.period] ?? `per ${clause.cap.period}`;
            const fee = contract.fee;
            // The yearly cap is of the fee as written; shorter periods' caps of a month's fee.
            const base = fee ? feeBase(fee, clause.cap.period === 'year' ? 'year' : 'month') : undefined;
            const total = fee && base !== undefined ? ` (${amount((clause.cap.percent / 100) * base, fee.currency)})` : '';
            return `Everything owed ${period} adds up to at most ${clause.cap.percent}% of the fee${total}.`;
        }
    }
}

/** The hover sections of one penalty clause: its meaning, then the combination rule. */
export function penaltyClauseMarkdown(contract: Contract, clause: PenaltyClauseModel): string[] {
    return [penaltyClauseWords(contract, clause), `**How penalties combine**: ${PENALTY_COMBINATION_RULE}`];
}

/** The hover sections of a `penalties` section: a line per clause, then the combination rule. */
export function penaltiesMarkdown(contract: Contract): string[] {
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
    if (clauses.length > 0) sections.push(clauses.map((c) => `- ${penaltyClauseWords(contract, c)}`).join('\n'));
    sections.push(`**How penalties combine**: ${PENALTY_COMBINATION_RULE}`);
    return sections;
}
