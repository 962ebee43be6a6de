import Holidays from 'date-holidays';
import { publicHolidays } from '../holidays.js';
import type { CalendarSpec, HolidayRegion, HolidayType } from '../model.js';
import type { SupportedLocale } from '../time/locales.js';

/** A holiday of a calendar that falls within the contract term. */
export interface TermHoliday {
    /** Local date "YYYY-MM-DD". */
    date: string;
    name: string;
    /** "declared" (a `holiday` line of the calendar) or the region it comes from ("VE", "BR-SP"). */
    source: string;
}

function termYears(term: { start: string; end: string }): number[] {
    const first = Number(term.start.slice(0, 4));
    const last = Number(term.end.slice(0, 4));
    const years: number[] = [];
    for (let year = first; year <= last && Number.isFinite(year); year++) years.push(year);
    return years;
}

/**
 * The holidays a calendar observes during the term, by date: the public holidays of its regions (from the
 * runtime's holiday data, named in `locale` where the data has that language) and the ones it declares; a
 * declared holiday wins over a public one on its date.
 */
export function holidaysInTerm(calendar: CalendarSpec, term: { start: string; end: string }, locale?: SupportedLocale): TermHoliday[] {
    const byDate = new Map<string, TermHoliday>();
    const inTerm = (date: string) => date >= term.start && date <= term.end;
    for (const region of calendar.holidayRegions) {
        const source = region.region ? `${region.country}-${region.region}` : region.country;
        for (const year of termYears(term)) {
            for (const h of publicHolidays(region, year, locale)) {
                if (inTerm(h.date) && !byDate.has(h.date)) byDate.set(h.date, { date: h.date, name: h.name, source });
            }
        }
    }
    for (const h of calendar.holidays) {
        if (inTerm(h.date)) byDate.set(h.date, { date: h.date, name: h.title ?? '', source: 'declared' });
    }
    return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The dates of the term on which a calendar closes for a holiday that is not a public one (`including bank,
 * optional`), with that holiday's type: a reader must see that Carnaval closes the desk although it is no
 * public holiday. A date that is also a public holiday of one of its regions is left out.
 */
export function otherHolidayTypes(calendar: CalendarSpec, term: { start: string; end: string }): Map<string, HolidayType> {
    const types = new Map<string, HolidayType>();
    const publicDates = new Set<string>();
    for (const region of calendar.holidayRegions) {
        const only: HolidayRegion = { country: region.country, ...(region.region !== undefined ? { region: region.region } : {}) };
        for (const year of termYears(term)) for (const h of publicHolidays(only, year)) publicDates.add(h.date);
    }
    for (const region of calendar.holidayRegions) {
        for (const type of region.types ?? []) {
            const one: HolidayRegion = { ...region, types: [type] };
            for (const year of termYears(term)) {
                for (const h of publicHolidays(one, year)) {
                    if (!publicDates.has(h.date) && !types.has(h.date)) types.set(h.date, type);
                }
            }
        }
    }
    return types;
}

let directory: Holidays | undefined;

/** "Brasil, São Paulo", "Venezuela", "United Kingdom, England": a holiday region as the document's language names it. */
export function holidayRegionName(region: HolidayRegion, locale: SupportedLocale): string {
    directory ??= new Holidays();
    const lang = locale === 'pt-BR' ? 'pt' : locale;
    const country = (directory.getCountries(lang) as Record<string, string> | undefined)?.[region.country] ?? region.country;
    if (region.region === undefined) return country;
    const states = directory.getStates(region.country, lang) as Record<string, string> | undefined;
    return `${country}, ${states?.[region.region] ?? region.region}`;
}
