/**
 * An availability objective written as a downtime budget (`availability at most 4 hours down per month`)
 * read the other way: the share of the period the service is then up. The budget is the same whatever the
 * period's length, so the share is not: 4 hours of a 720-hour month (30 days) is 99.444…% available, of a
 * 672-hour one (28 days) 99.404…%. Periods are whole days of 24 hours, as for runtime/availability.ts.
 */
import type { Duration, Period } from '../model.js';
import { MONTH_DAYS, QUARTER_DAYS } from '../availability.js';
import { DAY_MS, MINUTE_MS } from '../time/units.js';
import { formatNumber } from '../time/format.js';
import { code } from './markdown.js';

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
 * not reach. 0% when the budget is the whole period or more.
 */
export function availabilityShare(downMs: number, periodMs: number): string {
    if (!(periodMs > 0) || downMs >= periodMs) return '0%';
    const up = BigInt(Math.round(Math.max(0, periodMs - downMs)));
    const whole = BigInt(Math.round(periodMs));
    const scale = 10n ** BigInt(DECIMALS);
    const scaled = (100n * scale * up) / whole;
    const exact = (100n * scale * up) % whole === 0n;
    const value = Number(scaled) / Number(scale);
    return `${formatNumber(value, 'en', { grouping: false, maximumFractionDigits: DECIMALS })}${exact ? '' : '…'}%`;
}

function hours(days: number): string {
    return `${days * 24}-hour`;
}

function periodLabel(period: Period, days: number): string {
    switch (period) {
        case 'day': return 'Day (24 h)';
        case 'week': return 'Week (7 days, 168 h)';
        case 'month': return `Month of ${days} days (${days * 24} h)`;
        case 'quarter': return `Quarter of ${days} days (${days * 24} h)`;
        case 'year': return `Year of ${days} days (${days * 24} h)`;
    }
}

/**
 * The hover sections of `availability at most BUDGET down per PERIOD [excluding MAINTENANCE]`: the headline
 * "4 hours down per month ⇒ 99.444…% of a 720-hour month", and the share in every length the period can
 * have. None while the budget is not a wall-clock duration (validation says why).
 */
export function downtimeShareMarkdown(budget: Duration | undefined, period: Period | undefined, maintenance: string | null | undefined): string[] {
    if (!budget || budget.kind !== 'wall' || !period || !(budget.minutes >= 0)) return [];
    const downMs = budget.minutes * MINUTE_MS;
    const lengths = PERIOD_DAYS[period];
    const first = lengths[0]!;
    const excluding = maintenance ? `, not counting downtime while ${code(maintenance)} is open` : '';
    const unit = period === 'day' ? 'day' : `${period} (${first} ${first === 1 ? 'day' : 'days'})`;
    const headline = `**${budget.text}** down per ${period} ⇒ **${availabilityShare(downMs, first * DAY_MS)}** available of a ${hours(first)} ${unit}${excluding}.`;
    const sections = [headline];
    if (lengths.length > 1 || period === 'week') {
        const rows = [...lengths].sort((a, b) => a - b).map((days) => `| ${periodLabel(period, days)} | ${availabilityShare(downMs, days * DAY_MS)} |`);
        sections.push(`The same ${budget.text} in every length of the period:\n\n${['| Period | Availability |', '|---|---|', ...rows].join('\n')}`);
    }
    return sections;
}
