import { dueAfter, durationCalendar, percentOfDuration, type CalendarLookup } from '../calendar/duration.js';
import type { Calendar } from '../calendar/calendar.js';
import { calendarLookup, calendarOf } from '../clock/contract-calendars.js';
import { ALWAYS, type Contract, type Duration, type Objective, type Period, type Scenario } from '../model.js';
import type { Pauses } from '../time/pauses.js';
import { dayOfIso } from '../time/local-date.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
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

export interface SimCategory {
    readonly name: string;
    readonly index: number;
    /** Lower is more urgent; a category without priority comes after all others. */
    readonly priority: number;
    /** Mean arrivals per ms of the arrival clock (wall time, or open time of `arrivals follow`). */
    readonly rate: number;
    readonly handling: Sampler | null;
    readonly waitShare: number;
    readonly wait: Sampler | null;
    readonly response: TargetRule | null;
    readonly resolution: TargetRule | null;
    /** Teams that handle it, in declaration order. */
    readonly teams: number[];
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
    readonly categories: number[];
    /** Required share, 0..1. */
    readonly required: number;
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
    readonly follow: Calendar | null;
    /** Open ms of the `follow` calendar in the period (arrival clock length). */
    readonly followOpenMs: number;
    readonly pausesClock: boolean;
    readonly categories: SimCategory[];
    readonly teams: SimTeam[];
    readonly objectives: SimObjective[];
    readonly expectedTickets: number;
}

/** A scenario problem the user can fix (unknown name, nothing to simulate…). */
export class SimulationError extends Error {}

export function findScenario(contract: Contract, name: string): Scenario {
    const scenario = contract.scenarios.find((s) => s.name === name);
    if (scenario) return scenario;
    const names = contract.scenarios.map((s) => s.name);
    const near = closest(name, names);
    const hint = near ? `did you mean '${near}'?` : names.length > 0 ? `declared: ${names.join(', ')}` : 'it declares no scenario';
    throw new SimulationError(`unknown scenario '${name}' in contract ${contract.name}; ${hint}`);
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

/** The scenario compiled against its contract; `agents` overrides team sizes by team name. */
export function compile(contract: Contract, scenarioName: string, agents?: Readonly<Record<string, number>>): SimModel {
    const scenario = findScenario(contract, scenarioName);
    const calendars = calendarLookup(contract);
    const zoneCalendar = contract.defaultCalendar ?? scenario.arrivalsFollow ?? scenario.teams[0]?.calendar ?? ALWAYS;
    const zone = calendars(zoneCalendar).zone;
    const period = scenario.period ?? (contract.term ? { start: contract.term.start, length: { kind: 'wall', minutes: DEFAULT_WEEKS * 7 * 1440, text: '4 weeks' } as Duration } : null);
    if (!period) throw new SimulationError(`scenario ${scenario.name} states no period and the contract no term: add 'period 4 weeks starting YYYY-MM-DD'`);
    const start = ZoneTimeline.of(zone).instantOf(dayOfIso(period.start) * DAY_MS);
    const end = dueAfter(period.length, start, calendars);
    if (!(end > start) || !Number.isFinite(end)) throw new SimulationError(`scenario ${scenario.name}: its period never ends`);
    const horizon = end + (end - start);

    const follow = scenario.arrivalsFollow ? calendars(scenario.arrivalsFollow) : null;
    const followOpenMs = follow ? follow.elapsedBusiness(start, end) : end - start;
    if (follow && followOpenMs <= 0) throw new SimulationError(`scenario ${scenario.name}: calendar ${follow.name} is never open in the period, so no ticket arrives`);

    const teamsIn = scenario.teams.filter((t) => t.handles.length > 0);
    const categories: SimCategory[] = contract.categories.map((c, index) => {
        const arrival = scenario.arrivals.find((a) => a.category === c.name);
        const handling = scenario.handling.find((h) => h.category === c.name);
        const wait = scenario.customerReplies.find((w) => w.category === c.name);
        // Expected count over the period = rate × period length; with `arrivals follow` they come only in open time.
        const rate = arrival ? (arrival.rate / PER_MS[arrival.per]) * ((end - start) / followOpenMs) : 0;
        return {
            name: c.name,
            index,
            priority: c.priority ?? Number.MAX_SAFE_INTEGER,
            rate,
            handling: handling ? sampler(handling.distribution) : null,
            waitShare: wait ? wait.percent / 100 : 0,
            wait: wait ? sampler(wait.wait) : null,
            response: targetRule(contract, calendars, c.name, 'response', c.response),
            resolution: targetRule(contract, calendars, c.name, 'resolution', c.resolution),
            teams: teamsIn.flatMap((t, i) => (t.handles.includes(c.name) ? [i] : [])),
        };
    });
    for (const c of categories) {
        if (c.rate > 0 && c.teams.length === 0) throw new SimulationError(`scenario ${scenario.name}: tickets of ${c.name} arrive but no team handles them`);
        if (c.teams.length > 0 && !c.handling && c.rate > 0) throw new SimulationError(`scenario ${scenario.name}: tickets of ${c.name} arrive but the scenario gives no handling time for them`);
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
        if (!Number.isInteger(count) || count < 0) throw new SimulationError(`team ${t.name}: agents must be a whole number ≥ 0`);
        return {
            name: t.name,
            agents: count,
            calendar,
            always: calendar.name === ALWAYS,
            categories: own.map((c) => c.index),
            priorities: own.map((c) => c.priority),
        };
    });

    const objectives: SimObjective[] = contract.objectives.map((objective) => {
        const m = objective.measure;
        const base = { name: objective.name, objective, target: null, categories: [], required: 0 };
        if (m.kind === 'availability') return { ...base, notSimulated: 'availability depends on outages, not on tickets' };
        if (m.kind === 'firstContactResolution') return { ...base, notSimulated: 'first contact resolution is not modelled by scenarios' };
        if (m.kind === 'downtimeBudget') return { ...base, notSimulated: 'availability depends on outages, not on tickets' };
        if (m.kind === 'satisfaction' || m.kind === 'satisfactionShare') return { ...base, notSimulated: 'customer satisfaction cannot be derived from ticket times' };
        const names = m.categories.length > 0 ? m.categories : contract.categories.filter((c) => c[m.target] !== null).map((c) => c.name);
        return {
            ...base,
            notSimulated: null,
            target: m.target,
            categories: categories.filter((c) => names.includes(c.name) && c[m.target] !== null).map((c) => c.index),
            required: m.percent / 100,
        };
    });

    // Build the calendars' open tables for the whole horizon now (plus slack for deadlines past it), so the
    // event loop only does table look-ups: no zone or holiday computation (luxon) inside it.
    const slack = 62 * DAY_MS;
    for (const calendar of new Set([...contract.calendars.map((c) => calendars(c.name)), calendars(ALWAYS)])) {
        calendar.elapsedBusiness(start - slack, horizon + slack);
    }

    const expectedTickets = categories.reduce((sum, c) => sum + c.rate * followOpenMs, 0);
    if (expectedTickets > MAX_TICKETS_PER_RUN) {
        throw new SimulationError(`scenario ${scenario.name} expects ${Math.round(expectedTickets)} tickets per period, more than the ${MAX_TICKETS_PER_RUN} one replication may hold`);
    }
    return { contract, scenario, zone, start, end, horizon, follow, followOpenMs, pausesClock: contract.customerObligations?.reply?.pausesClock === true, categories, teams, objectives, expectedTickets };
}
