import { capped, capsOf, creditAmount, objectiveOwed, penaltyAmount, periodLimit, yearLimit } from '../penalties.js';
import type { Contract, Fee, Threshold } from '../model.js';
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
    S_RES_N,
    S_RES_ON,
    S_RESP_N,
    S_RESP_ON,
    S_TICKETS,
    SLOT_FIELDS,
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
    /** The tickets that came through each channel the scenario names for this category (none: `{}`). */
    channels: Record<string, ChannelResult>;
}

/** Tickets of one channel: judged by the channel's targets where the category gives them, else its own. */
export interface ChannelResult {
    /** Mean tickets per period. */
    tickets: number;
    /** Shares 0..1 over all replications; null when none of these tickets has such a target. */
    responseOnTime: number | null;
    resolutionOnTime: number | null;
}

/** Penalty amounts of a year of simulated periods (consecutive replications, `periods` at a time). */
export interface YearlyPenalties {
    /** Periods in a year: 12 for a month, 4 for a quarter, 13 for 4 weeks. */
    periods: number;
    /** Whole years in the runs; the runs left over count in `perRun` but not here. */
    years: number;
    /** The yearly cap, in the contract's currency (percent of fee without a fee); null without one. */
    cap: number | null;
    expected: number;
    p95: number;
    worst: number;
    /** Each whole year's total, in order. */
    perYear: number[];
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
        /** Per period, after the caps, in the contract's currency (percent of fee when it states no fee). */
        expected: number;
        p95: number;
        worst: number;
        notes: string[];
        /** What each period owes after the per-period and the yearly caps, in replication order. */
        perRun: number[];
        /** Mean per period of each kind of penalty before any cap (their sum is what the caps limit). */
        beforeCaps: { credits: number; fines: number; perBreach: number };
        /** Totals per year of simulated periods after every cap; null when the runs make no whole year. */
        perYear: YearlyPenalties | null;
    };
    /** Tickets per channel over all categories, for the channels the scenario's arrivals name. */
    channels: Record<string, ChannelResult>;
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
        // A category without a target of its own may still have one for the tickets of a channel.
        const response = cat.byChannel.some((t) => t.response !== null);
        const resolution = cat.byChannel.some((t) => t.resolution !== null);
        categories[cat.name] = {
            tickets: round(f(F_TICKETS) / runs),
            responseOnTime: response ? (ratio(f(F_RESP_ON), f(F_RESP_N)) ?? 1) : null,
            resolutionOnTime: resolution ? (ratio(f(F_RES_ON), f(F_RES_N)) ?? 1) : null,
            meanResponseMinutes: response ? ratio(f(F_RESP_SUM_MS) / MINUTE_MS, f(F_RESP_TIMED)) : null,
            meanResolutionMinutes: resolution ? ratio(f(F_RES_SUM_MS) / MINUTE_MS, f(F_RES_TIMED)) : null,
            p50ResponseMinutes: response ? histQuantile(acc.respHist, hist, 0.5) : null,
            p90ResponseMinutes: response ? histQuantile(acc.respHist, hist, 0.9) : null,
            p99ResponseMinutes: response ? histQuantile(acc.respHist, hist, 0.99) : null,
            p50ResolutionMinutes: resolution ? histQuantile(acc.resHist, hist, 0.5) : null,
            p90ResolutionMinutes: resolution ? histQuantile(acc.resHist, hist, 0.9) : null,
            p99ResolutionMinutes: resolution ? histQuantile(acc.resHist, hist, 0.99) : null,
            breaches: round(f(F_BREACHES) / runs),
            escalations: round(f(F_ESCALATIONS) / runs),
            unfinished: round(f(F_UNFINISHED) / runs),
            channels: Object.fromEntries(channelSlotsOf(model, acc, cat.index).map((slot) => [model.channels[slot - 1]!, channelResult(model, acc, [cat.index], slot, runs)])),
        };
    }
    const usedChannels = [...new Set(model.categories.flatMap((c) => channelSlotsOf(model, acc, c.index)))].sort((a, b) => a - b);
    const channels: Record<string, ChannelResult> = Object.fromEntries(
        usedChannels.map((slot) => [model.channels[slot - 1]!, channelResult(model, acc, model.categories.map((c) => c.index), slot, runs)]),
    );

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

    const penalties = penaltiesOf(model, values, order.map((o) => acc.runBreaches[o.row]!), runs, notSimulatedReasons(model));

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
        channels,
        queue,
        responseHistogram,
        verdict,
        verdictReason,
    };
}

