import { DateTime } from 'luxon';
import { parseInstantText } from '../time/instant.js';

export type EventTime = { readonly ok: true; readonly ms: number; readonly local: boolean } | { readonly ok: false; readonly message: string };

/** A local date-time without an offset: "2026-03-02T09:15", "2026-03-02 09:15:43", optional fraction. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;

/**
 * The instant of an event. An offset (or Z) is required, since a local time names different instants in
 * different zones; only when the caller names the zone the help desk wrote its times in (`zone`) is a
 * local time read in it, and `local` says so, for the report to state it. A local time that does not
 * exist there (a DST gap) is refused rather than moved.
 */
export function parseEventTime(text: string, zone: string | null): EventTime {
    const trimmed = text.trim();
    const local = LOCAL.exec(trimmed);
    if (!local) {
        const parsed = parseInstantText(trimmed.replace(' ', 'T'));
        return parsed.ok ? { ok: true, ms: parsed.ms, local: false } : { ok: false, message: `'${text}': ${parsed.reason}` };
    }
    if (zone === null) {
        return { ok: false, message: `'${text}' has no UTC offset; add one (-03:00, Z) or give --zone with the zone the times were written in` };
    }
    const [, y, mo, d, h, mi, s = '0', fraction = ''] = local;
    const values = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s), millisecond: Math.floor(Number(`0.${fraction || '0'}`) * 1000) };
    const dt = DateTime.fromObject(values, { zone });
    if (!dt.isValid) return { ok: false, message: `'${text}' is not a time in ${zone}: ${dt.invalidExplanation ?? dt.invalidReason}` };
    if (dt.hour !== values.hour || dt.minute !== values.minute) return { ok: false, message: `'${text}' does not exist in ${zone} (the clocks skip it)` };
    return { ok: true, ms: dt.toMillis(), local: true };
}
