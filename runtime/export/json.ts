/**
 * The contract as JSON for other tools: the lowered model with explicit units (see
 * schema/pacto-contract.schema.json, which describes every field). Dates are ISO 8601 ("2026-01-01"),
 * local times "HH:MM" ("24:00" ends a day), durations carry their clock, money its currency, and each
 * calendar lists the public and declared holidays that fall in the term, so a consumer needs no holiday
 * library. `contractFromJson` reads an export back into the model (holidaysInTerm is derived, not read).
 *
 * Fields are only ever added, never renamed or removed: other tools read these exports. The fields of
 * language v2 are always written (an empty list or null when the contract has none); an export of Pacto 0.1,
 * which lacks them, still reads back, as a contract that has none.
 */
import { feePercentAmount } from '../money.js';
import type {
    BreachProcedure,
    BreachStep,
    CalendarSpec,
    Contract,
    Distribution,
    Duration,
    HolidayType,
    LocalInterval,
    Measure,
    Meeting,
    PenaltyAmount,
    Penalties,
    Period,
    Report,
    TargetKind,
    Weekday,
} from '../model.js';
import { holidaysInTerm, type TermHoliday } from './holidays.js';

export const CONTRACT_SCHEMA_ID = 'https://pacto.dev/schema/pacto-contract.schema.json';

export type DurationJson =
    | { minutes: number; clock: 'wall'; text: string }
    | { minutes: number; clock: 'business'; calendar: string; text: string }
    | { days: number; clock: 'business'; calendar: string; text: string };

