/**
 * A budget of engine work, for callers that must answer in time whatever a contract says (the language
 * server: a check, a hover or a request may not freeze the editor). The engine spends from the budgets in
 * force at each costly step (a year of a calendar's table); when one runs out it throws WorkCutShort, and
 * the caller answers with what it knows. Without a budget in force, spending is free and nothing is cut.
 *
 * Budgets are scoped to one synchronous call (withWorkBudget), so the engine keeps its plain signatures and
 * never reads a clock itself: a budget in time is given its clock by the caller.
 */
export interface WorkBudget {
    /** Charge `units` of work; throws WorkCutShort when the budget is spent. */
    spend(units: number): void;
}

/** The engine stopped because a budget ran out; `limit` is the budget's size, in its own unit. */
export class WorkCutShort extends Error {
    constructor(
        readonly unit: 'ms' | 'units',
        readonly limit: number,
    ) {
        super(`Engine work cut short after ${limit} ${unit}`);
        this.name = 'WorkCutShort';
    }
}

const inForce: WorkBudget[] = [];

/** Charges every budget in force (the engine calls this at each costly step). */
export function spendWork(units: number): void {
    for (let k = inForce.length - 1; k >= 0; k--) inForce[k]!.spend(units);
}

/** Runs `body` with `budget` in force as well as any outer one. */
export function withWorkBudget<T>(budget: WorkBudget, body: () => T): T {
    inForce.push(budget);
    try {
        return body();
    } finally {
        inForce.pop();
    }
}

/** A budget of `units` steps (deterministic: tests and the CLI use it). */
export function unitBudget(units: number): WorkBudget {
    let left = units;
    return {
        spend(cost) {
            left -= cost;
            if (left < 0) throw new WorkCutShort('units', units);
        },
    };
}

/** A budget of `ms` milliseconds from now on the caller's clock (e.g. () => performance.now()). */
export function timeBudget(ms: number, now: () => number): WorkBudget {
    const start = now();
    return {
        spend() {
            if (now() - start > ms) throw new WorkCutShort('ms', ms);
        },
    };
}
