import { ALWAYS } from '../model.js';
import type { Pauses } from '../time/pauses.js';
import { DAY_MS } from '../time/units.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { CalendarBase, checkInstant, type OpenInterval } from './calendar.js';

/**
 * The built-in `always` calendar: open at every instant, so business time is real elapsed time (minus
 * pauses) and wall-clock durations are computed with it. Its zone only matters for business days (the
 * same local time N days later) and for display; it is UTC unless a caller asks for another.
 */
export class AlwaysCalendar extends CalendarBase {
    private static readonly byZone = new Map<string, AlwaysCalendar>();

    static inZone(zone = 'UTC'): AlwaysCalendar {
        let calendar = AlwaysCalendar.byZone.get(zone);
        if (!calendar) {
            calendar = new AlwaysCalendar(zone);
            AlwaysCalendar.byZone.set(zone, calendar);
        }
        return calendar;
    }

    readonly name = ALWAYS;
    private readonly timeline: ZoneTimeline;

    private constructor(readonly zone: string) {
        super();
        this.timeline = ZoneTimeline.of(zone);
    }

    isOpen(ms: number): boolean {
        checkInstant(ms);
        return true;
    }

    nextOpening(ms: number): number {
        checkInstant(ms);
        return ms;
    }

    nextClosing(ms: number): number {
        checkInstant(ms);
        return Infinity;
    }

    override addBusinessMs(startMs: number, amountMs: number, pauses?: Pauses): number {
        if ((pauses === undefined || pauses.length === 0) && amountMs >= 0 && amountMs < Infinity) {
            this.begin(startMs);
            if (startMs + amountMs > this.limit) throw this.beyond();
            return startMs + amountMs;
        }
        return super.addBusinessMs(startMs, amountMs, pauses);
    }

    protected prepare(a: number, b: number): void {
        checkInstant(a);
        checkInstant(b);
    }

    protected openUntil(ms: number): number {
        return ms;
    }

    protected instantAtOpen(target: number): number {
        if (target > this.limit) throw this.beyond();
        return target;
    }

    protected rawIntervals(a: number, b: number): OpenInterval[] {
        return [{ start: a, end: b }];
    }

    protected sameTimeOnOpenDay(s: number, days: number): number {
        if (s + days * DAY_MS > this.limit) throw this.beyond();
        return this.timeline.instantOf(this.timeline.wallOf(s) + days * DAY_MS);
    }
}

/** The built-in calendar open at every instant (zone: where its business days are counted; UTC by default). */
export function alwaysCalendar(zone?: string): AlwaysCalendar {
    return AlwaysCalendar.inZone(zone);
}
