/**
 * The event list: a binary min-heap keyed by (time, priority, sequence), in typed arrays. The sequence
 * is the insertion order, so events at the same instant and priority come out first-in first-out and the
 * order never depends on the heap's internal layout.
 */
export class EventHeap {
    private time = new Float64Array(1024);
    /** priority · 2^40 + sequence: exact in a double. */
    private tie = new Float64Array(1024);
    private kind = new Int32Array(1024);
    private data = new Int32Array(1024);
    private seq = 0;
    size = 0;

    clear(): void {
        this.size = 0;
        this.seq = 0;
    }

    push(time: number, priority: number, kind: number, data: number): void {
        if (this.size === this.time.length) this.grow();
        const tie = priority * 1099511627776 + this.seq++;
        const T = this.time;
        const P = this.tie;
        const K = this.kind;
        const D = this.data;
        let i = this.size++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pt = T[parent]!;
            if (pt < time || (pt === time && P[parent]! < tie)) break;
            T[i] = pt;
            P[i] = P[parent]!;
            K[i] = K[parent]!;
            D[i] = D[parent]!;
            i = parent;
        }
        T[i] = time;
        P[i] = tie;
        K[i] = kind;
        D[i] = data;
    }

    /** Time of the first event (undefined behaviour when empty). */
    topTime(): number {
        return this.time[0]!;
    }
    topKind(): number {
        return this.kind[0]!;
    }
    topData(): number {
        return this.data[0]!;
    }

    /** Removes the first event. */
    pop(): void {
        const n = --this.size;
        if (n === 0) return;
        const T = this.time;
        const P = this.tie;
        const K = this.kind;
        const D = this.data;
        const time = T[n]!;
        const tie = P[n]!;
        const kind = K[n]!;
        const data = D[n]!;
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= n) break;
            const right = child + 1;
            if (right < n && (T[right]! < T[child]! || (T[right] === T[child] && P[right]! < P[child]!))) child = right;
            const ct = T[child]!;
            if (time < ct || (time === ct && tie < P[child]!)) break;
            T[i] = ct;
            P[i] = P[child]!;
            K[i] = K[child]!;
            D[i] = D[child]!;
            i = child;
        }
        T[i] = time;
        P[i] = tie;
        K[i] = kind;
        D[i] = data;
    }

    private grow(): void {
        const n = this.time.length * 2;
        const t = new Float64Array(n);
        t.set(this.time);
        this.time = t;
        const p = new Float64Array(n);
        p.set(this.tie);
        this.tie = p;
        const k = new Int32Array(n);
        k.set(this.kind);
        this.kind = k;
        const d = new Int32Array(n);
        d.set(this.data);
        this.data = d;
    }
}
