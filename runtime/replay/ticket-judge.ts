/**
 * The SLA clock of one held ticket, read straight from the Replay's typed arrays: what TicketClock.of(...).at()
 * (runtime/clock) answers, for the tickets whose events apply in order as they are (every event accepted, or
 * ignored for a harmless reason: a second response, an unchanged category). The contract's lookups (durations
 * and calendars per category, escalation steps per category and target) are made once per contract view, not
 * once per ticket, and no event object, history or status is built. Any other ticket (events to sort at one
 * instant, an event the clock sets aside with a problem to report) is left to TicketClock itself: the caller
 * gets null. test/runtime/replay/ticket-judge.test.ts holds both to the same answers.
 */
import type { Calendar } from '../calendar/calendar.js';
import { durationAllowance, durationCalendar, dueAfter, type CalendarLookup } from '../calendar/duration.js';
import { HORIZON_MS } from '../calendar/horizon.js';
import { calendarLookup } from '../clock/contract-calendars.js';
import type { Contract, Duration, EscalationStep, TargetKind } from '../model.js';
import { normalizePauses, type Pause } from '../time/pauses.js';
import { MINUTE_MS } from '../time/units.js';
import { EVENT_CODE, type LiveTickets } from './live-tickets.js';
import type { CustomerLateOutcome, EscalationOutcome, ResolutionOutcome, TargetOutcome, TicketOutcome } from './replay.js';

const OPENED = EVENT_CODE.opened;
const CATEGORY_CHANGED = EVENT_CODE.categoryChanged;
const CUSTOMER_REPLIED = EVENT_CODE.customerReplied;
const AWAITING = EVENT_CODE.awaitingCustomer;
const RESPONDED = EVENT_CODE.responded;
const RESOLVED = EVENT_CODE.resolved;
const REOPENED = EVENT_CODE.reopened;

interface TargetRule {
    readonly duration: Duration;
    readonly calendar: Calendar;
    /** The escalation steps of the category for this target, in the contract's order. */
    readonly steps: readonly EscalationStep[];
    /**
     * The same steps by percent (stable: the contract's order among equal percents). A step's instant grows with
     * its percent, so once one cannot fire, no later one can.
     */
    readonly byPercent: readonly EscalationStep[];
    /** The duration's length in open time when it does not depend on the start (minutes, hours), else NaN. */
    readonly fixedAllowance: number;
}

interface CategoryRule {
    readonly name: string;
    readonly response: TargetRule | null;
    readonly resolution: TargetRule | null;
}

/** A fired escalation before its on-call person is looked up. */
interface Fired {
    readonly at: number;
    readonly percent: number;
    readonly step: EscalationStep;
}

const KINDS = ['response', 'resolution'] as const;
const BY_REPLY = 1;
const BY_RESOLUTION = 2;

/**
 * Per-ticket scratch space, reused (a ticket has a handful of events): its events, then its category spans,
 * waits for the customer (end NaN while waiting) and resolutions (reopening NaN while resolved).
 */
let at = new Float64Array(64);
let type = new Uint8Array(64);
let cat = new Int16Array(64);
let fc = new Int8Array(64);
let sat = new Float64Array(64);
let spanSince = new Float64Array(64);
let spanCat = new Int16Array(64);
let waitStart = new Float64Array(64);
let waitEnd = new Float64Array(64);
let waitBy = new Uint8Array(64);
let resolvedAt = new Float64Array(64);
let reopenedAt = new Float64Array(64);

/** The category span in force at `ms` (the first when none began by then). */
function spanAt(spans: number, ms: number): number {
    let current = 0;
    for (let s = 0; s < spans; s++) if (spanSince[s]! <= ms) current = s;
    return current;
}

/** Time spent awaiting the customer up to `end`, over the ticket's waits as its history holds them. */
function pausedUntil(waits: number, end: number): number {
    let sum = 0;
    for (let w = 0; w < waits; w++) {
        const wEnd = waitEnd[w]!;
        sum += Math.max(0, Math.min(wEnd === wEnd ? wEnd : Infinity, end) - waitStart[w]!);
    }
    return sum;
}

