import { DateTime } from 'luxon';
import { WordedError } from '../i18n/worded-error.js';
import type { Contract } from '../model.js';
import { addMonths, isRealDate } from '../util/dates.js';

export type PeriodUnit = 'month' | 'quarter';

/** A reporting period: local dates [start, end) in the contract's zone, and the instants they begin at. */
export interface ReportPeriod {
    readonly start: string;
    readonly end: string;
    readonly startMs: number;
    readonly endMs: number;
    readonly unit: PeriodUnit;
    /** Shorter than its month or quarter (a --from/--to range that cuts one). */
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

function unitStart(date: string, unit: PeriodUnit): string {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const month = unit === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
    return `${y}-${String(month).padStart(2, '0')}-01`;
}

/** [from, to) cut into months or quarters of the calendar; the first and last may be partial. */
export function cutPeriods(from: string, to: string, unit: PeriodUnit, zone: string): ReportPeriod[] {
    const periods: ReportPeriod[] = [];
    let start = from;
    while (start < to) {
        const next = addMonths(unitStart(start, unit), unit === 'quarter' ? 3 : 1);
        const end = next < to ? next : to;
        periods.push({ start, end, startMs: midnight(start, zone), endMs: midnight(end, zone), unit, partial: start !== unitStart(start, unit) || end !== next });
        start = end;
    }
    return periods;
}

/** `2026-03` (a month) or `2026-Q1` (a quarter), as [from, to) dates; an Error with the reason otherwise. */
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
    return new WordedError('periodNotNamed', { text });
}

export function isDate(text: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text);
}

/** The months (or quarters) that hold [fromMs, toMs] in the zone: the default range of a report. */
export function periodsCovering(fromMs: number, toMs: number, unit: PeriodUnit, zone: string): ReportPeriod[] {
    const first = unitStart(DateTime.fromMillis(fromMs, { zone }).toISODate()!, unit);
    const lastDay = DateTime.fromMillis(toMs, { zone }).toISODate()!;
    const end = addMonths(unitStart(lastDay, unit), unit === 'quarter' ? 3 : 1);
    return cutPeriods(first, end, unit, zone);
}