/** Channel slots (≥ 1) of a category with a source in the scenario or with tickets (replayed ones too). */
function channelSlotsOf(model: SimModel, acc: Accumulator, category: number): number[] {
    const slotsPerCategory = model.channels.length + 1;
    const slots = new Set(model.categories[category]!.channels);
    for (let slot = 1; slot < slotsPerCategory; slot++) {
        if (acc.slots[(category * slotsPerCategory + slot) * SLOT_FIELDS + S_TICKETS]! > 0) slots.add(slot);
    }
    return [...slots].sort((a, b) => a - b);
}

function channelResult(model: SimModel, acc: Accumulator, categories: number[], slot: number, runs: number): ChannelResult {
    const slotsPerCategory = model.channels.length + 1;
    let tickets = 0;
    const sums = { respN: 0, respOn: 0, resN: 0, resOn: 0 };
    let response = false;
    let resolution = false;
    for (const c of categories) {
        const base = (c * slotsPerCategory + slot) * SLOT_FIELDS;
        const n = acc.slots[base + S_TICKETS]!;
        // A category none of whose tickets came through this channel says nothing about its targets.
        if (n === 0 && !model.categories[c]!.channels.includes(slot)) continue;
        tickets += n;
        const targets = model.categories[c]!.byChannel[slot]!;
        if (targets.response) response = true;
        if (targets.resolution) resolution = true;
        sums.respN += acc.slots[base + S_RESP_N]!;
        sums.respOn += acc.slots[base + S_RESP_ON]!;
        sums.resN += acc.slots[base + S_RES_N]!;
        sums.resOn += acc.slots[base + S_RES_ON]!;
    }
    return {
        tickets: round(tickets / runs),
        responseOnTime: response ? (sums.respN > 0 ? round(sums.respOn / sums.respN) : 1) : null,
        resolutionOnTime: resolution ? (sums.resN > 0 ? round(sums.resOn / sums.resN) : 1) : null,
    };
}

function notSimulatedReasons(model: SimModel): Map<string, string> {
    return new Map(model.objectives.flatMap((o) => (o.notSimulated !== null ? [[o.name, o.notSimulated] as const] : [])));
}

/**
 * The money side (docs/language.md, "the combination rule"), per period: for each objective, the worst
 * credit tier and the worst fine it falls below; plus every per-breach penalty, once per breaching ticket;
 * all added up, then the per-period cap, then the yearly cap over each year of consecutive periods (a
 * cumulative limit: the periods of a year pay in order until the cap is used up).
 *
 * Percentages of the fee are of a month's fee (the monthly fee, or a twelfth of a yearly one), as credits
 * were in v1, except the yearly cap's, which is of the fee as written (150% of a monthly fee of 8000 is 12000
 * a year; 20% of a yearly fee of 120000 is 24000). Caps of any period shorter than a year limit each period:
 * the simulated period is the objectives' measurement period.
 */
