import { alwaysCalendar } from '../calendar/always.js';
import { BusinessCalendar } from '../calendar/businessCalendar.js';
import type { Calendar } from '../calendar/calendar.js';
import type { CalendarLookup } from '../calendar/duration.js';
import { ALWAYS, type Contract } from '../model.js';

/**
 * Built calendars per contract object. A contract model is a value: the language lowers a new object
 * for every change, so the object is the cache key and its calendars are built at most once (their open
 * tables keep growing as they are asked about more years).
 */
const cache = new WeakMap<Contract, Map<string, Calendar>>();

/** The calendar `name` of `contract`, or the built-in `always`; throws RangeError for an unknown name. */
export function calendarOf(contract: Contract, name: string): Calendar {
    let built = cache.get(contract);
    if (!built) {
        built = new Map();
        cache.set(contract, built);
    }
    let calendar = built.get(name);
    if (!calendar) {
        const spec = contract.calendars.find((c) => c.name === name);
        if (spec) calendar = BusinessCalendar.fromSpec(spec);
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
