import type { CalendarLookup } from '../calendar/duration.js';
import { dueAfter, durationAllowance, durationCalendar, percentOfDuration } from '../calendar/duration.js';
import type { Contract, Duration, TargetKind } from '../model.js';
import { FlatPauses, type Pause } from '../time/pauses.js';
import { calendarLookup } from './contract-calendars.js';
import type { TicketEvent } from './events.js';
import { TicketHistory, type AwaitingPeriod, type IgnoredEvent } from './ticket-history.js';

/** pending: not stopped and not past due; met: stopped on time; breached: past due, stopped or not. */
export type TargetState = 'pending' | 'met' | 'breached';
/** Whether the target's clock runs at `now` (it runs even while its calendar is closed). */
export type ClockState = 'running' | 'paused' | 'stopped';

export interface EscalationStatus {
    readonly target: TargetKind;
    readonly percent: number;
    readonly notify: string;
    readonly contact?: string;
    /** When the step is (or was) due; null while the clock is paused before reaching it. */
    readonly at: number | null;
    /** fired: reached while the target was still open; cancelled: the target stopped first. */
    readonly state: 'pending' | 'fired' | 'cancelled';
}

export interface TargetStatus {
    readonly kind: TargetKind;
    /** The category the target is judged by: the one in force when it stopped, or at `now`. */
    readonly category: string;
    readonly duration: Duration;
    /** Calendar the target's time is counted on (`always` for wall-clock durations). */
    readonly calendar: string;
    /** Due instant under the pauses known at `now`; null while paused before it is reached. */
    readonly due: number | null;
    /** Open time (ms, on `calendar`) the target grants: see durationAllowance. */
    readonly allowanceMs: number;
    /** Open, running, unpaused time from opening to `now`. */
    readonly elapsedMs: number;
    /** allowanceMs − elapsedMs; negative once overdue. */
    readonly remainingMs: number;
    readonly clock: ClockState;
    readonly state: TargetState;
    /** The response or resolution instant that stopped the clock, if stopped at `now`. */
    readonly stoppedAt: number | null;
    /** When the breach became a fact: the due instant, or the category change that made it overdue. */
    readonly breachedAt: number | null;
    readonly escalations: readonly EscalationStatus[];
}

/** The customer's duty to reply while the provider awaits them (reverse SLA), for one wait. */
export interface CustomerReplyStatus {
    readonly since: number;
    readonly due: number | null;
    readonly endedAt: number | null;
    readonly endedBy: 'reply' | 'resolved' | null;
    /** closed: the ticket was resolved in time, so the duty lapsed unbreached. */
    readonly state: 'pending' | 'met' | 'breached' | 'closed';
    readonly breachedAt: number | null;
    readonly elapsedMs: number;
    readonly remainingMs: number;
}

export interface TicketStatus {
    readonly now: number;
    readonly opened: number;
    readonly category: string;
    readonly awaitingCustomer: boolean;
    readonly response: TargetStatus | null;
    readonly resolution: TargetStatus | null;
    readonly customerReplies: readonly CustomerReplyStatus[];
}

/**
 * The SLA clocks of one ticket under a contract: response and resolution for the provider, and the
 * customer's reply duty. Ask `at(now)` for any instant; only events at or before `now` are taken into
 * account, and the system clock is never read.
 *
 * Policies (also in docs/time-semantics.md):
 * - Both targets run from `opened` on their own duration's calendar. The response clock stops at the
 *   first response, or at the first resolution if nobody responded (a first-contact resolution answers
 *   the customer too). The resolution clock stops at each resolution and resumes at a reopen with the
 *   time it had: the stretch while resolved does not count.
 * - Awaiting the customer pauses both provider clocks from `awaitingCustomer` to `customerReplied` (or to
 *   the resolution), only when the contract's reply obligation says `pauses clock`.
 * - A category change re-targets the ticket as if it had had the new category from the start: time
 *   already elapsed carries over (measured on the new target's calendar over the same running, unpaused
 *   stretches) and pauses stay pauses. A target is judged by the category in force when it stops, so a
 *   change after the response does not touch the response. When the new target was already overdue at the
 *   change, `due` is still where the clock puts it, but `breachedAt` (and any escalation that would fall
 *   earlier) is the change instant: a breach cannot become a fact before anyone could know it.
 * - A target stopped at exactly its due instant is met; one stopped later is breached, even if no open
 *   time passed in between (a deadline on a closing instant is that instant).
 * - Escalation steps apply to the ticket's current category; an escalation listing no categories applies
 *   to all. A step at P% is due when P% of the target's allowance has elapsed on the target's clock.
 * - The customer's reply duty for each wait is due `reply within` after the wait starts, on that duration's
 *   own calendar, without pauses. A reply after that is a customer breach; so is a resolution after it
 *   with no reply. A resolution before it closes the duty.
 * - Events sharing an instant are applied in EVENT_ORDER; impossible events are listed in `ignored`.
 */
export class TicketClock {
    static of(contract: Contract, events: readonly TicketEvent[]): TicketClock {
        return new TicketClock(contract, TicketHistory.of(contract, events));
    }

    private readonly calendars: CalendarLookup;

    private constructor(
        readonly contract: Contract,
        readonly history: TicketHistory,
    ) {
        this.calendars = calendarLookup(contract);
    }

    get ignored(): readonly IgnoredEvent[] {
        return this.history.ignored;
    }

