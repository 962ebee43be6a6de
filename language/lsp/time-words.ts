/**
 * Instants and spans as a contract manager reads them, in a calendar's zone: "Fri 06 Mar 17:30" in
 * hover tables, "Mon 2026-03-09 12:30 (−03:00)" in previews. Pure; the zone's offsets come from the
 * runtime's ZoneTimeline.
 */
import { DAY_MS, MINUTE_MS, ZoneTimeline, type OffsetTransition } from '../../runtime/index.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local wall time of an instant, as a Date whose UTC fields are the local fields. */
function local(ms: number, zone: string): Date {
    return new Date(ZoneTimeline.of(zone).wallOf(ms));
}

/** "17:30", or "17:30:15" when the seconds are not zero. */
function clock(wall: Date): string {
    const seconds = wall.getUTCSeconds();
    return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
}

/** "−03:00", "+05:30", "+00:00": the offset in effect at `ms` (a true minus sign, as typeset). */
export function offsetWords(offsetMinutes: number): string {
    const abs = Math.abs(Math.round(offsetMinutes));
    return `${offsetMinutes < 0 ? '−' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "Fri 06 Mar 17:30"; the year is added when it is not `year` ("Mon 04 Jan 2027 12:30"). */
export function shortInstant(ms: number, zone: string, year?: number): string {
    const wall = local(ms, zone);
    const y = wall.getUTCFullYear();
    return `${WEEKDAYS[wall.getUTCDay()]} ${pad(wall.getUTCDate())} ${MONTHS[wall.getUTCMonth()]}${year !== undefined && y !== year ? ` ${y}` : ''} ${clock(wall)}`;
}

/** "Fri 06 Mar" (with the year when it is not `year`). */
export function shortDate(ms: number, zone: string, year?: number): string {
    const wall = local(ms, zone);
    const y = wall.getUTCFullYear();
    return `${WEEKDAYS[wall.getUTCDay()]} ${pad(wall.getUTCDate())} ${MONTHS[wall.getUTCMonth()]}${year !== undefined && y !== year ? ` ${y}` : ''}`;
}

/** "Mon 2026-03-09": weekday and ISO date. */
export function longDate(ms: number, zone: string): string {
    const wall = local(ms, zone);
    return `${WEEKDAYS[wall.getUTCDay()]} ${wall.toISOString().slice(0, 10)}`;
}

/** "Mon 2026-03-09 12:30 (−03:00)": unambiguous, with the offset in effect at that instant. */
export function longInstant(ms: number, zone: string): string {
    return `${longDate(ms, zone)} ${clock(local(ms, zone))} (${offsetWords(ZoneTimeline.of(zone).offsetMinutesAt(ms))})`;
}

/** "12:30": the local time of day. */
export function timeOfInstant(ms: number, zone: string): string {
    return clock(local(ms, zone));
}

/** Local year of an instant. */
export function yearOf(ms: number, zone: string): number {
    return local(ms, zone).getUTCFullYear();
}

/** "Friday". */
export function weekdayName(ms: number, zone: string): string {
    return WEEKDAY_NAMES[local(ms, zone).getUTCDay()]!;
}

/** True when two instants fall on the same local date. */
export function sameLocalDate(a: number, b: number, zone: string): boolean {
    const timeline = ZoneTimeline.of(zone);
    return Math.floor(timeline.wallOf(a) / DAY_MS) === Math.floor(timeline.wallOf(b) / DAY_MS);
}

/** "4 h", "3 h 30 min", "45 min", "1 d 2 h", "30 s": a span of (open) time, to the second. */
export function spanWords(ms: number): string {
    const seconds = Math.round(ms / 1000);
    const d = Math.floor(seconds / 86_400);
    const h = Math.floor((seconds % 86_400) / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`, s && `${s} s`].filter((p): p is string => typeof p === 'string');
    return parts.length > 0 ? parts.join(' ') : '0 min';
}

/**
 * "Sun 2026-03-08 03:00 (−04:00): clocks go forward 1 h (−05:00 → −04:00)": a change of offset, at its
 * first instant in the new offset.
 */
export function transitionWords(t: OffsetTransition, zone: string): string {
    const shift = t.offsetAfter - t.offsetBefore;
    const direction = shift > 0 ? 'forward' : 'back';
    return `${longInstant(t.at, zone)}: clocks go ${direction} ${spanWords(Math.abs(shift) * MINUTE_MS)} (${offsetWords(t.offsetBefore)} → ${offsetWords(t.offsetAfter)})`;
}
