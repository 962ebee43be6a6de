import { dueAfter, durationCalendar, percentOfDuration, type CalendarLookup } from '../calendar/duration.js';
import type { Calendar } from '../calendar/calendar.js';
import { HORIZON_MS, HORIZON_YEARS } from '../calendar/horizon.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import { WordedError } from '../i18n/worded-error.js';
import { calendarLookup, calendarOf } from '../clock/contract-calendars.js';
import { ALWAYS, type ArrivalRate, type Category, type Contract, type Distribution, type Duration, type Objective, type PenaltyAmount, type Period, type Scenario, type TargetKind } from '../model.js';
import type { Pauses } from '../time/pauses.js';
import { dayOfIso, dayOfWall, isoOfDay } from '../time/local-date.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { addDays } from '../util/dates.js';
import { closest } from '../util/similar.js';
import { sampler, type Sampler } from './random.js';

/** Mean lengths of the rate units: a month is a twelfth of a Julian year. */
export const PER_MS: Record<Period | 'hour', number> = {
    hour: HOUR_MS,
    day: DAY_MS,
    week: 7 * DAY_MS,
    month: (365.25 / 12) * DAY_MS,
    quarter: (365.25 / 4) * DAY_MS,
    year: 365.25 * DAY_MS,
};

/** How far past the horizon `compile` builds the calendars' open tables, for deadlines that fall after it. */
export const TABLES_SLACK_MS = 62 * DAY_MS;

/** Default scenario period when it states none: 4 weeks from the term's start. */
const DEFAULT_WEEKS = 4;
/** A replication beyond this many expected tickets is refused rather than exhausting memory. */
export const MAX_TICKETS_PER_RUN = 20_000_000;

/** A contract target (response or resolution of one category) as the simulator evaluates it. */
export interface TargetRule {
    readonly duration: Duration;
    readonly calendar: Calendar;
    /** Due instant for a ticket opened at `opened` with these pauses: the runtime's dueAfter. */
    due(opened: number, pauses?: Pauses): number;
    /** Percent of the target at which escalation steps fire, ascending. */
    readonly escalationPercents: readonly number[];
    escalationAt(percent: number, opened: number, pauses?: Pauses): number;
    /** Open, unpaused ms of the target's calendar in [opened, stop): the time the target's clock ran. */
    elapsed(opened: number, stop: number, pauses?: Pauses): number;
}

/** The targets a ticket is judged by: its category's, or those its channel gives for that category. */
export interface SimTargets {
    readonly response: TargetRule | null;
    readonly resolution: TargetRule | null;
}

export interface SimCategory {
    readonly name: string;
    readonly index: number;
    /** Lower is more urgent; a category without priority comes after all others. */
    readonly priority: number;
    /** Expected arrivals per period, over all its sources. */
    readonly expected: number;
    readonly handling: Sampler | null;
    readonly waitShare: number;
    readonly wait: Sampler | null;
    /** The category's own targets (those of a ticket that came through no channel). */
    readonly response: TargetRule | null;
    readonly resolution: TargetRule | null;
    /** Targets per channel slot (0: no channel; k + 1: the contract's k-th channel). */
    readonly byChannel: readonly SimTargets[];
    /** Channel slots (≥ 1) some source of the scenario brings its tickets through, ascending. */
    readonly channels: readonly number[];
    /** Teams that handle it, in declaration order. */
    readonly teams: number[];
}

/** Maps readings of a source's arrival clock to instants; readings run from 0 to `length`. */
export interface ArrivalClock {
    readonly length: number;
    at(reading: number): number;
    /** Set on a clock of wall time: `at(u)` is `wallStart + u` (the simulator adds it without the call). */
    readonly wallStart?: number;
}

/** One line of `arrivals`: a Poisson process of one category (through one channel) on its own clock. */
export interface SimSource {
    readonly category: number;
    /** Channel slot: 0 without a channel, k + 1 for the contract's k-th channel. */
    readonly channel: number;
    /** Mean arrivals per unit of `clock`. */
    readonly rate: number;
    readonly clock: ArrivalClock;
    /** Keys of its random stream after (seed, replication, stream kind). */
    readonly streamKeys: readonly number[];
    /** Expected arrivals per period. */
    readonly expected: number;
}

