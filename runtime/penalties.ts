/**
 * The contract's penalty rule (docs/language.md, "the combination rule"), in one place for the simulator
 * (runtime/simulate/results.ts) and the compliance report (runtime/replay/compliance.ts):
 *
 * - per objective, the worst credit tier it falls below and the worst fine it falls below are both owed;
 * - per-breach and downtime penalties add to them;
 * - the sum is limited by the cap of the period, then by what is left of the yearly cap.
 *
 * "P% of fee" is of a month's fee (runtime/money.ts feeBase) for credits and for every cap shorter than a
 * year, a quarter's included; the yearly cap is of the fee as written. Without a fee, amounts are
 * percentages of the fee (a base of 100).
 */
import { feeBase } from './money.js';
import type { Fee, Money, PenaltyAmount, PenaltyCap, Penalties, Threshold } from './model.js';

/** The contract's caps: `caps`, or the one `cap` of a v1 contract. */
export function capsOf(penalties: Penalties | null | undefined): PenaltyCap[] {
    return penalties ? (penalties.caps ?? (penalties.cap ? [penalties.cap] : [])) : [];
}

/** What 100% of the fee is for a credit or a cap of `period`: a month's fee, the fee as written for a year; 100 without a fee. */
export function feeScale(fee: Fee | null, period: 'month' | 'year' = 'month'): number {
    return fee ? feeBase(fee, period) : 100;
}

/** A credit of `percent` of the fee, in the fee's currency (in percent without a fee). */
export function creditAmount(percent: number, fee: Fee | null): number {
    return (percent / 100) * feeScale(fee);
}

/** A penalty's amount in the fee's currency: a credit of a month's fee, or the fixed amount as written. */
export function penaltyAmount(amount: PenaltyAmount, fee: Fee | null): number {
    return amount.kind === 'credit' ? creditAmount(amount.percent, fee) : amount.amount.amount;
}

/** The limit of one cap: a share of a month's fee, of the fee as written for a yearly one. */
export function capLimit(cap: PenaltyCap, fee: Fee | null): number {
    return (cap.percent / 100) * feeScale(fee, cap.period === 'year' ? 'year' : 'month');
}

/** The lowest limit of the caps of a period that `applies` selects (Infinity when none). */
export function periodLimit(caps: readonly PenaltyCap[], fee: Fee | null, applies: (cap: PenaltyCap) => boolean): number {
    let limit = Infinity;
    for (const cap of caps) if (cap.period !== 'year' && applies(cap)) limit = Math.min(limit, capLimit(cap, fee));
    return limit;
}

/** The yearly cap's limit (Infinity without one). */
export function yearLimit(caps: readonly PenaltyCap[], fee: Fee | null): number {
    const cap = caps.find((c) => c.period === 'year');
    return cap ? capLimit(cap, fee) : Infinity;
}

/** What one objective owes: the worst credit tier and the worst fine it falls below (both owed). */
export interface ObjectiveOwed {
    /** The worst tier's percent of the fee; null when no tier applies. */
    creditPercent: number | null;
    /** The worst fine; null when none applies. */
    fine: Money | null;
}

/** The tiers and fines of `objective` that `falls` says it is below: the worst of each. */
export function objectiveOwed(penalties: Penalties | null | undefined, objective: string, falls: (threshold: Threshold) => boolean): ObjectiveOwed {
    let creditPercent: number | null = null;
    for (const tier of penalties?.tiers ?? []) {
        if (tier.objective === objective && falls(tier.below) && (creditPercent === null || tier.creditPercent > creditPercent)) creditPercent = tier.creditPercent;
    }
    let fine: Money | null = null;
    for (const f of penalties?.fines ?? []) {
        if (f.objective === objective && falls(f.below) && (fine === null || f.amount.amount > fine.amount)) fine = f.amount;
    }
    return { creditPercent, fine };
}

/** A period's total after its cap and what is left of the year's (`yearRoom`), and which of them lowered it. */
export function capped(total: number, periodCap: number, yearRoom: number): { amount: number; byPeriod: boolean; byYear: boolean } {
    let amount = total;
    const byPeriod = amount > periodCap;
    if (byPeriod) amount = periodCap;
    const room = Math.max(0, yearRoom);
    const byYear = amount > room;
    if (byYear) amount = room;
    return { amount, byPeriod, byYear };
}