export class TicketJudge {
    private readonly calendars: CalendarLookup;
    private readonly rules: readonly CategoryRule[];
    private readonly pausesClock: boolean;
    private readonly reply: { readonly within: Duration } | null;

    /**
     * @param contract the contract as the ticket's channel sees it
     * @param categories the Replay's category names, by the index its events store
     * @param onCall who of a rotation is on call at an instant
     */
    constructor(
        readonly contract: Contract,
        categories: readonly string[],
        private readonly onCall: (rotation: string, ms: number) => string | null,
    ) {
        this.calendars = calendarLookup(contract);
        const rule = (name: string, kind: TargetKind): TargetRule | null => {
            const duration = contract.categories.find((c) => c.name === name)?.[kind];
            if (!duration) return null;
            const steps: EscalationStep[] = [];
            for (const escalation of contract.escalations) {
                if (escalation.categories.length > 0 && !escalation.categories.includes(name)) continue;
                for (const step of escalation.steps) if (step.target === kind) steps.push(step);
            }
            const byPercent = steps.slice().sort((a, b) => a.percent - b.percent);
            const fixedAllowance = duration.kind === 'businessDays' ? NaN : duration.minutes * MINUTE_MS;
            return { duration, calendar: durationCalendar(duration, this.calendars), steps, byPercent, fixedAllowance };
        };
        this.rules = categories.map((name) => ({ name, response: rule(name, 'response'), resolution: rule(name, 'resolution') }));
        this.pausesClock = contract.customerObligations?.reply?.pausesClock === true;
        const reply = contract.customerObligations?.reply;
        this.reply = reply ? { within: reply.within } : null;
    }