function penaltiesOf(model: SimModel, values: Map<string, number[]>, runBreaches: number[][], runs: number, notSimulated: Map<string, string>): SimulationResults['penalties'] {
    const contract = model.contract;
    const notes: string[] = [];
    const fee: Fee | null = contract.fee;
    if (!fee) notes.push('the contract states no fee: amounts are percentages of the fee');
    const penalties = contract.penalties;
    const tiers = penalties?.tiers ?? [];
    for (const tier of tiers) {
        if (!values.has(tier.objective)) notes.push(`credit for ${tier.objective} not included: that objective is not simulated`);
    }
    /** A fixed amount in the fee's currency, or null (with a note) when it cannot be counted. */
    const fixed = (amount: { amount: number; currency: string }, what: string): number | null => {
        if (!fee) {
            notes.push(`${what} not included: the contract states no fee, so amounts are percentages of it`);
            return null;
        }
        if (amount.currency !== fee.currency) {
            notes.push(`${what} not included: it is in ${amount.currency}, the fee in ${fee.currency}`);
            return null;
        }
        return amount.amount;
    };
    // Fines that can be counted: of a simulated objective, in the fee's currency.
    const fines = (penalties?.fines ?? []).filter((fine) => {
        if (!values.has(fine.objective)) {
            notes.push(`fine for ${fine.objective} not included: that objective is not simulated`);
            return false;
        }
        return fixed(fine.amount, `fine for ${fine.objective}`) !== null;
    });
    const counted = penalties ? { ...penalties, fines } : null;
    // Objectives in the order their tiers, then their fines, are written: sums in that order keep v1's figures to the last bit.
    const tierObjectives = [...new Set(tiers.map((t) => t.objective))].filter((name) => values.has(name));
    const fineObjectives = [...new Set(fines.map((f) => f.objective))];
    const perTicket = model.perBreach.map((p) =>
        p.penalty.kind === 'credit' ? penaltyAmount(p.penalty, fee) : fixed(p.penalty.amount, `per-breach penalty of ${model.categories[p.category]!.name}`),
    );
    for (const d of penalties?.downtime ?? []) {
        notes.push(`downtime penalty of ${d.objective} not included: ${notSimulated.get(d.objective) ?? 'downtime is not simulated'}`);
    }
    const caps = capsOf(penalties);
    // The simulated period is the objectives' measurement period: every cap shorter than a year limits it.
    const periodCap = periodLimit(caps, fee, () => true);
    const yearCap = yearLimit(caps, fee);

    const perRun: number[] = [];
    const sums = { credits: 0, fines: 0, perBreach: 0 };
    let usedThisYear = 0;
    for (let run = 0; run < runs; run++) {
        const falls = (name: string) => (threshold: Threshold) => !meets(values.get(name)![run]!, threshold);
        let percent = 0;
        for (const name of tierObjectives) percent += objectiveOwed(counted, name, falls(name)).creditPercent ?? 0;
        const credits = creditAmount(percent, fee);
        let fined = 0;
        for (const name of fineObjectives) fined += objectiveOwed(counted, name, falls(name)).fine?.amount ?? 0;
        let breached = 0;
        const counts = runBreaches[run] ?? [];
        perTicket.forEach((amount, k) => {
            if (amount !== null) breached += (counts[k] ?? 0) * amount;
        });
        sums.credits += credits;
        sums.fines += fined;
        sums.perBreach += breached;
        if (run % model.periodsPerYear === 0) usedThisYear = 0;
        const paid = capped(credits + fined + breached, periodCap, yearCap - usedThisYear).amount;
        usedThisYear += paid;
        perRun.push(paid);
    }
    const sorted = [...perRun].sort((a, b) => a - b);
    const years = Math.floor(runs / model.periodsPerYear);
    let perYear: YearlyPenalties | null = null;
    if (years > 0) {
        const totals = Array.from({ length: years }, (_, y) => perRun.slice(y * model.periodsPerYear, (y + 1) * model.periodsPerYear).reduce((s, v) => s + v, 0));
        const sortedTotals = [...totals].sort((a, b) => a - b);
        perYear = {
            periods: model.periodsPerYear,
            years,
            cap: Number.isFinite(yearCap) ? round(yearCap, 2) : null,
            expected: round(totals.reduce((s, v) => s + v, 0) / years, 2),
            p95: round(quantile(sortedTotals, 0.95), 2),
            worst: round(sortedTotals[sortedTotals.length - 1]!, 2),
            perYear: totals.map((v) => round(v, 2)),
        };
    }
    return {
        currency: fee?.currency ?? null,
        expected: round(perRun.reduce((s, v) => s + v, 0) / runs, 2),
        p95: round(quantile(sorted, 0.95), 2),
        worst: round(sorted[sorted.length - 1] ?? 0, 2),
        notes: [...new Set(notes)],
        perRun: perRun.map((v) => round(v, 2)),
        beforeCaps: { credits: round(sums.credits / runs, 2), fines: round(sums.fines / runs, 2), perBreach: round(sums.perBreach / runs, 2) },
        perYear,
    };
}
