import { ZoneTimeline } from './zone-timeline.js';

function pad(value: number, width = 2): string {
    return String(value).padStart(width, '0');
}

/**
 * An instant as ISO 8601 with the zone's UTC offset at that instant, e.g. "2026-03-02T12:30:00-03:00".
 * Seconds are always written; milliseconds only when not zero. The UTC zone itself is written with "Z".
 * Accepts a zone name or anything with a zone (a Calendar, a CalendarSpec).
 */
export function formatInstant(ms: number, zoneOrCalendar: string | { readonly zone: string }): string {
    const zone = typeof zoneOrCalendar === 'string' ? zoneOrCalendar : zoneOrCalendar.zone;
    if (!Number.isFinite(ms)) throw new RangeError(`Cannot format a non-finite instant (${ms})`);
    const timeline = ZoneTimeline.of(zone);
    const offsetMs = timeline.offsetAt(ms);
    const local = new Date(ms + offsetMs);
    const year = local.getUTCFullYear();
    const date = `${year < 0 ? '-' + pad(-year, 6) : year > 9999 ? '+' + pad(year, 6) : pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    const millis = local.getUTCMilliseconds();
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${millis ? '.' + pad(millis, 3) : ''}`;
    return `${date}T${time}${offsetText(offsetMs, zone)}`;
}

function offsetText(offsetMs: number, zone: string): string {
    if (offsetMs === 0 && (zone === 'UTC' || zone === 'Etc/UTC')) return 'Z';
    const minutes = Math.round(Math.abs(offsetMs) / 60_000);
    return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
