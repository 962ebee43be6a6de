import { describe, expect, test } from 'vitest';
import { TicketClock } from '../../runtime/clock/ticket-clock.js';
import { EVENT_ORDER, sortEvents, type TicketEvent } from '../../runtime/clock/events.js';
import { formatInstant } from '../../runtime/time/format.js';
import { HOUR_MS, MINUTE_MS } from '../../runtime/time/units.js';
import type { Contract } from '../../runtime/model.js';
import { HELPDESK_BR, IMOLKO, caracas, saoPaulo } from './fixtures.js';

const ve = (ms: number | null) => (ms === null ? null : formatInstant(ms, 'America/Caracas'));
const br = (ms: number | null) => (ms === null ? null : formatInstant(ms, 'America/Sao_Paulo'));

describe('Imolko: Critica opened Monday 11:30', () => {
    const opened = caracas('2026-03-02T11:30');
    const log: TicketEvent[] = [
        { type: 'opened', at: opened, category: 'Critica' },
        { type: 'responded', at: caracas('2026-03-02T13:10') },
        { type: 'resolved', at: caracas('2026-03-02T17:00') },
    ];
    const clock = TicketClock.of(IMOLKO, log);

    test('before the response', () => {
        const status = clock.at(caracas('2026-03-02T12:45'));
        expect(status.category).toBe('Critica');
        expect(status.response).toMatchObject({ state: 'pending', clock: 'running', elapsedMs: 30 * MINUTE_MS, remainingMs: 30 * MINUTE_MS, calendar: 'Oficina' });
        expect(ve(status.response!.due)).toBe('2026-03-02T13:30:00-04:00');
        expect(ve(status.resolution!.due)).toBe('2026-03-02T16:30:00-04:00');
        expect(status.resolution!.escalations.map((e) => [e.percent, ve(e.at), e.state])).toEqual([
            [50, '2026-03-02T14:30:00-04:00', 'pending'],
            [100, '2026-03-02T16:30:00-04:00', 'pending'],
            [150, '2026-03-03T09:30:00-04:00', 'pending'],
        ]);
        expect(status.response!.escalations).toEqual([]);
    });

    test('response met, resolution breached, escalations fired or cancelled', () => {
        const status = clock.at(caracas('2026-03-02T18:00'));
        expect(status.response).toMatchObject({ state: 'met', clock: 'stopped', elapsedMs: 40 * MINUTE_MS, breachedAt: null });
        expect(ve(status.response!.stoppedAt)).toBe('2026-03-02T13:10:00-04:00');
        expect(status.resolution).toMatchObject({ state: 'breached', clock: 'stopped', elapsedMs: 4.5 * HOUR_MS, remainingMs: -0.5 * HOUR_MS });
        expect(ve(status.resolution!.breachedAt)).toBe('2026-03-02T16:30:00-04:00');
        expect(status.resolution!.escalations.map((e) => e.state)).toEqual(['fired', 'fired', 'cancelled']);
    });

    test('still open the next morning: overdue and every step fired', () => {
        const status = TicketClock.of(IMOLKO, log.slice(0, 2)).at(caracas('2026-03-03T10:00'));
        expect(status.resolution).toMatchObject({ state: 'breached', clock: 'running', elapsedMs: 6.5 * HOUR_MS, remainingMs: -2.5 * HOUR_MS });
        expect(status.resolution!.escalations.map((e) => e.state)).toEqual(['fired', 'fired', 'fired']);
    });

    test('resolving exactly at the due instant is on time', () => {
        const onTime = TicketClock.of(IMOLKO, [log[0]!, { type: 'resolved', at: caracas('2026-03-02T16:30') }]).at(caracas('2026-03-04T00:00'));
        expect(onTime.resolution).toMatchObject({ state: 'met', breachedAt: null });
        // A resolution also answers the customer: the response stops with it.
        expect(onTime.response).toMatchObject({ state: 'breached', stoppedAt: caracas('2026-03-02T16:30') });
        expect(onTime.resolution!.escalations.map((e) => e.state)).toEqual(['fired', 'cancelled', 'cancelled']);
    });

    test('a deadline on a closing instant: resolving after it is late even with no open time between', () => {
        const clock4 = TicketClock.of(IMOLKO, [
            { type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Critica' },
            { type: 'responded', at: caracas('2026-03-02T08:10') },
            { type: 'resolved', at: caracas('2026-03-02T12:30') },
        ]);
        const status = clock4.at(caracas('2026-03-02T13:00'));
        expect(ve(status.resolution!.due)).toBe('2026-03-02T12:00:00-04:00');
        expect(status.resolution).toMatchObject({ state: 'breached', elapsedMs: 4 * HOUR_MS, remainingMs: 0 });
    });

    test('awaiting the customer does not pause without a `pauses clock` obligation', () => {
        const status = TicketClock.of(IMOLKO, [
            log[0]!,
            { type: 'awaitingCustomer', at: caracas('2026-03-02T13:00') },
            { type: 'customerReplied', at: caracas('2026-03-02T15:00') },
        ]).at(caracas('2026-03-02T14:00'));
        expect(status.awaitingCustomer).toBe(true);
        expect(status.resolution).toMatchObject({ clock: 'running', elapsedMs: 1.5 * HOUR_MS });
        expect(status.customerReplies).toEqual([]);
    });
});

describe('category changes', () => {
    test('an upgrade: elapsed time carries over; a target already exceeded is breached at the change', () => {
        const change = caracas('2026-03-03T10:00');
        const clock = TicketClock.of(IMOLKO, [
            { type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Menor' },
            { type: 'categoryChanged', at: change, category: 'Critica' },
        ]);
        const before = clock.at(caracas('2026-03-03T09:00'));
        expect(before.category).toBe('Menor');
        expect(before.response).toBeNull();
        expect(before.resolution).toMatchObject({ state: 'pending', elapsedMs: 9 * HOUR_MS, remainingMs: 103 * HOUR_MS });
        const after = clock.at(caracas('2026-03-03T11:00'));
        expect(after.category).toBe('Critica');
        expect(after.resolution).toMatchObject({ state: 'breached', breachedAt: change, elapsedMs: 11 * HOUR_MS, remainingMs: -7 * HOUR_MS });
        expect(ve(after.resolution!.due)).toBe('2026-03-02T12:00:00-04:00');
        expect(after.response).toMatchObject({ state: 'breached', breachedAt: change });
        // Escalations cannot fire before the change that made them due.
        expect(after.resolution!.escalations.map((e) => [e.percent, e.at, e.state])).toEqual([
            [50, change, 'fired'],
            [100, change, 'fired'],
            [150, change, 'fired'],
        ]);
    });

    test('a change that still leaves time: the new due from the opening', () => {
        const clock = TicketClock.of(IMOLKO, [
            { type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Grave' },
            { type: 'categoryChanged', at: caracas('2026-03-02T12:00'), category: 'Informacion' },
        ]);
        const status = clock.at(caracas('2026-03-02T14:00'));
        expect(ve(status.resolution!.due)).toBe('2026-03-03T17:00:00-04:00');
        expect(status.resolution).toMatchObject({ category: 'Informacion', elapsedMs: 5 * HOUR_MS, remainingMs: 11 * HOUR_MS, state: 'pending' });
        // Informacion has no response target and no escalations.
        expect(status.response).toBeNull();
        expect(status.resolution!.escalations).toEqual([]);
    });

    test('a target that already stopped keeps the category it stopped under', () => {
        const clock = TicketClock.of(IMOLKO, [
            { type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Critica' },
            { type: 'responded', at: caracas('2026-03-02T08:30') },
            { type: 'categoryChanged', at: caracas('2026-03-02T10:00'), category: 'Menor' },
        ]);
        const status = clock.at(caracas('2026-03-02T11:00'));
        expect(status.response).toMatchObject({ category: 'Critica', state: 'met' });
        expect(status.resolution).toMatchObject({ category: 'Menor', state: 'pending', escalations: [] });
    });

    test('a change on another calendar measures the same running time on the new calendar', () => {
        const twoCalendars: Contract = {
            ...IMOLKO,
            categories: [
                ...IMOLKO.categories,
                { name: 'Urgente', description: [], priority: 0, response: null, resolution: { kind: 'wall', minutes: 24 * 60, text: '24 hours' } },
            ],
        };
        const clock = TicketClock.of(twoCalendars, [
            { type: 'opened', at: caracas('2026-03-06T16:00'), category: 'Menor' },
            { type: 'categoryChanged', at: caracas('2026-03-07T10:00'), category: 'Urgente' },
        ]);
        const status = clock.at(caracas('2026-03-07T12:00'));
        expect(status.resolution).toMatchObject({ calendar: 'always', elapsedMs: 20 * HOUR_MS, remainingMs: 4 * HOUR_MS });
        expect(ve(status.resolution!.due)).toBe('2026-03-07T16:00:00-04:00');
    });
});

describe('reopen', () => {
    const log: TicketEvent[] = [
        { type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Grave' },
        { type: 'responded', at: caracas('2026-03-02T09:00') },
        { type: 'resolved', at: caracas('2026-03-02T15:00') },
        { type: 'reopened', at: caracas('2026-03-04T10:00') },
        { type: 'resolved', at: caracas('2026-03-06T09:00') },
    ];
    const clock = TicketClock.of(IMOLKO, log);

    test('while resolved the clock is stopped and met', () => {
        const status = clock.at(caracas('2026-03-03T10:00'));
        expect(status.resolution).toMatchObject({ clock: 'stopped', state: 'met', elapsedMs: 6 * HOUR_MS, stoppedAt: caracas('2026-03-02T15:00') });
    });

    test('after a reopen the clock resumes from the elapsed time at resolution', () => {
        const status = clock.at(caracas('2026-03-04T11:00'));
        expect(status.resolution).toMatchObject({ clock: 'running', state: 'pending', elapsedMs: 7 * HOUR_MS, remainingMs: 13 * HOUR_MS });
        expect(ve(status.resolution!.due)).toBe('2026-03-05T17:00:00-04:00');
        // The response stays met.
        expect(status.response).toMatchObject({ state: 'met' });
    });

    test('the second resolution is judged against the resumed deadline', () => {
        const status = clock.at(caracas('2026-03-06T12:00'));
        expect(status.resolution).toMatchObject({ state: 'breached', clock: 'stopped', stoppedAt: caracas('2026-03-06T09:00') });
        expect(ve(status.resolution!.breachedAt)).toBe('2026-03-05T17:00:00-04:00');
    });
});

describe('helpdesk-br: awaiting the customer pauses the clock (reverse SLA)', () => {
    const opened = saoPaulo('2026-03-02T10:00');
    const log: TicketEvent[] = [
        { type: 'opened', at: opened, category: 'Duvida' },
        { type: 'responded', at: saoPaulo('2026-03-02T11:00') },
        { type: 'awaitingCustomer', at: saoPaulo('2026-03-02T11:00') },
        { type: 'customerReplied', at: saoPaulo('2026-03-03T15:00') },
    ];

    test('while awaiting: provider clock paused, customer clock running', () => {
        const status = TicketClock.of(HELPDESK_BR, log.slice(0, 3)).at(saoPaulo('2026-03-03T12:00'));
        expect(status.awaitingCustomer).toBe(true);
        expect(status.response).toMatchObject({ state: 'met', clock: 'stopped' });
        expect(status.resolution).toMatchObject({ clock: 'paused', due: null, state: 'pending', elapsedMs: HOUR_MS, allowanceMs: 18 * HOUR_MS, remainingMs: 17 * HOUR_MS });
        expect(status.customerReplies).toHaveLength(1);
        expect(status.customerReplies[0]).toMatchObject({ state: 'pending', endedAt: null, elapsedMs: 10 * HOUR_MS });
        expect(br(status.customerReplies[0]!.due)).toBe('2026-03-04T11:00:00-03:00');
    });

    test('after the reply the business-days deadline moves by the paused open time', () => {
        const status = TicketClock.of(HELPDESK_BR, log).at(saoPaulo('2026-03-04T09:00'));
        // 2 business days from Monday 10:00 is Wednesday 10:00; 13 open hours were paused → Thursday 14:00.
        expect(br(status.resolution!.due)).toBe('2026-03-05T14:00:00-03:00');
        expect(status.resolution).toMatchObject({ clock: 'running', elapsedMs: 4 * HOUR_MS, remainingMs: 14 * HOUR_MS });
        expect(status.customerReplies[0]).toMatchObject({ state: 'met', endedBy: 'reply' });
    });

    test('a customer who does not reply in 2 business days breaches, the provider clock stays paused', () => {
        const status = TicketClock.of(HELPDESK_BR, log.slice(0, 3)).at(saoPaulo('2026-03-04T12:00'));
        expect(status.customerReplies[0]).toMatchObject({ state: 'breached', breachedAt: saoPaulo('2026-03-04T11:00') });
        expect(status.resolution).toMatchObject({ clock: 'paused', state: 'pending' });
        const late = TicketClock.of(HELPDESK_BR, [...log.slice(0, 3), { type: 'customerReplied', at: saoPaulo('2026-03-05T10:00') }]).at(saoPaulo('2026-03-05T10:00'));
        expect(late.customerReplies[0]).toMatchObject({ state: 'breached', endedBy: 'reply' });
    });

    test('resolving while awaiting ends the wait; the duty closes if it was not yet due', () => {
        const status = TicketClock.of(HELPDESK_BR, [...log.slice(0, 3), { type: 'resolved', at: saoPaulo('2026-03-03T10:00') }]).at(saoPaulo('2026-03-06T10:00'));
        expect(status.awaitingCustomer).toBe(false);
        expect(status.customerReplies[0]).toMatchObject({ state: 'closed', endedBy: 'resolved' });
        expect(status.resolution).toMatchObject({ state: 'met', elapsedMs: HOUR_MS });
    });

    test('waiting before the response pauses the response clock too', () => {
        const status = TicketClock.of(HELPDESK_BR, [
            { type: 'opened', at: opened, category: 'Duvida' },
            { type: 'awaitingCustomer', at: saoPaulo('2026-03-02T10:30') },
            { type: 'customerReplied', at: saoPaulo('2026-03-02T14:00') },
        ]).at(saoPaulo('2026-03-02T15:00'));
        expect(br(status.response!.due)).toBe('2026-03-02T17:30:00-03:00');
        expect(status.response).toMatchObject({ elapsedMs: 1.5 * HOUR_MS, remainingMs: 2.5 * HOUR_MS });
    });

    test('wall-clock targets stop for pauses too, escalations included', () => {
        const start = saoPaulo('2026-03-07T22:00');
        const status = TicketClock.of(HELPDESK_BR, [
            { type: 'opened', at: start, category: 'Indisponibilidade' },
            { type: 'awaitingCustomer', at: saoPaulo('2026-03-07T22:30') },
            { type: 'customerReplied', at: saoPaulo('2026-03-07T23:30') },
        ]).at(saoPaulo('2026-03-08T00:30'));
        expect(br(status.response!.due)).toBe('2026-03-07T22:15:00-03:00');
        expect(status.response).toMatchObject({ state: 'breached', calendar: 'always' });
        expect(br(status.resolution!.due)).toBe('2026-03-08T03:00:00-03:00');
        expect(status.resolution!.escalations.map((e) => [e.percent, br(e.at), e.state])).toEqual([
            [25, '2026-03-08T00:00:00-03:00', 'fired'],
            [100, '2026-03-08T03:00:00-03:00', 'pending'],
        ]);
    });
});

describe('event order and validity', () => {
    test('the documented order for simultaneous events', () => {
        expect(EVENT_ORDER).toEqual(['opened', 'categoryChanged', 'customerReplied', 'awaitingCustomer', 'responded', 'resolved', 'reopened']);
        const t = 1000;
        const sorted = sortEvents([
            { type: 'reopened', at: t },
            { type: 'resolved', at: t },
            { type: 'responded', at: t },
            { type: 'awaitingCustomer', at: t },
            { type: 'customerReplied', at: t },
            { type: 'categoryChanged', at: t, category: 'X' },
            { type: 'opened', at: t, category: 'Y' },
            { type: 'responded', at: t - 1 },
        ]);
        expect(sorted.map((e) => e.type)).toEqual(['responded', 'opened', 'categoryChanged', 'customerReplied', 'awaitingCustomer', 'responded', 'resolved', 'reopened']);
    });

    test('a category set at the opening instant is the category from the start, whatever the log order', () => {
        const t = caracas('2026-03-02T08:00');
        const status = TicketClock.of(IMOLKO, [
            { type: 'categoryChanged', at: t, category: 'Critica' },
            { type: 'opened', at: t, category: 'Menor' },
        ]).at(caracas('2026-03-02T08:30'));
        expect(status.category).toBe('Critica');
        expect(status.response).toMatchObject({ state: 'pending', breachedAt: null });
    });

    test('a reply and a new question at one instant: one wait ends, the next begins, no gap', () => {
        const t = saoPaulo('2026-03-02T12:00');
        const clock = TicketClock.of(HELPDESK_BR, [
            { type: 'opened', at: saoPaulo('2026-03-02T10:00'), category: 'Incidente' },
            { type: 'awaitingCustomer', at: saoPaulo('2026-03-02T11:00') },
            { type: 'awaitingCustomer', at: t },
            { type: 'customerReplied', at: t },
            { type: 'customerReplied', at: saoPaulo('2026-03-02T13:00') },
        ]);
        expect(clock.ignored).toEqual([]);
        const status = clock.at(saoPaulo('2026-03-02T14:00'));
        expect(status.customerReplies.map((r) => [br(r.since), br(r.endedAt), r.state])).toEqual([
            ['2026-03-02T11:00:00-03:00', '2026-03-02T12:00:00-03:00', 'met'],
            ['2026-03-02T12:00:00-03:00', '2026-03-02T13:00:00-03:00', 'met'],
        ]);
        expect(status.resolution).toMatchObject({ elapsedMs: 2 * HOUR_MS });
    });

    test('resolved and reopened at one instant is a stop of zero length; responded and resolved together is a first-contact resolution', () => {
        const t = caracas('2026-03-02T10:00');
        const status = TicketClock.of(IMOLKO, [
            { type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Grave' },
            { type: 'reopened', at: t },
            { type: 'resolved', at: t },
        ]).at(caracas('2026-03-02T11:00'));
        expect(status.resolution).toMatchObject({ clock: 'running', elapsedMs: 3 * HOUR_MS });
        // Grave's 2-hour response was due at 10:00: the resolution at 10:00 answered just in time.
        expect(status.response).toMatchObject({ state: 'met', stoppedAt: t });
        const fcr = TicketClock.of(IMOLKO, [
            { type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Grave' },
            { type: 'resolved', at: caracas('2026-03-02T09:00') },
            { type: 'responded', at: caracas('2026-03-02T09:00') },
        ]);
        expect(fcr.ignored).toEqual([]);
        expect(fcr.at(caracas('2026-03-02T09:00')).response).toMatchObject({ state: 'met', stoppedAt: caracas('2026-03-02T09:00') });
    });

    test('impossible events are ignored with a reason; later events are invisible to earlier instants', () => {
        const clock = TicketClock.of(IMOLKO, [
            { type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Grave' },
            { type: 'opened', at: caracas('2026-03-02T08:05'), category: 'Grave' },
            { type: 'customerReplied', at: caracas('2026-03-02T08:10') },
            { type: 'reopened', at: caracas('2026-03-02T08:20') },
            { type: 'categoryChanged', at: caracas('2026-03-02T08:30'), category: 'Nope' },
            { type: 'categoryChanged', at: caracas('2026-03-02T08:40'), category: 'Grave' },
            { type: 'responded', at: caracas('2026-03-02T09:00') },
            { type: 'responded', at: caracas('2026-03-02T09:30') },
            { type: 'resolved', at: caracas('2026-03-02T10:00') },
            { type: 'awaitingCustomer', at: caracas('2026-03-02T10:30') },
            { type: 'resolved', at: caracas('2026-03-02T11:00') },
        ]);
        expect(clock.ignored.map((i) => i.reason)).toEqual([
            'the ticket is already open',
            'not awaiting the customer',
            'the ticket is not resolved',
            'no category "Nope" in the contract',
            'the category does not change',
            'already responded',
            'the ticket is resolved',
            'already resolved',
        ]);
        expect(clock.at(caracas('2026-03-02T08:59')).response).toMatchObject({ state: 'pending', stoppedAt: null });
        expect(clock.at(caracas('2026-03-02T09:00')).response).toMatchObject({ state: 'met' });
    });

    test('errors', () => {
        expect(() => TicketClock.of(IMOLKO, [])).toThrow(/start with an "opened"/);
        expect(() => TicketClock.of(IMOLKO, [{ type: 'opened', at: 0, category: 'Nope' }])).toThrow(/no category/);
        const clock = TicketClock.of(IMOLKO, [{ type: 'opened', at: caracas('2026-03-02T08:00'), category: 'Grave' }]);
        expect(() => clock.at(caracas('2026-03-01T08:00'))).toThrow(/not open yet/);
        expect(() => clock.at(NaN)).toThrow(RangeError);
    });
});
