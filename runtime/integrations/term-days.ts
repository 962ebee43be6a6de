/**
 * The dates of a contract term on which a calendar departs from its weekly hours, as a help desk or a
 * calendar file must list them one by one: closed days (holidays, special days with no hours) and days with
 * special hours. Read from the runtime's own day plans, so an export closes exactly the days the SLA clock does.
 */
import { BusinessCalendar } from '../calendar/business-calendar.js';
import type { CalendarSpec, LocalInterval } from '../model.js';
import { addDays } from '../util/dates.js';

export interface ClosedDate {
    date: string;
    /** The holidays' names, or empty for a special day without hours that names none. */
    names: string[];
}

export interface SpecialDate {
    date: string;
    intervals: LocalInterval[];
}

export interface TermDays {
    closed: ClosedDate[];
    special: SpecialDate[];
}

/** Without a term only the dates the calendar itself declares can be listed (region holidays repeat forever). */
export function termDays(spec: CalendarSpec, term: { start: string; end: string } | null): TermDays {
    const calendar = BusinessCalendar.fromSpec(spec);
    const dates = term ? datesOf(term) : [...new Set([...spec.holidays.map((h) => h.date), ...spec.specialHours.map((s) => s.date)])].sort();
    const closed: ClosedDate[] = [];
    const special: SpecialDate[] = [];
    for (const date of dates) {
        const plan = calendar.dayPlan(date);
        if (plan.source === 'weekly') continue;
        if (plan.intervals.length === 0) closed.push({ date, names: [...plan.holidays] });
        else special.push({ date, intervals: plan.intervals.map(({ start, end }) => ({ start, end })) });
    }
    return { closed, special };
}

function datesOf(term: { start: string; end: string }): string[] {
    const dates: string[] = [];
    for (let date = term.start; date <= term.end; date = addDays(date, 1)) dates.push(date);
    return dates;
}
