/**
 * formatInstant (runtime/time/format.ts) for the many instants of one report in one zone: a long history's
 * report writes hundreds of thousands of them (breaches, escalations, late replies), most in a minute some other
 * one of them is in. The text up to the hour ("2026-03-02T12:") and the offset are formatted by formatInstant
 * once per local hour and offset, the text up to the minute once per minute, and only the seconds and
 * milliseconds per instant; anything that is not a whole millisecond goes to formatInstant itself.
 * test/runtime/replay/iso-writer.test.ts holds it to formatInstant over DST changes and zones with odd offsets.
 */
import { formatInstant } from '../time/format.js';
import { ZoneTimeline } from '../time/zone-timeline.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/**
 * Entries of each cache, direct-mapped by local hour / minute. One entry was not enough: a breach writes its due
 * and its stop, hours apart, one after the other, so a single remembered hour was formatted afresh at nearly
 * every instant of the breaches' list.
 */
const HOURS = 64;
const MINUTES = 1024;

export class IsoWriter {
    private readonly timeline: ZoneTimeline;
    private readonly hourOf = new Float64Array(HOURS).fill(NaN);
    private readonly hourOffset = new Float64Array(HOURS);
    private readonly hourHead: string[] = new Array<string>(HOURS).fill('');
    private readonly hourTail: string[] = new Array<string>(HOURS).fill('');
    private readonly minuteOf = new Float64Array(MINUTES).fill(NaN);
    private readonly minuteOffset = new Float64Array(MINUTES);
    /** The text up to the seconds ("2026-03-02T12:34:"), and the offset's text after them. */
    private readonly minuteHead: string[] = new Array<string>(MINUTES).fill('');
    private readonly minuteTail: string[] = new Array<string>(MINUTES).fill('');

    constructor(private readonly zone: string) {
        this.timeline = ZoneTimeline.of(zone);
    }

    format(ms: number): string {
        if (!Number.isInteger(ms)) return formatInstant(ms, this.zone);
        const offset = this.timeline.offsetAt(ms);
        const local = ms + offset;
        const minute = Math.floor(local / MINUTE_MS);
        const m = minute & (MINUTES - 1);
        if (this.minuteOf[m] !== minute || this.minuteOffset[m] !== offset) this.cacheMinute(ms, offset, local, minute, m);
        const within = local - minute * MINUTE_MS;
        const millis = within % 1000;
        const text = this.minuteHead[m]! + TWO[Math.floor(within / 1000)]!;
        const iso = (millis === 0 ? text : text + '.' + String(millis).padStart(3, '0')) + this.minuteTail[m]!;
        // The concatenations make a chain of string nodes, and the report keeps every instant it writes (230,000
        // at 1,000,000 tickets): reading a character makes V8 flatten the chain into one string now, which the
        // young generation's collections then copy alone (about half the cost of building and keeping the
        // instants, measured), and which JSON.stringify would flatten anyway.
        iso.charCodeAt(0);
        return iso;
    }

    private cacheMinute(ms: number, offset: number, local: number, minute: number, m: number): void {
        const hour = Math.floor(local / HOUR_MS);
        const h = hour & (HOURS - 1);
        if (this.hourOf[h] !== hour || this.hourOffset[h] !== offset) {
            const full = formatInstant(ms, this.zone);
            const t = full.indexOf('T');
            this.hourHead[h] = full.slice(0, t + 4);
            // After HH:MM:SS and the milliseconds, if any: the offset ("Z", "-03:00").
            let end = t + 9;
            if (full.charCodeAt(end) === 46) end += 4;
            this.hourTail[h] = full.slice(end);
            this.hourOf[h] = hour;
            this.hourOffset[h] = offset;
        }
        const head = this.hourHead[h]! + TWO[minute - hour * 60]! + ':';
        head.charCodeAt(0);
        this.minuteHead[m] = head;
        this.minuteTail[m] = this.hourTail[h]!;
        this.minuteOf[m] = minute;
        this.minuteOffset[m] = offset;
    }
}