    /**
     * The ticket's outcome as of `now`, null when TicketClock must judge it (see above); `undefined` when the
     * ticket was not open yet at `now` (nothing to count).
     */
    outcome(live: LiveTickets, slot: number, now: number, ticket: string, channel: string | null): TicketOutcome | null | undefined {
        if (live.count(slot) > at.length) grow(live.count(slot));
        const n = live.copyEvents(slot, at, type, cat, fc, sat);
        // In order by instant, then by EVENT_ORDER (the codes are its ranks): otherwise TicketClock sorts.
        for (let k = 1; k < n; k++) if (at[k]! < at[k - 1]! || (at[k] === at[k - 1] && type[k]! < type[k - 1]!)) return null;
        if (type[0] !== OPENED) return null;

        // The ticket's history (TicketHistory), bailing out on any event it would set aside with a reason to
        // report. Spans, waits and resolutions go to scratch arrays (NaN: none yet).
        const opened = at[0]!;
        let spans = 1;
        spanSince[0] = opened;
        spanCat[0] = cat[0]!;
        let waits = 0;
        let resolutionCount = 0;
        let respondedAt = NaN;
        for (let e = 1; e < n; e++) {
            const t = type[e]!;
            const when = at[e]!;
            const waiting = waits > 0 && waitEnd[waits - 1] !== waitEnd[waits - 1];
            const resolved = resolutionCount > 0 && reopenedAt[resolutionCount - 1] !== reopenedAt[resolutionCount - 1];
            if (t === CATEGORY_CHANGED) {
                if (cat[e] === spanCat[spans - 1]) continue;
                spanSince[spans] = when;
                spanCat[spans++] = cat[e]!;
            } else if (t === AWAITING) {
                if (resolved || waiting) return null;
                waitStart[waits] = when;
                waitEnd[waits] = NaN;
                waitBy[waits++] = 0;
            } else if (t === CUSTOMER_REPLIED) {
                if (!waiting) return null;
                waitEnd[waits - 1] = when;
                waitBy[waits - 1] = BY_REPLY;
            } else if (t === RESPONDED) {
                if (respondedAt !== respondedAt) respondedAt = when;
            } else if (t === RESOLVED) {
                if (resolved) return null;
                if (waiting) {
                    waitEnd[waits - 1] = when;
                    waitBy[waits - 1] = BY_RESOLUTION;
                }
                if (respondedAt !== respondedAt) respondedAt = when;
                resolvedAt[resolutionCount] = when;
                reopenedAt[resolutionCount++] = NaN;
            } else if (t === REOPENED) {
                if (!resolved) return null;
                reopenedAt[resolutionCount - 1] = when;
            } else return null;
        }
        if (!(now >= opened)) return undefined;

        // The status at `now` (TicketClock.at). NaN compares false: a wait not over, a resolution not reopened.
        const waitPauses: Pause[] = [];
        if (this.pausesClock) {
            for (let w = 0; w < waits; w++) {
                if (waitStart[w]! > now) continue;
                const end = waitEnd[w]!;
                waitPauses.push([waitStart[w]!, end <= now ? end : Infinity]);
            }
        }
        const responseStop = respondedAt <= now ? respondedAt : null;
        const resolutionStops: Pause[] = waitPauses.slice();
        let lastResolution = -1;
        for (let r = 0; r < resolutionCount; r++) {
            if (resolvedAt[r]! > now) continue;
            lastResolution = r;
            const reopen = reopenedAt[r]!;
            if (reopen <= now) resolutionStops.push([resolvedAt[r]!, reopen]);
        }
        const reopenedByNow = lastResolution >= 0 && reopenedAt[lastResolution]! <= now;
        const resolutionStop = lastResolution >= 0 && !reopenedByNow ? resolvedAt[lastResolution]! : null;

        const targets: TargetOutcome[] = [];
        const fired: Fired[][] = [];
        const stepsOf: (readonly EscalationStep[])[] = [];
        for (const kind of KINDS) {
            const finalStop = kind === 'response' ? responseStop : resolutionStop;
            const span = spanAt(spans, finalStop ?? now);
            const rule = this.rules[spanCat[span]!]!;
            const target = kind === 'response' ? rule.response : rule.resolution;
            if (!target) continue;
            const since = spanSince[span]!;
            const pauses = normalizePauses(kind === 'response' ? waitPauses : resolutionStops);
            // One due instant, one allowance and one elapsed value per target, reused by the remaining time and
            // every escalation step (percentOfDuration would compute the allowance and, at 100 %, the due again).
            const dueAt = dueAfter(target.duration, opened, this.calendars, pauses);
            const due = Number.isFinite(dueAt) ? dueAt : null;
            const stop = finalStop ?? now;
            // A stop at s stops the clock from s on: the elapsed time to min(s, now) under the same pauses is the
            // elapsed time to `now` with [s, ∞) added to them, without the array and its normalising (within the
            // horizon: past it the long form refuses the span as the clock does).
            const elapsedMs =
                finalStop === null || now - opened > HORIZON_MS
                    ? target.calendar.elapsedBusiness(opened, now, finalStop === null ? pauses : normalizePauses([...pauses, [finalStop, Infinity]]))
                    : target.calendar.elapsedBusiness(opened, Math.min(finalStop, now), pauses);
            const fixed = target.fixedAllowance;
            const allowanceMs = fixed === fixed ? fixed : durationAllowance(target.duration, opened, this.calendars);
            const breached = due !== null && stop > due;
            const state = breached ? 'breached' : finalStop !== null ? 'met' : 'pending';
            const breachedAt = breached ? Math.max(due, since) : null;
            targets.push({
                kind,
                category: rule.name,
                state,
                due,
                stoppedAt: finalStop,
                breachedAt,
                decidedAt: state === 'met' ? finalStop : state === 'breached' ? breachedAt : null,
                pausedMs: this.pausesClock ? pausedUntil(waits, Math.min(stop, now)) : 0,
                remainingMs: allowanceMs - elapsedMs,
            });
            const firedHere: Fired[] = [];
            // percentOfDuration, with the allowance and the 100 % instant (the due) computed once above. A step's
            // instant grows with its percent: past the first step that is not reached by `now` or not before the
            // stop, none fires, and the rest are not asked of the calendar when asking could not throw either (up
            // to 100 % they are no further than the due; beyond it only when the due is at most a year after the
            // opening, far within the horizon past which the calendar refuses).
            const skipBeyond = due !== null && due - opened <= HORIZON_MS / 100;
            let over = false;
            for (const step of target.byPercent) {
                const percent = step.percent;
                if (over && (percent <= 100 || skipBeyond)) continue;
                const raw =
                    percent === 100
                        ? dueAt
                        : Number.isFinite(allowanceMs)
                          ? target.calendar.addBusinessMs(opened, Math.round((allowanceMs * percent) / 100), pauses)
                          : Infinity;
                if (!Number.isFinite(raw)) continue;
                const stepAt = Math.max(raw, since);
                if ((finalStop !== null && finalStop <= stepAt) || stepAt > now) over = true;
                else if (!over) firedHere.push({ at: stepAt, percent, step });
            }
            if (firedHere.length > 1) firedHere.sort((a, b) => a.at - b.at || a.percent - b.percent);
            fired.push(firedHere);
            stepsOf.push(target.steps);
        }
        const escalations: EscalationOutcome[] = [];
        for (let x = 0; x < fired.length; x++) {
            const steps = stepsOf[x]!;
            for (const f of fired[x]!) {
                // The step the replay names is the first of the category's steps alike in target, percent and role.
                const step = steps.find((s) => s.target === f.step.target && s.percent === f.percent && s.notify === f.step.notify);
                escalations.push({
                    target: f.step.target,
                    percent: f.percent,
                    notify: f.step.notify,
                    contact: f.step.contact ?? null,
                    onCall: step?.onCall ? this.onCall(step.onCall, f.at) : null,
                    at: f.at,
                });
            }
        }

        // Resolutions accepted up to `now`, with the ratings their rows gave.
        const resolutions: ResolutionOutcome[] = [];
        for (let e = 0, r = 0; e < n && r <= lastResolution; e++) {
            if (type[e] !== RESOLVED) continue;
            const f = fc[e]!;
            const score = sat[e]!;
            resolutions.push({ at: at[e]!, firstContact: f < 0 ? null : f === 1, satisfaction: score === score ? score : null, first: r === 0 });
            r++;
        }
        const customerLate: CustomerLateOutcome[] = [];
        if (this.reply) {
            for (let w = 0; w < waits; w++) {
                const start = waitStart[w]!;
                if (start > now) continue;
                const end = waitEnd[w]! <= now ? waitEnd[w]! : null;
                const dueAt = dueAfter(this.reply.within, start, this.calendars);
                if (!Number.isFinite(dueAt)) continue;
                if (!((end ?? now) > dueAt)) continue;
                customerLate.push({ since: start, due: dueAt, endedAt: end, endedBy: end === null ? null : waitBy[w] === BY_REPLY ? 'reply' : 'resolved', pausedClock: this.pausesClock });
            }
        }
        return {
            ticket,
            channel,
            opened,
            at: now,
            category: this.rules[spanCat[spanAt(spans, now)]!]!.name,
            targets,
            resolutions,
            escalations,
            customerLate,
            open: lastResolution < 0 || reopenedByNow,
        };
    }
}

function grow(n: number): void {
    const size = Math.max(n, at.length * 2);
    at = new Float64Array(size);
    type = new Uint8Array(size);
    cat = new Int16Array(size);
    fc = new Int8Array(size);
    sat = new Float64Array(size);
    spanSince = new Float64Array(size);
    spanCat = new Int16Array(size);
    waitStart = new Float64Array(size);
    waitEnd = new Float64Array(size);
    waitBy = new Uint8Array(size);
    resolvedAt = new Float64Array(size);
    reopenedAt = new Float64Array(size);
}
