import { describe, expect, it } from 'vitest';
import { erlangC, simulateSync, type SimulationResults } from '../../../runtime/simulate/index.js';
import { queueContract } from './helpers.js';

/**
 * The simulator against the closed form of the M/M/c queue: calendar `always`, one category, Poisson
 * arrivals, exponential handling, FIFO. Response = start of work, so the response time is the queue wait W,
 * and "response on time" with a target T is P(W ≤ T) = 1 − C·e^{−(cμ−λ)T}; the mean wait is C/(cμ−λ).
 *
 * Tolerance: R independent replications (seed 1, replications 0..R−1, each a long period starting empty)
 * give R estimates; their mean is compared with the closed form within 4 standard errors of the mean
 * (estimated from the R values) plus the bias of starting the queue empty, which we bound by a small share
 * of the value (the periods are hundreds of relaxation times long). With Student's t on R−1 = 15 degrees of
 * freedom, 4 standard errors leave a false alarm probability near 0.1 %; the runs are seeded, so the test is
 * deterministic anyway and the tolerance only says how close a correct simulator must come.
 */
const R = 16;

function perRun(lambdaPerHour: number, meanMinutes: number, c: number, targetMinutes: number, weeks: number) {
    const contract = queueContract({ perHour: lambdaPerHour, handling: { kind: 'exponential', meanMinutes }, agents: c, targetMinutes, weeks });
    const runs: SimulationResults[] = [];
    // Replication i alone: simulateSync(runs 1) with seed i gives R independent periods and their own means.
    for (let i = 0; i < R; i++) runs.push(simulateSync(contract, 'MMc', { runs: 1, seed: 1000 + i }));
    const share = runs.map((r) => r.categories['Q']!.responseOnTime!);
    const wait = runs.map((r) => r.categories['Q']!.meanResponseMinutes!);
    const tickets = runs.reduce((s, r) => s + r.categories['Q']!.tickets, 0);
    return { share, wait, tickets };
}

function meanAndError(values: number[]): { mean: number; se: number } {
    const n = values.length;
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
    return { mean, se: Math.sqrt(variance / n) };
}

describe('M/M/c against Erlang C', () => {
    const points = [
        // λ per hour, mean handling minutes, c agents, target minutes, weeks per replication
        { lambda: 6, mean: 8, c: 1, target: 10, weeks: 8 }, // ρ = 0.8
        { lambda: 20, mean: 10, c: 4, target: 5, weeks: 8 }, // ρ ≈ 0.833, the bench's model
        { lambda: 30, mean: 15, c: 8, target: 2, weeks: 8 }, // ρ = 0.9375
        { lambda: 22.8, mean: 10, c: 4, target: 10, weeks: 26 }, // ρ = 0.95
    ];
    for (const p of points) {
        const mu = 60 / p.mean; // per hour
        const closed = erlangC(p.lambda, mu, p.c);
        it(`λ=${p.lambda}/h, mean ${p.mean} min, c=${p.c} (ρ=${closed.utilisation.toFixed(3)})`, () => {
            const { share, wait, tickets } = perRun(p.lambda, p.mean, p.c, p.target, p.weeks);
            expect(tickets).toBeGreaterThan(10_000);
            const expectedShare = closed.withinTarget(p.target / 60);
            const expectedWait = closed.meanWait * 60;
            const s = meanAndError(share);
            const w = meanAndError(wait);
            // Warm-up bias of an initially empty queue: at most 1 % of the value (2 % at ρ ≥ 0.95).
            const bias = closed.utilisation >= 0.95 ? 0.02 : 0.01;
            expect(Math.abs(s.mean - expectedShare)).toBeLessThanOrEqual(4 * s.se + bias * expectedShare);
            expect(Math.abs(w.mean - expectedWait)).toBeLessThanOrEqual(4 * w.se + bias * expectedWait);
        });
    }
});

describe('overload', () => {
    it('reports a queue fed faster than it is served as unrealistic, in bounded time and memory', () => {
        // λ = 100/h against one agent serving 6/h: the queue grows by ~94 tickets an hour for 3 weeks.
        const contract = queueContract({ perHour: 100, handling: { kind: 'exponential', meanMinutes: 10 }, agents: 1, targetMinutes: 60, weeks: 3 });
        const started = Date.now();
        const results = simulateSync(contract, 'MMc', { runs: 5 });
        expect(Date.now() - started).toBeLessThan(20_000);
        expect(results.verdict).toBe('unrealistic');
        const objective = results.objectives['Responses']!;
        expect(objective.simulated && objective.probabilityMet).toBe(0);
        expect(results.categories['Q']!.unfinished).toBeGreaterThan(30_000);
        expect(results.penalties).toMatchObject({ currency: 'EUR', expected: 100, worst: 100 });
    });

    it('refuses a scenario whose periods would hold more tickets than memory allows', () => {
        const contract = queueContract({ perHour: 1e9, handling: { kind: 'fixed', minutes: 1 }, agents: 1, targetMinutes: 60, weeks: 4 });
        expect(() => simulateSync(contract, 'MMc', { runs: 1 })).toThrow(/more than the 20000000 one replication may hold/);
    });
});
