/**
 * Chevrotain's lookahead functions built when a decision is first taken instead of all at construction
 * (issue 14). performSelfAnalysis builds one function per alternation, option and repetition of the grammar,
 * each from its LL(1) paths (and the ALL(*) strategy's decision state): a fifth of building the parser at every
 * `pacto check`, while a contract takes a fraction of the grammar's decisions. The build of each is the
 * strategy's own, with the same options, once: it reads only the grammar and the strategy's state, both complete
 * before the first function is asked for, so a function built late is the one that would have been built early.
 * The first call puts the built function in Chevrotain's cache in place of the stand-in, so later parses call it
 * directly.
 */
import type { ILookaheadStrategy } from 'chevrotain';

type Lookahead = (this: unknown, ...args: never[]) => unknown;

/** The parts of Chevrotain's recognizer the lookahead cache is made of (public at run time, not in its typings). */
interface LookaheadCache {
    lookaheadStrategy: ILookaheadStrategy;
    lookAheadFuncsCache: Lookahead[][];
    setLaFuncCache(ruleIdx: number, key: number, value: Lookahead): void;
}

/** A stand-in's slot in the cache, known once Chevrotain files it. */
interface Slot {
    slots: Lookahead[];
    key: number;
}

/** Defers `recognizer`'s lookahead functions; to be called before its performSelfAnalysis. */
export function deferLookahead(recognizer: object): void {
    const cache = recognizer as LookaheadCache;
    const strategy = cache.lookaheadStrategy;
    const pending = new WeakMap<Lookahead, (slot: Slot) => void>();
    const defer = (build: () => Lookahead): Lookahead => {
        let real: Lookahead | undefined;
        let slot: Slot | undefined;
        const standIn = function (this: unknown, ...args: never[]): unknown {
            if (real === undefined) {
                real = build();
                // Recovery may hold the stand-in (it was handed it before the swap): it then keeps answering.
                if (slot !== undefined && slot.slots[slot.key] === standIn) slot.slots[slot.key] = real;
            }
            return real.apply(this, args);
        };
        pending.set(standIn, (filed) => (slot = filed));
        return standIn;
    };
    const alternation = strategy.buildLookaheadForAlternation.bind(strategy);
    const optional = strategy.buildLookaheadForOptional.bind(strategy);
    strategy.buildLookaheadForAlternation = (options) => defer(() => alternation(options) as Lookahead) as ReturnType<typeof alternation>;
    strategy.buildLookaheadForOptional = (options) => defer(() => optional(options) as Lookahead) as ReturnType<typeof optional>;
    const file = cache.setLaFuncCache;
    cache.setLaFuncCache = function (this: LookaheadCache, ruleIdx, key, value) {
        file.call(this, ruleIdx, key, value);
        const slots = this.lookAheadFuncsCache[ruleIdx];
        if (slots !== undefined) pending.get(value)?.({ slots, key });
    };
}