export interface SimTeam {
    readonly name: string;
    readonly agents: number;
    readonly calendar: Calendar;
    readonly always: boolean;
    /** Categories it handles, most urgent first (declaration order among equals). */
    readonly categories: number[];
    /** For each entry of `categories`, its priority. */
    readonly priorities: number[];
}

export interface SimObjective {
    readonly name: string;
    readonly objective: Objective;
    /** Null when simulated; otherwise why not. */
    readonly notSimulated: string | null;
    readonly target: 'response' | 'resolution' | null;
    /** Categories whose tickets it counts (some of their channels may be left out: see `slots`). */
    readonly categories: number[];
    /** The (category, channel) slots it counts: category index × channel slots + channel slot. */
    readonly slots: number[];
    /** Required share, 0..1. */
    readonly required: number;
}

/** A per-breach penalty: owed for each ticket of `category` that misses its `target`. */
export interface SimPerBreach {
    readonly category: number;
    readonly target: TargetKind;
    readonly penalty: PenaltyAmount;
}

export interface SimModel {
    readonly contract: Contract;
    readonly scenario: Scenario;
    /** The zone the period's dates are read in (and results are written in). */
    readonly zone: string;
    readonly start: number;
    readonly end: number;
    /** Tickets not started by then are judged unfinished. */
    readonly horizon: number;
    /** How many periods make a year, for the yearly cap: 12 for a month, 4 for a quarter, 13 for 4 weeks. */
    readonly periodsPerYear: number;
    readonly pausesClock: boolean;
    /** The contract's channel names; channel slot k + 1 is `channels[k]`. */
    readonly channels: readonly string[];
    readonly categories: SimCategory[];
    /** Sorted by category, then by their order in the scenario (v1 scenarios: one per category). */
    readonly sources: SimSource[];
    readonly teams: SimTeam[];
    readonly objectives: SimObjective[];
    readonly perBreach: SimPerBreach[];
    readonly expectedTickets: number;
}

/** A scenario problem the user can fix (unknown name, nothing to simulate…), worded from the catalogue. */
export class SimulationError extends WordedError {
    constructor(key: MessageKey, args: MessageArgs = {}) {
        super(key, args);
        this.name = 'SimulationError';
    }
}

export function findScenario(contract: Contract, name: string): Scenario {
    const scenario = contract.scenarios.find((s) => s.name === name);
    if (scenario) return scenario;
    const names = contract.scenarios.map((s) => s.name);
    const near = closest(name, names);
    const args = { name, contract: contract.name };
    if (near) throw new SimulationError('simUnknownScenarioNear', { ...args, near });
    throw names.length > 0 ? new SimulationError('simUnknownScenarioDeclared', { ...args, names: names.join(', ') }) : new SimulationError('simUnknownScenarioNone', args);
}

function targetRule(contract: Contract, calendars: CalendarLookup, category: string, kind: 'response' | 'resolution', duration: Duration | null): TargetRule | null {
    if (!duration) return null;
    const percents: number[] = [];
    for (const escalation of contract.escalations) {
        if (escalation.categories.length > 0 && !escalation.categories.includes(category)) continue;
        for (const step of escalation.steps) if (step.target === kind) percents.push(step.percent);
    }
    percents.sort((a, b) => a - b);
    const calendar = durationCalendar(duration, calendars);
    // dueAfter itself for business days and pauses; its own fast path (one table look-up) otherwise.
    const amount = duration.kind === 'businessDays' ? 0 : duration.minutes * MINUTE_MS;
    const simple = duration.kind !== 'businessDays' && amount > 0;
    return {
        duration,
        calendar,
        due: (opened, pauses) =>
            simple && (pauses === undefined || pauses.length === 0) ? calendar.addBusinessMs(opened, amount) : dueAfter(duration, opened, calendars, pauses),
        escalationPercents: percents,
        escalationAt: (percent, opened, pauses) => percentOfDuration(duration, percent, opened, calendars, pauses),
        elapsed:
            calendar.name === ALWAYS
                ? (opened, stop, pauses) => (pauses === undefined || pauses.length === 0 ? Math.max(0, stop - opened) : calendar.elapsedBusiness(opened, stop, pauses))
                : (opened, stop, pauses) => calendar.elapsedBusiness(opened, stop, pauses),
    };
}