export interface MoneyJson {
    amount: number;
    currency: string;
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type DayName = (typeof DAY_NAMES)[number];

export interface IntervalJson {
    start: string;
    end: string;
}

export type DistributionJson =
    | { kind: 'exponential'; mean: DurationJson }
    | { kind: 'lognormal'; mean: DurationJson; sd: DurationJson }
    | { kind: 'fixed'; value: DurationJson }
    | { kind: 'uniform'; min: DurationJson; max: DurationJson };

export interface ThresholdJson {
    kind: 'percent' | 'score';
    value: number;
}

/**
 * A field language v2 added. The export always writes it (`Absent` is never); `ContractJson<undefined>`, what
 * `contractFromJson` reads, lets it be absent, as in exports of Pacto 0.1.
 */
type V2Field<T, Absent extends undefined> = T | Absent;

/** Measures as the model states them, but a downtime budget is a DurationJson like every other duration. */
export type MeasureJson<Absent extends undefined = never> =
    | { kind: 'onTime'; target: TargetKind; percent: number; period: Period; categories: string[]; channels: V2Field<string[], Absent> }
    | { kind: 'availability'; percent: number; period: Period; maintenance: string | null }
    | { kind: 'downtimeBudget'; budget: DurationJson; period: Period; maintenance: string | null }
    | { kind: 'firstContactResolution'; percent: number; period: Period }
    | { kind: 'satisfaction'; score: number; scale: number; period: Period }
    | { kind: 'satisfactionShare'; percent: number; mark: number; scale: number; period: Period };

export type BreachStepJson =
    | { kind: Exclude<BreachStep['kind'], 'text'>; within: DurationJson }
    | { kind: 'text'; text: string };

/**
 * What is owed: a credit carries its amount in the fee's currency (null without a fee), as tiers do, so both
 * kinds have `amount`.
 */
export type PenaltyAmountJson =
    | { kind: 'credit'; percent: number; amount: MoneyJson | null }
    | { kind: 'pay'; amount: MoneyJson };

export interface PenaltyCapJson {
    percent: number;
    period: Period;
    amount: MoneyJson | null;
}

/**
 * The exported document; its shape is an interface for other tools, keep it in step with the schema.
 * `ContractJson<undefined>` is the same document as an older version may have written it.
 */
export interface ContractJson<Absent extends undefined = never> {
    $schema: string;
    pactoVersion: string;
    name: string;
    title: string | null;
    provider: string | null;
    customer: string | null;
    term: { start: string; end: string } | null;
    fee: { amount: MoneyJson; period: 'monthly' | 'yearly' } | null;
    locale: string;
    services: { title: string; description: string[] }[];
    definitions: V2Field<{ term: string; text: string }[], Absent>;
    clauses: V2Field<{ title: string; texts: string[] }[], Absent>;
    calendars: {
        name: string;
        title: string | null;
        zone: string;
        weekly: ({ day: DayName } & IntervalJson)[];
        holidayRegions: { country: string; region: string | null; types: V2Field<HolidayType[], Absent> }[];
        holidays: { date: string; title: string | null }[];
        specialHours: { date: string; intervals: IntervalJson[] }[];
        holidaysInTerm: TermHoliday[] | null;
        notes: V2Field<string[], Absent>;
    }[];
    defaultCalendar: string | null;
    channels: { name: string; title: string | null; hours: string }[];
    categories: {
        name: string;
        title: string | null;
        description: string[];
        priority: number | null;
        response: DurationJson | null;
        resolution: DurationJson | null;
        channels: V2Field<{ channel: string; response: DurationJson | null; resolution: DurationJson | null }[], Absent>;
    }[];
    objectives: { name: string; title: string | null; measure: MeasureJson<Absent>; notes: V2Field<string[], Absent> }[];
    escalations: {
        categories: string[];
        steps: { percent: number; target: TargetKind; notify: string; contact: string | null; onCall: V2Field<string | null, Absent> }[];
        notes: V2Field<string[], Absent>;
    }[];
    onCall: V2Field<{
        name: string;
        title: string | null;
        rotation: 'daily' | 'weekly' | 'monthly';
        start: string;
        people: { name: string; contact: string | null }[];
        notes: string[];
    }[], Absent>;
    customerObligations: {
        contacts: { role: string; hours: string | null }[];
        reply: { within: DurationJson; pausesClock: boolean } | null;
        demandNotice: { abovePercent: number; notice: DurationJson } | null;
        other: string[];
    } | null;
    providerObligations: V2Field<string[], Absent>;
    breach: {
        notifyTeam: DurationJson | null;
        notifyCustomer: DurationJson | null;
        review: DurationJson | null;
        act: V2Field<DurationJson | null, Absent>;
        notifyResolution: V2Field<DurationJson | null, Absent>;
        steps: V2Field<BreachStepJson[], Absent>;
    } | null;
    penalties: {
        tiers: { objective: string; below: ThresholdJson; creditPercent: number; credit: MoneyJson | null }[];
        cap: PenaltyCapJson | null;
        caps: V2Field<PenaltyCapJson[], Absent>;
        fines: V2Field<{ objective: string; below: ThresholdJson; amount: MoneyJson }[], Absent>;
        perBreach: V2Field<{ category: string; target: TargetKind; penalty: PenaltyAmountJson }[], Absent>;
        downtime: V2Field<{ objective: string; per: 'minute' | 'hour'; penalty: PenaltyAmountJson }[], Absent>;
        notes: V2Field<string[], Absent>;
    } | null;
    termination: {
        conditions: { objective: string; below: ThresholdJson; consecutive: number; period: Period }[];
        notice: DurationJson | null;
        notes: V2Field<string[], Absent>;
    } | null;
    reporting: Report[];
    meetings: V2Field<Meeting[], Absent>;
    reportingNotes: V2Field<string[], Absent>;
    reviews: V2Field<{ every: number; unit: 'week' | 'month' | 'year'; text: string | null }[], Absent>;
    scenarios: {
        name: string;
        title: string | null;
        extends: string | null;
        /** `end` (exclusive) is null only in exports of models that did not state it. */
        period: { start: string; length: DurationJson; end: V2Field<string | null, Absent> } | null;
        arrivals: { category: string; rate: number; per: Period | 'hour'; business: V2Field<boolean, Absent>; channel: V2Field<string | null, Absent> }[];
        arrivalsFollow: string | null;
        teams: { name: string; title: string | null; agents: number; calendar: string; handles: string[] }[];
        handling: { category: string; distribution: DistributionJson }[];
        customerReplies: { category: string; percent: number; wait: DistributionJson }[];
    }[];
}

export interface JsonOptions {
    pactoVersion: string;
}

function hhmm(minutes: number): string {
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes - h * 60);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function minutesOf(text: string): number {
    const match = /^(\d{2}):(\d{2})$/.exec(text);
    if (!match) throw new RangeError(`Not a local time "HH:MM": ${text}`);
    return Number(match[1]) * 60 + Number(match[2]);
}

function interval(i: LocalInterval): IntervalJson {
    return { start: hhmm(i.start), end: hhmm(i.end) };
}

export function durationJson(d: Duration): DurationJson {
    switch (d.kind) {
        case 'wall':
            return { minutes: d.minutes, clock: 'wall', text: d.text };
        case 'business':
            return { minutes: d.minutes, clock: 'business', calendar: d.calendar, text: d.text };
        case 'businessDays':
            return { days: d.days, clock: 'business', calendar: d.calendar, text: d.text };
    }
}

function wallMinutesJson(minutes: number): DurationJson {
    return { minutes, clock: 'wall', text: `${minutes} minutes` };
}

function distributionJson(d: Distribution): DistributionJson {
    switch (d.kind) {
        case 'exponential':
            return { kind: 'exponential', mean: wallMinutesJson(d.meanMinutes) };
        case 'lognormal':
            return { kind: 'lognormal', mean: wallMinutesJson(d.meanMinutes), sd: wallMinutesJson(d.sdMinutes) };
        case 'fixed':
            return { kind: 'fixed', value: wallMinutesJson(d.minutes) };
        case 'uniform':
            return { kind: 'uniform', min: wallMinutesJson(d.minMinutes), max: wallMinutesJson(d.maxMinutes) };
    }
}

const nullable = <T, U>(value: T | null | undefined, map: (v: T) => U): U | null => (value === null || value === undefined ? null : map(value));

function calendarJson(contract: Contract, c: CalendarSpec): ContractJson['calendars'][number] {
    return {
        name: c.name,
        title: c.title ?? null,
        zone: c.zone,
        weekly: c.weekly.map((w) => ({ day: DAY_NAMES[w.day - 1]!, ...interval(w) })),
        holidayRegions: c.holidayRegions.map((r) => ({ country: r.country, region: r.region ?? null, types: [...(r.types ?? [])] })),
        holidays: c.holidays.map((h) => ({ date: h.date, title: h.title ?? null })),
        specialHours: c.specialHours.map((s) => ({ date: s.date, intervals: s.intervals.map(interval) })),
        holidaysInTerm: contract.term ? holidaysInTerm(c, contract.term) : null,
        notes: [...(c.notes ?? [])],
    };
}

function measureJson(m: Measure): MeasureJson {
    switch (m.kind) {
        case 'onTime':
            return { kind: m.kind, target: m.target, percent: m.percent, period: m.period, categories: [...m.categories], channels: [...(m.channels ?? [])] };
        case 'availability':
            return { kind: m.kind, percent: m.percent, period: m.period, maintenance: m.maintenance };
        case 'downtimeBudget':
            return { kind: m.kind, budget: durationJson(m.budget), period: m.period, maintenance: m.maintenance };
        case 'firstContactResolution':
            return { kind: m.kind, percent: m.percent, period: m.period };
        case 'satisfaction':
            return { kind: m.kind, score: m.score, scale: m.scale, period: m.period };
        case 'satisfactionShare':
            return { kind: m.kind, percent: m.percent, mark: m.mark, scale: m.scale, period: m.period };
    }
}

/**
 * A model of Pacto 0.1 has the three durations but no list of steps; they are its steps, in the order the
 * procedure runs, so that `steps` always lists the whole procedure.
 */
function breachSteps(b: BreachProcedure): BreachStep[] {
    if (b.steps) return b.steps;
    const steps: BreachStep[] = [];
    if (b.notifyTeam) steps.push({ kind: 'notifyTeam', within: b.notifyTeam });
    if (b.notifyCustomer) steps.push({ kind: 'notifyCustomer', within: b.notifyCustomer });
    if (b.review) steps.push({ kind: 'review', within: b.review });
    return steps;
}

function breachStepJson(step: BreachStep): BreachStepJson {
    return step.kind === 'text' ? { kind: 'text', text: step.text } : { kind: step.kind, within: durationJson(step.within) };
}

/** Every cap; a model of Pacto 0.1 had at most one, in `cap`. */
const capsOf = (p: Penalties) => p.caps ?? (p.cap ? [p.cap] : []);

/** The contract as a plain JSON value (see schema/pacto-contract.schema.json). */
export function contractJson(contract: Contract, options: JsonOptions): ContractJson {
    // A credit's amount in the fee's currency, by the one fee rule (runtime/money.ts): a yearly cap of the fee as written.
    const money = (percent: number, period: Period = 'month'): MoneyJson | null =>
        contract.fee ? { amount: feePercentAmount(contract.fee, percent, period === 'year' ? 'year' : 'month'), currency: contract.fee.currency } : null;
    const penaltyAmount = (a: PenaltyAmount): PenaltyAmountJson =>
        a.kind === 'credit' ? { kind: 'credit', percent: a.percent, amount: money(a.percent) } : { kind: 'pay', amount: { ...a.amount } };
    const capJson = (c: { percent: number; period: Period }): PenaltyCapJson => ({ percent: c.percent, period: c.period, amount: money(c.percent, c.period) });
    return {
        $schema: CONTRACT_SCHEMA_ID,
        pactoVersion: options.pactoVersion,
        name: contract.name,
        title: contract.title ?? null,
        provider: contract.provider,
        customer: contract.customer,
        term: contract.term ? { start: contract.term.start, end: contract.term.end } : null,
        fee: contract.fee ? { amount: { amount: contract.fee.amount, currency: contract.fee.currency }, period: contract.fee.period } : null,
        locale: contract.locale,
        services: contract.services.map((s) => ({ title: s.title, description: [...s.description] })),
        definitions: (contract.definitions ?? []).map((d) => ({ term: d.term, text: d.text })),
        clauses: (contract.clauses ?? []).map((c) => ({ title: c.title, texts: [...c.texts] })),
        calendars: contract.calendars.map((c) => calendarJson(contract, c)),
        defaultCalendar: contract.defaultCalendar,
        channels: contract.channels.map((c) => ({ name: c.name, title: c.title ?? null, hours: c.hours })),
        categories: contract.categories.map((c) => ({
            name: c.name,
            title: c.title ?? null,
            description: [...c.description],
            priority: c.priority,
            response: nullable(c.response, durationJson),
            resolution: nullable(c.resolution, durationJson),
            channels: (c.channels ?? []).map((t) => ({
                channel: t.channel,
                response: nullable(t.response, durationJson),
                resolution: nullable(t.resolution, durationJson),
            })),
        })),
        objectives: contract.objectives.map((o) => ({ name: o.name, title: o.title ?? null, measure: measureJson(o.measure), notes: [...(o.notes ?? [])] })),
        escalations: contract.escalations.map((e) => ({
            categories: [...e.categories],
            steps: e.steps.map((s) => ({ percent: s.percent, target: s.target, notify: s.notify, contact: s.contact ?? null, onCall: s.onCall ?? null })),
            notes: [...(e.notes ?? [])],
        })),
        onCall: (contract.onCall ?? []).map((r) => ({
            name: r.name,
            title: r.title ?? null,
            rotation: r.rotation,
            start: r.start,
            people: r.people.map((p) => ({ name: p.name, contact: p.contact ?? null })),
            notes: [...r.notes],
        })),
        customerObligations: nullable(contract.customerObligations, (o) => ({
            contacts: o.contacts.map((c) => ({ role: c.role, hours: c.hours })),
            reply: nullable(o.reply, (r) => ({ within: durationJson(r.within), pausesClock: r.pausesClock })),
            demandNotice: nullable(o.demandNotice, (d) => ({ abovePercent: d.abovePercent, notice: durationJson(d.notice) })),
            other: [...o.other],
        })),
        providerObligations: [...(contract.providerObligations ?? [])],
        breach: nullable(contract.breach, (b) => ({
            notifyTeam: nullable(b.notifyTeam, durationJson),
            notifyCustomer: nullable(b.notifyCustomer, durationJson),
            review: nullable(b.review, durationJson),
            act: nullable(b.act, durationJson),
            notifyResolution: nullable(b.notifyResolution, durationJson),
            steps: breachSteps(b).map(breachStepJson),
        })),
        penalties: nullable(contract.penalties, (p) => ({
            tiers: p.tiers.map((t) => ({ objective: t.objective, below: { ...t.below }, creditPercent: t.creditPercent, credit: money(t.creditPercent) })),
            cap: nullable(p.cap, capJson),
            caps: capsOf(p).map(capJson),
            fines: (p.fines ?? []).map((f) => ({ objective: f.objective, below: { ...f.below }, amount: { ...f.amount } })),
            perBreach: (p.perBreach ?? []).map((b) => ({ category: b.category, target: b.target, penalty: penaltyAmount(b.penalty) })),
            downtime: (p.downtime ?? []).map((d) => ({ objective: d.objective, per: d.per, penalty: penaltyAmount(d.penalty) })),
            notes: [...(p.notes ?? [])],
        })),
        termination: nullable(contract.termination, (t) => ({
            conditions: t.conditions.map((c) => ({ objective: c.objective, below: { ...c.below }, consecutive: c.consecutive, period: c.period })),
            notice: nullable(t.notice, durationJson),
            notes: [...(t.notes ?? [])],
        })),
        reporting: contract.reporting.map((r) => ({ frequency: r.frequency, audience: r.audience, objectives: [...r.objectives] })),
        meetings: (contract.meetings ?? []).map((m) => ({ frequency: m.frequency, audience: m.audience })),
        reportingNotes: [...(contract.reportingNotes ?? [])],
        reviews: (contract.reviews ?? []).map((r) => ({ every: r.every, unit: r.unit, text: r.text })),
        scenarios: contract.scenarios.map((s) => ({
            name: s.name,
            title: s.title ?? null,
            extends: s.extends,
            period: nullable(s.period, (p) => ({ start: p.start, length: durationJson(p.length), end: p.end ?? null })),
            arrivals: s.arrivals.map((a) => ({ category: a.category, rate: a.rate, per: a.per, business: a.business ?? false, channel: a.channel ?? null })),
            arrivalsFollow: s.arrivalsFollow,
            teams: s.teams.map((t) => ({ name: t.name, title: t.title ?? null, agents: t.agents, calendar: t.calendar, handles: [...t.handles] })),
            handling: s.handling.map((h) => ({ category: h.category, distribution: distributionJson(h.distribution) })),
            customerReplies: s.customerReplies.map((c) => ({ category: c.category, percent: c.percent, wait: distributionJson(c.wait) })),
        })),
    };
}

/** The export as text: two-space indented, with a final newline. */
export function contractJsonText(contract: Contract, options: JsonOptions): string {
    return `${JSON.stringify(contractJson(contract, options), null, 2)}\n`;
}

// ---- Reading an export back ----

export function durationFromJson(d: DurationJson): Duration {
    if ('days' in d) return { kind: 'businessDays', days: d.days, calendar: d.calendar, text: d.text };
    if (d.clock === 'business') return { kind: 'business', minutes: d.minutes, calendar: d.calendar, text: d.text };
    return { kind: 'wall', minutes: d.minutes, text: d.text };
}

function minutesFromJson(d: DurationJson): number {
    if ('days' in d) throw new RangeError('A distribution cannot be counted in business days');
    return d.minutes;
}

function distributionFromJson(d: DistributionJson): Distribution {
    switch (d.kind) {
        case 'exponential':
            return { kind: 'exponential', meanMinutes: minutesFromJson(d.mean) };
        case 'lognormal':
            return { kind: 'lognormal', meanMinutes: minutesFromJson(d.mean), sdMinutes: minutesFromJson(d.sd) };
        case 'fixed':
            return { kind: 'fixed', minutes: minutesFromJson(d.value) };
        case 'uniform':
            return { kind: 'uniform', minMinutes: minutesFromJson(d.min), maxMinutes: minutesFromJson(d.max) };
    }
}

const title = (t: string | null): { title?: string } => (t === null ? {} : { title: t });
const localInterval = (i: IntervalJson): LocalInterval => ({ start: minutesOf(i.start), end: minutesOf(i.end) });

function measureFromJson(m: MeasureJson<undefined>): Measure {
    switch (m.kind) {
        case 'onTime':
            return { kind: m.kind, target: m.target, percent: m.percent, period: m.period, categories: [...m.categories], channels: [...(m.channels ?? [])] };
        case 'availability':
            return { kind: m.kind, percent: m.percent, period: m.period, maintenance: m.maintenance };
        case 'downtimeBudget':
            return { kind: m.kind, budget: durationFromJson(m.budget), period: m.period, maintenance: m.maintenance };
        case 'firstContactResolution':
            return { kind: m.kind, percent: m.percent, period: m.period };
        case 'satisfaction':
            return { kind: m.kind, score: m.score, scale: m.scale, period: m.period };
        case 'satisfactionShare':
            return { kind: m.kind, percent: m.percent, mark: m.mark, scale: m.scale, period: m.period };
    }
}

function breachStepFromJson(step: BreachStepJson): BreachStep {
    return step.kind === 'text' ? { kind: 'text', text: step.text } : { kind: step.kind, within: durationFromJson(step.within) };
}

function penaltyAmountFromJson(a: PenaltyAmountJson): PenaltyAmount {
    // A credit's amount is derived from the fee, like a tier's: the percentage is what the contract says.
    return a.kind === 'credit' ? { kind: 'credit', percent: a.percent } : { kind: 'pay', amount: { ...a.amount } };
}

/**
 * The contract model of an export (validated against the schema beforehand by the caller). An export of
 * Pacto 0.1 has none of the v2 fields: each reads as none, so the model is the one the lowering would give.
 */
export function contractFromJson(json: ContractJson<undefined>): Contract {
    const cap = (c: PenaltyCapJson) => ({ percent: c.percent, period: c.period });
    return {
        name: json.name,
        ...title(json.title),
        provider: json.provider,
        customer: json.customer,
        term: json.term && { ...json.term },
        fee: json.fee && { amount: json.fee.amount.amount, currency: json.fee.amount.currency, period: json.fee.period },
        locale: json.locale,
        services: json.services.map((s) => ({ title: s.title, description: [...s.description] })),
        calendars: json.calendars.map((c) => ({
            name: c.name,
            ...title(c.title),
            zone: c.zone,
            weekly: c.weekly.map((w) => ({ day: (DAY_NAMES.indexOf(w.day) + 1) as Weekday, ...localInterval(w) })),
            holidayRegions: c.holidayRegions.map((r) => ({
                country: r.country,
                ...(r.region === null ? {} : { region: r.region }),
                // The lowering leaves `types` out when only public holidays close the calendar.
                ...(r.types && r.types.length > 0 ? { types: [...r.types] } : {}),
            })),
            holidays: c.holidays.map((h) => ({ date: h.date, ...title(h.title) })),
            specialHours: c.specialHours.map((s) => ({ date: s.date, intervals: s.intervals.map(localInterval) })),
            notes: [...(c.notes ?? [])],
        })),
        defaultCalendar: json.defaultCalendar,
        channels: json.channels.map((c) => ({ name: c.name, ...title(c.title), hours: c.hours })),
        categories: json.categories.map((c) => ({
            name: c.name,
            ...title(c.title),
            description: [...c.description],
            priority: c.priority,
            response: nullable(c.response, durationFromJson),
            resolution: nullable(c.resolution, durationFromJson),
            channels: (c.channels ?? []).map((t) => ({
                channel: t.channel,
                response: nullable(t.response, durationFromJson),
                resolution: nullable(t.resolution, durationFromJson),
            })),
        })),
        objectives: json.objectives.map((o) => ({ name: o.name, ...title(o.title), measure: measureFromJson(o.measure), notes: [...(o.notes ?? [])] })),
        escalations: json.escalations.map((e) => ({
            categories: [...e.categories],
            steps: e.steps.map((s) => ({
                percent: s.percent,
                target: s.target,
                notify: s.notify,
                ...(s.contact === null ? {} : { contact: s.contact }),
                ...(s.onCall === null || s.onCall === undefined ? {} : { onCall: s.onCall }),
            })),
            notes: [...(e.notes ?? [])],
        })),
        customerObligations: nullable(json.customerObligations, (o) => ({
            contacts: o.contacts.map((c) => ({ ...c })),
            reply: nullable(o.reply, (r) => ({ within: durationFromJson(r.within), pausesClock: r.pausesClock })),
            demandNotice: nullable(o.demandNotice, (d) => ({ abovePercent: d.abovePercent, notice: durationFromJson(d.notice) })),
            other: [...o.other],
        })),
        breach: nullable(json.breach, (b) => {
            const procedure: BreachProcedure = {
                notifyTeam: nullable(b.notifyTeam, durationFromJson),
                notifyCustomer: nullable(b.notifyCustomer, durationFromJson),
                review: nullable(b.review, durationFromJson),
                act: nullable(b.act, durationFromJson),
                notifyResolution: nullable(b.notifyResolution, durationFromJson),
            };
            return { ...procedure, steps: b.steps ? b.steps.map(breachStepFromJson) : breachSteps(procedure) };
        }),
        penalties: nullable(json.penalties, (p) => ({
            tiers: p.tiers.map((t) => ({ objective: t.objective, below: { ...t.below }, creditPercent: t.creditPercent })),
            cap: nullable(p.cap, cap),
            caps: p.caps ? p.caps.map(cap) : p.cap ? [cap(p.cap)] : [],
            fines: (p.fines ?? []).map((f) => ({ objective: f.objective, below: { ...f.below }, amount: { ...f.amount } })),
            perBreach: (p.perBreach ?? []).map((b) => ({ category: b.category, target: b.target, penalty: penaltyAmountFromJson(b.penalty) })),
            downtime: (p.downtime ?? []).map((d) => ({ objective: d.objective, per: d.per, penalty: penaltyAmountFromJson(d.penalty) })),
            notes: [...(p.notes ?? [])],
        })),
        termination: nullable(json.termination, (t) => ({
            conditions: t.conditions.map((c) => ({ ...c, below: { ...c.below } })),
            notice: nullable(t.notice, durationFromJson),
            notes: [...(t.notes ?? [])],
        })),
        reporting: json.reporting.map((r) => ({ ...r, objectives: [...r.objectives] })),
        scenarios: json.scenarios.map((s) => ({
            name: s.name,
            ...title(s.title),
            extends: s.extends,
            period: nullable(s.period, (p) => ({
                start: p.start,
                length: durationFromJson(p.length),
                ...(p.end === null || p.end === undefined ? {} : { end: p.end }),
            })),
            arrivals: s.arrivals.map((a) => ({ category: a.category, rate: a.rate, per: a.per, business: a.business ?? false, channel: a.channel ?? null })),
            arrivalsFollow: s.arrivalsFollow,
            teams: s.teams.map((t) => ({ name: t.name, ...title(t.title), agents: t.agents, calendar: t.calendar, handles: [...t.handles] })),
            handling: s.handling.map((h) => ({ category: h.category, distribution: distributionFromJson(h.distribution) })),
            customerReplies: s.customerReplies.map((c) => ({ category: c.category, percent: c.percent, wait: distributionFromJson(c.wait) })),
        })),
        providerObligations: [...(json.providerObligations ?? [])],
        onCall: (json.onCall ?? []).map((r) => ({
            name: r.name,
            ...title(r.title),
            rotation: r.rotation,
            start: r.start,
            people: r.people.map((p) => ({ name: p.name, ...(p.contact === null ? {} : { contact: p.contact }) })),
            notes: [...r.notes],
        })),
        meetings: (json.meetings ?? []).map((m) => ({ frequency: m.frequency, audience: m.audience })),
        reportingNotes: [...(json.reportingNotes ?? [])],
        reviews: (json.reviews ?? []).map((r) => ({ every: r.every, unit: r.unit, text: r.text })),
        clauses: (json.clauses ?? []).map((c) => ({ title: c.title, texts: [...c.texts] })),
        definitions: (json.definitions ?? []).map((d) => ({ term: d.term, text: d.text })),
    };
}
