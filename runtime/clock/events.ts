/**
 * What happens to a ticket, each at an instant (epoch ms). The clock never reads the system time: the
 * caller says what happened and when, and asks about an instant `now`.
 */
export type TicketEvent =
    | { readonly type: 'opened'; readonly at: number; readonly category: string }
    | { readonly type: 'categoryChanged'; readonly at: number; readonly category: string }
    | { readonly type: 'customerReplied'; readonly at: number }
    | { readonly type: 'awaitingCustomer'; readonly at: number }
    | { readonly type: 'responded'; readonly at: number }
    | { readonly type: 'resolved'; readonly at: number }
    | { readonly type: 'reopened'; readonly at: number };

export type TicketEventType = TicketEvent['type'];

/**
 * The order of events that share an instant (a log's own order never matters, only instants do):
 *
 * 1. opened: nothing can precede the ticket.
 * 2. categoryChanged: a category set at the instant of opening (triage on intake) or of resolving is the
 *    category the ticket is judged by then.
 * 3. customerReplied before 4. awaitingCustomer: a reply that comes with a new question from the agent
 *    ends the old wait and starts a new one, instead of an empty wait and a stray reply.
 * 5. responded after the wait events: the response instant is the same either way, and a response that
 *    asks the customer something is recorded as both.
 * 6. resolved after responded: a response and a resolution together are a first-contact resolution; and
 *    after awaitingCustomer, so resolving ends any wait begun at that instant.
 * 7. reopened last: resolved and reopened at one instant is a stop of zero length, never a reopen of a
 *    ticket that was not resolved.
 */
export const EVENT_ORDER: readonly TicketEventType[] = [
    'opened',
    'categoryChanged',
    'customerReplied',
    'awaitingCustomer',
    'responded',
    'resolved',
    'reopened',
];

const rank = new Map(EVENT_ORDER.map((type, index) => [type, index]));

/** Events by instant, then by EVENT_ORDER; stable for equal instants and types. */
export function sortEvents(events: readonly TicketEvent[]): TicketEvent[] {
    return events
        .map((event, index) => ({ event, index }))
        .sort((a, b) => a.event.at - b.event.at || rank.get(a.event.type)! - rank.get(b.event.type)! || a.index - b.index)
        .map(({ event }) => event);
}
