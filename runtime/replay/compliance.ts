import { capped as penaltyCaps, capsOf, feeScale, objectiveOwed, penaltyAmount, periodLimit, yearLimit } from '../penalties.js';
import { calendarOf } from '../clock/contract-calendars.js';
import type { Contract, Measure, Objective, PenaltyAmount, TargetKind, Threshold } from '../model.js';
import { formatInstant } from '../time/format.js';
import { IsoWriter } from './iso-writer.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units.js';
import { mergeOutages, type OutageLog } from './outages.js';
import type { PeriodUnit, ReportPeriod } from './periods.js';
import type { RowProblem } from './problems.js';
import type { CustomerLateOutcome, EscalationOutcome, TargetOutcome, TicketOutcome } from './replay.js';

/** What `pacto report --format json` prints (schema/compliance-report.schema.json): fields may be added, never renamed. */
export interface ComplianceReport {
    contract: string;
    /** The zone periods are cut in and instants are written in. */
    zone: string;
    /** Tickets are judged as of this instant: the end of the range, or the history's last event if earlier. */
    asOf: string | null;
    /** The zone times without an offset were read in (--zone), when the history had any. */
    localTimesZone: string | null;
    periods: PeriodReport[];
    /** Tickets still open at `asOf`, most urgent first: the breach procedure's alert list. */
    open: OpenTicket[];
    skippedRows: SkippedRow[];
}

export interface SkippedRow {
    row: number;
    /** In English, whatever the report's language. */
    message: string;
    file: string;
    column: number;
    /** The catalogue message `message` says, so the report says it in its locale (formatProblemIn). */
    key?: RowProblem['key'];
    args?: RowProblem['args'];
    reason?: RowProblem['reason'];
}

export interface ObjectiveCompliance {
    name: string;
    title: string | null;
    kind: Measure['kind'];
    /** share: 0..1; minutes: downtime; score: a rating on the objective's scale. */
    unit: 'share' | 'minutes' | 'score';
    target: number;
    /** null: no data (no ticket decided in the period, no outage log, no such column). */
    achieved: number | null;
    met: boolean | null;
    /** Tickets (or ratings) counted; 0 for availability. */
    tickets: number;
    /** The objective's own period (`per month`): penalties apply only in periods of that length. */
    period: string;
    /** Availability objectives: downtime counted, in minutes, and the part marked planned. */
    downtimeMinutes?: number;
    plannedMinutes?: number;
}

export interface BreachEntry {
    ticket: string;
    category: string;
    channel: string | null;
    target: TargetKind;
    due: string;
    /** When the target was fulfilled late; null while it is still open. */
    at: string | null;
    /** Real time from the due instant to the fulfilment (or to asOf). */
    lateByMinutes: number;
    /** Time the clock stood still awaiting the customer. */
    pausedMinutes: number;
}

export interface EscalationEntry {
    ticket: string;
    category: string;
    target: TargetKind;
    percent: number;
    at: string;
    notify: string;
    contact: string | null;
    /** Who the on-call rotation had on call at that instant, for steps that notify one. */
    onCall: string | null;
}

export interface CustomerLateEntry {
    ticket: string;
    since: string;
    due: string;
    /** The reply, or the resolution that ended the wait; null while still waiting. */
    endedAt: string | null;
    endedBy: 'reply' | 'resolved' | null;
    lateByMinutes: number;
    /** Whether the wait paused the provider's clocks (`reply within … pauses clock`), crediting the provider. */
    pauseCredited: boolean;
}

export interface PenaltyItem {
    kind: 'tier' | 'fine' | 'perBreach' | 'downtime';
    /** The objective, or `CATEGORY response|resolution` for per-breach penalties. */
    of: string;
    amount: number;
    percentOfFee: number;
    count?: number;
}

export interface PenaltiesResult {
    amount: number;
    currency: string | null;
    percentOfFee: number;
    /** Before the caps. */
    subtotal: number;
    items: PenaltyItem[];
    /** Which caps lowered the amount. */
    capped: (PeriodUnit | 'year')[];
}

