/**
 * The downtime budget of an availability objective in words, for its hover: what (100 − p) % allows in
 * months of 28, 30 and 31 days and quarters of 90, 91 and 92 days (runtime/availability.ts does the
 * arithmetic). The budget is a share of the whole period; with `excluding CALENDAR`, downtime while that
 * calendar is open (maintenance windows) is not counted against it.
 */
import { MONTH_DAYS, QUARTER_DAYS, downtimeBudgetMs } from '../availability.js';
import { t } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { formatDowntime, formatPercent } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';
import { code } from './markdown.js';

/** A measured period other than month and quarter gets its own row: its length in days. */
const OTHER_PERIODS: Record<string, { label: MessageKey; days: number }[]> = {
    day: [{ label: 'explainDay24', days: 1 }],
    week: [{ label: 'explainWeek7', days: 7 }],
    year: [{ label: 'explainYearOf', days: 365 }, { label: 'explainYearOf', days: 366 }],
};

/**
 * The hover sections of `availability PERCENT% per PERIOD [excluding MAINTENANCE]`; none while the
 * percentage is missing or out of range (validation says so).
 */
export function downtimeBudgetMarkdown(percent: number | undefined, period: string | undefined, maintenance: string | undefined, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100)) return [];
    const excluding = maintenance !== undefined ? `, ${t(locale, 'explainExcluding', { calendar: code(maintenance) })}` : '';
    const written = formatPercent(percent, locale);
    if (percent === 100) return [t(locale, 'explainNoDowntimeBudget', { percent: written, excluding })];
    const rows: [string, number][] = [
        ...(OTHER_PERIODS[period ?? ''] ?? []).map(({ label, days }): [string, number] => [t(locale, label, { days: String(days) }), days]),
        ...MONTH_DAYS.map((days): [string, number] => [t(locale, 'explainMonthOf', { days: String(days) }), days]),
        ...QUARTER_DAYS.map((days): [string, number] => [t(locale, 'explainQuarterOf', { days: String(days) }), days]),
    ];
    const table = [
        `| ${t(locale, 'explainPeriod')} | ${t(locale, 'explainDowntimeAllowed')} |`,
        '|---|---|',
        ...rows.map(([label, days]) => `| ${label} | ${formatDowntime(downtimeBudgetMs(percent, days), locale)} |`),
    ].join('\n');
    // The share as the contract would write it: 100 − 99.9 is 0.1, not 0.09999999999999432.
    const share = formatPercent(Number((100 - percent).toFixed(10)), locale);
    return [t(locale, 'explainDowntimeBudget', { percent: written, excluding, share }), table];
}
