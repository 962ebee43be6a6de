/**
 * The holidays a calendar holds in one year, read from the calendar engine itself (BusinessCalendar's day
 * plans, over the same holiday data the clock counts with): the public holidays of its regions, the types
 * it includes (`including bank, optional`) and the holidays it declares, each with its date. A holiday on
 * a date with special hours is listed too, with those hours, since the special hours win.
 */
import type { CalendarSpec } from '../model.js';
import { BusinessCalendar } from '../calendar/business-calendar.js';
import { holidayNameKey, holidayNamesIn } from '../holidays.js';
import { t } from '../i18n/catalogue.js';
import { timeOfDay, weekdayLocalDate } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';
import { cell } from './markdown.js';
import { DAY_MS } from '../time/units.js';

export interface YearHoliday {
    /** Local date "YYYY-MM-DD". */
    readonly date: string;
    readonly names: readonly string[];
    /** The hours the date keeps when special hours override the holiday ("09:00-12:00"); undefined when closed. */
    readonly specialHours?: string;
}

/** Per spec object (a lowered contract's calendars live as long as its document version) and year. */
const cache = new WeakMap<CalendarSpec, Map<number, YearHoliday[]>>();

/** The holidays of `spec` in `year`, by date. */
export function calendarHolidays(spec: CalendarSpec, year: number): YearHoliday[] {
    let byYear = cache.get(spec);
    if (!byYear) {
        byYear = new Map();
        cache.set(spec, byYear);
    }
    let holidays = byYear.get(year);
    if (!holidays) {
        holidays = computeHolidays(spec, year);
        byYear.set(year, holidays);
    }
    return holidays;
}

function computeHolidays(spec: CalendarSpec, year: number): YearHoliday[] {
    const calendar = BusinessCalendar.fromSpec(spec);
    const holidays: YearHoliday[] = [];
    const first = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    for (let ms = first; ms < end; ms += DAY_MS) {
        const date = new Date(ms).toISOString().slice(0, 10);
        const plan = calendar.dayPlan(date);
        if (plan.holidays.length === 0) continue;
        const hours = plan.source === 'special' && plan.intervals.length > 0
            ? plan.intervals.map((i) => `${timeOfDay(i.start)}-${timeOfDay(i.end)}`).join(', ')
            : undefined;
        holidays.push({ date, names: plan.holidays, ...(hours !== undefined ? { specialHours: hours } : {}) });
    }
    return holidays;
}

/**
 * The hover section listing a calendar's holidays in `year` (`why`: by default "the term's first year"); a
 * line saying there are none when the calendar closes on no holiday that year. Holiday names are the
 * contract's, shown literally, or the holiday data's, in `locale` where the data has that language.
 */
export function calendarHolidaysMarkdown(spec: CalendarSpec, year: number, locale: SupportedLocale = DEFAULT_LOCALE, why = t(locale, 'explainTermFirstYear')): string[] {
    const holidays = calendarHolidays(spec, year);
    const yearText = String(year);
    const named = holidays.length === 0 ? new Map<string, string>() : holidayNamesIn(spec.holidayRegions, year, locale);
    if (holidays.length === 0) return [t(locale, 'explainNoHolidayInYear', { year: yearText, why })];
    const lines = holidays.map((h) => {
        const open = h.specialHours !== undefined ? ` ${t(locale, 'explainHolidayOpen', { hours: h.specialHours })}` : '';
        const names = h.names.map((name) => named.get(holidayNameKey(h.date, name)) ?? name);
        return `- ${weekdayLocalDate(h.date, locale)} — ${cell(names.join('; '))}${open}`;
    });
    return [`${t(locale, 'explainHolidaysInYear', { year: yearText, why, count: String(holidays.length) })}\n${lines.join('\n')}`];
}
