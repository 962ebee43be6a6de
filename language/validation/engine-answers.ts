/**
 * The calendar engine's answers to the checks, remembered across builds. An edit re-parses the whole
 * document, so every node is new; but a calendar that reads the same, a target of the same length on it and
 * the same term get the same answer. Answers are keyed by what the fragment says (a calendar's zone, hours,
 * holidays and special hours, without its name or title; the duration; the term), so an edit re-asks the
 * engine only about what it touched, and identical calendars under different names share their answers.
 * Bounded (least recently used out), so neither a long session nor a huge contract grows them without limit.
 *
 * The budget of engine work stays a property of the text, not of what was remembered: each answer is
 * computed on tables of its own (fresh, so the work it needs is known whatever was built before) and that
 * work is charged to the document each time the answer is used, fresh or remembered, as a build without any
 * memory would spend it (engine.ts, DocumentBudget). A file that asks too much is cut short at the same
 * check in a fresh build, after an edit and in `pacto check`.
 */
import type { CalendarLookup, CalendarSpec, Contract, Duration, HolidayDataGap } from '../../runtime/index.js';
import { ALWAYS, BusinessCalendar, alwaysCalendar, exceedsTerm, holidayDataGaps, isEverOpen, openDayMinutes } from '../../runtime/index.js';
import { Lru } from '../lru.js';

const shapes = new WeakMap<CalendarSpec, string>();

/** What a calendar says about time (not its name, title or notes), as a key. */
export function calendarShape(spec: CalendarSpec): string {
    let shape = shapes.get(spec);
    if (shape === undefined) {
        shape = JSON.stringify([spec.zone, spec.weekly, spec.holidayRegions, spec.holidays, spec.specialHours]);
        shapes.set(spec, shape);
    }
    return shape;
}

const everOpen = new Lru<string, boolean>(1024);

/** runtime's isEverOpen, once per calendar shape. */
export function calendarEverOpens(spec: CalendarSpec): boolean {
    return everOpen.through(calendarShape(spec), () => isEverOpen(spec));
}

const dayMinutes = new Lru<string, { min: number; max: number } | null>(1024);

/** Open minutes of the shortest and longest open weekday (runtime's openDayMinutes), once per shape. */
export function openDayLengths(spec: CalendarSpec): { min: number; max: number } | undefined {
    return dayMinutes.through(calendarShape(spec), () => {
        const days = openDayMinutes(spec);
        return days ? { min: days.min, max: days.max } : null;
    }) ?? undefined;
}

/** A document's budget of engine work, as the checks hold it (engine.ts). */
export interface MeteredBudget {
    /** `body()` within the engine's limits, and the units of work it took; undefined when cut short. */
    measure<T>(body: () => T): Metered<T> | undefined;
    /**
     * Charges the work of an answer; false when the budget runs out. Work on a calendar's tables (`tables`
     * names them) is charged once per document: only what exceeds what this document already paid for them.
     */
    charge(units: number, tables: string | undefined): boolean;
}

/** An answer and the engine work it took. */
export interface Metered<T> {
    readonly value: T;
    readonly units: number;
}

/** The answer for `key`, remembered or computed, charged to `budget`; undefined when cut short. */
function answer<T>(cache: Lru<string, Metered<T>>, key: string, budget: MeteredBudget, tables: string | undefined, compute: () => T): T | undefined {
    let known = cache.get(key);
    if (!known) {
        known = budget.measure(compute);
        // Cut short: not known, and not remembered (a build with budget left may know).
        if (!known) return undefined;
        cache.set(key, known);
    }
    return budget.charge(known.units, tables) ? known.value : undefined;
}

const gaps = new Lru<string, Metered<readonly HolidayDataGap[]>>(1024);

/** The years from `from` to `to` for which the holiday data of one country (and region) has nothing. */
export function holidayGaps(
    spec: CalendarSpec,
    region: { country: string; region?: string },
    from: string,
    to: string,
    budget: MeteredBudget,
): readonly HolidayDataGap[] | undefined {
    const key = JSON.stringify([region.country, region.region ?? null, from, to]);
    // Each look-up of a year's holidays is work of its own, charged every time (no table keeps it).
    return answer(gaps, key, budget, undefined, () => holidayDataGaps({ ...spec, holidayRegions: [region] }, from, to));
}

const exceeding = new Lru<string, Metered<boolean>>(4096);

function durationKey(duration: Duration): string {
    return duration.kind === 'wall' ? `wall/${duration.minutes}` : duration.kind === 'business'
        ? `business/${duration.minutes}` : `days/${duration.days}`;
}

/**
 * Whether `duration` (counted on `spec`, or on the built-in `always` calendar, or wall-clock) exceeds the
 * contract's term, as runtime's exceedsTerm answers; undefined when the budget ran out.
 */
export function exceedsTermOf(
    contractName: string,
    term: { start: string; end: string },
    spec: CalendarSpec | undefined,
    duration: Duration,
    budget: MeteredBudget,
): boolean | undefined {
    const on = duration.kind === 'wall' ? '' : spec ? calendarShape(spec) : `unknown/${duration.calendar}`;
    const key = `${term.start}/${term.end}/${durationKey(duration)}/${on}`;
    // The tables a build without memory would share: the calendar's, by name and shape, from the term's start.
    const tables = spec ? `${term.start}/${spec.name}/${calendarShape(spec)}` : undefined;
    return answer(exceeding, key, budget, tables, () => {
        // The engine needs a contract: the term and the one calendar the duration counts on are all it reads.
        const contract = termContract(contractName, term, spec);
        return exceedsTerm(contract, duration, freshCalendars(contract));
    });
}

/** Forgets every remembered answer (a build after it computes all anew): tests compare with such builds. */
export function forgetEngineAnswers(): void {
    everOpen.clear();
    dayMinutes.clear();
    gaps.clear();
    exceeding.clear();
}

function termContract(name: string, term: { start: string; end: string }, spec: CalendarSpec | undefined): Contract {
    return {
        name, provider: null, customer: null, term, fee: null, locale: 'en', services: [], calendars: spec ? [spec] : [],
        defaultCalendar: null, channels: [], categories: [], objectives: [], escalations: [], customerObligations: null,
        breach: null, penalties: null, termination: null, reporting: [], scenarios: [],
    };
}

/** The contract's calendars built anew (runtime's calendarLookup shares built tables, whose work is then unseen). */
function freshCalendars(contract: Contract): CalendarLookup {
    const built = new Map<string, BusinessCalendar>();
    return (name) => {
        let calendar = built.get(name);
        if (!calendar) {
            const spec = contract.calendars.find((c) => c.name === name);
            if (!spec) {
                if (name === ALWAYS) return alwaysCalendar();
                throw new RangeError(`Contract ${contract.name} has no calendar "${name}"`);
            }
            calendar = BusinessCalendar.fromSpec(spec);
            built.set(name, calendar);
        }
        return calendar;
    };
}
