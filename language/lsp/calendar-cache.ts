/**
 * Built calendars shared across document versions. Every keystroke lowers a new contract model, and the
 * runtime caches calendars per model object, so a hover right after an edit would rebuild each calendar
 * (its holiday look-ups and open-time tables) although its text did not change. Here a calendar is
 * keyed by its lowered spec (as JSON): an edit elsewhere in the document reuses it. A few dozen specs
 * are kept, least recently used first out.
 */
import { ALWAYS, BusinessCalendar, alwaysCalendar, type Calendar, type CalendarLookup, type Contract } from '../../runtime/index.js';

const LIMIT = 48;
const bySpec = new Map<string, Calendar>();

function calendarFor(spec: Contract['calendars'][number]): Calendar {
    const key = JSON.stringify(spec);
    let calendar = bySpec.get(key);
    if (calendar) bySpec.delete(key);
    else calendar = BusinessCalendar.fromSpec(spec);
    bySpec.set(key, calendar);
    if (bySpec.size > LIMIT) bySpec.delete(bySpec.keys().next().value!);
    return calendar;
}

/** A CalendarLookup over the contract's calendars (and `always`) that reuses calendars built before. */
export function sharedCalendars(contract: Contract): CalendarLookup {
    return (name) => {
        const spec = contract.calendars.find((c) => c.name === name);
        if (spec) return calendarFor(spec);
        if (name === ALWAYS) return alwaysCalendar();
        throw new RangeError(`Contract ${contract.name} has no calendar "${name}"`);
    };
}
