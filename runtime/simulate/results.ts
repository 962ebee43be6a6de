import type { Contract, Threshold } from '../model.js';
import { MINUTE_MS } from '../time/units.js';
import { formatInstant } from '../time/format.js';
import {
    type Accumulator,
    F_BREACHES,
    F_ESCALATIONS,
    F_RES_N,
    F_RES_ON,
    F_RES_SUM_MS,
    F_RES_TIMED,
    F_RESP_N,
    F_RESP_ON,
    F_RESP_SUM_MS,
    F_RESP_TIMED,
    F_TICKETS,
    F_UNFINISHED,
    FIELDS,
    HIST_BINS,
    QUEUE_SAMPLES,
    histValue,
} from './engine.js';
import type { SimModel } from './model.js';

export type Verdict = 'realistic' | 'at risk' | 'unrealistic';

export interface CategoryResult {
    /** Mean tickets per period. */
    tickets: number;
    /** Share (0..1) of responses on time over all replications; null when the category has no response target. */
    responseOnTime: number | null;
    resolutionOnTime: number | null;
    /** Business minutes on the target's own calendar, of tickets that got a response (resolution). */
    meanResponseMinutes: number | null;
    meanResolutionMinutes: number | null;
    p50ResponseMinutes: number | null;
    p90ResponseMinutes: number | null;
    p99ResponseMinutes: number | null;
    p50ResolutionMinutes: number | null;
    p90ResolutionMinutes: number | null;
    p99ResolutionMinutes: number | null;
    /** Mean breached targets (response and resolution) per period. */
    breaches: number;
    /** Mean escalation steps fired per period. */
    escalations: number;
    /** Mean tickets per period still waiting for an agent at the end of the drain horizon. */
    unfinished: number;
}

export type ObjectiveResult =
    | {
          simulated: true;
          title?: string;
          clause: string;
          /** Required share, 0..1. */
          target: number;
          /** Mean achieved share per period, 0..1. */
          mean: number;
          p5: number;
          p50: number;
          p95: number;
          /** Achieved share in each replication, in replication order. */
          perRun: number[];
          probabilityMet: number;
          verdict: Verdict;
      }
    | {
          simulated: false;
          title?: string;
          clause: string;
          /** What the contract requires, as a fraction (a satisfaction score over its scale); never a simulated figure. */
          target: number;
          mean: null;
          probabilityMet: null;
          reason: string;
          verdict: 'not simulated';
      };

export interface SimulationResults {
    contract: string;
    scenario: string;
    title?: string;
    runs: number;
    seed: number;
    /** ISO 8601 instants with the UTC offset of `zone` (the default calendar's, else the scenario's). */
    period: { start: string; end: string; zone: string };
    agents: Record<string, number>;
    categories: Record<string, CategoryResult>;
    objectives: Record<string, ObjectiveResult>;
    penalties: {
        currency: string | null;
        /** Per period, after the cap, in the contract's currency (percent of fee when it states no fee). */
        expected: number;
        p95: number;
        worst: number;
        notes: string[];
    };
    /** Mean number of tickets waiting for an agent at evenly spaced instants of the period. */
    queue: { at: string[]; mean: number[] };
    /**
     * Response business minutes of all categories and runs: `immediate` responses (under 0.01 min), then
     * counts in ranges [from, to) on a 1-2-5 scale, up to the last range in use (`to` null: beyond 500,000).
     */
    responseHistogram: { immediate: number; bins: { from: number; to: number | null; count: number }[] };
    verdict: Verdict | 'not simulated';
    /** The worst objective's clause, when the verdict is not realistic. */
    verdictReason: string | null;
}

/** Realistic: met in at least this share of periods. */
export const REALISTIC = 0.9;
/** Unrealistic: met in fewer than this share. */
export const UNREALISTIC = 0.5;

export function verdictOf(probabilityMet: number): Verdict {
    return probabilityMet >= REALISTIC ? 'realistic' : probabilityMet < UNREALISTIC ? 'unrealistic' : 'at risk';
}

function quantile(sorted: readonly number[], q: number): number {
    if (sorted.length === 0) return NaN;
    const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[i]!;
}

function histQuantile(hist: Float64Array, offset: number, q: number): number | null {
    let total = 0;
    for (let b = 0; b < HIST_BINS; b++) total += hist[offset + b]!;
    if (total === 0) return null;
    const rank = Math.ceil(q * total);
    let seen = 0;
    for (let b = 0; b < HIST_BINS; b++) {
        seen += hist[offset + b]!;
        if (seen >= rank) return round(histValue(b));
    }
    return null;
}

