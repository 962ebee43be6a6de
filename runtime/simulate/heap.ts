/**
 * The event list: a binary min-heap keyed by (time, priority, sequence), in typed arrays, with no object per
 * event. The sequence is the insertion order, so events at the same instant and priority come out first-in
 * first-out and the order never depends on the heap's internal layout. An event's kind and data travel as
 * one Int32 (data · 4 + kind), so a sift moves three numbers, not four.
 */
export class EventHeap {
    private time = new Float64Array(1024);
    /** priority · 2^40 + sequence: exact in a double. */
    private tie = new Float64Array(1024);
    private payload = new Int32Array(1024);
    private seq = 0;
    size = 0;

    clear(): void {
        this.size = 0;
        this.seq = 0;
    }

    /** `kind` in 0..3, `data` in 0..2^29 − 1. */
    push(time: number, priority: number, kind: number, data: number): void {
        if (this.size === this.time.length) this.grow();
        const tie = priority * 1099511627776 + this.seq++;
        const payload = data * 4 + kind;
        const T = this.time;
        const P = this.tie;
        const D = this.payload;
        let i = this.size++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pt = T[parent]!;
            if (pt < time || (pt === time && P[parent]! < tie)) break;
            T[i] = pt;
            P[i] = P[parent]!;
            D[i] = D[parent]!;
            i = parent;
        }
        T[i] = time;
        P[i] = tie;
        D[i] = payload;
    }

    /** Time of the first event (undefined behaviour when empty). */
    topTime(): number {
        return this.time[0]!;
    }
    topKind(): number {
        return this.payload[0]! & 3;
    }
    topData(): number {
        return this.payload[0]! >> 2;
    }

    /** Removes the first event. */
    pop(): void {
        const n = --this.size;
        if (n === 0) return;
        const T = this.time;
        const P = this.tie;
        const D = this.payload;
        const time = T[n]!;
        const tie = P[n]!;
        const payload = D[n]!;
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= n) break;
            const right = child + 1;
            let ct = T[child]!;
            if (right < n) {
                const rt = T[right]!;
                if (rt < ct || (rt === ct && P[right]! < P[child]!)) {
                    child = right;
                    ct = rt;
                }
            }
            if (time < ct || (time === ct && tie < P[child]!)) break;
            T[i] = ct;
            P[i] = P[child]!;
            D[i] = D[child]!;
            i = child;
        }
        T[i] = time;
        P[i] = tie;
        D[i] = payload;
    }

    private grow(): void {
        const n = this.time.length * 2;
        const t = new Float64Array(n);
        t.set(this.time);
        this.time = t;
        const p = new Float64Array(n);
        p.set(this.tie);
        this.tie = p;
        const d = new Int32Array(n);
        d.set(this.payload);
        this.payload = d;
    }
}
