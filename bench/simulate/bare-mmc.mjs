// The floor for the simulator: an M/M/c queue as bare as JavaScript allows, an event heap keyed by
// (time, priority, sequence) in typed arrays, a FIFO ring of waiting tickets, and only the answers the bench
// compares (tickets, share answered within the target, mean wait). It draws from the simulator's streams
// (xoshiro128** seeded as runtime/simulate/random.ts seeds them, arrivals and handling times in the same
// order) so that both must give exactly the same answers: no contract, no calendar, no per-category or
// per-channel counters, no histogram of times, no queue samples. What the engine costs on top is its own.
//
//   bareMmc({ start, length, ratePerMs, meanMs, c, targetMs, seed, index, arrivalKeys, ticketKeys })

function mix32(x) {
    x = (x + 0x9e3779b9) | 0;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    return (x ^ (x >>> 16)) >>> 0;
}

/** runtime/simulate/random.ts's stream of (seed, ...keys): next() in (0, 1). */
function xoshiro(seed, keys) {
    let h = mix32(seed >>> 0);
    for (const k of keys) h = mix32(h ^ mix32(k >>> 0));
    let a = mix32(h ^ 1);
    let b = mix32(h ^ 2);
    let c = mix32(h ^ 3);
    let d = mix32(h ^ 4);
    if ((a | b | c | d) === 0) a = 1;
    const rotl = (x, k) => (x << k) | (x >>> (32 - k));
    return () => {
        const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = rotl(d, 11);
        return ((result >>> 0) + 0.5) / 4294967296;
    };
}

const DONE = 0;
/** After an agent's release at the same instant, as in the engine. */
const ARRIVAL = 2;

export function bareMmc({ start: periodStart, length, ratePerMs, meanMs, c, targetMs, seed, index, arrivalKeys, ticketKeys }) {
    const arrivalsRandom = xoshiro(seed, [index, 1, ...arrivalKeys]);
    const serviceRandom = xoshiro(seed, [index, 2, ...ticketKeys]);
    const meanGap = 1 / ratePerMs;
    let cap = 1024;
    let time = new Float64Array(cap);
    let tie = new Float64Array(cap);
    let size = 0;
    let seq = 0;
    const push = (t, priority) => {
        if (size === cap) {
            cap *= 2;
            const t2 = new Float64Array(cap);
            t2.set(time);
            time = t2;
            const p2 = new Float64Array(cap);
            p2.set(tie);
            tie = p2;
        }
        const k = priority * 1099511627776 + seq++;
        let i = size++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pt = time[parent];
            if (pt < t || (pt === t && tie[parent] < k)) break;
            time[i] = pt;
            tie[i] = tie[parent];
            i = parent;
        }
        time[i] = t;
        tie[i] = k;
    };
    const pop = () => {
        const n = --size;
        if (n === 0) return;
        const t = time[n];
        const k = tie[n];
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= n) break;
            const right = child + 1;
            if (right < n && (time[right] < time[child] || (time[right] === time[child] && tie[right] < tie[child]))) child = right;
            const ct = time[child];
            if (t < ct || (t === ct && k < tie[child])) break;
            time[i] = ct;
            tie[i] = tie[child];
            i = child;
        }
        time[i] = t;
        tie[i] = k;
    };
    // Waiting tickets: their arrival instant and handling time, in a ring.
    let opened = new Float64Array(1024);
    let handling = new Float64Array(1024);
    let head = 0;
    let waiting = 0;
    let free = c;
    let tickets = 0;
    let within = 0;
    let waitSum = 0;
    const begin = (arrivedAt, work, now) => {
        free--;
        push(now + work, DONE);
        if (now <= arrivedAt + targetMs) within++;
        waitSum += Math.round(Math.max(0, now - arrivedAt));
    };
    let reading = -meanGap * Math.log(arrivalsRandom());
    if (reading < length) push(periodStart + reading, ARRIVAL);
    while (size > 0) {
        const now = time[0];
        const priority = tie[0] >= 1099511627776 ? ARRIVAL : DONE;
        pop();
        if (priority === ARRIVAL) {
            tickets++;
            const work = -meanMs * Math.log(serviceRandom());
            if (free > 0) begin(now, work, now);
            else {
                if (waiting === opened.length) {
                    const o = new Float64Array(opened.length * 2);
                    const h = new Float64Array(opened.length * 2);
                    for (let i = 0; i < waiting; i++) {
                        o[i] = opened[(head + i) % opened.length];
                        h[i] = handling[(head + i) % opened.length];
                    }
                    opened = o;
                    handling = h;
                    head = 0;
                }
                const at = (head + waiting) % opened.length;
                opened[at] = now;
                handling[at] = work;
                waiting++;
            }
            reading += -meanGap * Math.log(arrivalsRandom());
            if (reading < length) push(periodStart + reading, ARRIVAL);
        } else {
            free++;
            if (waiting > 0) {
                const arrivedAt = opened[head];
                const work = handling[head];
                head = (head + 1) % opened.length;
                waiting--;
                begin(arrivedAt, work, now);
            }
        }
    }
    return { tickets, onTime: within / tickets, meanWaitMs: waitSum / tickets };
}