function round(x: number, digits = 6): number {
    return Number(x.toFixed(digits));
}

function clause(kind: string, name: string, title?: string): string {
    return `${kind} ${name}${title ? ` "${title}"` : ''}`;
}

function meets(value: number, threshold: Threshold): boolean {
    return threshold.kind === 'percent' ? value * 100 >= threshold.value : true;
}


/** The results object (what `pacto simulate --json` prints) from the merged accumulator of all replications. */
export function summarize(model: SimModel, acc: Accumulator, runs: number, seed: number): SimulationResults {
    const contract: Contract = model.contract;
    // Per-run rows in replication order, whatever order the workers delivered them in.
    const order = acc.runIndexes.map((index, row) => ({ index, row })).sort((a, b) => a.index - b.index);
    const runObjectives = order.map((o) => acc.runObjectives[o.row]!);

    const categories: Record<string, CategoryResult> = {};
    for (const cat of model.categories) {
        const f = (field: number) => acc.cat[cat.index * FIELDS + field]!;
        const ratio = (a: number, b: number) => (b > 0 ? round(a / b) : null);
        const hist = cat.index * HIST_BINS;
        categories[cat.name] = {
            tickets: round(f(F_TICKETS) / runs),
            responseOnTime: cat.response ? (ratio(f(F_RESP_ON), f(F_RESP_N)) ?? 1) : null,
            resolutionOnTime: cat.resolution ? (ratio(f(F_RES_ON), f(F_RES_N)) ?? 1) : null,
            meanResponseMinutes: cat.response ? ratio(f(F_RESP_SUM_MS) / MINUTE_MS, f(F_RESP_TIMED)) : null,
            meanResolutionMinutes: cat.resolution ? ratio(f(F_RES_SUM_MS) / MINUTE_MS, f(F_RES_TIMED)) : null,
            p50ResponseMinutes: cat.response ? histQuantile(acc.respHist, hist, 0.5) : null,
            p90ResponseMinutes: cat.response ? histQuantile(acc.respHist, hist, 0.9) : null,
            p99ResponseMinutes: cat.response ? histQuantile(acc.respHist, hist, 0.99) : null,
            p50ResolutionMinutes: cat.resolution ? histQuantile(acc.resHist, hist, 0.5) : null,
            p90ResolutionMinutes: cat.resolution ? histQuantile(acc.resHist, hist, 0.9) : null,
            p99ResolutionMinutes: cat.resolution ? histQuantile(acc.resHist, hist, 0.99) : null,
            breaches: round(f(F_BREACHES) / runs),
            escalations: round(f(F_ESCALATIONS) / runs),
            unfinished: round(f(F_UNFINISHED) / runs),
        };
    }

    const objectives: Record<string, ObjectiveResult> = {};
    const values = new Map<string, number[]>();
    model.objectives.forEach((o, k) => {
        const title = o.objective.title;
        const head = { ...(title !== undefined ? { title } : {}), clause: clause('objective', o.name, title) };
        if (o.notSimulated !== null) {
            const m = o.objective.measure;
            // A downtime budget reads as the availability it allows in a 30-day month (its documents give both readings).
            const target = m.kind === 'satisfaction' ? m.score / m.scale
                : m.kind === 'downtimeBudget' ? 1 - (m.budget.kind === 'wall' ? m.budget.minutes : NaN) / (30 * 1440)
                : m.kind === 'onTime' ? m.percent / 100 : m.percent / 100;
            objectives[o.name] = { simulated: false, ...head, target: round(target), mean: null, probabilityMet: null, reason: o.notSimulated, verdict: 'not simulated' };
            return;
        }
        // A period without any ticket of the objective's categories meets it.
        const perRun = runObjectives.map((row) => (row[2 * k + 1]! > 0 ? row[2 * k]! / row[2 * k + 1]! : 1));
        values.set(o.name, perRun);
        const sorted = [...perRun].sort((a, b) => a - b);
        const met = perRun.filter((v) => v >= o.required - 1e-12).length;
        const probabilityMet = round(met / runs);
        objectives[o.name] = {
            simulated: true,
            ...head,
            target: o.required,
            mean: round(perRun.reduce((s, v) => s + v, 0) / runs),
            p5: round(quantile(sorted, 0.05)),
            p50: round(quantile(sorted, 0.5)),
            p95: round(quantile(sorted, 0.95)),
            perRun: perRun.map((v) => round(v)),
            probabilityMet,
            verdict: verdictOf(probabilityMet),
        };
    });

    // Penalties: per period, the highest credit each simulated objective's tiers give, summed, then capped.
    const notes: string[] = [];
    const fee = contract.fee;
    const feePerPeriod = fee ? (fee.period === 'yearly' ? fee.amount / 12 : fee.amount) : 100;
    if (!fee) notes.push('the contract states no fee: amounts are percentages of the fee');
    const tiers = contract.penalties?.tiers ?? [];
    for (const tier of tiers) {
        if (!values.has(tier.objective)) notes.push(`credit for ${tier.objective} not included: that objective is not simulated`);
    }
    const credits: number[] = [];
    for (let run = 0; run < runs; run++) {
        let percent = 0;
        const byObjective = new Map<string, number>();
        for (const tier of tiers) {
            const v = values.get(tier.objective)?.[run];
            if (v === undefined || meets(v, tier.below)) continue;
            byObjective.set(tier.objective, Math.max(byObjective.get(tier.objective) ?? 0, tier.creditPercent));
        }
        for (const p of byObjective.values()) percent += p;
        const cap = contract.penalties?.cap;
        if (cap) percent = Math.min(percent, cap.percent);
        credits.push((percent / 100) * feePerPeriod);
    }
    const sortedCredits = [...credits].sort((a, b) => a - b);
    const penalties = {
        currency: fee?.currency ?? null,
        expected: round(credits.reduce((s, v) => s + v, 0) / runs, 2),
        p95: round(quantile(sortedCredits, 0.95), 2),
        worst: round(sortedCredits[sortedCredits.length - 1] ?? 0, 2),
        notes: [...new Set(notes)],
    };

    const step = (model.end - model.start) / QUEUE_SAMPLES;
    const queue = {
        at: Array.from({ length: QUEUE_SAMPLES }, (_, i) => formatInstant(Math.round(model.start + i * step), model.zone)),
        mean: Array.from(acc.queue, (v) => round(v / runs, 3)),
    };

    // The response histogram over all categories, regrouped on a 1-2-5 scale of minutes for a readable chart.
    const counts = new Float64Array(HIST_BINS);
    for (const cat of model.categories) for (let b = 0; b < HIST_BINS; b++) counts[b]! += acc.respHist[cat.index * HIST_BINS + b]!;
    const edges = [0];
    for (let decade = 1; decade <= 1e5; decade *= 10) edges.push(decade, 2 * decade, 5 * decade);
    const bins = edges.map((from, k) => ({ from, to: edges[k + 1] ?? null, count: 0 }));
    for (let b = 1; b < HIST_BINS; b++) {
        if (counts[b] === 0) continue;
        const v = histValue(b);
        let k = bins.length - 1;
        while (k > 0 && v < bins[k]!.from) k--;
        bins[k]!.count += counts[b]!;
    }
    let last = bins.length - 1;
    while (last > 0 && bins[last]!.count === 0) last--;
    const responseHistogram = { immediate: counts[0]!, bins: bins.slice(0, last + 1) };

    const rank: Record<string, number> = { realistic: 0, 'at risk': 1, unrealistic: 2 };
    let verdict: SimulationResults['verdict'] = 'not simulated';
    let verdictReason: string | null = null;
    let worst: { p: number; clause: string; verdict: string } | null = null;
    for (const o of Object.values(objectives)) {
        if (!o.simulated) continue;
        if (!worst || rank[o.verdict]! > rank[worst.verdict]! || (o.verdict === worst.verdict && o.probabilityMet < worst.p)) {
            worst = { p: o.probabilityMet, clause: o.clause, verdict: o.verdict };
        }
    }
    if (worst) {
        verdict = worst.verdict as Verdict;
        verdictReason = verdict === 'realistic' ? null : `${worst.clause} is met in ${Math.round(worst.p * 100)}% of periods`;
    }

    return {
        contract: contract.name,
        scenario: model.scenario.name,
        ...(model.scenario.title !== undefined ? { title: model.scenario.title } : {}),
        runs,
        seed,
        // Local instants with the zone's offset: the period starts at local midnight of its first date.
        period: { start: formatInstant(model.start, model.zone), end: formatInstant(model.end, model.zone), zone: model.zone },
        agents: Object.fromEntries(model.teams.map((t) => [t.name, t.agents])),
        categories,
        objectives,
        penalties,
        queue,
        responseHistogram,
        verdict,
        verdictReason,
    };
}