/**
 * The targets of a category per channel slot: a channel's target replaces the category's own of the same
 * kind; a kind the channel does not give stays the category's. Rules are shared where the duration is.
 */
function targetsByChannel(contract: Contract, calendars: CalendarLookup, category: Category): SimTargets[] {
    const own: SimTargets = {
        response: targetRule(contract, calendars, category.name, 'response', category.response),
        resolution: targetRule(contract, calendars, category.name, 'resolution', category.resolution),
    };
    return [
        own,
        ...contract.channels.map((channel): SimTargets => {
            const given = category.channels?.find((c) => c.channel === channel.name);
            if (!given) return own;
            return {
                response: given.response ? targetRule(contract, calendars, category.name, 'response', given.response) : own.response,
                resolution: given.resolution ? targetRule(contract, calendars, category.name, 'resolution', given.resolution) : own.resolution,
            };
        }),
    ];
}

/** Readings are wall ms since the start. */
function wallClock(start: number, end: number): ArrivalClock {
    return { length: end - start, at: (u) => start + u, wallStart: start };
}

/** Readings are open ms of `calendar` since the start: arrivals come only while it is open. */
function openClock(calendar: Calendar, start: number, end: number): ArrivalClock {
    return { length: calendar.elapsedBusiness(start, end), at: (u) => calendar.addBusinessMs(start, u) };
}

/**
 * Readings are open days of `calendar` (local dates of `zone` with any open time): reading k + f is the
 * fraction f of the open time of the k-th open day. A Poisson process of rate N on it expects N tickets on
 * every open day, spread over that day's open hours, so a half day gets as many as a full one. An open day
 * the period cuts (its zone is not the calendar's) counts for the share of its open time inside the period.
 */
function openDayClock(calendar: Calendar, zone: string, start: number, end: number): ArrivalClock {
    const timeline = ZoneTimeline.of(zone);
    const from: number[] = [];
    const scale: number[] = [];
    const readings: number[] = [0];
    for (let day = dayOfWall(timeline.wallOf(start)); ; day++) {
        const dayStart = timeline.instantOf(day * DAY_MS);
        if (dayStart >= end) break;
        const dayEnd = timeline.instantOf((day + 1) * DAY_MS);
        const whole = calendar.elapsedBusiness(dayStart, dayEnd);
        if (whole <= 0) continue;
        const a = Math.max(start, dayStart);
        const inside = calendar.elapsedBusiness(a, Math.min(end, dayEnd));
        if (inside <= 0) continue;
        from.push(a);
        scale.push(whole);
        readings.push(readings[readings.length - 1]! + inside / whole);
    }
    return {
        length: readings[readings.length - 1]!,
        at(u) {
            // The open day holding reading u: readings[k] ≤ u < readings[k + 1].
            let lo = 0;
            let hi = from.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (readings[mid]! <= u) lo = mid;
                else hi = mid - 1;
            }
            return calendar.addBusinessMs(from[lo]!, (u - readings[lo]!) * scale[lo]!);
        },
    };
}

/**
 * The calendar a rate's tickets follow: the channel's hours, else `arrivals follow`, else (for business
 * rates, which need open days or hours to count) the default calendar; null: they arrive at any time.
 */
