/**
 * Closed forms of the M/M/c queue (Poisson arrivals at rate λ, exponential service at rate μ per agent,
 * c agents, FIFO, infinite queue), the reference the simulator is tested and benchmarked against.
 */
export interface ErlangC {
    /** Utilisation ρ = λ / (c μ). */
    utilisation: number;
    /** Probability that an arrival waits (Erlang C). */
    probabilityWait: number;
    /** Mean wait in the queue, in the unit of 1/λ. */
    meanWait: number;
    /** P(wait ≤ t) for t in the same unit. */
    withinTarget(t: number): number;
}

export function erlangC(lambda: number, mu: number, c: number): ErlangC {
    const a = lambda / mu;
    const rho = a / c;
    if (!(rho < 1)) throw new RangeError(`M/M/${c} with utilisation ${rho} has no steady state`);
    // Erlang B by its stable recurrence, then C from B.
    let b = 1;
    for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
    const pw = b / (1 - rho + rho * b);
    return {
        utilisation: rho,
        probabilityWait: pw,
        meanWait: pw / (c * mu - lambda),
        withinTarget: (t) => 1 - pw * Math.exp(-(c * mu - lambda) * t),
    };
}