export interface TerminationStatus {
    objective: string;
    /** Periods in a row below the threshold, up to and including this one. */
    consecutiveBelow: number;
    required: number;
    reached: boolean;
}

export interface PeriodReport {
    start: string;
    end: string;
    unit: PeriodUnit;
    partial: boolean;
    objectives: ObjectiveCompliance[];
    breaches: BreachEntry[];
    penalties: PenaltiesResult;
    escalations: EscalationEntry[];
    customerLate: CustomerLateEntry[];
    termination: TerminationStatus[];
}

export interface OpenTicket {
    ticket: string;
    category: string;
    channel: string | null;
    opened: string;
    /** The first target still pending, with its due instant (null while paused) and open time left. */
    next: { target: TargetKind; due: string | null; remainingMinutes: number } | null;
    /** Targets already past due. */
    overdue: { target: TargetKind; due: string; lateByMinutes: number }[];
}

interface Counter {
    num: number;
    den: number;
}

/**
 * Breaches, escalations and late replies are kept until the report is made as small records with instants as
 * numbers (no closures, which would hold the whole ticket outcome); their ISO strings are written only for the
 * periods reported.
 */
/** A breach as kept: what BreachEntry says, with instants as epoch ms. */
class BreachRecord {
    constructor(
        readonly ticket: string,
        readonly category: string,
        readonly channel: string | null,
        readonly target: TargetKind,
        readonly dueMs: number,
        readonly stoppedMs: number | null,
        readonly lateMs: number,
        readonly pausedMs: number,
    ) {}
}

/** How many decimals a currency's amounts have (2 for USD, 0 for JPY). */
function currencyDigits(currency: string | null): number {
    if (!currency) return 2;
    try {
        return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
        return 2;
    }
}

function roundTo(value: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round((value + Number.EPSILON) * f) / f;
}

const minutes = (ms: number) => ms / MINUTE_MS;

/** The index of the first entry at or after `ms` in a list in time order (its length when none). */
function firstAtOrAfter(list: readonly { at: number }[], ms: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]!.at < ms) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

function below(value: number, threshold: Threshold, unit: ObjectiveCompliance['unit']): boolean {
    return threshold.kind === 'percent' ? (unit === 'share' ? value * 100 < threshold.value : false) : value < threshold.value;
}

/**
 * The compliance figures of a history: each ticket's outcome (from Replay) is counted in the local day
 * that holds the instant it was decided, so any period made of whole days sums its days; the report then
 * reads each period's objectives, breaches, penalties and termination status.
 */
export class Compliance {
    private readonly days = new Map<string, Map<string, Counter>>();
    private readonly breaches: { at: number; record: BreachRecord }[] = [];
    private readonly escalations: { at: number; ticket: string; category: string; e: Omit<EscalationOutcome, 'at'> }[] = [];
    private readonly customerLate: { at: number; ticket: string; lateMs: number; c: CustomerLateOutcome }[] = [];
    /** Local day keys by local day number: a day's key is formatted once, not once per ticket and objective. */
    private readonly dayKeys = new Map<number, string>();
    private readonly timeline: ZoneTimeline;
    private readonly isoWriter: IsoWriter;
    private readonly openTickets: { urgency: number; entry: OpenTicket }[] = [];
    private readonly columns = { firstContact: false, satisfaction: false };

    constructor(
        readonly contract: Contract,
        readonly zone: string,
    ) {
        this.timeline = ZoneTimeline.of(zone);
        this.isoWriter = new IsoWriter(zone);
    }

    private day(ms: number): string {
        // formatInstant writes the date of ms + offset read as UTC, so that sum's day number names the date.
        const n = Math.floor((ms + this.timeline.offsetAt(ms)) / DAY_MS);
        let key = this.dayKeys.get(n);
        if (key === undefined) this.dayKeys.set(n, (key = formatInstant(ms, this.zone).slice(0, 10)));
        return key;
    }

