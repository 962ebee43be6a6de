// A seeded ticket history in Pacto's event log (CSV: ticket,at,event,category,channel) for the categories
// and channels of examples/imolko.pacto, streamed to a file in time order: never held in memory (only the
// events of the tickets still open wait in a heap until their instant comes).
//
//   node bench/replay/generate.mjs OUT.csv [--tickets 1000000] [--seed 1]
//
// Each ticket is opened (Poisson arrivals over 2026, Caracas time, -04:00 all year), responded, waits for the
// customer once or twice in 65% of tickets (awaiting_customer / customer_replied pairs), changes category in
// 3% (after the response), is resolved, and is reopened and resolved again in 3% (within 20 days, inside the
// replay's 30-day reopen window). About 5 events per ticket. Returns (and prints as JSON) what it wrote.
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const CATEGORIES = ['Critica', 'Grave', 'Menor', 'Informacion', 'Requerimiento'];
const WEIGHTS = [1, 3, 4, 3, 2];
const CHANNELS = ['Formulario', 'Correo', 'Guardia', ''];
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Median minutes to the response and to the resolution (after the response), per category. */
const RESPONSE_MEDIAN = { Critica: 20, Grave: 45, Menor: 120, Informacion: 90, Requerimiento: 180 };
const WORK_MEDIAN = { Critica: 90, Grave: 8 * 60, Menor: 2 * 24 * 60, Informacion: 6 * 60, Requerimiento: 5 * 24 * 60 };
const START = Date.parse('2026-01-01T00:00:00-04:00');
const END = Date.parse('2027-01-01T00:00:00-04:00');

/** mulberry32: small, seedable, good enough for test data (as examples/history/generate.mjs). */
export function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Caracas is -04:00 all year: whole seconds, as a help desk writes them. */
const iso = (ms) => new Date(ms - 4 * HOUR).toISOString().slice(0, 19) + '-04:00';

/** A binary min-heap of [at, seq, line], so equal instants keep the order they were made in. */
class Heap {
    items = [];
    get size() {
        return this.items.length;
    }
    less(a, b) {
        return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
    }
    push(x) {
        const h = this.items;
        h.push(x);
        let i = h.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!this.less(h[i], h[p])) break;
            [h[i], h[p]] = [h[p], h[i]];
            i = p;
        }
    }
    peek() {
        return this.items[0];
    }
    pop() {
        const h = this.items;
        const top = h[0];
        const last = h.pop();
        if (h.length > 0) {
            h[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < h.length && this.less(h[l], h[m])) m = l;
                if (r < h.length && this.less(h[r], h[m])) m = r;
                if (m === i) break;
                [h[i], h[m]] = [h[m], h[i]];
                i = m;
            }
        }
        return top;
    }
}

export async function generateHistory(file, { tickets = 1_000_000, seed = 1 } = {}) {
    const rand = random(seed);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    /** Lognormal minutes with the given median, at least one minute, in ms with whole seconds. */
    const lognormal = (median, sigma = 0.9) => Math.max(MIN, Math.round(median * Math.exp(sigma * normal()) * 60) * 1000);
    const totalWeight = WEIGHTS.reduce((a, b) => a + b, 0);
    const pickCategory = () => {
        let x = rand() * totalWeight;
        for (let i = 0; i < CATEGORIES.length; i++) if ((x -= WEIGHTS[i]) < 0) return CATEGORIES[i];
        return CATEGORIES[CATEGORIES.length - 1];
    };
    const out = createWriteStream(file);
    const stats = { file, seed, tickets: 0, events: 0, byEvent: {}, opened: Object.fromEntries(CATEGORIES.map((c) => [c, 0])), changed: 0, reopened: 0, first: null, last: null };
    for (const e of ['opened', 'responded', 'awaiting_customer', 'customer_replied', 'category_changed', 'resolved', 'reopened']) stats.byEvent[e] = 0;
    let buffer = 'ticket,at,event,category,channel\n';
    const flush = async () => {
        if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
        buffer = '';
    };
    const heap = new Heap();
    let seq = 0;
    const emit = async ([at, , line, event]) => {
        buffer += line;
        stats.events++;
        stats.byEvent[event]++;
        stats.first ??= at;
        stats.last = at;
        if (buffer.length > 1 << 16) await flush();
    };
    const mean = (END - START) / tickets;
    let t = START;
    for (let n = 1; n <= tickets; n++) {
        t += Math.max(1000, Math.round((-Math.log(1 - rand()) * mean) / 1000) * 1000);
        while (heap.size > 0 && heap.peek()[0] <= t) await emit(heap.pop());
        const id = `T${String(n).padStart(7, '0')}`;
        let category = pickCategory();
        const channel = CHANNELS[Math.floor(rand() * CHANNELS.length)];
        const events = [[t, 'opened', category, channel]];
        stats.opened[category]++;
        let at = t + lognormal(RESPONSE_MEDIAN[category]);
        events.push([at, 'responded', '', '']);
        if (rand() < 0.03) {
            const others = CATEGORIES.filter((c) => c !== category);
            category = others[Math.floor(rand() * others.length)];
            at += lognormal(30);
            events.push([at, 'category_changed', category, '']);
            stats.changed++;
        }
        const work = WORK_MEDIAN[category];
        if (rand() < 0.65) {
            const pairs = rand() < 0.5 ? 1 : 2;
            for (let p = 0; p < pairs; p++) {
                at += lognormal(work / 4);
                events.push([at, 'awaiting_customer', '', '']);
                at += lognormal(4 * 60, 1.2);
                events.push([at, 'customer_replied', '', '']);
            }
        }
        at += lognormal(work);
        events.push([at, 'resolved', '', '']);
        if (rand() < 0.03) {
            at += Math.min(20 * DAY, lognormal(24 * 60, 0.8));
            events.push([at, 'reopened', '', '']);
            at += lognormal(work / 2);
            events.push([at, 'resolved', '', '']);
            stats.reopened++;
        }
        for (const [when, event, cat, ch] of events) heap.push([when, seq++, `${id},${iso(when)},${event},${cat},${ch}\n`, event]);
        stats.tickets++;
    }
    while (heap.size > 0) await emit(heap.pop());
    await flush();
    await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    stats.first = iso(stats.first);
    stats.last = iso(stats.last);
    return stats;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { tickets: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' } } });
    if (positionals.length !== 1) {
        console.error('usage: node bench/replay/generate.mjs OUT.csv [--tickets N] [--seed S]');
        process.exit(2);
    }
    console.log(JSON.stringify(await generateHistory(positionals[0], { tickets: Number(values.tickets), seed: Number(values.seed) }), null, 2));
}
