import type { Contract } from '../model.js';
import { compile, SimulationError } from './model.js';
import { simulateSync, DEFAULT_SEED } from './simulate.js';
import type { SimulationResults } from './results.js';

export interface StaffingOptions {
    /** Replications per candidate; default 100. */
    runs?: number;
    seed?: number;
    /** Largest team size tried; default 200. */
    maxAgents?: number;
    signal?: AbortSignal;
    onProgress?: (candidatesTried: number) => void;
}

export interface StaffingAdvice {
    scenario: string;
    /** Whether some staffing within maxAgents makes every simulated objective realistic. */
    feasible: boolean;
    /** The scenario's team sizes. */
    current: Record<string, number>;
    /** The smallest sizes found (team by team, others at their found size); null when not feasible. */
    agents: Record<string, number> | null;
    /** The results with the advised sizes (or with the largest tried, when not feasible). */
    results: SimulationResults;
    candidatesTried: number;
}

function allRealistic(results: SimulationResults): boolean {
    return Object.values(results.objectives).every((o) => !o.simulated || o.verdict === 'realistic');
}

/**
 * The smallest number of agents per team that makes every simulated objective `realistic`. Every candidate
 * is simulated with the same seed, so replications see the same tickets (common random numbers) and
 * candidates differ only by staffing. Search: double every team until all objectives are realistic (an
 * upper bound), then, team by team, binary-search the smallest size that keeps them so, the others at
 * their size so far. Being realistic is monotone in team size in practice, not in theory: the result is
 * minimal team by team.
 */
export function staffingAdvice(contract: Contract, scenarioName: string, options: StaffingOptions = {}): StaffingAdvice {
    const runs = options.runs ?? 100;
    const seed = options.seed ?? DEFAULT_SEED;
    const maxAgents = options.maxAgents ?? 200;
    const model = compile(contract, scenarioName);
    const current = Object.fromEntries(model.teams.map((t) => [t.name, t.agents]));
    let tried = 0;
    const cache = new Map<string, SimulationResults>();
    const evaluate = (agents: Record<string, number>): SimulationResults => {
        const key = JSON.stringify(agents);
        let results = cache.get(key);
        if (!results) {
            if (options.signal?.aborted) throw new SimulationError('simStaffingCancelled');
            results = simulateSync(contract, scenarioName, { runs, seed, agents });
            cache.set(key, results);
            options.onProgress?.(++tried);
        }
        return results;
    };

    let upper: Record<string, number> = Object.fromEntries(model.teams.map((t) => [t.name, Math.max(1, t.agents)]));
    while (!allRealistic(evaluate(upper))) {
        if (Object.values(upper).every((n) => n >= maxAgents)) {
            return { scenario: scenarioName, feasible: false, current, agents: null, results: evaluate(upper), candidatesTried: tried };
        }
        upper = Object.fromEntries(Object.entries(upper).map(([name, n]) => [name, Math.min(maxAgents, n * 2)]));
    }
    const found = { ...upper };
    for (const team of model.teams) {
        // A team whose categories receive tickets keeps at least one agent: with none, its tickets would
        // wait forever, which a small share in a broad objective could hide.
        const needed = team.categories.some((c) => model.categories[c]!.expected > 0);
        let lo = 0; // sizes ≤ lo are known (or taken) not to do
        let hi = found[team.name]!;
        if (!needed && allRealistic(evaluate({ ...found, [team.name]: 0 }))) hi = 0;
        while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if (allRealistic(evaluate({ ...found, [team.name]: mid }))) hi = mid;
            else lo = mid;
        }
        found[team.name] = hi;
    }
    return { scenario: scenarioName, feasible: true, current, agents: found, results: evaluate(found), candidatesTried: tried };
}
