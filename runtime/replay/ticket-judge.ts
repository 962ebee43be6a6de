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
import { durationAllowance, durationCalendar, dueAfter, percentOfDuration, type CalendarLookup } from '../calendar/duration.js';
import { calendarLookup } from '../clock/contract-calendars.js';
import type { Contract, Duration, EscalationStep, TargetKind } from '../model.js';
import { normalizePauses, type Pause } from '../time/pauses.js';
import { EVENT_CODE, type LiveTickets } from './live-tickets.js';
import type { EscalationOutcome, ResolutionOutcome, TargetOutcome, TicketOutcome } from './replay.js';

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

/** Per-ticket scratch space, reused (a ticket has a handful of events). */
let at = new Float64Array(64);
let type = new Uint8Array(64);
let cat = new Int16Array(64);
let fc = new Int8Array(64);
let sat = new Float64Array(64);

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
            return { duration, calendar: durationCalendar(duration, this.calendars), steps };
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
        const n = live.count[slot]!;
        if (n > at.length) grow(n);
        let k = 0;
        let ok = true;
        live.forEach(slot, (i) => {
            at[k] = live.at[i]!;
            type[k] = live.type[i]!;
            cat[k] = live.category[i]!;
            fc[k] = live.firstContact[i]!;
            sat[k] = live.satisfaction[i]!;
            // In order by instant, then by EVENT_ORDER (the codes are its ranks): otherwise TicketClock sorts.
            if (k > 0 && (at[k]! < at[k - 1]! || (at[k] === at[k - 1] && type[k]! < type[k - 1]!))) ok = false;
            k++;
        });
        if (!ok || type[0] !== OPENED) return null;

        // The ticket's history (TicketHistory), bailing out on any event it would set aside with a reason to report.
        const opened = at[0]!;
        const spanSince: number[] = [opened];
        const spanCat: number[] = [cat[0]!];
        const waitStart: number[] = [];
        const waitEnd: (number | null)[] = [];
        const waitBy: ('reply' | 'resolved' | null)[] = [];
        const resolvedAt: number[] = [];
        const reopenedAt: (number | null)[] = [];
        let respondedAt: number | null = null;
        for (let e = 1; e < n; e++) {
            const t = type[e]!;
            const when = at[e]!;
            const waiting = waitStart.length > 0 && waitEnd[waitEnd.length - 1] === null;
            const resolved = resolvedAt.length > 0 && reopenedAt[reopenedAt.length - 1] === null;
            if (t === CATEGORY_CHANGED) {
                if (cat[e] === spanCat[spanCat.length - 1]) continue;
                spanSince.push(when);
                spanCat.push(cat[e]!);
            } else if (t === AWAITING) {
                if (resolved || waiting) return null;
                waitStart.push(when);
                waitEnd.push(null);
                waitBy.push(null);
            } else if (t === CUSTOMER_REPLIED) {
                if (!waiting) return null;
                waitEnd[waitEnd.length - 1] = when;
                waitBy[waitBy.length - 1] = 'reply';
            } else if (t === RESPONDED) {
                respondedAt ??= when;
            } else if (t === RESOLVED) {
                if (resolved) return null;
                if (waiting) {
                    waitEnd[waitEnd.length - 1] = when;
                    waitBy[waitBy.length - 1] = 'resolved';
                }
                respondedAt ??= when;
                resolvedAt.push(when);
                reopenedAt.push(null);
            } else if (t === REOPENED) {
                if (!resolved) return null;
                reopenedAt[reopenedAt.length - 1] = when;
            } else return null;
        }
        if (!(now >= opened)) return undefined;

        // The status at `now` (TicketClock.at).
        const categoryAt = (ms: number): number => {
            let current = 0;
            for (let s = 0; s < spanSince.length; s++) if (spanSince[s]! <= ms) current = s;
            return current;
        };
        const waitPauses: Pause[] = [];
        let awaitingNow = false;
        const waitsNow: number[] = [];
        for (let w = 0; w < waitStart.length; w++) {
            if (waitStart[w]! > now) continue;
            waitsNow.push(w);
            const end = waitEnd[w]!;
            const endNow = end !== null && end <= now ? end : null;
            if (endNow === null) awaitingNow = true;
            if (this.pausesClock) waitPauses.push([waitStart[w]!, endNow ?? Infinity]);
        }
        const paused = this.pausesClock && awaitingNow;
        const responseStop = respondedAt !== null && respondedAt <= now ? respondedAt : null;
        const resolutionStops: Pause[] = [...waitPauses];
        let lastResolution = -1;
        for (let r = 0; r < resolvedAt.length; r++) {
            if (resolvedAt[r]! > now) continue;
            lastResolution = r;
            const reopen = reopenedAt[r]!;
            if (reopen !== null && reopen <= now) resolutionStops.push([resolvedAt[r]!, reopen]);
        }
        const lastReopen = lastResolution >= 0 ? reopenedAt[lastResolution]! : null;
        const resolutionStop = lastResolution >= 0 && (lastReopen === null || lastReopen > now) ? resolvedAt[lastResolution]! : null;

        const pausedUntil = (end: number): number => {
            if (!this.pausesClock) return 0;
            let sum = 0;
            for (let w = 0; w < waitStart.length; w++) sum += Math.max(0, Math.min(waitEnd[w] ?? Infinity, end) - waitStart[w]!);
            return sum;
        };
        const targets: TargetOutcome[] = [];
        const fired: Fired[][] = [];
        const stepsOf: (readonly EscalationStep[])[] = [];
        for (const kind of ['response', 'resolution'] as const) {
            const finalStop = kind === 'response' ? responseStop : resolutionStop;
            const span = categoryAt(finalStop ?? now);
            const rule = this.rules[spanCat[span]!]!;
            const target = kind === 'response' ? rule.response : rule.resolution;
            if (!target) continue;
            const since = spanSince[span]!;
            const pauses = normalizePauses(kind === 'response' ? waitPauses : resolutionStops);
            const dueAt = dueAfter(target.duration, opened, this.calendars, pauses);
            const due = Number.isFinite(dueAt) ? dueAt : null;
            const allPauses = finalStop === null ? pauses : normalizePauses([...pauses, [finalStop, Infinity]]);
            const elapsedMs = target.calendar.elapsedBusiness(opened, now, allPauses);
            const allowanceMs = durationAllowance(target.duration, opened, this.calendars);
            const breached = due !== null && (finalStop ?? now) > due;
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
                pausedMs: pausedUntil(Math.min(finalStop ?? now, now)),
                remainingMs: allowanceMs - elapsedMs,
            });
            const firedHere: Fired[] = [];
            for (const step of target.steps) {
                const raw = percentOfDuration(target.duration, step.percent, opened, this.calendars, pauses);
                if (!Number.isFinite(raw)) continue;
                const stepAt = Math.max(raw, since);
                if (finalStop !== null && finalStop <= stepAt) continue;
                if (stepAt <= now) firedHere.push({ at: stepAt, percent: step.percent, step });
            }
            firedHere.sort((a, b) => a.at - b.at || a.percent - b.percent);
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
        const customerLate = [];
        if (this.reply) {
            for (const w of waitsNow) {
                const start = waitStart[w]!;
                const end = waitEnd[w]! !== null && waitEnd[w]! <= now ? waitEnd[w]! : null;
                const dueAt = dueAfter(this.reply.within, start, this.calendars);
                if (!Number.isFinite(dueAt)) continue;
                if (!((end ?? now) > dueAt)) continue;
                customerLate.push({ since: start, due: dueAt, endedAt: end, endedBy: end === null ? null : waitBy[w]!, pausedClock: this.pausesClock });
            }
        }
        return {
            ticket,
            channel,
            opened,
            at: now,
            category: this.rules[spanCat[categoryAt(now)]!]!.name,
            targets,
            resolutions,
            escalations,
            customerLate,
            open: lastResolution < 0 || (lastReopen !== null && lastReopen <= now),
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
}
