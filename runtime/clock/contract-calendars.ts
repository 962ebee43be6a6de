import { alwaysCalendar } from '../calendar/always.js';
import { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Calendar } from '../calendar/calendar.js';
import type { CalendarLookup } from '../calendar/duration.js';
import { ALWAYS, type CalendarSpec, type Contract } from '../model.js';

/**
 * Built calendars per contract object. A contract model is a value: the language lowers a new object
 * for every change, so the object is the cache key and its calendars are looked up at most once.
 */
const byContract = new WeakMap<Contract, Map<string, Calendar>>();

/**
 * Calendars by spec content, shared between contract objects: an editor re-lowers the contract on every
 * keystroke, mostly with unchanged calendars, whose open tables (built per year as they are asked about)
 * are worth keeping. Bounded; the least recently used spec goes first.
 */
const bySpec = new Map<string, BusinessCalendar>();
const MAX_SHARED = 64;

function sharedCalendar(spec: CalendarSpec): BusinessCalendar {
    const key = JSON.stringify([spec.name, spec.zone, spec.weekly, spec.holidayRegions, spec.holidays, spec.specialHours]);
    let calendar = bySpec.get(key);
    if (calendar) bySpec.delete(key);
    else calendar = BusinessCalendar.fromSpec(spec);
    bySpec.set(key, calendar);
    if (bySpec.size > MAX_SHARED) bySpec.delete(bySpec.keys().next().value!);
    return calendar;
}

/** The calendar `name` of `contract`, or the built-in `always`; throws RangeError for an unknown name. */
export function calendarOf(contract: Contract, name: string): Calendar {
    let built = byContract.get(contract);
    if (!built) {
        built = new Map();
        byContract.set(contract, built);
    }
    let calendar = built.get(name);
    if (!calendar) {
        const spec = contract.calendars.find((c) => c.name === name);
        if (spec) calendar = sharedCalendar(spec);
        else if (name === ALWAYS) calendar = alwaysCalendar();
        else throw new RangeError(`Contract ${contract.name} has no calendar "${name}"`);
        built.set(name, calendar);
    }
    return calendar;
}

/** A CalendarLookup over a contract's calendars. */
export function calendarLookup(contract: Contract): CalendarLookup {
    return (name) => calendarOf(contract, name);
}
