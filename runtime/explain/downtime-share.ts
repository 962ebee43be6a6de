/**
 * An availability objective written as a downtime budget (`availability at most 4 hours down per month`)
 * read the other way: the share of the period the service is then up. The budget is the same whatever the
 * period's length, so the share is not: 4 hours of a 720-hour month (30 days) is 99.444…% available, of a
 * 672-hour one (28 days) 99.404…%. Periods are whole days of 24 hours, as for runtime/availability.ts.
 */
import type { Duration, Period } from '../model.js';
import { MONTH_DAYS, QUARTER_DAYS } from '../availability.js';
import { t } from '../i18n/catalogue.js';
import { DAY_MS, MINUTE_MS } from '../time/units.js';
import { formatPercent } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';
import { code } from './markdown.js';
import { durationPhrase, periodWord } from './words.js';

/** The period lengths a measured period can have, in days; the first is the one the headline reads. */
const PERIOD_DAYS: Record<Period, readonly number[]> = {
    day: [1],
    week: [7],
    month: [30, ...MONTH_DAYS.filter((d) => d !== 30)],
    quarter: [91, ...QUARTER_DAYS.filter((d) => d !== 91)],
    year: [365, 366],
};

const DECIMALS = 3;

/**
 * The share of `periodMs` left when `downMs` of it is down, as a percentage: exact with up to three decimals
 * ("99.5%"), else cut to three with an ellipsis ("99.444…%"), never rounded up to a share the service did
 * not reach. 0% when the budget is the whole period or more. In the reader's locale ("99,444… %").
 */
export function availabilityShare(downMs: number, periodMs: number, locale: SupportedLocale = DEFAULT_LOCALE): string {
    if (!(periodMs > 0) || downMs >= periodMs) return formatPercent(0, locale);
    const up = BigInt(Math.round(Math.max(0, periodMs - downMs)));
    const whole = BigInt(Math.round(periodMs));
    const scale = 10n ** BigInt(DECIMALS);
    const scaled = (100n * scale * up) / whole;
    const exact = (100n * scale * up) % whole === 0n;
    const value = Number(scaled) / Number(scale);
    const share = formatPercent(value, locale);
    // The ellipsis right after the last digit kept: "99.444…%", "99,444… %".
    return exact ? share : share.replace(/(\d)(?=\D*$)/, '$1…');
}

function periodLabel(period: Period, days: number, locale: SupportedLocale): string {
    const args = { days: String(days), hours: String(days * 24) };
    switch (period) {
        case 'day': return t(locale, 'explainDay24');
        case 'week': return t(locale, 'explainWeek168');
        case 'month': return t(locale, 'explainMonthOfHours', args);
        case 'quarter': return t(locale, 'explainQuarterOfHours', args);
        case 'year': return t(locale, 'explainYearOfHours', args);
    }
}

/**
 * The hover sections of `availability at most BUDGET down per PERIOD [excluding MAINTENANCE]`: the headline
 * "4 hours down per month ⇒ 99.444…% of a 720-hour month", and the share in every length the period can
 * have. None while the budget is not a wall-clock duration (validation says why).
 */
export function downtimeShareMarkdown(budget: Duration | undefined, period: Period | undefined, maintenance: string | null | undefined, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    if (!budget || budget.kind !== 'wall' || !period || !(budget.minutes >= 0)) return [];
    const downMs = budget.minutes * MINUTE_MS;
    const lengths = PERIOD_DAYS[period];
    const first = lengths[0]!;
    const excluding = maintenance ? `, ${t(locale, 'explainNotCountingWhileOpen', { calendar: code(maintenance) })}` : '';
    const length = period === 'day'
        ? t(locale, 'explainLengthDay')
        : t(locale, 'explainLengthPeriod', { hours: String(first * 24), period: periodWord(period, locale), days: String(first) });
    const amount = durationPhrase(budget, locale);
    const headline = t(locale, 'explainDownPerPeriod', {
        budget: amount, period: periodWord(period, locale), share: availabilityShare(downMs, first * DAY_MS, locale), length, excluding,
    });
    const sections = [headline];
    if (lengths.length > 1 || period === 'week') {
        const rows = [...lengths].sort((a, b) => a - b).map((days) => `| ${periodLabel(period, days, locale)} | ${availabilityShare(downMs, days * DAY_MS, locale)} |`);
        const table = [`| ${t(locale, 'explainPeriod')} | ${t(locale, 'explainAvailability')} |`, '|---|---|', ...rows].join('\n');
        sections.push(`${t(locale, 'explainSameInEveryLength', { budget: amount })}\n\n${table}`);
    }
    return sections;
}
