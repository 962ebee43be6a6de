import type { Contract } from '../model.js';
import { sortEvents, type TicketEvent } from './events.js';

/** An event the history could not apply, with the reason (for CLI warnings). */
export interface IgnoredEvent {
    readonly event: TicketEvent;
    readonly reason: string;
}

/** A wait for the customer: [start, end); end null while still waiting. */
export interface AwaitingPeriod {
    readonly start: number;
    readonly end: number | null;
    readonly endedBy: 'reply' | 'resolved' | null;
}

/** A resolution: the resolution clock stops at `resolvedAt` until `reopenedAt` (null: still resolved). */
export interface Resolution {
    readonly resolvedAt: number;
    readonly reopenedAt: number | null;
}

export interface CategorySpan {
    readonly since: number;
    readonly category: string;
}

/**
 * The facts of one ticket's event log, once events are in order and the impossible ones are set aside:
 * a second `opened`, a reply without a wait, a wait or a resolution while resolved, a reopen of an open
 * ticket, a second response, an unknown or unchanged category. Each event's fate depends only on the
 * events before it, so asking about an earlier instant is a matter of ignoring later facts.
 */
export class TicketHistory {
    static of(contract: Contract, events: readonly TicketEvent[]): TicketHistory {
        return new TicketHistory(contract, events);
    }

    readonly opened: number;
    readonly categories: readonly CategorySpan[];
    readonly awaiting: readonly AwaitingPeriod[];
    /** The first response; a resolution without an earlier response counts as the response. */
    readonly respondedAt: number | null;
    readonly resolutions: readonly Resolution[];
    readonly ignored: readonly IgnoredEvent[];

    private constructor(contract: Contract, events: readonly TicketEvent[]) {
        const ordered = sortEvents(events);
        const first = ordered[0];
        if (!first || first.type !== 'opened') throw new RangeError('A ticket log must start with an "opened" event');
        const known = new Set(contract.categories.map((c) => c.name));
        if (!known.has(first.category)) throw new RangeError(`Contract ${contract.name} has no category "${first.category}"`);
        for (const event of ordered) {
            if (!Number.isFinite(event.at)) throw new RangeError(`Event ${event.type} has no valid instant (${event.at})`);
        }
        const categories: CategorySpan[] = [{ since: first.at, category: first.category }];
        const awaiting: { start: number; end: number | null; endedBy: AwaitingPeriod['endedBy'] }[] = [];
        const resolutions: { resolvedAt: number; reopenedAt: number | null }[] = [];
        const ignored: IgnoredEvent[] = [];
        let respondedAt: number | null = null;
        const waiting = () => awaiting.length > 0 && awaiting[awaiting.length - 1]!.end === null;
        const resolved = () => resolutions.length > 0 && resolutions[resolutions.length - 1]!.reopenedAt === null;
        for (const event of ordered.slice(1)) {
            const skip = (reason: string) => ignored.push({ event, reason });
            switch (event.type) {
                case 'opened':
                    skip('the ticket is already open');
                    break;
                case 'categoryChanged':
                    if (!known.has(event.category)) skip(`no category "${event.category}" in the contract`);
                    else if (event.category === categories[categories.length - 1]!.category) skip('the category does not change');
                    else categories.push({ since: event.at, category: event.category });
                    break;
                case 'awaitingCustomer':
                    if (resolved()) skip('the ticket is resolved');
                    else if (waiting()) skip('already awaiting the customer');
                    else awaiting.push({ start: event.at, end: null, endedBy: null });
                    break;
                case 'customerReplied':
                    if (!waiting()) skip('not awaiting the customer');
                    else Object.assign(awaiting[awaiting.length - 1]!, { end: event.at, endedBy: 'reply' });
                    break;
                case 'responded':
                    if (respondedAt !== null) skip('already responded');
                    else respondedAt = event.at;
                    break;
                case 'resolved':
                    if (resolved()) skip('already resolved');
                    else {
                        if (waiting()) Object.assign(awaiting[awaiting.length - 1]!, { end: event.at, endedBy: 'resolved' });
                        respondedAt ??= event.at;
                        resolutions.push({ resolvedAt: event.at, reopenedAt: null });
                    }
                    break;
                case 'reopened':
                    if (!resolved()) skip('the ticket is not resolved');
                    else resolutions[resolutions.length - 1]!.reopenedAt = event.at;
                    break;
            }
        }
        this.opened = first.at;
        this.categories = categories;
        this.awaiting = awaiting;
        this.respondedAt = respondedAt;
        this.resolutions = resolutions;
        this.ignored = ignored;
    }

    /** The category in force at `ms` and since when. */
    categoryAt(ms: number): CategorySpan {
        let current = this.categories[0]!;
        for (const span of this.categories) if (span.since <= ms) current = span;
        return current;
    }
}
