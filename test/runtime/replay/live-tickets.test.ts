// LiveTickets places a ticket in the home slot of its idKey and moves an older ticket out when a newer one
// needs that home, and doubles its home slots as it fills: held against a plain Map of what it should hold,
// over ids that share numbers under several prefixes (same homes), long ids (kept as strings), ids without a
// number, and enough tickets held at once to grow several times. The quiet queue must still name, for each
// resolved ticket, the slot it is in now.
import { describe, expect, it } from 'vitest';
import { idKey, LiveTickets, QuietQueue, RESOLVED, OPENED } from '../../../runtime/replay/live-tickets.js';
import { random as seededRandom } from '../../fuzz/random.js';

/** The fuzzers' seeded mulberry32 (test/fuzz/random.ts), as a bare function. */
const random = (seed: number): (() => number) => seededRandom(seed).next;

interface Held {
    seq: number;
    lastAt: number;
    stamp: number;
    resolved: boolean;
    events: number;
    /** Each event's instant and row, in order. */
    held: [number, number][];
}

describe('LiveTickets', () => {
    it('idKey: the trailing number plus a hash of the rest, the same on a range of a line', () => {
        expect(idKey('T0000002', 0, 8) - idKey('T0000001', 0, 8)).toBe(1);
        expect(idKey('x,T0000041,y', 2, 10)).toBe(idKey('T0000041', 0, 8));
        expect(idKey('A7', 0, 2)).not.toBe(idKey('B7', 0, 2));
        expect(idKey('abc', 0, 3)).toBe(idKey('abc', 0, 3));
    });

    it('finds every held ticket, and only those, through moves and growth', () => {
        for (const seed of [1, 2, 3]) {
            const rand = random(seed);
            const quiet = new QuietQueue();
            const live = new LiveTickets(quiet);
            const model = new Map<string, Held>();
            const names: string[] = [];
            let seq = 0;
            let stamps = 0;
            let now = 0;
            let moved = 0;
            const prefixes = ['T', 'INC-', 'REQ-', '', 'averyveryverylongprefix-'];
            const check = () => {
                expect(live.size).toBe(model.size);
                for (const [id, h] of model) {
                    const slot = live.slotOf(id);
                    expect(slot, id).toBeDefined();
                    expect(live.idOf(slot!)).toBe(id);
                    expect(live.seqOf(slot!)).toBe(h.seq);
                    expect(live.lastAt(slot!)).toBe(h.lastAt);
                    expect(live.stamp(slot!)).toBe(h.stamp);
                    expect(live.resolved(slot!)).toBe(h.resolved);
                    expect(live.count(slot!)).toBe(h.events);
                    const events: [number, number][] = [];
                    live.forEach(slot!, (i) => events.push([live.evAt(i), live.evRow(i)]));
                    expect(events).toEqual(h.held);
                }
            };
            for (let step = 0; step < 16_000; step++) {
                now += 1000;
                const r = rand();
                if (r < 0.35 || names.length === 0) {
                    // Numbers in order under a prefix, a few of them repeated under another prefix.
                    const prefix = prefixes[Math.floor(rand() * prefixes.length)]!;
                    const id = rand() < 0.02 ? `word${Math.floor(rand() * 1e6).toString(36)}` : `${prefix}${String(step >> 1).padStart(7, '0')}`;
                    if (model.has(id)) continue;
                    const slot = live.open(id, null, 'h.csv', step, seq);
                    const stamp = ++stamps;
                    live.push(slot, now, OPENED, 0, step, -1, NaN, step, stamp, false);
                    model.set(id, { seq: seq++, lastAt: now, stamp, resolved: false, events: 1, held: [[now, step]] });
                    names.push(id);
                } else if (r < 0.8) {
                    const id = names[Math.floor(rand() * names.length)]!;
                    const h = model.get(id);
                    if (!h) continue;
                    const slot = live.slotOf(id)!;
                    const stamp = ++stamps;
                    const resolve = rand() < 0.4;
                    if (live.push(slot, now, resolve ? RESOLVED : 4, -1, step, -1, NaN, step, stamp, resolve)) quiet.push(now, stamp, slot);
                    Object.assign(h, { lastAt: now, stamp, resolved: resolve, events: h.events + 1 });
                    h.held.push([now, step]);
                } else {
                    // Forget the resolved tickets the queue names first, as the sweep does (stale entries skipped).
                    for (let k = 0; k < 3 && quiet.size > 0; k++) {
                        const slot = quiet.topSlot();
                        const stamp = quiet.topStamp();
                        quiet.pop();
                        if (live.stamp(slot) !== stamp || !live.resolved(slot)) continue;
                        const id = live.idOf(slot);
                        expect(model.get(id)?.stamp).toBe(stamp);
                        live.release(slot);
                        model.delete(id);
                    }
                }
                if (step % 5000 === 0) check();
                moved = Math.max(moved, (live as unknown as { table: { size: number } }).table.size);
            }
            // The test has reached what it is about: tickets out of their home, and home slots doubled.
            expect(moved).toBeGreaterThan(10);
            expect((live as unknown as { ring: number }).ring).toBeGreaterThan(4096);
            check();
            // Every resolved ticket is still named by a live entry of the queue, under the slot it is in now.
            const named = new Set<string>();
            while (quiet.size > 0) {
                const slot = quiet.topSlot();
                const stamp = quiet.topStamp();
                quiet.pop();
                if (slot < 0 || live.seqOf(slot) < 0 || live.stamp(slot) !== stamp || !live.resolved(slot)) continue;
                named.add(live.idOf(slot));
            }
            expect(named).toEqual(new Set([...model].filter(([, h]) => h.resolved).map(([id]) => id)));
            expect(live.slots().map((s) => live.seqOf(s))).toEqual([...model.values()].map((h) => h.seq).sort((a, b) => a - b));
        }
    });

    it("gives each ticket the channel it was opened with, through growth, past 255 names", () => {
        const live = new LiveTickets(new QuietQueue());
        const channels = ['Correo', 'Guardia', null];
        // 300 names made at run time (new strings, not the contract's) and, at every third ticket, a copy of one.
        const channelOf = (i: number) => (i % 7 === 0 ? channels[i % 3]! : i % 3 === 0 ? ['Ch', String(i % 40)].join('') : ['C', String(i)].join(''));
        const n = 6000;
        for (let i = 0; i < n; i++) live.open(`T${String(i).padStart(7, '0')}`, channelOf(i), 'h.csv', i + 2, i);
        for (let i = 0; i < n; i++) expect(live.channelOf(live.slotOf(`T${String(i).padStart(7, '0')}`)!)).toBe(channelOf(i));
        // A slot freed and reused keeps no channel of the ticket before.
        const slot = live.slotOf('T0000005')!;
        live.release(slot);
        const again = live.open('T0000005', null, 'h.csv', 9, n);
        expect(live.channelOf(again)).toBeNull();
    });
});
