/**
 * Downtime-budget arithmetic for availability objectives (`availability 99.9% per month`): how much
 * downtime a percentage allows over a period of a given number of days. Pure functions, no zone: a
 * period is measured as whole days of 24 hours. Budgets are written in words by runtime/time/format.ts
 * (formatDowntime).
 */
import { DAY_MS } from './time/units.js';

/** The lengths a calendar month or quarter can have, shortest first. */
export const MONTH_DAYS = [28, 30, 31] as const;
export const QUARTER_DAYS = [90, 91, 92] as const;

/** Percentages are read as the decimal the contract wrote (99.9 is 999/1000 of 100): at most this many decimals. */
const MAX_DECIMALS = 9;

/**
 * The percentage as an exact fraction `units / scale` of 100. `String(99.9)` is "99.9": JavaScript
 * prints the shortest decimal that reads back as the same number, which is the decimal as written, so
 * 100 − 99.9 is exactly 1/10 here, where floating point gives 0.09999999999999432.
 */
function exactPercent(percent: number): { units: bigint; scale: bigint } {
    const text = String(percent);
    const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match || (match[2]?.length ?? 0) > MAX_DECIMALS) {
        // Exponent notation or more decimals than a contract writes: round to MAX_DECIMALS.
        const scale = 10n ** BigInt(MAX_DECIMALS);
        return { units: BigInt(Math.round(percent * 10 ** MAX_DECIMALS)), scale };
    }
    const decimals = match[2] ?? '';
    return { units: BigInt(match[1]! + decimals), scale: 10n ** BigInt(decimals.length) };
}

/**
 * Downtime allowed, in milliseconds (rounded to the nearest millisecond, halves up), by an availability
 * of `percent` over `days` whole days: (100 − percent) % of the period. 99.9 % over 30 days is 2 592 000 ms
 * (43 min 12 s). Throws RangeError for a percentage outside [0, 100] or days that are not a positive
 * whole number.
 */
export function downtimeBudgetMs(percent: number, days: number): number {
    if (!(percent >= 0 && percent <= 100)) throw new RangeError(`An availability must be a percentage from 0 to 100, not ${percent}`);
    if (!Number.isInteger(days) || days <= 0) throw new RangeError(`A period must be a positive whole number of days, not ${days}`);
    const { units, scale } = exactPercent(percent);
    const allowed = 100n * scale - units; // downtime share, in units of 1/scale percent
    const numerator = BigInt(days) * BigInt(DAY_MS) * allowed;
    const denominator = 100n * scale;
    return Number((2n * numerator + denominator) / (2n * denominator));
}

/** One row of a downtime budget table. */
export interface DowntimeBudget {
    readonly days: number;
    readonly downtimeMs: number;
}

/** The budgets for months of 28, 30 and 31 days and quarters of 90, 91 and 92 days. */
export function monthAndQuarterBudgets(percent: number): { month: DowntimeBudget[]; quarter: DowntimeBudget[] } {
    const row = (days: number): DowntimeBudget => ({ days, downtimeMs: downtimeBudgetMs(percent, days) });
    return { month: MONTH_DAYS.map(row), quarter: QUARTER_DAYS.map(row) };
}