function followedCalendar(contract: Contract, scenario: Scenario, arrival: ArrivalRate): string | null {
    if (arrival.channel) {
        const channel = contract.channels.find((c) => c.name === arrival.channel);
        if (!channel) throw new SimulationError('simChannelUndeclared', { scenario: scenario.name, category: arrival.category, channel: arrival.channel });
        return channel.hours;
    }
    return scenario.arrivalsFollow ?? (arrival.business ? (contract.defaultCalendar ?? ALWAYS) : null);
}

function compileSource(contract: Contract, scenario: Scenario, calendars: CalendarLookup, zone: string, start: number, end: number, arrival: ArrivalRate): Omit<SimSource, 'category' | 'streamKeys'> {
    const channel = arrival.channel ? contract.channels.findIndex((c) => c.name === arrival.channel) + 1 : 0;
    const followName = followedCalendar(contract, scenario, arrival);
    const follow = followName === null ? null : calendars(followName);
    let clock: ArrivalClock;
    let rate: number;
    if (arrival.business) {
        const calendar = follow ?? calendars(ALWAYS);
        if (arrival.per === 'day') {
            clock = openDayClock(calendar, calendar.name === ALWAYS ? zone : calendar.zone, start, end);
            rate = arrival.rate;
        } else if (arrival.per === 'hour') {
            clock = calendar.name === ALWAYS ? wallClock(start, end) : openClock(calendar, start, end);
            rate = arrival.rate / HOUR_MS;
        } else {
            throw new SimulationError('simBusinessRateMeaningless', { scenario: scenario.name, rate: String(arrival.rate), per: arrival.per, category: arrival.category });
        }
    } else {
        // The stated rate is per real time; following a calendar, as many come, but only while it is open.
        clock = follow && follow.name !== ALWAYS ? openClock(follow, start, end) : wallClock(start, end);
        rate = (arrival.rate / PER_MS[arrival.per]) * ((end - start) / clock.length);
    }
    if (!(clock.length > 0)) {
        throw new SimulationError('simCalendarNeverOpen', { scenario: scenario.name, calendar: follow?.name ?? ALWAYS, category: arrival.category });
    }
    return { channel, rate, clock, expected: rate * clock.length };
}

/**
 * The ISO date `months` calendar months after `date`, the 31st of a short month being its last day: util/dates.ts
 * addMonths by day numbers (luxon's first date arithmetic costs a cold simulation a few ms).
 */
export function monthsAfter(date: string, months: number): string {
    const d = new Date(dayOfIso(date) * DAY_MS);
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + months;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return isoOfDay(Math.round(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) / DAY_MS));
}

/** Periods in a year: 12 / N for a period of N calendar months, else the whole number nearest 365.25 days / its days. */
function periodsInYear(startDate: string, endDate: string | undefined, start: number, end: number): number {
    if (endDate !== undefined) {
        for (let months = 1; months <= 120; months++) {
            const monthsLater = monthsAfter(startDate, months);
            if (monthsLater === endDate) return Math.max(1, Math.round(12 / months));
            if (monthsLater > endDate) break;
        }
    }
    const days = endDate !== undefined ? dayOfIso(endDate) - dayOfIso(startDate) : (end - start) / DAY_MS;
    return Math.max(1, Math.round(365.25 / days));
}

