import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TicketClock } from '../../runtime/clock/ticket-clock.js';
import type { TicketEvent } from '../../runtime/clock/events.js';
import type { Contract } from '../../runtime/model.js';
import { COMERCIAL, HELPDESK_BR, saoPaulo } from './fixtures.js';
import { ReferenceCalendar } from './reference.js';

/**
 * The ticket clock against a minute-by-minute walk of the same event log: at each minute the walk asks
 * the reference calendar whether it is open and replays the log to see whether the target's clock runs
 * (not yet responded / not resolved, not awaiting the customer). Business-hour targets of helpdesk-br's
 * Incidente category (1 h response, 8 h resolution on Comercial, `pauses clock`).
 */

const MINUTE = 60_000;
const SEED = Number(process.env['PACTO_PROPERTY_SEED'] ?? 20260302);
const reference = new ReferenceCalendar(COMERCIAL);

type Kind = TicketEvent['type'];

/** A valid log: each event allowed in the state the previous ones left, at least a minute apart. */
const logArb = fc
    .record({
        start: fc.integer({ min: 0, max: 60 * 24 * 20 }),
        steps: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 900 }), choice: fc.nat() }), { maxLength: 8 }),
        pausesClock: fc.boolean(),
    })
    .map(({ start, steps, pausesClock }) => {
        const opened = saoPaulo('2026-11-20T00:00') + start * MINUTE;
        const events: TicketEvent[] = [{ type: 'opened', at: opened, category: 'Incidente' }];
        let at = opened;
        let responded = false;
        let resolved = false;
        let waiting = false;
        for (const { gap, choice } of steps) {
            at += gap * MINUTE;
            const allowed: Kind[] = resolved
                ? ['reopened']
                : [waiting ? 'customerReplied' : 'awaitingCustomer', 'resolved', ...(responded ? [] : (['responded'] as Kind[]))];
            const type = allowed[choice % allowed.length]!;
            if (type === 'responded') responded = true;
            if (type === 'resolved') [resolved, waiting, responded] = [true, false, true];
            if (type === 'reopened') resolved = false;
            if (type === 'awaitingCustomer') waiting = true;
            if (type === 'customerReplied') waiting = false;
            events.push({ type, at } as TicketEvent);
        }
        const contract: Contract = { ...HELPDESK_BR, customerObligations: { ...HELPDESK_BR.customerObligations!, reply: { ...HELPDESK_BR.customerObligations!.reply!, pausesClock } } };
        return { contract, events, opened, end: at, pausesClock };
    });

/** The state of a target's clock at minute t, replaying the events up to t. */
function runsAt(events: readonly TicketEvent[], t: number, kind: 'response' | 'resolution', pausesClock: boolean, ignoreStopsFrom: number): boolean {
    let stopped = false;
    let waiting = false;
    for (const e of events) {
        if (e.at > t) break;
        if (e.type === 'awaitingCustomer') waiting = true;
        // A resolution ends the wait, whichever target is asked about.
        if (e.type === 'customerReplied' || e.type === 'resolved') waiting = false;
        if (e.at >= ignoreStopsFrom) continue;
        if (kind === 'response' && (e.type === 'responded' || e.type === 'resolved')) stopped = true;
        if (kind === 'resolution' && e.type === 'resolved') stopped = true;
        if (kind === 'resolution' && e.type === 'reopened') stopped = false;
    }
    return !stopped && !(pausesClock && waiting);
}

describe('ticket clock = minute-by-minute replay', () => {
    test('elapsed, due and status of business-hour targets', () => {
        fc.assert(
            fc.property(logArb, fc.integer({ min: 0, max: 60 * 24 * 3 }), ({ contract, events, opened, end, pausesClock }, after) => {
                const now = Math.max(opened, end - 600 * MINUTE) + after * MINUTE;
                const known = events.filter((e) => e.at <= now);
                const status = TicketClock.of(contract, events).at(now);
                for (const kind of ['response', 'resolution'] as const) {
                    const target = status[kind]!;
                    const allowance = kind === 'response' ? 60 * MINUTE : 8 * 60 * MINUTE;
                    let elapsed = 0;
                    for (let t = opened; t < now; t += MINUTE) if (reference.isOpen(t) && runsAt(known, t, kind, pausesClock, Infinity)) elapsed += MINUTE;
                    const context = JSON.stringify({ kind, events: known.map((e) => [e.type, (e.at - opened) / MINUTE]), now: (now - opened) / MINUTE });
                    expect(target.elapsedMs, context).toBe(elapsed);
                    expect(target.remainingMs, context).toBe(allowance - elapsed);
                    // The due instant: the clock as known at `now`, the final stop not counted as a stop.
                    const lastStop = target.stoppedAt ?? Infinity;
                    let count = 0;
                    let due: number | null = null;
                    for (let t = opened; t < now + 30 * 24 * 60 * MINUTE; t += MINUTE) {
                        if (reference.isOpen(t) && runsAt(known, t, kind, pausesClock, lastStop)) {
                            count += MINUTE;
                            if (count === allowance) {
                                due = t + MINUTE;
                                break;
                            }
                        }
                    }
                    expect(target.due, context).toBe(due);
                    const stop = target.stoppedAt ?? now;
                    expect(target.state, context).toBe(due !== null && stop > due ? 'breached' : target.stoppedAt !== null ? 'met' : 'pending');
                }
            }),
            { numRuns: 60, seed: SEED },
        );
    });
});
