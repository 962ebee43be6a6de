import { publicHolidays } from '../holidays.js';
import type { CalendarSpec, LocalInterval } from '../model.js';
import { dayOfIso, firstDayOfYear, isoOfDay, weekdayOfDay, yearOfDay } from '../time/local-date.js';

/** Why a local date has the hours it has. */
export type DaySource = 'weekly' | 'special' | 'holiday';

/** The local opening hours of one date, before they meet the zone's offsets. */
export interface DayPlan {
    readonly day: number;
    readonly date: string;
    /** Sorted, disjoint, non-empty local intervals in minutes since midnight. */
    readonly intervals: readonly LocalInterval[];
    readonly source: DaySource;
    /** Holiday names on this date (also when special hours override the holiday). */
    readonly holidays: readonly string[];
}

/** Sort, clamp to [0, 1440], drop empty intervals and merge overlapping or touching ones. */
export function normalizeIntervals(intervals: readonly LocalInterval[]): LocalInterval[] {
    const clean = intervals
        .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(1440, end) }))
        .filter(({ start, end }) => end > start)
        .sort((a, b) => a.start - b.start);
    const merged: LocalInterval[] = [];
    for (const interval of clean) {
        const last = merged[merged.length - 1];
        if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
        else merged.push({ ...interval });
    }
    return merged;
}

/**
 * Resolves a calendar spec's rules for single dates: special hours first, then holidays, then the weekly
 * hours. Special hours win over a holiday on the same date: they are the more specific statement ("on
 * 2026-12-24 09:00-12:00" is written for that very date, a region's holiday list is not).
 */
export class CalendarDays {
    private readonly weekly: LocalInterval[][] = [[], [], [], [], [], [], [], []];
    private readonly special = new Map<number, LocalInterval[]>();
    private readonly ownHolidays = new Map<number, string[]>();
    private readonly regionHolidaysByYear = new Map<number, Map<number, string[]>>();
    /** Last day with special hours (−∞ without any): after it, only weekly hours can open the calendar. */
    readonly lastSpecialDay: number;
    readonly firstSpecialDay: number;
    /** True when some weekday has open hours: then every stretch of a few weeks holds an opening. */
    readonly opensWeekly: boolean;
    /** Open minutes of a whole week of weekly hours (before holidays, special hours and DST). */
    readonly weeklyOpenMinutes: number;
    /** Dates with special hours. */
    readonly specialDayCount: number;
    /** True when the weekly hours are 00:00-24:00 on all seven days. */
    readonly weeklyAroundTheClock: boolean;

    constructor(readonly spec: CalendarSpec) {
        const byDay: LocalInterval[][] = [[], [], [], [], [], [], [], []];
        for (const { day, start, end } of spec.weekly) byDay[day]?.push({ start, end });
        for (let d = 1; d <= 7; d++) this.weekly[d] = normalizeIntervals(byDay[d]!);
        for (const { date, intervals } of spec.specialHours) {
            const day = dayOfIso(date);
            this.special.set(day, normalizeIntervals([...(this.special.get(day) ?? []), ...intervals]));
        }
        for (const { date, title } of spec.holidays) {
            const day = dayOfIso(date);
            this.ownHolidays.set(day, [...(this.ownHolidays.get(day) ?? []), title ?? date]);
        }
        const specialDays = [...this.special.keys()];
        this.lastSpecialDay = specialDays.length ? Math.max(...specialDays) : -Infinity;
        this.firstSpecialDay = specialDays.length ? Math.min(...specialDays) : Infinity;
        this.opensWeekly = this.weekly.some((intervals) => intervals.length > 0);
        this.weeklyOpenMinutes = this.weekly.reduce((sum, intervals) => sum + intervals.reduce((s, { start, end }) => s + end - start, 0), 0);
        this.specialDayCount = this.special.size;
        this.weeklyAroundTheClock = this.weekly
            .slice(1)
            .every((intervals) => intervals.length === 1 && intervals[0]!.start === 0 && intervals[0]!.end === 1440);
    }

    plan(day: number): DayPlan {
        const date = isoOfDay(day);
        const holidays = this.holidaysOn(day);
        const special = this.special.get(day);
        if (special) return { day, date, intervals: special, source: 'special', holidays };
        if (holidays.length > 0) return { day, date, intervals: [], source: 'holiday', holidays };
        return { day, date, intervals: this.weekly[weekdayOfDay(day)]!, source: 'weekly', holidays };
    }

    /** True when some date after `day` could still close the calendar (holiday, special hours, weekly gap). */
    mayCloseAfter(day: number): boolean {
        if (!this.weeklyAroundTheClock) return true;
        if (this.spec.holidayRegions.length > 0) return true;
        if (this.lastSpecialDay > day) return true;
        for (const holiday of this.ownHolidays.keys()) if (holiday > day) return true;
        return false;
    }

    private holidaysOn(day: number): string[] {
        const own = this.ownHolidays.get(day) ?? [];
        if (this.spec.holidayRegions.length === 0) return own;
        const region = this.regionHolidays(yearOfDay(day)).get(day) ?? [];
        return own.length === 0 ? region : region.length === 0 ? own : [...own, ...region];
    }

    private regionHolidays(year: number): Map<number, string[]> {
        let byDay = this.regionHolidaysByYear.get(year);
        if (byDay) return byDay;
        byDay = new Map();
        const first = firstDayOfYear(year);
        const last = firstDayOfYear(year + 1) - 1;
        // The library files a holiday under the year its rule belongs to; look at the neighbours too.
        for (const where of this.spec.holidayRegions) {
            for (const y of [year - 1, year, year + 1]) {
                for (const { date, name } of publicHolidays(where, y)) {
                    const day = dayOfIso(date);
                    if (day < first || day > last) continue;
                    const names = byDay.get(day) ?? [];
                    if (!names.includes(name)) names.push(name);
                    byDay.set(day, names);
                }
            }
        }
        this.regionHolidaysByYear.set(year, byDay);
        return byDay;
    }
}
