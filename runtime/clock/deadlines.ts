import { dueAfter, percentOfDuration } from '../calendar/duration.js';
import type { Contract, TargetKind } from '../model.js';
import type { Pauses } from '../time/pauses.js';
import { calendarLookup, calendarOf } from './contract-calendars.js';

export interface EscalationInstant {
    readonly at: number;
    readonly notify: string;
    readonly contact?: string;
    readonly target: TargetKind;
    readonly percent: number;
}

export interface TicketDeadlines {
    readonly response: { readonly due: number } | null;
    readonly resolution: { readonly due: number } | null;
    /** Sorted by instant; steps that can never be reached are left out. */
    readonly escalations: readonly EscalationInstant[];
}

/**
 * Due instants of a ticket of `categoryName` opened at `openedMs` with the given pauses (for the CLI and
 * the editor preview: no events, no category changes; see TicketClock for those). A target the category
 * does not set is null; one that can never fall due (a calendar that never opens again) has due +∞.
 */
export function deadlines(contract: Contract, categoryName: string, openedMs: number, pauses?: Pauses): TicketDeadlines {
    const category = contract.categories.find((c) => c.name === categoryName);
    if (!category) throw new RangeError(`Contract ${contract.name} has no category "${categoryName}"`);
    const calendars = calendarLookup(contract);
    const escalations: EscalationInstant[] = [];
    for (const escalation of contract.escalations) {
        if (escalation.categories.length > 0 && !escalation.categories.includes(categoryName)) continue;
        for (const step of escalation.steps) {
            const duration = category[step.target];
            if (!duration) continue;
            const at = percentOfDuration(duration, step.percent, openedMs, calendars, pauses);
            if (!Number.isFinite(at)) continue;
            escalations.push({
                at,
                notify: step.notify,
                ...(step.contact !== undefined ? { contact: step.contact } : {}),
                target: step.target,
                percent: step.percent,
            });
        }
    }
    escalations.sort((a, b) => a.at - b.at || a.percent - b.percent);
    return {
        response: category.response ? { due: dueAfter(category.response, openedMs, calendars, pauses) } : null,
        resolution: category.resolution ? { due: dueAfter(category.resolution, openedMs, calendars, pauses) } : null,
        escalations,
    };
}

/** Open, unpaused milliseconds of `calendarName` (or `always`) in [fromMs, toMs). */
export function elapsed(contract: Contract, calendarName: string, fromMs: number, toMs: number, pauses?: Pauses): number {
    return calendarOf(contract, calendarName).elapsedBusiness(fromMs, toMs, pauses);
}
