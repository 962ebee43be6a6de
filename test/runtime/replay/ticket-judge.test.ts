// The Replay's fast judge (runtime/replay/ticket-judge.ts) against TicketClock itself (`clockOnly`): the same
// outcome for every ticket, the same problems, on random tickets of the four example contracts (channels,
// category changes, waits that pause the clock or not, reopenings, events at one instant in any file order,
// events the clock sets aside, ratings), judged as of their last event or as of a range's end cutting them.
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../runtime/model.js';
import { HISTORY_EVENTS, type HistoryRecord } from '../../../runtime/replay/records.js';
import { Replay, type TicketOutcome } from '../../../runtime/replay/replay.js';
import { exampleContract } from '../export/examples.js';
import { random as seededRandom } from '../../fuzz/random.js';

/** The fuzzers' seeded mulberry32 (test/fuzz/random.ts), as a bare function. */
const random = (seed: number): (() => number) => seededRandom(seed).next;

const MIN = 60_000;
const COLUMNS = { ticket: 1, at: 2, event: 3, category: 4, channel: 5 };

/** Random tickets' rows, in file order (tickets interleaved, each ticket's rows in time order or at one instant). */
function history(contract: Contract, seed: number, tickets: number): HistoryRecord[] {
    const rand = random(seed);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const categories = contract.categories.map((c) => c.name);
    const channels = [...contract.channels.map((c) => c.name), null];
    const rows: { at: number; order: number; record: Omit<HistoryRecord, 'row'> }[] = [];
    let order = 0;
    for (let n = 0; n < tickets; n++) {
        const ticket = `T${n}`;
        let at = Date.UTC(2026, 0, 1) + Math.floor(rand() * 330 * 24 * 60) * MIN;
        const base = { kind: 'event' as const, file: 'h.csv', columns: COLUMNS, ticket, local: false, firstContact: null, satisfaction: null };
        rows.push({ at, order: order++, record: { ...base, at, event: 'opened', category: pick(categories), channel: pick(channels) } });
        const events = 1 + Math.floor(rand() * 8);
        let waiting = false;
        let resolvedNow = false;
        for (let e = 0; e < events; e++) {
            // Some events share the previous one's instant, so their order is EVENT_ORDER's, not the file's.
            if (rand() >= 0.15) at += Math.floor(rand() * (rand() < 0.5 ? 600 : 6 * 24 * 60)) * MIN;
            // Mostly what a help desk does next; now and then any event, which the clock may set aside.
            const likely = resolvedNow ? (['reopened'] as const) : waiting ? (['customer_replied', 'resolved', 'responded', 'category_changed'] as const) : (['responded', 'awaiting_customer', 'resolved', 'category_changed'] as const);
            const event = rand() < 0.9 ? pick(likely) : pick(HISTORY_EVENTS.filter((x) => x !== 'opened'));
            if (event === 'awaiting_customer' && !resolvedNow) waiting = true;
            if (event === 'customer_replied') waiting = false;
            if (event === 'resolved') [resolvedNow, waiting] = [true, false];
            if (event === 'reopened') resolvedNow = false;
            const resolved = event === 'resolved';
            rows.push({
                at,
                order: order++,
                record: {
                    ...base,
                    at,
                    event,
                    category: event === 'category_changed' ? pick(categories) : null,
                    channel: null,
                    firstContact: resolved && rand() < 0.7 ? rand() < 0.5 : null,
                    satisfaction: resolved && rand() < 0.5 ? 1 + Math.floor(rand() * 5) : null,
                },
            });
        }
    }
    rows.sort((a, b) => a.at - b.at || a.order - b.order);
    return rows.map((r, i) => ({ ...r.record, row: i + 2 }));
}

/** A reused outcome's fields as plain objects (its id is a getter: a structured clone would leave it out). */
function copied(o: TicketOutcome): TicketOutcome {
    return {
        ticket: o.ticket,
        channel: o.channel,
        opened: o.opened,
        at: o.at,
        category: o.category,
        targets: o.targets.map((t) => ({ ...t })),
        resolutions: o.resolutions.map((r) => ({ ...r })),
        escalations: o.escalations.map((e) => ({ ...e })),
        customerLate: o.customerLate.map((c) => ({ ...c })),
        open: o.open,
    };
}

function replay(contract: Contract, records: readonly HistoryRecord[], clockOnly: boolean, until?: number, reusesOutcomes = false) {
    const outcomes: TicketOutcome[] = [];
    // Reused outcomes are written over by the next ticket: kept as copies, as of the moment they were handed over.
    const onTicket = reusesOutcomes ? (o: TicketOutcome) => outcomes.push(copied(o)) : (o: TicketOutcome) => outcomes.push(o);
    const r = new Replay({ contract, clockOnly, reopenWindowMs: 5 * 24 * 60 * MIN, onTicket, reusesOutcomes, ...(until !== undefined ? { until } : {}) });
    for (const record of records) r.add(record);
    r.finish();
    return { outcomes, problems: r.problems };
}

describe('the fast judge', () => {
    for (const name of ['imolko', 'helpdesk-br', 'saas-hosting', 'internal-it']) {
        it(`judges every ticket of ${name} as TicketClock does`, async () => {
            const contract = await exampleContract(`${name}.pacto`);
            for (const seed of [1, 2, 3]) {
                const records = history(contract, seed, 1500);
                const fast = replay(contract, records, false);
                const clock = replay(contract, records, true);
                expect(fast.outcomes.length).toBeGreaterThan(1000);
                expect(fast.outcomes).toEqual(clock.outcomes);
                expect(fast.problems).toEqual(clock.problems);
                // A range that ends mid-history: tickets still open then, waits not over, steps not due yet.
                const until = Date.UTC(2026, 5, 15, 13, 7);
                const cut = replay(contract, records, false, until);
                expect(cut.outcomes.some((o) => o.open)).toBe(true);
                expect(cut.outcomes).toEqual(replay(contract, records, true, until).outcomes);
                // Written in place ticket after ticket (as the report asks), each outcome as handed over is the same.
                expect(replay(contract, records, false, undefined, true).outcomes).toEqual(clock.outcomes);
                expect(replay(contract, records, false, until, true).outcomes).toEqual(cut.outcomes);
            }
        });
    }
});
