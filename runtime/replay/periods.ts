import { DateTime } from 'luxon';
import { WordedError } from '../i18n/worded-error.js';
import type { Contract } from '../model.js';
import { addDays, addMonths, isRealDate } from '../util/dates.js';

/** Weeks run Monday to Sunday (ISO 8601), as reports in Spain and Latin America count them. */
export type PeriodUnit = 'week' | 'month' | 'quarter';

export const PERIOD_UNITS: readonly PeriodUnit[] = ['week', 'month', 'quarter'];

/** A reporting period: local dates [start, end) in the contract's zone, and the instants they begin at. */
export interface ReportPeriod {
    readonly start: string;
    readonly end: string;
    readonly startMs: number;
    readonly endMs: number;
    readonly unit: PeriodUnit;
    /** Shorter than its week, month or quarter (a --from/--to range that cuts one). */
    readonly partial: boolean;
}

/** The zone reports are read in: the default calendar's, else the first calendar's, else UTC. */
export function contractZone(contract: Contract): string {
    const name = contract.defaultCalendar ?? contract.calendars[0]?.name;
    return contract.calendars.find((c) => c.name === name)?.zone ?? 'UTC';
}

/** Local midnight of a date in a zone (the first instant of the date when midnight does not exist). */
export function midnight(date: string, zone: string): number {
    return DateTime.fromISO(date, { zone }).startOf('day').toMillis();
}

/** The first date of the week, month or quarter that holds a date. */
function unitStart(date: string, unit: PeriodUnit): string {
    if (unit === 'week') return addDays(date, 1 - DateTime.fromISO(date, { zone: 'UTC' }).weekday);
    const [y, m] = date.split('-').map(Number) as [number, number];
    const month = unit === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
    return `${y}-${String(month).padStart(2, '0')}-01`;
}

/** The first date after the period that begins at `start` (a unit's first date). */
function unitEnd(start: string, unit: PeriodUnit): string {
    return unit === 'week' ? addDays(start, 7) : addMonths(start, unit === 'quarter' ? 3 : 1);
}

/** [from, to) cut into weeks, months or quarters of the calendar; the first and last may be partial. */
export function cutPeriods(from: string, to: string, unit: PeriodUnit, zone: string): ReportPeriod[] {
    const periods: ReportPeriod[] = [];
    let start = from;
    while (start < to) {
        const next = unitEnd(unitStart(start, unit), unit);
        const end = next < to ? next : to;
        periods.push({ start, end, startMs: midnight(start, zone), endMs: midnight(end, zone), unit, partial: start !== unitStart(start, unit) || end !== next });
        start = end;
    }
    return periods;
}

/** `2026-03` (a month), `2026-Q1` (a quarter) or `2026-W10` (an ISO week), as [from, to) dates; an Error with the reason otherwise. */
export function namedPeriod(text: string): { from: string; to: string; unit: PeriodUnit } | Error {
    const month = /^(\d{4})-(\d{2})$/.exec(text);
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
        const from = `${text}-01`;
        return { from, to: addMonths(from, 1), unit: 'month' };
    }
    const quarter = /^(\d{4})-[Qq]([1-4])$/.exec(text);
    if (quarter) {
        const from = `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
        return { from, to: addMonths(from, 3), unit: 'quarter' };
    }
    const week = /^(\d{4})-[Ww](\d{2})$/.exec(text);
    if (week) {
        const monday = DateTime.fromObject({ weekYear: Number(week[1]), weekNumber: Number(week[2]), weekday: 1 }, { zone: 'UTC' });
        // Luxon rolls week 53 of a 52-week year into the next year: refuse it instead.
        if (monday.isValid && monday.weekNumber === Number(week[2]) && isRealDate(monday.toISODate()!)) {
            const from = monday.toISODate()!;
            return { from, to: addDays(from, 7), unit: 'week' };
        }
    }
    return new WordedError('periodNotNamed', { text });
}

export function isDate(text: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text);
}

/** The weeks, months or quarters that hold [fromMs, toMs] in the zone: the default range of a report. */
export function periodsCovering(fromMs: number, toMs: number, unit: PeriodUnit, zone: string): ReportPeriod[] {
    const first = unitStart(DateTime.fromMillis(fromMs, { zone }).toISODate()!, unit);
    const lastDay = DateTime.fromMillis(toMs, { zone }).toISODate()!;
    const end = unitEnd(unitStart(lastDay, unit), unit);
    return cutPeriods(first, end, unit, zone);
}

const UNIT_OF_FREQUENCY = { weekly: 'week', monthly: 'month', quarterly: 'quarter' } as const;

/**
 * The periods a report is cut into when the command does not say: those of the contract's reports to the
 * customer; when it promises several, the monthly one if any (it is the one that states the credits, which are
 * owed by the month), else the most frequent; monthly when it promises none.
 */
export function reportingUnit(contract: Pick<Contract, 'reporting'>): PeriodUnit {
    const units = new Set(contract.reporting.filter((r) => r.audience === 'customer').map((r) => UNIT_OF_FREQUENCY[r.frequency]));
    if (units.size === 0 || units.has('month')) return 'month';
    return units.has('week') ? 'week' : 'quarter';
}
