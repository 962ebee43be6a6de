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
import { normalizePauses, type Pause, type Pauses } from '../time/pauses.js';
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
    /** Per step of byPercent, the first of `steps` alike in target, percent and role: the one whose on-call the replay names. */
    readonly named: readonly (EscalationStep | undefined)[];
}

interface CategoryRule {
    readonly name: string;
    readonly response: TargetRule | null;
    readonly resolution: TargetRule | null;
}

/**
 * An outcome's parts written in place, ticket after ticket, when the Replay's consumer keeps none of them
 * (ReplayOptions.reusesOutcomes): the objects and arrays a judged ticket made (≈ 15, ≈ 1 KB) were most of the
 * replay's garbage. Fields in the order of the object literals they replace.
 */
class TargetRecord implements TargetOutcome {
    kind: TargetKind = 'response';
    category = '';
    state: TargetOutcome['state'] = 'pending';
    due: number | null = null;
    stoppedAt: number | null = null;
    breachedAt: number | null = null;
    decidedAt: number | null = null;
    pausedMs = 0;
    remainingMs = 0;
}

class ResolutionRecord implements ResolutionOutcome {
    at = 0;
    firstContact: boolean | null = null;
    satisfaction: number | null = null;
    first = false;
}

class EscalationRecord implements EscalationOutcome {
    target: TargetKind = 'response';
    percent = 0;
    notify = '';
    contact: string | null = null;
    onCall: string | null = null;
    at = 0;
}

class OutcomeRecord implements TicketOutcome {
    /**
     * The id is made from the held record only when asked: most judged tickets are only counted, and the
     * string per ticket was a million short-lived strings (the slot is valid until onTicket returns).
     */
    private id: string | null = null;
    private live: LiveTickets | null = null;
    private slot = -1;
    get ticket(): string {
        if (this.id === null) this.id = this.live!.idOf(this.slot);
        return this.id;
    }
    holdTicket(live: LiveTickets, slot: number): void {
        this.id = null;
        this.live = live;
        this.slot = slot;
    }
    channel: string | null = null;
    opened = 0;
    at = 0;
    category = '';
    targets: readonly TargetOutcome[] = [];
    resolutions: readonly ResolutionOutcome[] = [];
    escalations: readonly EscalationOutcome[] = [];
    customerLate: readonly CustomerLateOutcome[] = [];
    open = false;
}

/**
 * Records reused in place, and for each count n the array of the first n of them (made once): a consumer gets
 * an array of exactly the entries written, without an array or a record per ticket.
 */
class Reused<T> {
    private readonly items: T[] = [];
    private readonly lists: T[][] = [[]];

    constructor(private readonly make: () => T) {}

    at(k: number): T {
        while (this.items.length <= k) this.items.push(this.make());
        return this.items[k]!;
    }

    list(n: number): readonly T[] {
        while (this.lists.length <= n) this.lists.push(this.items.slice(0, this.lists.length));
        return this.lists[n]!;
    }
}