/** The scenario compiled against its contract; `agents` overrides team sizes by team name. */
export function compile(contract: Contract, scenarioName: string, agents?: Readonly<Record<string, number>>): SimModel {
    const scenario = findScenario(contract, scenarioName);
    const calendars = calendarLookup(contract);
    const zoneCalendar = contract.defaultCalendar ?? scenario.arrivalsFollow ?? scenario.teams[0]?.calendar ?? ALWAYS;
    const zone = calendars(zoneCalendar).zone;
    const period: Scenario['period'] =
        scenario.period ??
        (contract.term ? { start: contract.term.start, end: addDays(contract.term.start, DEFAULT_WEEKS * 7), length: { kind: 'wall', minutes: DEFAULT_WEEKS * 7 * 1440, text: `${DEFAULT_WEEKS} weeks` } } : null);
    if (!period) throw new SimulationError('simNoPeriod', { scenario: scenario.name });
    const timeline = ZoneTimeline.of(zone);
    const start = timeline.instantOf(dayOfIso(period.start) * DAY_MS);
    // From local midnight to local midnight: a wall length would end at 23:00 or 01:00 across a DST change.
    // A model of Pacto 0.1 has only the length.
    const end = period.end !== undefined ? timeline.instantOf(dayOfIso(period.end) * DAY_MS) : dueAfter(period.length, start, calendars);
    if (!(end > start) || !Number.isFinite(end)) throw new SimulationError('simPeriodNeverEnds', { scenario: scenario.name });
    if (end - start > HORIZON_MS) throw new SimulationError('periodBeyondHorizon', { scenario: scenario.name, years: String(HORIZON_YEARS) });
    const horizon = end + (end - start);

    const channelNames = contract.channels.map((c) => c.name);
    const sources: SimSource[] = [];
    const perCategory = new Map<number, number>();
    const indexed = scenario.arrivals
        .map((arrival, order) => ({ arrival, order, category: contract.categories.findIndex((c) => c.name === arrival.category) }))
        .filter((a) => a.category >= 0)
        .sort((a, b) => a.category - b.category || a.order - b.order);
    for (const { arrival, category } of indexed) {
        const ordinal = perCategory.get(category) ?? 0;
        perCategory.set(category, ordinal + 1);
        // The first source of a category keeps the stream a v1 scenario (one rate per category) drew from.
        const streamKeys = ordinal === 0 ? [category] : [category, ordinal];
        sources.push({ category, streamKeys, ...compileSource(contract, scenario, calendars, zone, start, end, arrival) });
    }

    const teamsIn = scenario.teams.filter((t) => t.handles.length > 0);
    const categories: SimCategory[] = contract.categories.map((c, index) => {
        const handling = scenario.handling.find((h) => h.category === c.name);
        const wait = scenario.customerReplies.find((w) => w.category === c.name);
        const own = sources.filter((s) => s.category === index);
        const byChannel = targetsByChannel(contract, calendars, c);
        return {
            name: c.name,
            index,
            priority: c.priority ?? Number.MAX_SAFE_INTEGER,
            expected: own.reduce((sum, s) => sum + s.expected, 0),
            handling: handling ? sampler(handling.distribution) : null,
            waitShare: wait ? wait.percent / 100 : 0,
            wait: wait ? sampler(wait.wait) : null,
            response: byChannel[0]!.response,
            resolution: byChannel[0]!.resolution,
            byChannel,
            channels: [...new Set(own.map((s) => s.channel).filter((k) => k > 0))].sort((a, b) => a - b),
            teams: teamsIn.flatMap((t, i) => (t.handles.includes(c.name) ? [i] : [])),
        };
    });
    refuseBeyondHorizon(scenario);
    for (const c of categories) {
        if (c.expected > 0 && c.teams.length === 0) throw new SimulationError('simNoTeamHandles', { scenario: scenario.name, category: c.name });
        if (c.teams.length > 0 && !c.handling && c.expected > 0) throw new SimulationError('simNoHandlingTime', { scenario: scenario.name, category: c.name });
    }
    const teams: SimTeam[] = teamsIn.map((t) => {
        const own = t.handles
            .map((name) => categories.find((c) => c.name === name))
            .filter((c): c is SimCategory => c !== undefined)
            .map((c, order) => ({ c, order }))
            .sort((a, b) => a.c.priority - b.c.priority || a.order - b.order)
            .map((x) => x.c);
        const calendar = calendarOf(contract, t.calendar);
        const count = agents?.[t.name] ?? t.agents;
        if (!Number.isInteger(count) || count < 0) throw new SimulationError('simAgentsNotWhole', { team: t.name });
        return {
            name: t.name,
            agents: count,
            calendar,
            always: calendar.name === ALWAYS,
            categories: own.map((c) => c.index),
            priorities: own.map((c) => c.priority),
        };
    });

    const slotsPerCategory = channelNames.length + 1;
    const objectives: SimObjective[] = contract.objectives.map((objective) => {
        const m = objective.measure;
        const base = { name: objective.name, objective, target: null, categories: [], slots: [], required: 0 };
        if (m.kind === 'availability') return { ...base, notSimulated: 'availability depends on outages, not on tickets' };
        if (m.kind === 'firstContactResolution') return { ...base, notSimulated: 'first contact resolution is not modelled by scenarios' };
        if (m.kind === 'downtimeBudget') return { ...base, notSimulated: 'availability depends on outages, not on tickets' };
        if (m.kind === 'satisfaction' || m.kind === 'satisfactionShare') return { ...base, notSimulated: 'customer satisfaction cannot be derived from ticket times' };
        const names = m.categories.length > 0 ? m.categories : contract.categories.map((c) => c.name);
        const via = m.channels && m.channels.length > 0 ? m.channels : null;
        const slots: number[] = [];
        for (const c of categories) {
            if (!names.includes(c.name)) continue;
            c.byChannel.forEach((targets, slot) => {
                // `via` counts only tickets of those channels; a ticket without a target of the kind counts for none.
                if (via && (slot === 0 || !via.includes(channelNames[slot - 1]!))) return;
                if (targets[m.target] !== null) slots.push(c.index * slotsPerCategory + slot);
            });
        }
        return {
            ...base,
            notSimulated: null,
            target: m.target,
            categories: [...new Set(slots.map((s) => Math.floor(s / slotsPerCategory)))],
            slots,
            required: m.percent / 100,
        };
    });

    const perBreach: SimPerBreach[] = (contract.penalties?.perBreach ?? []).flatMap((p) => {
        const category = categories.findIndex((c) => c.name === p.category);
        return category >= 0 ? [{ category, target: p.target, penalty: p.penalty }] : [];
    });

    // Build the calendars' open tables from the start to the horizon now (plus slack for deadlines past it),
    // so the event loop only does table look-ups: no zone or holiday computation (luxon) inside it. Nothing
    // in a run asks about instants before the start, so the year before it is not built (for a period in
    // March, 10-20 ms of a cold start: a year of days and its public holidays per calendar).
    for (const calendar of new Set([...contract.calendars.map((c) => calendars(c.name)), calendars(ALWAYS)])) {
        calendar.elapsedBusiness(start, horizon + TABLES_SLACK_MS);
    }

    const expectedTickets = sources.reduce((sum, s) => sum + s.expected, 0);
    if (expectedTickets > MAX_TICKETS_PER_RUN) {
        throw new SimulationError('simTooManyTickets', { scenario: scenario.name, tickets: String(Math.round(expectedTickets)), max: String(MAX_TICKETS_PER_RUN) });
    }
    return {
        contract,
        scenario,
        zone,
        start,
        end,
        horizon,
        periodsPerYear: periodsInYear(period.start, period.end, start, end),
        pausesClock: contract.customerObligations?.reply?.pausesClock === true,
        channels: channelNames,
        categories,
        sources,
        teams,
        objectives,
        perBreach,
        expectedTickets,
    };
}

/** A handling time or wait longer than the engine's horizon is a typo (`mean 99999999999 hours`): refuse it before running. */
function refuseBeyondHorizon(scenario: Scenario): void {
    const longest = (d: Distribution) => (d.kind === 'fixed' ? d.minutes : d.kind === 'uniform' ? d.maxMinutes : d.meanMinutes);
    const args = (category: string, d: Distribution) => ({ scenario: scenario.name, category, hours: String(longest(d) / 60), years: String(HORIZON_YEARS) });
    for (const { category, distribution } of scenario.handling) {
        if (longest(distribution) * 60_000 > HORIZON_MS) throw new SimulationError('handlingBeyondHorizon', args(category, distribution));
    }
    for (const { category, wait } of scenario.customerReplies) {
        if (longest(wait) * 60_000 > HORIZON_MS) throw new SimulationError('waitBeyondHorizon', args(category, wait));
    }
}