    at(now: number): TicketStatus {
        const h = this.history;
        if (!Number.isFinite(now)) throw new RangeError(`"now" must be a finite instant, not ${now}`);
        if (now < h.opened) throw new RangeError('The ticket was not open yet at that instant');
        const waits = h.awaiting.filter((w) => w.start <= now).map((w) => (w.end !== null && w.end <= now ? w : { ...w, end: null, endedBy: null }));
        const pausesClock = this.contract.customerObligations?.reply?.pausesClock === true;
        const waitPauses: Pause[] = pausesClock ? waits.map((w) => [w.start, w.end ?? Infinity] as const) : [];
        const awaitingCustomer = waits.some((w) => w.end === null);
        const paused = pausesClock && awaitingCustomer;

        const responseStop = h.respondedAt !== null && h.respondedAt <= now ? h.respondedAt : null;
        const resolutions = h.resolutions.filter((r) => r.resolvedAt <= now);
        const closedStops: Pause[] = resolutions
            .filter((r) => r.reopenedAt !== null && r.reopenedAt <= now)
            .map((r) => [r.resolvedAt, r.reopenedAt!] as const);
        const last = resolutions[resolutions.length - 1];
        const resolutionStop = last && (last.reopenedAt === null || last.reopenedAt > now) ? last.resolvedAt : null;

        return {
            now,
            opened: h.opened,
            category: h.categoryAt(now).category,
            awaitingCustomer,
            response: this.target('response', now, waitPauses, responseStop, paused),
            resolution: this.target('resolution', now, [...waitPauses, ...closedStops], resolutionStop, paused),
            customerReplies: this.customerReplies(waits, now),
        };
    }

    private target(kind: TargetKind, now: number, stops: Pause[], finalStop: number | null, paused: boolean): TargetStatus | null {
        const h = this.history;
        const span = h.categoryAt(finalStop ?? now);
        const category = this.contract.categories.find((c) => c.name === span.category);
        const duration = category?.[kind];
        if (!duration) return null;
        const calendar = durationCalendar(duration, this.calendars);
        // The final stop does not move the due instant; it only ends the elapsed time.
        // Normalised once and flat: the due instant, the escalations and the elapsed time all read them.
        const pauses = FlatPauses.of(stops);
        const dueAt = dueAfter(duration, h.opened, this.calendars, pauses);
        const due = Number.isFinite(dueAt) ? dueAt : null;
        const allPauses = finalStop === null ? pauses : FlatPauses.of([...pauses.pairs, [finalStop, Infinity]]);
        const elapsedMs = calendar.elapsedFlat(h.opened, now, allPauses);
        const allowanceMs = durationAllowance(duration, h.opened, this.calendars);
        const breached = due !== null && (finalStop ?? now) > due;
        return {
            kind,
            category: span.category,
            duration,
            calendar: calendar.name,
            due,
            allowanceMs,
            elapsedMs,
            remainingMs: allowanceMs - elapsedMs,
            clock: finalStop !== null ? 'stopped' : paused ? 'paused' : 'running',
            state: breached ? 'breached' : finalStop !== null ? 'met' : 'pending',
            stoppedAt: finalStop,
            breachedAt: breached ? Math.max(due, span.since) : null,
            escalations: this.escalations(kind, span, duration, pauses, finalStop, now),
        };
    }

    private escalations(
        kind: TargetKind,
        span: { since: number; category: string },
        duration: Duration,
        pauses: FlatPauses,
        finalStop: number | null,
        now: number,
    ): EscalationStatus[] {
        const result: EscalationStatus[] = [];
        for (const escalation of this.contract.escalations) {
            if (escalation.categories.length > 0 && !escalation.categories.includes(span.category)) continue;
            for (const step of escalation.steps) {
                if (step.target !== kind) continue;
                const raw = percentOfDuration(duration, step.percent, this.history.opened, this.calendars, pauses);
                const at = Number.isFinite(raw) ? Math.max(raw, span.since) : null;
                const state =
                    finalStop !== null && (at === null || finalStop <= at) ? 'cancelled' : at !== null && at <= now ? 'fired' : 'pending';
                result.push({
                    target: kind,
                    percent: step.percent,
                    notify: step.notify,
                    ...(step.contact !== undefined ? { contact: step.contact } : {}),
                    at,
                    state,
                });
            }
        }
        return result.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || a.percent - b.percent);
    }

    private customerReplies(waits: readonly AwaitingPeriod[], now: number): CustomerReplyStatus[] {
        const reply = this.contract.customerObligations?.reply;
        if (!reply) return [];
        const calendar = durationCalendar(reply.within, this.calendars);
        return waits.map((wait) => {
            const dueAt = dueAfter(reply.within, wait.start, this.calendars);
            const due = Number.isFinite(dueAt) ? dueAt : null;
            const until = wait.end ?? now;
            const late = due !== null && until > due;
            const state = wait.endedBy === 'reply' ? (late ? 'breached' : 'met') : late ? 'breached' : wait.endedBy === 'resolved' ? 'closed' : 'pending';
            const elapsedMs = calendar.elapsedBusiness(wait.start, until);
            return {
                since: wait.start,
                due,
                endedAt: wait.end,
                endedBy: wait.endedBy,
                state,
                breachedAt: late ? due : null,
                elapsedMs,
                remainingMs: durationAllowance(reply.within, wait.start, this.calendars) - elapsedMs,
            };
        });
    }
}
