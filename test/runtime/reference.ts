import { DateTime, IANAZone } from 'luxon';
import { publicHolidays } from '../../runtime/holidays.js';
import type { CalendarSpec, LocalInterval } from '../../runtime/model.js';

/**
 * A deliberately naive business calendar for property tests. It shares no code with runtime/calendar:
 * it asks luxon for every offset, resolves each local date from the spec's rules, converts local times by
 * brute force and answers every question by walking the timeline one step (a minute or a second) at a
 * time. Slow and obviously right is the point.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;

export type RefPauses = readonly (readonly [number, number])[];

export class ReferenceCalendar {
    private readonly zone: IANAZone;
    private readonly offsetMemo = new Map<number, number | null>();
    private readonly dateRanges = new Map<number, [number, number][]>();

    constructor(readonly spec: CalendarSpec) {
        this.zone = IANAZone.create(spec.zone);
    }

    /** UTC offset in ms at instant t, from luxon (memoised per hour when the hour has one offset). */
    offset(t: number): number {
        const bucket = Math.floor(t / HOUR);
        let memo = this.offsetMemo.get(bucket);
        if (memo === undefined) {
            const a = this.zone.offset(bucket * HOUR);
            const b = this.zone.offset(bucket * HOUR + HOUR - 1);
            memo = a === b ? a * 60_000 : null;
            this.offsetMemo.set(bucket, memo);
        }
        return memo ?? this.zone.offset(t) * 60_000;
    }

    /** Local date of an instant, as a day count since 1970-01-01. */
    localDay(t: number): number {
        return Math.floor((t + this.offset(t)) / DAY);
    }

    static iso(day: number): string {
        return DateTime.fromMillis(day * DAY, { zone: 'UTC' }).toISODate()!;
    }

    /** The local intervals of a date by the spec's rules: special hours, else holiday (closed), else weekly. */
    intervalsOf(day: number): LocalInterval[] {
        const iso = ReferenceCalendar.iso(day);
        const special = this.spec.specialHours.filter((s) => s.date === iso);
        if (special.length > 0) return special.flatMap((s) => s.intervals);
        if (this.spec.holidays.some((h) => h.date === iso)) return [];
        const year = Number(iso.slice(0, 4));
        for (const region of this.spec.holidayRegions) {
            for (const y of [year - 1, year, year + 1]) if (publicHolidays(region, y).some((h) => h.date === iso)) return [];
        }
        const weekday = DateTime.fromISO(iso, { zone: 'UTC' }).weekday;
        return this.spec.weekly.filter((w) => w.day === weekday);
    }

    /** The earliest instant whose local wall time is at or after `msOfDay` on local `day`, by brute force. */
    convert(day: number, msOfDay: number): number {
        const wall = day * DAY + msOfDay;
        const offsets = new Set<number>();
        for (let k = -4; k <= 4; k++) offsets.add(this.zone.offset(wall + k * 6 * HOUR) * 60_000);
        const exact = [...offsets].map((o) => wall - o).filter((t) => t + this.zone.offset(t) * 60_000 === wall);
        if (exact.length > 0) return Math.min(...exact);
        // In a gap: the first instant whose wall time passes it.
        let lo = Math.min(...[...offsets].map((o) => wall - o)) - HOUR;
        let hi = Math.max(...[...offsets].map((o) => wall - o)) + HOUR;
        while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (mid + this.zone.offset(mid) * 60_000 >= wall) hi = mid;
            else lo = mid;
        }
        return hi;
    }

    /** The instants of a date's intervals (empty ones dropped). */
    rangesOf(day: number): [number, number][] {
        let ranges = this.dateRanges.get(day);
        if (!ranges) {
            ranges = this.intervalsOf(day)
                .map(({ start, end }) => [this.convert(day, start * 60_000), this.convert(day, end * 60_000)] as [number, number])
                .filter(([s, e]) => e > s)
                .sort((a, b) => a[0] - b[0]);
            this.dateRanges.set(day, ranges);
        }
        return ranges;
    }

    /** The date whose hours contain t, or null when closed. */
    openDay(t: number): number | null {
        const day = this.localDay(t);
        for (const d of [day - 1, day, day + 1]) {
            if (this.rangesOf(d).some(([s, e]) => s <= t && t < e)) return d;
        }
        return null;
    }

    isOpen(t: number): boolean {
        return this.openDay(t) !== null;
    }

    static paused(t: number, pauses: RefPauses): boolean {
        return pauses.some(([s, e]) => s <= t && t < e);
    }

    /** Counted open, unpaused time in [a, b), step by step. */
    elapsed(a: number, b: number, pauses: RefPauses, step: number): number {
        let total = 0;
        for (let t = a; t < b; t += step) if (this.isOpen(t) && !ReferenceCalendar.paused(t, pauses)) total += step;
        return total;
    }

    /** First open (and, with pauses, unpaused) step at or after t; undefined past the limit. */
    clockStart(t: number, pauses: RefPauses, step: number, limit: number): number | undefined {
        for (let x = t; x < t + limit; x += step) if (this.isOpen(x) && !ReferenceCalendar.paused(x, pauses)) return x;
        return undefined;
    }

    nextClosing(t: number, step: number, limit: number): number | undefined {
        for (let x = t; x < t + limit; x += step) if (!this.isOpen(x)) return x;
        return undefined;
    }

    /** The end of the step in which `amount` ms of open, unpaused time has accumulated. */
    addBusiness(t: number, amount: number, pauses: RefPauses, step: number, limit: number): number | undefined {
        if (amount === 0) return this.clockStart(t, pauses, step, limit);
        let count = 0;
        for (let x = t; x < t + limit; x += step) {
            if (this.isOpen(x) && !ReferenceCalendar.paused(x, pauses)) {
                count += step;
                if (count >= amount) return x + step;
            }
        }
        return undefined;
    }

    /** Business days by the documented rule, every part of it walked or brute-forced. */
    addBusinessDays(t: number, days: number, pauses: RefPauses, step: number, limit: number): number | undefined {
        if (days === 0) return this.clockStart(t, pauses, step, limit);
        const s = this.clockStart(t, [], step, limit);
        if (s === undefined) return undefined;
        const startDay = this.openDay(s)!;
        let day = startDay;
        for (let found = 0; found < days; ) {
            day++;
            if (day - startDay > limit / DAY + 2) return undefined;
            if (this.rangesOf(day).length > 0) found++;
        }
        const timeOfDay = Math.min(DAY, Math.max(0, s + this.offset(s) - startDay * DAY));
        const u = this.convert(day, timeOfDay);
        const ranges = this.rangesOf(day);
        let due: number | undefined;
        if (u < ranges[0]![0]) due = ranges[0]![0];
        else if (ranges.some(([a, b]) => a <= u && u < b)) due = u;
        else {
            const closing = Math.max(...ranges.map(([, e]) => e).filter((e) => e <= u));
            due = this.addBusiness(closing, u - closing, [], step, limit);
            if (due === undefined) return undefined;
            // addBusiness with 0 returns the next opening; a zero carry is the closing itself.
            if (u === closing) due = closing;
        }
        if (pauses.length === 0) return due;
        let paused = 0;
        for (let x = s; x < due; x += step) if (this.isOpen(x) && ReferenceCalendar.paused(x, pauses)) paused += step;
        return paused === 0 ? due : this.addBusiness(due, paused, pauses, step, limit);
    }
}
