/**
 * formatInstant (runtime/time/format.ts) for the many instants of one report in one zone: a long history's
 * report writes hundreds of thousands of them (breaches, escalations, late replies), most in an hour some other
 * one of them is in. The text up to the hour ("2026-03-02T12:") and the offset are formatted by formatInstant
 * once per local hour and offset, and only the minutes, seconds and milliseconds per instant; anything that is
 * not a whole millisecond goes to formatInstant itself. test/runtime/replay/iso-writer.test.ts holds it to
 * formatInstant over DST changes and zones with odd offsets.
 */
import { formatInstant } from '../time/format.js';
import { ZoneTimeline } from '../time/zone-timeline.js';

const HOUR_MS = 3_600_000;

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export class IsoWriter {
    private readonly timeline: ZoneTimeline;
    private hour = NaN;
    private offset = NaN;
    private head = '';
    private tail = '';

    constructor(private readonly zone: string) {
        this.timeline = ZoneTimeline.of(zone);
    }

    format(ms: number): string {
        if (!Number.isInteger(ms)) return formatInstant(ms, this.zone);
        const offset = this.timeline.offsetAt(ms);
        const local = ms + offset;
        const hour = Math.floor(local / HOUR_MS);
        if (hour !== this.hour || offset !== this.offset) {
            const full = formatInstant(ms, this.zone);
            const t = full.indexOf('T');
            this.head = full.slice(0, t + 4);
            // After HH:MM:SS and the milliseconds, if any: the offset ("Z", "-03:00").
            let end = t + 9;
            if (full.charCodeAt(end) === 46) end += 4;
            this.tail = full.slice(end);
            this.hour = hour;
            this.offset = offset;
        }
        const within = local - hour * HOUR_MS;
        const millis = within % 1000;
        const seconds = Math.floor(within / 1000);
        const text = this.head + TWO[Math.floor(seconds / 60)]! + ':' + TWO[seconds % 60]!;
        const iso = (millis === 0 ? text : text + '.' + String(millis).padStart(3, '0')) + this.tail;
        // The concatenations make a chain of four or five string nodes, and the report keeps every instant it
        // writes (230,000 at 1,000,000 tickets): reading a character makes V8 flatten the chain into one string
        // now, which the young generation's collections then copy alone (about half the cost of building and
        // keeping the instants, measured), and which JSON.stringify would flatten anyway.
        iso.charCodeAt(0);
        return iso;
    }
}
