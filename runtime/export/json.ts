/**
 * The contract as JSON for other tools: the lowered model with explicit units (see
 * schema/pacto-contract.schema.json, which describes every field). Dates are ISO 8601 ("2026-01-01"),
 * local times "HH:MM" ("24:00" ends a day), durations carry their clock, money its currency, and each
 * calendar lists the public and declared holidays that fall in the term, so a consumer needs no holiday
 * library. `contractFromJson` reads an export back into the model (holidaysInTerm is derived, not read).
 */
import type {
    CalendarSpec,
    Contract,
    Distribution,
    Duration,
    LocalInterval,
    Period,
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

/** The exported document; its shape is an interface for other tools, keep it in step with the schema. */
export interface ContractJson {
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
    calendars: {
        name: string;
        title: string | null;
        zone: string;
        weekly: ({ day: DayName } & IntervalJson)[];
        holidayRegions: { country: string; region: string | null }[];
        holidays: { date: string; title: string | null }[];
        specialHours: { date: string; intervals: IntervalJson[] }[];
        holidaysInTerm: TermHoliday[] | null;
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
    }[];
    objectives: { name: string; title: string | null; measure: Contract['objectives'][number]['measure'] }[];
    escalations: {
        categories: string[];
        steps: { percent: number; target: 'response' | 'resolution'; notify: string; contact: string | null }[];
    }[];
    customerObligations: {
        contacts: { role: string; hours: string | null }[];
        reply: { within: DurationJson; pausesClock: boolean } | null;
        demandNotice: { abovePercent: number; notice: DurationJson } | null;
        other: string[];
    } | null;
    breach: { notifyTeam: DurationJson | null; notifyCustomer: DurationJson | null; review: DurationJson | null } | null;
    penalties: {
        tiers: { objective: string; below: { kind: 'percent' | 'score'; value: number }; creditPercent: number; credit: MoneyJson | null }[];
        cap: { percent: number; period: Period; amount: MoneyJson | null } | null;
    } | null;
    termination: {
        conditions: { objective: string; below: { kind: 'percent' | 'score'; value: number }; consecutive: number; period: Period }[];
        notice: DurationJson | null;
    } | null;
    reporting: Contract['reporting'];
    scenarios: {
        name: string;
        title: string | null;
        extends: string | null;
        period: { start: string; length: DurationJson } | null;
        arrivals: Contract['scenarios'][number]['arrivals'];
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
        holidayRegions: c.holidayRegions.map((r) => ({ country: r.country, region: r.region ?? null })),
        holidays: c.holidays.map((h) => ({ date: h.date, title: h.title ?? null })),
        specialHours: c.specialHours.map((s) => ({ date: s.date, intervals: s.intervals.map(interval) })),
        holidaysInTerm: contract.term ? holidaysInTerm(c, contract.term) : null,
    };
}

/** The contract as a plain JSON value (see schema/pacto-contract.schema.json). */
export function contractJson(contract: Contract, options: JsonOptions): ContractJson {
    const money = (percent: number): MoneyJson | null =>
        contract.fee ? { amount: Math.round(contract.fee.amount * percent) / 100, currency: contract.fee.currency } : null;
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
        })),
        objectives: contract.objectives.map((o) => ({ name: o.name, title: o.title ?? null, measure: structuredClone(o.measure) })),
        escalations: contract.escalations.map((e) => ({
            categories: [...e.categories],
            steps: e.steps.map((s) => ({ percent: s.percent, target: s.target, notify: s.notify, contact: s.contact ?? null })),
        })),
        customerObligations: nullable(contract.customerObligations, (o) => ({
            contacts: o.contacts.map((c) => ({ role: c.role, hours: c.hours })),
            reply: nullable(o.reply, (r) => ({ within: durationJson(r.within), pausesClock: r.pausesClock })),
            demandNotice: nullable(o.demandNotice, (d) => ({ abovePercent: d.abovePercent, notice: durationJson(d.notice) })),
            other: [...o.other],
        })),
        breach: nullable(contract.breach, (b) => ({
            notifyTeam: nullable(b.notifyTeam, durationJson),
            notifyCustomer: nullable(b.notifyCustomer, durationJson),
            review: nullable(b.review, durationJson),
        })),
        penalties: nullable(contract.penalties, (p) => ({
            tiers: p.tiers.map((t) => ({ objective: t.objective, below: { ...t.below }, creditPercent: t.creditPercent, credit: money(t.creditPercent) })),
            cap: nullable(p.cap, (c) => ({ percent: c.percent, period: c.period, amount: money(c.percent) })),
        })),
        termination: nullable(contract.termination, (t) => ({
            conditions: t.conditions.map((c) => ({ objective: c.objective, below: { ...c.below }, consecutive: c.consecutive, period: c.period })),
            notice: nullable(t.notice, durationJson),
        })),
        reporting: contract.reporting.map((r) => ({ frequency: r.frequency, audience: r.audience, objectives: [...r.objectives] })),
        scenarios: contract.scenarios.map((s) => ({
            name: s.name,
            title: s.title ?? null,
            extends: s.extends,
            period: nullable(s.period, (p) => ({ start: p.start, length: durationJson(p.length) })),
            arrivals: s.arrivals.map((a) => ({ ...a })),
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

/** The contract model of an export (validated against the schema beforehand by the caller). */
export function contractFromJson(json: ContractJson): Contract {
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
            holidayRegions: c.holidayRegions.map((r) => ({ country: r.country, ...(r.region === null ? {} : { region: r.region }) })),
            holidays: c.holidays.map((h) => ({ date: h.date, ...title(h.title) })),
            specialHours: c.specialHours.map((s) => ({ date: s.date, intervals: s.intervals.map(localInterval) })),
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
        })),
        objectives: json.objectives.map((o) => ({ name: o.name, ...title(o.title), measure: structuredClone(o.measure) })),
        escalations: json.escalations.map((e) => ({
            categories: [...e.categories],
            steps: e.steps.map((s) => ({ percent: s.percent, target: s.target, notify: s.notify, ...(s.contact === null ? {} : { contact: s.contact }) })),
        })),
        customerObligations: nullable(json.customerObligations, (o) => ({
            contacts: o.contacts.map((c) => ({ ...c })),
            reply: nullable(o.reply, (r) => ({ within: durationFromJson(r.within), pausesClock: r.pausesClock })),
            demandNotice: nullable(o.demandNotice, (d) => ({ abovePercent: d.abovePercent, notice: durationFromJson(d.notice) })),
            other: [...o.other],
        })),
        breach: nullable(json.breach, (b) => ({
            notifyTeam: nullable(b.notifyTeam, durationFromJson),
            notifyCustomer: nullable(b.notifyCustomer, durationFromJson),
            review: nullable(b.review, durationFromJson),
        })),
        penalties: nullable(json.penalties, (p) => ({
            tiers: p.tiers.map((t) => ({ objective: t.objective, below: { ...t.below }, creditPercent: t.creditPercent })),
            cap: nullable(p.cap, (c) => ({ percent: c.percent, period: c.period })),
        })),
        termination: nullable(json.termination, (t) => ({
            conditions: t.conditions.map((c) => ({ ...c, below: { ...c.below } })),
            notice: nullable(t.notice, durationFromJson),
        })),
        reporting: json.reporting.map((r) => ({ ...r, objectives: [...r.objectives] })),
        scenarios: json.scenarios.map((s) => ({
            name: s.name,
            ...title(s.title),
            extends: s.extends,
            period: nullable(s.period, (p) => ({ start: p.start, length: durationFromJson(p.length) })),
            arrivals: s.arrivals.map((a) => ({ ...a })),
            arrivalsFollow: s.arrivalsFollow,
            teams: s.teams.map((t) => ({ name: t.name, ...title(t.title), agents: t.agents, calendar: t.calendar, handles: [...t.handles] })),
            handling: s.handling.map((h) => ({ category: h.category, distribution: distributionFromJson(h.distribution) })),
            customerReplies: s.customerReplies.map((c) => ({ category: c.category, percent: c.percent, wait: distributionFromJson(c.wait) })),
        })),
    };
}
