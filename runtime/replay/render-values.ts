/**
 * The values of a compliance report as its reader writes them, shared by every format a person reads (PDF,
 * HTML, Markdown, text) so that they say the same thing: instants in the report's zone, shares with the
 * locale's decimal comma, durations, targets, period titles, the alert list's "next breach". JSON keeps the
 * raw values.
 */
import type { ReportLabels } from '../i18n/report-labels.js';
import { instant, percent } from '../text/figures.js';
import { DateTime } from 'luxon';
import { formatDowntime, formatMoney, formatNumber, longDate, longDateRange, shortDayMonth } from '../time/format.js';
import type { SupportedLocale } from '../time/locales.js';
import { addDays } from '../util/dates.js';
import type { ComplianceReport, ObjectiveCompliance, OpenTicket, PenaltyItem, PeriodReport } from './compliance.js';

export { instant, localDate, percent } from '../text/figures.js';

/** Whole minutes of real time: "1 d 1 h 2 min". */
export const minutes = (n: number, locale: SupportedLocale) => formatDowntime(Math.round(n) * 60_000, locale);

export function achievedText(o: ObjectiveCompliance, locale: SupportedLocale, l: ReportLabels): string {
    if (o.achieved === null) return l.noData;
    if (o.unit === 'share') return percent(o.achieved, locale, 2);
    if (o.unit === 'minutes') return formatDowntime(o.achieved * 60_000, locale);
    return formatNumber(o.achieved, locale, { maximumFractionDigits: 2 });
}

export function targetText(o: ObjectiveCompliance, locale: SupportedLocale): string {
    if (o.unit === 'share') return `≥ ${percent(o.target, locale, 3)}`;
    if (o.unit === 'minutes') return `≤ ${formatDowntime(o.target * 60_000, locale)}`;
    return `≥ ${formatNumber(o.target, locale)}`;
}

/** "Sí", "No", or "—" without data. */
export const metText = (o: ObjectiveCompliance, l: ReportLabels) => (o.met === null ? '—' : o.met ? l.yes : l.no);

/** The objective as the report names it: its title, then its name. */
export const objectiveName = (o: ObjectiveCompliance) => (o.title ? `${o.title} (${o.name})` : o.name);

/** "March 2026" for a whole month, "2026-Q1"-like periods and partial ones as their dates. */
export function periodTitle(p: PeriodReport, locale: SupportedLocale, l: ReportLabels): string {
    const start = p.start.slice(0, 10);
    const last = addDays(p.end.slice(0, 10), -1);
    if (p.unit === 'month' && !p.partial) {
        const [y, m] = start.split('-').map(Number) as [number, number];
        const name = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
        return name.charAt(0).toUpperCase() + name.slice(1);
    }
    if (p.unit === 'week' && !p.partial) return l.week(DateTime.fromISO(start, { zone: 'UTC' }).weekNumber, longDateRange(start, last, locale));
    if (p.unit === 'quarter' && !p.partial) return l.quarter(quarterOf(start), start.slice(0, 4));
    const dates = start === last ? longDate(start, locale) : longDateRange(start, last, locale);
    return `${dates}${p.partial ? ` (${l.partial})` : ''}`;
}

const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

