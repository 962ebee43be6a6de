import { publicHolidays } from '../holidays.js';
import type { CalendarSpec, HolidayRegion } from '../model.js';
import { dayOfIso, wallOf } from '../time/local-date.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { normalizeIntervals } from './days.js';
import { HORIZON_YEARS } from './horizon.js';
import { spendWork } from './work-budget.js';

/** Static questions about a calendar spec, for the language's diagnostics. */

/** A country/region and year for which the holiday library has no public holidays. */
export interface HolidayDataGap {
    readonly region: HolidayRegion;
    readonly year: number;
}

/**
 * Years between two dates (inclusive, "YYYY-MM-DD") for which a listed holiday region has no data.
 * date-holidays is rule-based, so "has data" can only mean "returns at least one public holiday for that
 * year": a country without any in a year (rules that start later, a retired code) is a gap, and a contract
 * term that runs past its data would silently count holidays as working days.
 */
export function holidayDataGaps(spec: CalendarSpec, fromDate: string, toDate: string): HolidayDataGap[] {
    const fromYear = Number(fromDate.slice(0, 4));
    // Nothing past the horizon is computed, so its holidays do not matter (and each year costs a look-up).
    const toYear = Math.min(Number(toDate.slice(0, 4)), fromYear + HORIZON_YEARS);
    const gaps: HolidayDataGap[] = [];
    for (const region of spec.holidayRegions) {
        for (let year = fromYear; year <= toYear; year++) {
            spendWork(1);
            let count = 0;
            try {
                count = publicHolidays(region, year).length;
            } catch {
                count = 0;
            }
            if (count === 0) gaps.push({ region, year });
        }
    }
    return gaps;
}

/** True when every listed holiday region has data for every year from `fromDate` to `toDate`. */
export function holidayDataCovers(spec: CalendarSpec, fromDate: string, toDate: string): boolean {
    return holidayDataGaps(spec, fromDate, toDate).length === 0;
}

/** True when the local time (`minutes` after midnight of `date`) does not exist in `zone` (clocks jump over it). */
export function isInDstGap(zone: string, date: string, minutes: number): boolean {
    return ZoneTimeline.of(zone).isGap(wallOf(dayOfIso(date), minutes));
}

/** True when the local time occurs twice in `zone` (clocks go back); the calendar uses the first one. */
export function isAmbiguousLocalTime(zone: string, date: string, minutes: number): boolean {
    return ZoneTimeline.of(zone).isAmbiguous(wallOf(dayOfIso(date), minutes));
}

/** A special-hours boundary that falls in a DST gap (it moves to the first instant after the gap). */
export interface GapBoundary {
    readonly date: string;
    readonly minutes: number;
    readonly which: 'start' | 'end';
}

/** Special-hours interval boundaries that do not exist as local times, for a warning diagnostic. */
export function specialHoursInDstGap(spec: CalendarSpec): GapBoundary[] {
    const found: GapBoundary[] = [];
    for (const { date, intervals } of spec.specialHours) {
        for (const { start, end } of intervals) {
            if (isInDstGap(spec.zone, date, start)) found.push({ date, minutes: start, which: 'start' });
            if (end < 1440 && isInDstGap(spec.zone, date, end)) found.push({ date, minutes: end, which: 'end' });
        }
    }
    return found;
}

/**
 * False when the calendar can never be open: no weekly hours and no special hours with real instants.
 * (Holidays cannot close every week, so weekly hours alone make a calendar open.)
 */
export function isEverOpen(spec: CalendarSpec): boolean {
    const weekly = normalizeIntervals(spec.weekly);
    if (weekly.length > 0) return true;
    const zone = ZoneTimeline.of(spec.zone);
    return spec.specialHours.some(({ date, intervals }) =>
        normalizeIntervals(intervals).some(({ start, end }) => {
            const day = dayOfIso(date);
            return zone.instantOf(wallOf(day, end)) > zone.instantOf(wallOf(day, start));
        }),
    );
}