    /** The last day counted in and its counters: tickets are decided in time order, a few thousand a day. */
    private lastDayKey = '';
    private lastDay: Map<string, Counter> | null = null;

    private count(objective: string, ms: number, num: number, den: number): void {
        const key = this.day(ms);
        let day = key === this.lastDayKey ? this.lastDay : this.days.get(key);
        if (!day) this.days.set(key, (day = new Map()));
        this.lastDayKey = key;
        this.lastDay = day;
        const c = day.get(objective);
        if (c) {
            c.num += num;
            c.den += den;
        } else day.set(objective, { num, den });
    }

    /**
     * One object per distinct step and person notified, the instant left out (each entry keeps its own): a long
     * history holds 100,000+ escalations of a handful of steps, each with the same on-call person's name built anew.
     */
    private readonly escalationKinds = new Map<string, Omit<EscalationOutcome, 'at'>>();

    /** The kinds met so far, for a look-up by their fields before the key string is built (a handful in a contract). */
    private readonly recentKinds: Omit<EscalationOutcome, 'at'>[] = [];

    private shared(e: EscalationOutcome): Omit<EscalationOutcome, 'at'> {
        // Equal fields make equal keys, so a kind found here is the one the key would find.
        const recent = this.recentKinds;
        for (let k = 0; k < recent.length; k++) {
            const r = recent[k]!;
            if (r.percent === e.percent && r.notify === e.notify && r.target === e.target && r.contact === e.contact && r.onCall === e.onCall) return r;
        }
        const kind = this.sharedByKey(e);
        if (recent.length < 32) recent.push(kind);
        return kind;
    }

    private sharedByKey(e: EscalationOutcome): Omit<EscalationOutcome, 'at'> {
        const key = `${e.target}\u0000${e.percent}\u0000${e.notify}\u0000${e.contact ?? '\u0001'}\u0000${e.onCall ?? '\u0001'}`;
        let kind = this.escalationKinds.get(key);
        if (!kind) this.escalationKinds.set(key, (kind = { target: e.target, percent: e.percent, notify: e.notify, contact: e.contact, onCall: e.onCall }));
        return kind;
    }

    private iso(ms: number): string {
        return this.isoWriter.format(ms);
    }