/** A period's name on a chart's axis: its month, a quarter's short name, or a week's Monday. */
export function shortPeriod(p: PeriodReport, locale: SupportedLocale, l: ReportLabels): string {
    if (p.unit === 'week') return shortDayMonth(p.start.slice(0, 10), locale);
    if (p.unit === 'quarter' && !p.partial) return l.quarterShort(quarterOf(p.start), p.start.slice(0, 4));
    const [y, m] = p.start.slice(0, 10).split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

export function openNext(o: OpenTicket, locale: SupportedLocale, l: ReportLabels): string {
    if (o.overdue.length) return o.overdue.map((x) => l.overdue(l.targetKind[x.target], minutes(x.lateByMinutes, locale))).join('; ');
    if (o.next) return l.nextDue(l.targetKind[o.next.target], o.next.due === null ? null : instant(o.next.due, locale), minutes(o.next.remainingMinutes, locale));
    return l.noTargetPending;
}

/** An amount in the fee's currency, or a bare number when the contract states no fee. */
export const amountText = (amount: number, currency: string | null, locale: SupportedLocale) =>
    currency ? formatMoney(amount, currency, locale) : formatNumber(amount, locale);

/** The heading of a period's penalties: "Créditos adeudados: 225,00 US$ (15 % de la cuota mensual)". */
export const creditsText = (p: PeriodReport, locale: SupportedLocale, l: ReportLabels) =>
    l.credits(amountText(p.penalties.amount, p.penalties.currency, locale), percent(p.penalties.percentOfFee / 100, locale, 2));

/** A penalty's row: kind (× count), what it is for (a per-breach penalty's target in words), amount, % of the fee. */
export function penaltyRow(i: PenaltyItem, currency: string | null, locale: SupportedLocale, l: ReportLabels): string[] {
    return [
        l.penaltyKind[i.kind] + (i.count ? ` × ${i.count}` : ''),
        i.of.replace(/ (response|resolution)$/, (_, k: 'response' | 'resolution') => `: ${l.targetKind[k]}`),
        amountText(i.amount, currency, locale),
        percent(i.percentOfFee / 100, locale, 2),
    ];
}

/** The range a report covers, as its first and last local dates; null without periods. */
export function rangeOf(report: ComplianceReport): { first: string; last: string } | null {
    const first = report.periods[0];
    const last = report.periods[report.periods.length - 1];
    return first && last ? { first: first.start.slice(0, 10), last: addDays(last.end.slice(0, 10), -1) } : null;
}

/** Distinct in print and for the common colour blindnesses (Okabe–Ito, darkened where too light on white). */
export const SERIES_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#7a3e9d', '#444444'];

export interface TrendSeries {
    label: string;
    color: string;
    /** One per period; null where the period has no data (a gap in the line). */
    values: (number | null)[];
    target: number;
}

/** One chart of the trend: objectives of one unit (shares; scores; downtime minutes) over the periods. */
export interface TrendChart {
    series: TrendSeries[];
    /** The periods' short names ("mar 2026"). */
    periods: string[];
    min: number;
    max: number;
    format: (v: number) => string;
    /** The axis's title; null for shares, whose ticks say "%". */
    title: string | null;
}

/** The trend charts of a report: shares on one chart, scores and downtime minutes each on their own. */
export function trendCharts(report: ComplianceReport, locale: SupportedLocale, l: ReportLabels): TrendChart[] {
    const periods = report.periods.map((p) => shortPeriod(p, locale, l));
    const objectives = report.periods[0]?.objectives ?? [];
    const ofUnit = (unit: ObjectiveCompliance['unit']) =>
        objectives
            .map((o, i) => ({ o, i }))
            .filter(({ o }) => o.unit === unit)
            .map(({ o, i }, n): TrendSeries => ({
                label: o.title ?? o.name,
                color: SERIES_COLOURS[(n + (unit === 'share' ? 0 : 3)) % SERIES_COLOURS.length]!,
                values: report.periods.map((p) => p.objectives[i]?.achieved ?? null),
                target: o.target,
            }));
    const charts: TrendChart[] = [];
    const shares = ofUnit('share');
    if (shares.length) {
        const all = shares.flatMap((s) => [s.target, ...s.values.filter((v): v is number => v !== null)]);
        // The axis starts at the tenth below the lowest value, so 95% and 99.5% targets stay apart.
        const min = Math.max(0, Math.floor(Math.min(...all) * 10 - 1e-9) / 10);
        charts.push({ series: shares, periods, min, max: 1, format: (v) => percent(v, locale, 0), title: null });
    }
    for (const unit of ['score', 'minutes'] as const) {
        const series = ofUnit(unit);
        if (!series.length) continue;
        const all = series.flatMap((s) => [s.target, ...s.values.filter((v): v is number => v !== null)]);
        const max = Math.ceil(Math.max(...all) * 1.1) || 1;
        const min = unit === 'minutes' ? 0 : Math.max(0, Math.floor(Math.min(...all) - 0.5));
        charts.push({ series, periods, min, max, format: (v) => formatNumber(v, locale, { maximumFractionDigits: 1 }), title: unit === 'score' ? l.scoreAxis : l.minutesAxis });
    }
    return charts;
}

/** How many steps the value axis has: round shares (every 5 or 10 points) or round scores, whatever its ends. */
export function tickCount(min: number, max: number): number {
    const span = max - min;
    return Math.max(1, Math.round(span / (span <= 0.3 ? 0.05 : span <= 1 ? 0.1 : Math.ceil(span / 5))));
}