const NO_PAUSES: Pauses = [];
const NO_LATE: readonly CustomerLateOutcome[] = [];

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
    private readonly out = new OutcomeRecord();
    private readonly targetRecords = new Reused(() => new TargetRecord());
    private readonly resolutionRecords = new Reused(() => new ResolutionRecord());
    private readonly escalationRecords = new Reused(() => new EscalationRecord());
    /** A target's fired steps before they are sorted: instant and index in byPercent. */
    private firedAt = new Float64Array(16);
    private firedStep = new Int32Array(16);

    /**
     * @param contract the contract as the ticket's channel sees it
     * @param categories the Replay's category names, by the index its events store
     * @param onCall who of a rotation is on call at an instant
     * @param reuses whether each outcome is written over the last one's records (the caller keeps none of it
     *     but its customerLate entries) rather than made afresh
     */
    constructor(
        readonly contract: Contract,
        categories: readonly string[],
        private readonly onCall: (rotation: string, ms: number) => string | null,
        private readonly reuses = false,
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
            const named = byPercent.map((f) => steps.find((s) => s.target === f.target && s.percent === f.percent && s.notify === f.notify));
            return { duration, calendar: durationCalendar(duration, this.calendars), steps, byPercent, fixedAllowance, named };
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
    outcome(live: LiveTickets, slot: number, now: number, channel: string | null): TicketOutcome | null | undefined {
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
        // Pause lists are made only when there is a pause (most tickets have none that counts).
        let waitPauses = NO_PAUSES;
        if (this.pausesClock) {
            for (let w = 0; w < waits; w++) {
                if (waitStart[w]! > now) continue;
                const end = waitEnd[w]!;
                if (waitPauses === NO_PAUSES) waitPauses = [];
                (waitPauses as Pause[]).push([waitStart[w]!, end <= now ? end : Infinity]);
            }
        }
        const responseStop = respondedAt <= now ? respondedAt : null;
        let resolutionStops = waitPauses;
        let lastResolution = -1;
        for (let r = 0; r < resolutionCount; r++) {
            if (resolvedAt[r]! > now) continue;
            lastResolution = r;
            const reopen = reopenedAt[r]!;
            if (reopen <= now) {
                if (resolutionStops === waitPauses) resolutionStops = waitPauses.slice();
                (resolutionStops as Pause[]).push([resolvedAt[r]!, reopen]);
            }
        }
        const reopenedByNow = lastResolution >= 0 && reopenedAt[lastResolution]! <= now;
        const resolutionStop = lastResolution >= 0 && !reopenedByNow ? resolvedAt[lastResolution]! : null;

        let targetCount = 0;
        let escalationCount = 0;
        for (let kindIndex = 0; kindIndex < 2; kindIndex++) {
            const kind = KINDS[kindIndex]!;
            const finalStop = kindIndex === 0 ? responseStop : resolutionStop;
            const span = spanAt(spans, finalStop ?? now);
            const rule = this.rules[spanCat[span]!]!;
            const target = kindIndex === 0 ? rule.response : rule.resolution;
            if (!target) continue;
            const since = spanSince[span]!;
            const pauses = normalizePauses(kindIndex === 0 ? waitPauses : resolutionStops);
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
            const t = this.targetRecords.at(targetCount++);
            t.kind = kind;
            t.category = rule.name;
            t.state = state;
            t.due = due;
            t.stoppedAt = finalStop;
            t.breachedAt = breachedAt;
            t.decidedAt = state === 'met' ? finalStop : state === 'breached' ? breachedAt : null;
            t.pausedMs = this.pausesClock ? pausedUntil(waits, Math.min(stop, now)) : 0;
            t.remainingMs = allowanceMs - elapsedMs;
            // percentOfDuration, with the allowance and the 100 % instant (the due) computed once above. A step's
            // instant grows with its percent: past the first step that is not reached by `now` or not before the
            // stop, none fires, and the rest are not asked of the calendar when asking could not throw either (up
            // to 100 % they are no further than the due; beyond it only when the due is at most a year after the
            // opening, far within the horizon past which the calendar refuses).
            const skipBeyond = due !== null && due - opened <= HORIZON_MS / 100;
            const byPercent = target.byPercent;
            if (byPercent.length > this.firedAt.length) {
                this.firedAt = new Float64Array(byPercent.length);
                this.firedStep = new Int32Array(byPercent.length);
            }
            const firedAt = this.firedAt;
            const firedStep = this.firedStep;
            let firedCount = 0;
            let over = false;
            for (let j = 0; j < byPercent.length; j++) {
                const percent = byPercent[j]!.percent;
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
                else if (!over) {
                    // By instant, then percent, stable (as Array.prototype.sort with that comparator): an insertion sort.
                    let k = firedCount++;
                    for (; k > 0; k--) {
                        const before = firedAt[k - 1]!;
                        if (before < stepAt || (before === stepAt && byPercent[firedStep[k - 1]!]!.percent <= percent)) break;
                        firedAt[k] = before;
                        firedStep[k] = firedStep[k - 1]!;
                    }
                    firedAt[k] = stepAt;
                    firedStep[k] = j;
                }
            }
            for (let k = 0; k < firedCount; k++) {
                const j = firedStep[k]!;
                const step = byPercent[j]!;
                const named = target.named[j];
                const e = this.escalationRecords.at(escalationCount++);
                e.target = step.target;
                e.percent = step.percent;
                e.notify = step.notify;
                e.contact = step.contact ?? null;
                e.onCall = named?.onCall ? this.onCall(named.onCall, firedAt[k]!) : null;
                e.at = firedAt[k]!;
            }
        }

        // Resolutions accepted up to `now`, with the ratings their rows gave.
        let resolutionCount2 = 0;
        for (let e = 0, r = 0; e < n && r <= lastResolution; e++) {
            if (type[e] !== RESOLVED) continue;
            const f = fc[e]!;
            const score = sat[e]!;
            const record = this.resolutionRecords.at(resolutionCount2++);
            record.at = at[e]!;
            record.firstContact = f < 0 ? null : f === 1;
            record.satisfaction = score === score ? score : null;
            record.first = r === 0;
            r++;
        }
        let customerLate = NO_LATE;
        if (this.reply) {
            for (let w = 0; w < waits; w++) {
                const start = waitStart[w]!;
                if (start > now) continue;
                const end = waitEnd[w]! <= now ? waitEnd[w]! : null;
                const dueAt = dueAfter(this.reply.within, start, this.calendars);
                if (!Number.isFinite(dueAt)) continue;
                if (!((end ?? now) > dueAt)) continue;
                if (customerLate === NO_LATE) customerLate = [];
                (customerLate as CustomerLateOutcome[]).push({ since: start, due: dueAt, endedAt: end, endedBy: end === null ? null : waitBy[w] === BY_REPLY ? 'reply' : 'resolved', pausedClock: this.pausesClock });
            }
        }
        const o = this.out;
        o.holdTicket(live, slot);
        o.channel = channel;
        o.opened = opened;
        o.at = now;
        o.category = this.rules[spanCat[spanAt(spans, now)]!]!.name;
        o.targets = this.targetRecords.list(targetCount);
        o.resolutions = this.resolutionRecords.list(resolutionCount2);
        o.escalations = this.escalationRecords.list(escalationCount);
        o.customerLate = customerLate;
        o.open = lastResolution < 0 || reopenedByNow;
        return this.reuses ? o : copyOf(o);
    }
}

/** An outcome of plain objects of its own, as the judge made before it reused records. */
function copyOf(o: TicketOutcome): TicketOutcome {
    return {
        ticket: o.ticket,
        channel: o.channel,
        opened: o.opened,
        at: o.at,
        category: o.category,
        targets: o.targets.map((t) => ({
            kind: t.kind,
            category: t.category,
            state: t.state,
            due: t.due,
            stoppedAt: t.stoppedAt,
            breachedAt: t.breachedAt,
            decidedAt: t.decidedAt,
            pausedMs: t.pausedMs,
            remainingMs: t.remainingMs,
        })),
        resolutions: o.resolutions.map((r) => ({ at: r.at, firstContact: r.firstContact, satisfaction: r.satisfaction, first: r.first })),
        escalations: o.escalations.map((e) => ({ target: e.target, percent: e.percent, notify: e.notify, contact: e.contact, onCall: e.onCall, at: e.at })),
        customerLate: o.customerLate.slice(),
        open: o.open,
    };
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