    add(o: TicketOutcome): void {
        const targets = o.targets;
        for (const objective of this.contract.objectives) {
            const m = objective.measure;
            if (m.kind === 'onTime') {
                let t: TargetOutcome | undefined;
                for (let k = 0; k < targets.length; k++) {
                    if (targets[k]!.kind === m.target) {
                        t = targets[k];
                        break;
                    }
                }
                if (!t || t.decidedAt === null) continue;
                if (m.categories.length > 0 && !m.categories.includes(t.category)) continue;
                if ((m.channels?.length ?? 0) > 0 && (o.channel === null || !m.channels!.includes(o.channel))) continue;
                this.count(objective.name, t.decidedAt, t.state === 'met' ? 1 : 0, 1);
            } else if (m.kind === 'firstContactResolution') {
                const first = o.resolutions.find((r) => r.first);
                if (first && first.firstContact !== null) this.count(objective.name, first.at, first.firstContact ? 1 : 0, 1);
            } else if (m.kind === 'satisfaction' || m.kind === 'satisfactionShare') {
                for (const r of o.resolutions) {
                    if (r.satisfaction === null) continue;
                    const value = m.kind === 'satisfaction' ? r.satisfaction : r.satisfaction >= m.mark ? 1 : 0;
                    this.count(objective.name, r.at, value, 1);
                }
            }
        }
        const resolutions = o.resolutions;
        for (let k = 0; k < resolutions.length; k++) {
            const r = resolutions[k]!;
            if (r.first && r.firstContact !== null) this.columns.firstContact = true;
            if (r.satisfaction !== null) this.columns.satisfaction = true;
        }
        for (let k = 0; k < targets.length; k++) {
            const t = targets[k]!;
            if (t.state !== 'breached' || t.breachedAt === null || t.due === null) continue;
            this.breaches.push({ at: t.breachedAt, record: new BreachRecord(o.ticket, t.category, o.channel, t.kind, t.due, t.stoppedAt, (t.stoppedAt ?? o.at) - t.due, t.pausedMs) });
        }
        const escalations = o.escalations;
        for (let x = 0; x < escalations.length; x++) {
            const e = escalations[x]!;
            let category = o.category;
            for (let k = 0; k < targets.length; k++) {
                if (targets[k]!.kind === e.target) {
                    category = targets[k]!.category;
                    break;
                }
            }
            this.escalations.push({ at: e.at, ticket: o.ticket, category, e: this.shared(e) });
        }
        const late = o.customerLate;
        for (let k = 0; k < late.length; k++) {
            const c = late[k]!;
            this.customerLate.push({ at: c.due, ticket: o.ticket, lateMs: (c.endedAt ?? o.at) - c.due, c });
        }
        if (o.open) {
            const pending = o.targets.filter((t) => t.state === 'pending').sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity));
            const overdue = o.targets.filter((t) => t.state === 'breached' && t.stoppedAt === null && t.due !== null);
            const next = pending[0];
            this.openTickets.push({
                urgency: overdue.length > 0 ? -Infinity : (next?.due ?? Infinity),
                entry: {
                    ticket: o.ticket,
                    category: o.category,
                    channel: o.channel,
                    opened: this.iso(o.opened),
                    next: next ? { target: next.kind, due: next.due === null ? null : this.iso(next.due), remainingMinutes: minutes(next.remainingMs) } : null,
                    overdue: overdue.map((t) => ({ target: t.kind, due: this.iso(t.due!), lateByMinutes: minutes(o.at - t.due!) })),
                },
            });
        }
    }

    /** The report over `periods` (in order), with the outage log when one was given. */
    report(options: { periods: readonly ReportPeriod[]; outages: OutageLog | null; asOf: number | null; localTimesZone: string | null; problems: readonly RowProblem[] }): ComplianceReport {
        const contract = this.contract;
        const merged = options.outages ? mergeOutages(options.outages.outages) : null;
        const yearOwed = new Map<string, number>();
        const runs = new Map<string, number>();
        // Each list in time order once (stable: equal instants keep the order they were added in), then each
        // period's entries a range of it, as filtering the whole list per period and sorting what was left gave.
        const byTime = <T extends { at: number }>(list: T[]) => list.slice().sort((a, b) => a.at - b.at);
        const breachList = byTime(this.breaches);
        const escalationList = byTime(this.escalations);
        const lateList = byTime(this.customerLate);
        const periods = options.periods.map((period) => {
            const counters = new Map<string, Counter>();
            for (const [day, byObjective] of this.days) {
                if (day < period.start || day >= period.end) continue;
                for (const [name, c] of byObjective) {
                    const sum = counters.get(name);
                    if (sum) {
                        sum.num += c.num;
                        sum.den += c.den;
                    } else counters.set(name, { ...c });
                }
            }
            const downtime = new Map<string, { downtimeMs: number; plannedMs: number }>();
            const objectives = contract.objectives.map((o) => this.objective(o, period, counters, merged, options.outages, downtime));
            const inPeriod = <T extends { at: number }>(list: T[]) => list.slice(firstAtOrAfter(list, period.startMs), firstAtOrAfter(list, period.endMs));
            const breaches = inPeriod(breachList).map(({ record: b }): BreachEntry => ({
                ticket: b.ticket,
                category: b.category,
                channel: b.channel,
                target: b.target,
                due: this.iso(b.dueMs),
                at: b.stoppedMs === null ? null : this.iso(b.stoppedMs),
                lateByMinutes: minutes(b.lateMs),
                pausedMinutes: minutes(b.pausedMs),
            }));
            const penalties = this.penalties(period, objectives, breaches, downtime, yearOwed);
            const termination = (contract.termination?.conditions ?? []).map((condition) => {
                const result = objectives.find((r) => r.name === condition.objective);
                const applies = condition.period === period.unit;
                const isBelow = applies && result?.achieved !== null && result !== undefined && below(result.achieved!, condition.below, result.unit);
                const run = isBelow ? (runs.get(condition.objective) ?? 0) + 1 : applies && result?.achieved !== null ? 0 : (runs.get(condition.objective) ?? 0);
                runs.set(condition.objective, run);
                return { objective: condition.objective, consecutiveBelow: run, required: condition.consecutive, reached: run >= condition.consecutive };
            });
            return {
                start: this.iso(period.startMs),
                end: this.iso(period.endMs),
                unit: period.unit,
                partial: period.partial,
                objectives,
                breaches,
                penalties,
                escalations: inPeriod(escalationList).map(
                    ({ at, ticket, category, e }): EscalationEntry => ({ ticket, category, target: e.target, percent: e.percent, at: this.iso(at), notify: e.notify, contact: e.contact, onCall: e.onCall }),
                ),
                customerLate: inPeriod(lateList).map(
                    ({ ticket, lateMs, c }): CustomerLateEntry => ({
                        ticket,
                        since: this.iso(c.since),
                        due: this.iso(c.due),
                        endedAt: c.endedAt === null ? null : this.iso(c.endedAt),
                        endedBy: c.endedBy,
                        lateByMinutes: minutes(lateMs),
                        pauseCredited: c.pausedClock,
                    }),
                ),
                termination,
            } satisfies PeriodReport;
        });
        const open = [...this.openTickets].sort((a, b) => a.urgency - b.urgency || a.entry.ticket.localeCompare(b.entry.ticket)).map((o) => o.entry);
        return {
            contract: contract.name,
            zone: this.zone,
            asOf: options.asOf === null || !Number.isFinite(options.asOf) ? null : this.iso(options.asOf),
            localTimesZone: options.localTimesZone,
            periods,
            open,
            skippedRows: options.problems.map((p) => ({
                row: p.row, message: p.message, file: p.file, column: p.column,
                ...(p.key !== undefined ? { key: p.key } : {}), ...(p.args !== undefined ? { args: p.args } : {}), ...(p.reason !== undefined ? { reason: p.reason } : {}),
            })),
        };
    }

    private objective(
        o: Objective,
        period: ReportPeriod,
        counters: Map<string, Counter>,
        merged: [number, number][] | null,
        log: OutageLog | null,
        downtime: Map<string, { downtimeMs: number; plannedMs: number }>,
    ): ObjectiveCompliance {
        const m = o.measure;
        const head = { name: o.name, title: o.title ?? null, kind: m.kind, period: m.period };
        const c = counters.get(o.name);
        const share = (percent: number, hasColumn: boolean): ObjectiveCompliance => {
            const achieved = c && c.den > 0 && hasColumn ? c.num / c.den : null;
            // num / den ≥ p / 100, compared without the rounding of the division.
            const met = achieved === null ? null : c!.num * 100 >= percent * c!.den;
            return { ...head, unit: 'share', target: shareOf(percent), achieved, met, tickets: c?.den ?? 0 };
        };
        switch (m.kind) {
            case 'onTime':
                return share(m.percent, true);
            case 'firstContactResolution':
                return share(m.percent, this.columns.firstContact);
            case 'satisfactionShare':
                return share(m.percent, this.columns.satisfaction);
            case 'satisfaction': {
                const achieved = c && c.den > 0 ? c.num / c.den : null;
                return { ...head, unit: 'score', target: m.score, achieved, met: achieved === null ? null : achieved >= m.score, tickets: c?.den ?? 0 };
            }
            case 'availability':
            case 'downtimeBudget': {
                const d = merged && log ? this.downtime(period, merged, log, m.maintenance) : null;
                if (d) downtime.set(o.name, d);
                const lengthMs = period.endMs - period.startMs;
                const extra = d ? { downtimeMinutes: minutes(d.downtimeMs), plannedMinutes: minutes(d.plannedMs) } : {};
                if (m.kind === 'availability') {
                    const achieved = d ? 1 - d.downtimeMs / lengthMs : null;
                    // 1 − down/len ≥ p/100  ⇔  100·(len − down) ≥ p·len
                    const met = d ? 100 * (lengthMs - d.downtimeMs) >= m.percent * lengthMs : null;
                    return { ...head, unit: 'share', target: shareOf(m.percent), achieved, met, tickets: 0, ...extra };
                }
                const budget = m.budget.kind === 'wall' || m.budget.kind === 'business' ? m.budget.minutes : m.budget.days * 1440;
                const achieved = d ? minutes(d.downtimeMs) : null;
                return { ...head, unit: 'minutes', target: budget, achieved, met: achieved === null ? null : d!.downtimeMs <= budget * MINUTE_MS, tickets: 0, ...extra };
            }
        }
    }

    /** Downtime inside the period, less what fell inside the objective's excluded calendar. */
    private downtime(period: ReportPeriod, merged: [number, number][], log: OutageLog, maintenance: string | null): { downtimeMs: number; plannedMs: number } {
        const excluded = maintenance ? calendarOf(this.contract, maintenance) : null;
        let downtimeMs = 0;
        for (const [a, b] of merged) {
            const from = Math.max(a, period.startMs);
            const to = Math.min(b, period.endMs);
            if (to <= from) continue;
            downtimeMs += to - from - (excluded ? excluded.elapsedBusiness(from, to) : 0);
        }
        let plannedMs = 0;
        for (const o of log.outages) {
            if (!o.planned) continue;
            const from = Math.max(o.start, period.startMs);
            const to = Math.min(o.end, period.endMs);
            if (to > from) plannedMs += to - from - (excluded ? excluded.elapsedBusiness(from, to) : 0);
        }
        return { downtimeMs, plannedMs };
    }

    /**
     * The contract's rule (runtime/penalties.ts): for each objective the worst tier and the worst fine that
     * apply; per-breach and downtime penalties added; then the cap of the period (monthly, or quarterly for
     * quarters), then the yearly cap over the contract year's periods in this report.
     */
    private penalties(
        period: ReportPeriod,
        objectives: ObjectiveCompliance[],
        breaches: BreachEntry[],
        downtime: Map<string, { downtimeMs: number; plannedMs: number }>,
        yearOwed: Map<string, number>,
    ): PenaltiesResult {
        const p = this.contract.penalties;
        const fee = this.contract.fee;
        const currency = fee?.currency ?? null;
        const digits = currencyDigits(currency);
        // "P% of fee" is of a month's fee in periods of any length (runtime/penalties.ts); without a fee,
        // credits stay percentages and only fines are money.
        const monthFee = fee ? feeScale(fee) : null;
        const money = (amount: PenaltyAmount): { amount: number; percent: number } =>
            amount.kind === 'credit'
                ? { amount: fee ? penaltyAmount(amount, fee) : 0, percent: amount.percent }
                : { amount: amount.amount.amount, percent: monthFee ? (amount.amount.amount / monthFee) * 100 : 0 };
        const items: PenaltyItem[] = [];
        for (const result of objectives) {
            if (result.achieved === null || result.period !== period.unit) continue;
            const value = result.unit === 'minutes' ? this.availabilityOf(result, period) : result.achieved;
            const unit = result.unit === 'minutes' ? 'share' : result.unit;
            if (value === null) continue;
            const owed = objectiveOwed(p, result.name, (threshold) => below(value, threshold, unit));
            if (owed.creditPercent !== null) {
                const m = money({ kind: 'credit', percent: owed.creditPercent });
                items.push({ kind: 'tier', of: result.name, amount: m.amount, percentOfFee: m.percent });
            }
            if (owed.fine !== null) {
                const m = money({ kind: 'pay', amount: owed.fine });
                items.push({ kind: 'fine', of: result.name, amount: m.amount, percentOfFee: m.percent });
            }
        }
        for (const rule of p?.perBreach ?? []) {
            const count = breaches.filter((b) => b.category === rule.category && b.target === rule.target).length;
            if (count === 0) continue;
            const m = money(rule.penalty);
            items.push({ kind: 'perBreach', of: `${rule.category} ${rule.target}`, amount: m.amount * count, percentOfFee: m.percent * count, count });
        }
        for (const rule of p?.downtime ?? []) {
            const objective = this.contract.objectives.find((o) => o.name === rule.objective);
            const d = downtime.get(rule.objective);
            if (!objective || !d || objective.measure.period !== period.unit) continue;
            const m = objective.measure;
            const lengthMs = period.endMs - period.startMs;
            const budgetMs =
                m.kind === 'downtimeBudget'
                    ? (m.budget.kind === 'businessDays' ? m.budget.days * 1440 : m.budget.minutes) * MINUTE_MS
                    : m.kind === 'availability'
                      ? (lengthMs * (100 - m.percent)) / 100
                      : null;
            if (budgetMs === null || d.downtimeMs <= budgetMs) continue;
            // Each started hour (or minute) beyond the budget counts, as "per hour of downtime" reads.
            const units = Math.ceil((d.downtimeMs - budgetMs) / (rule.per === 'hour' ? HOUR_MS : MINUTE_MS) - 1e-9);
            const one = money(rule.penalty);
            items.push({ kind: 'downtime', of: rule.objective, amount: one.amount * units, percentOfFee: one.percent * units, count: units });
        }
        const subtotal = items.reduce((s, i) => s + i.amount, 0);
        const capped: PenaltiesResult['capped'] = [];
        const caps = capsOf(p);
        // With a fee everything is money and caps are shares of the fee; without one only credits (percentages) are capped.
        const year = this.contractYear(period.start);
        const owedThisYear = yearOwed.get(year) ?? 0;
        const limited = penaltyCaps(
            fee ? subtotal : items.reduce((s, i) => s + i.percentOfFee, 0),
            periodLimit(caps, fee, (cap) => cap.period === period.unit),
            yearLimit(caps, fee) - owedThisYear,
        );
        if (limited.byPeriod) capped.push(period.unit);
        if (limited.byYear) capped.push('year');
        let amount = limited.amount;
        if (caps.some((c) => c.period === 'year')) yearOwed.set(year, owedThisYear + amount);
        const percent = monthFee === null ? amount : (amount / monthFee) * 100;
        if (monthFee === null) amount = items.filter((i) => i.kind === 'fine' || (i.kind !== 'tier' && i.amount > 0)).reduce((s, i) => s + i.amount, 0);
        return {
            amount: roundTo(amount, digits),
            currency,
            percentOfFee: roundTo(percent, 6),
            subtotal: roundTo(subtotal, digits),
            items: items.map((i) => ({ ...i, amount: roundTo(i.amount, digits), percentOfFee: roundTo(i.percentOfFee, 6) })),
            capped,
        };
    }

    private availabilityOf(result: ObjectiveCompliance, period: ReportPeriod): number | null {
        if (result.downtimeMinutes === undefined) return null;
        return 1 - (result.downtimeMinutes * MINUTE_MS) / (period.endMs - period.startMs);
    }

    /** The contract year holding a date: years run from the term's first day (calendar years without a term). */
    private contractYear(date: string): string {
        const start = this.contract.term?.start;
        if (!start) return date.slice(0, 4);
        const anniversary = start.slice(4);
        const year = Number(date.slice(0, 4));
        return String(date.slice(4) >= anniversary ? year : year - 1);
    }
}

/** P% as a share, without the binary noise of the division (99.9% is 0.999, not 0.9990000000000001). */
function shareOf(percent: number): number {
    return Number((percent / 100).toPrecision(15));
}
