/**
 * Worked deadline examples for the documents: the runtime's own deadlines() for tickets opened at telling
 * moments, chosen from the contract alone (never the system clock), so a document reads the same whenever
 * it is generated:
 *
 * - the reference week: the first Monday-to-Sunday week starting on or after the term's first day whose
 *   days all keep their weekly hours (no holiday, no special hours), else the first week of the term;
 * - mid-morning: 10:00 on the week's first open day (an hour after opening when it is closed at 10:00);
 * - end of the week: 30 minutes before the last closing of the week's last open day (Friday 16:30 for an
 *   office closing at 17:00), where business time carries over the weekend;
 * - holiday eve: 30 minutes before the last closing of the open day before the term's first holiday that
 *   falls on a day the weekly hours would open.
 */
import { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Calendar } from '../calendar/calendar.js';
import { calendarOf } from '../clock/contract-calendars.js';
import { LocalDays, dayOfIsoDate, isoDateOfDay, isoWeekdayOfDay } from '../calendar/local-days.js';
import { deadlines } from '../clock/deadlines.js';
import { ALWAYS, type Category, type Contract } from '../model.js';
import { MINUTE_MS } from '../time/units.js';

export type MomentKind = 'midMorning' | 'endOfWeek' | 'holidayEve';

export interface Moment {
    kind: MomentKind;
    opened: number;
    /** The holiday's name, for a holiday eve. */
    holiday?: string;
}

export interface ExampleRow {
    category: Category;
    moment: Moment;
    /** Due instants; +∞ when the calendar never opens again; null: the category sets no such target. */
    response: number | null;
    resolution: number | null;
}

export interface ExampleTable {
    /** The calendar whose hours chose the moments ("always" when there is none). */
    calendar: string;
    zone: string;
    rows: ExampleRow[];
}

const HORIZON_DAYS = 366;

/** The telling moments of a calendar for a term starting on `termStart` (see the module comment). */
export function exampleMoments(calendar: Calendar, termStart: string): Moment[] {
    const first = dayOfIsoDate(termStart);
    if (!Number.isFinite(first)) return [];
    const days = new LocalDays(calendar);
    const { monday } = days.referenceWeek(first, HORIZON_DAYS);
    const week = Array.from({ length: 7 }, (_, i) => monday + i);
    const openDays = week.filter((d) => days.open(d).length > 0);
    const moments: Moment[] = [];
    const firstOpen = openDays[0] ?? monday;
    const ten = days.at(firstOpen, 600);
    const firstInterval = days.open(firstOpen)[0];
    moments.push({
        kind: 'midMorning',
        opened: calendar.isOpen(ten) || !firstInterval ? ten : Math.min(firstInterval.start + 60 * MINUTE_MS, firstInterval.end - MINUTE_MS),
    });
    const lastOpen = openDays.at(-1) ?? monday + 4;
    const last = days.open(lastOpen).at(-1);
    const closesThatDay = last && !(last.end >= days.start(lastOpen + 1) && calendar.isOpen(last.end));
    moments.push({ kind: 'endOfWeek', opened: closesThatDay ? Math.max(last.start, last.end - 30 * MINUTE_MS) : days.at(monday + 4, 990) });
    if (calendar instanceof BusinessCalendar && (calendar.spec.holidays.length > 0 || calendar.spec.holidayRegions.length > 0)) {
        const weekdays = new Set(calendar.spec.weekly.map((w) => w.day as number));
        for (let day = first + 1; day <= first + HORIZON_DAYS; day++) {
            const plan = calendar.dayPlan(isoDateOfDay(day));
            if (plan.source !== 'holiday' || !weekdays.has(isoWeekdayOfDay(day))) continue;
            let eve = day - 1;
            while (eve >= first && days.open(eve).length === 0) eve--;
            const closing = eve >= first ? days.open(eve).at(-1) : undefined;
            if (closing) moments.push({ kind: 'holidayEve', opened: Math.max(closing.start, closing.end - 30 * MINUTE_MS), holiday: plan.holidays.join(' / ') });
            break;
        }
    }
    return moments;
}

/** The calendar whose hours give a category's moments: the one its targets count on, else the default one. */
function momentsCalendar(contract: Contract, category: Category): string {
    const business = [category.resolution, category.response].find((d) => d !== null && d.kind !== 'wall' && d.calendar !== ALWAYS);
    if (business && business.kind !== 'wall') return business.calendar;
    const fallback = contract.defaultCalendar;
    return fallback && contract.calendars.some((c) => c.name === fallback) ? fallback : ALWAYS;
}

/**
 * Worked examples for every category with a target, grouped by the calendar that chose the moments (in
 * the order calendars first appear). Empty without a term: the moments come from the term.
 */
export function workedExamples(contract: Contract): ExampleTable[] {
    if (!contract.term) return [];
    const tables = new Map<string, ExampleTable & { moments: Moment[] }>();
    for (const category of contract.categories) {
        if (!category.response && !category.resolution) continue;
        const name = momentsCalendar(contract, category);
        let table = tables.get(name);
        if (!table) {
            const calendar = calendarOf(contract, name);
            table = { calendar: name, zone: calendar.zone, rows: [], moments: exampleMoments(calendar, contract.term.start) };
            tables.set(name, table);
        }
        for (const moment of table.moments) {
            const due = deadlines(contract, category.name, moment.opened);
            table.rows.push({ category, moment, response: due.response?.due ?? null, resolution: due.resolution?.due ?? null });
        }
    }
    return [...tables.values()].map(({ calendar, zone, rows }) => ({ calendar, zone, rows }));
}
