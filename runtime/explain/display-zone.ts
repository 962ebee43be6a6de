/**
 * Which calendar explains a category's tickets: its hours choose the worked examples' moments and its
 * zone shows every instant. Hovers, the deadline preview, `pacto deadline` and the documents all ask here,
 * so one ticket reads the same wherever it is shown.
 *
 * The rule: the calendar the response target counts on, else the resolution target's, else the
 * contract's default calendar, else `always` (shown in UTC). Wall-clock targets and targets on `always`
 * count on no zone, so they are passed over. The response comes first because it is the deadline a ticket
 * meets first, and the one the customer watches: "opened Friday 17:30, answered Monday 09:00" is read on
 * the help desk's clock; every instant carries its offset, so a resolution on another calendar stays
 * unambiguous.
 *
 * What belongs to one target rather than to the ticket (its trace in the preview, its hover's worked
 * examples) is read on that target's own calendar when it counts on one: "15 minutes before closing"
 * must be its closing. Only a target without a calendar (wall-clock time) borrows the category's.
 */
import { ALWAYS, type Category, type Contract, type Duration } from '../model.js';

export interface ExplainCalendar {
    /** A declared calendar's name, or `always`. */
    readonly calendar: string;
    readonly zone: string;
}

/** The zone `always` is shown in: it has none of its own. */
export const ALWAYS_ZONE = 'UTC';

function declaredZone(contract: Contract, name: string | null | undefined): string | undefined {
    return name === null || name === undefined ? undefined : contract.calendars.find((c) => c.name === name)?.zone;
}

/** The calendar a business target counts on, when it is a declared one. */
function countingCalendar(duration: Duration | null): string | undefined {
    return duration && duration.kind !== 'wall' && duration.calendar !== ALWAYS ? duration.calendar : undefined;
}

/** The calendar that explains `category` (see the module comment). */
export function explainCalendar(contract: Contract, category: Category): ExplainCalendar {
    for (const name of [countingCalendar(category.response), countingCalendar(category.resolution), contract.defaultCalendar]) {
        const zone = declaredZone(contract, name);
        if (zone !== undefined) return { calendar: name!, zone };
    }
    return { calendar: ALWAYS, zone: ALWAYS_ZONE };
}

/** The zone every instant of a ticket of `category` is shown in. */
export function displayZone(contract: Contract, category: Category): string {
    return explainCalendar(contract, category).zone;
}

/** The zone a duration's own instants are read in: its calendar's, or `fallback` for wall-clock time and `always`. */
export function durationZone(contract: Contract, duration: Duration, fallback: string): string {
    return declaredZone(contract, countingCalendar(duration)) ?? fallback;
}
