/**
 * The downtime budget of an availability objective in words, for its hover: what (100 − p) % allows in
 * months of 28, 30 and 31 days and quarters of 90, 91 and 92 days (runtime/availability.ts does the
 * arithmetic). The budget is a share of the whole period; with `excluding CALENDAR`, downtime while that
 * calendar is open (maintenance windows) is not counted against it.
 */
import { MONTH_DAYS, QUARTER_DAYS, downtimeBudgetMs } from '../availability.js';
import { formatDowntime, formatNumber } from '../time/format.js';
import { code } from './markdown.js';

/** A measured period other than month and quarter gets its own row: its length in days. */
const OTHER_PERIODS: Record<string, { label: string; days: number }[]> = {
    day: [{ label: 'Day (24 h)', days: 1 }],
    week: [{ label: 'Week (7 days)', days: 7 }],
    year: [{ label: 'Year of 365 days', days: 365 }, { label: 'Year of 366 days', days: 366 }],
};

/**
 * The hover sections of `availability PERCENT% per PERIOD [excluding MAINTENANCE]`; none while the
 * percentage is missing or out of range (validation says so).
 */
export function downtimeBudgetMarkdown(percent: number | undefined, period: string | undefined, maintenance: string | undefined): string[] {
    if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100)) return [];
    const excluding = maintenance !== undefined ? `, excluding ${code(maintenance)}` : '';
    if (percent === 100) return [`**Downtime budget** at 100%${excluding}: none; a single second of downtime misses the objective.`];
    const rows: [string, number][] = [
        ...(OTHER_PERIODS[period ?? ''] ?? []).map(({ label, days }): [string, number] => [label, days]),
        ...MONTH_DAYS.map((days): [string, number] => [`Month of ${days} days`, days]),
        ...QUARTER_DAYS.map((days): [string, number] => [`Quarter of ${days} days`, days]),
    ];
    const table = [
        '| Period | Downtime allowed |',
        '|---|---|',
        ...rows.map(([label, days]) => `| ${label} | ${formatDowntime(downtimeBudgetMs(percent, days))} |`),
    ].join('\n');
    // The share as the contract would write it: 100 − 99.9 is 0.1, not 0.09999999999999432.
    const share = formatNumber(Number((100 - percent).toFixed(10)), 'en', { grouping: false, maximumFractionDigits: 10 });
    return [`**Downtime budget** at ${percent}%${excluding} (${share}% of the period):`, table];
}
