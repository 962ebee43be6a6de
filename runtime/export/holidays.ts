import { publicHolidays } from '../holidays.js';
import type { CalendarSpec } from '../model.js';

/** A holiday of a calendar that falls within the contract term. */
export interface TermHoliday {
    /** Local date "YYYY-MM-DD". */
    date: string;
    name: string;
    /** "declared" (a `holiday` line of the calendar) or the region it comes from ("VE", "BR-SP"). */
    source: string;
}

/**
 * The holidays a calendar observes during the term, by date: the public holidays of its regions (from the
 * runtime's holiday data) and the ones it declares; a declared holiday wins over a public one on its date.
 */
export function holidaysInTerm(calendar: CalendarSpec, term: { start: string; end: string }): TermHoliday[] {
    const byDate = new Map<string, TermHoliday>();
    const inTerm = (date: string) => date >= term.start && date <= term.end;
    const first = Number(term.start.slice(0, 4));
    const last = Number(term.end.slice(0, 4));
    for (const region of calendar.holidayRegions) {
        const source = region.region ? `${region.country}-${region.region}` : region.country;
        for (let year = first; year <= last && Number.isFinite(year); year++) {
            for (const h of publicHolidays(region, year)) {
                if (inTerm(h.date) && !byDate.has(h.date)) byDate.set(h.date, { date: h.date, name: h.name, source });
            }
        }
    }
    for (const h of calendar.holidays) {
        if (inTerm(h.date)) byDate.set(h.date, { date: h.date, name: h.title ?? '', source: 'declared' });
    }
    return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
