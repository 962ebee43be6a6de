/**
 * A map of bounded size that forgets what was least recently used first. The language services keep
 * answers across builds (an edit re-parses the whole document, but most of what it says is unchanged):
 * keyed by what a fragment says, never by AST nodes, which every build makes anew. Bounded, so a long
 * editing session (or a generated contract) cannot make the server grow without limit.
 *
 * Two generations instead of an exact order: a hit in the recent one costs one look-up (an exact LRU
 * deleted and re-inserted the entry on every hit, and the checks ask the same few dates and answers
 * thousands of times a build); an entry of the older one is moved up when used; when the recent one is full
 * it becomes the older one and what was older is forgotten. So an entry is forgotten only after `limit / 2`
 * others were stored since it was last used, and never more than `limit` are kept.
 */
export class Lru<K, V> {
    private recent = new Map<K, V>();
    private older = new Map<K, V>();
    private readonly generation: number;

    constructor(readonly limit: number) {
        this.generation = Math.max(1, Math.floor(limit / 2));
    }

    get size(): number {
        return this.recent.size + this.older.size;
    }

    get(key: K): V | undefined {
        const value = this.recent.get(key);
        if (value !== undefined) return value;
        const old = this.older.get(key);
        if (old !== undefined) {
            this.older.delete(key);
            this.store(key, old);
        }
        return old;
    }

    set(key: K, value: V): void {
        if (this.recent.has(key)) {
            this.recent.set(key, value);
            return;
        }
        this.older.delete(key);
        this.store(key, value);
    }

    /** The cached value of `key`, computing and keeping it when absent (undefined results are not kept). */
    through(key: K, compute: () => V): V {
        let value = this.get(key);
        if (value === undefined) {
            value = compute();
            if (value !== undefined) this.set(key, value);
        }
        return value;
    }

    clear(): void {
        this.recent.clear();
        this.older.clear();
    }

    private store(key: K, value: V): void {
        if (this.recent.size >= this.generation) {
            this.older = this.recent;
            this.recent = new Map();
        }
        this.recent.set(key, value);
    }
}
