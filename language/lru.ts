/**
 * A map of bounded size that forgets the least recently used entry first. The language services keep
 * answers across builds (an edit re-parses the whole document, but most of what it says is unchanged):
 * keyed by what a fragment says, never by AST nodes, which every build makes anew. Bounded, so a long
 * editing session (or a generated contract) cannot make the server grow without limit.
 */
export class Lru<K, V> {
    private readonly entries = new Map<K, V>();

    constructor(readonly limit: number) {}

    get size(): number {
        return this.entries.size;
    }

    get(key: K): V | undefined {
        const value = this.entries.get(key);
        if (value !== undefined) {
            // Map keeps insertion order: re-inserting makes the entry the most recent.
            this.entries.delete(key);
            this.entries.set(key, value);
        }
        return value;
    }

    set(key: K, value: V): void {
        this.entries.delete(key);
        this.entries.set(key, value);
        if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as K);
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
        this.entries.clear();
    }
}
