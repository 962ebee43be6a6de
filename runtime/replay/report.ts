import type { Contract } from '../model.js';
import { Compliance, type ComplianceReport } from './compliance.js';
import { readHistoryBatches, type HistoryFormat } from './history.js';
import type { Mapping } from './helpdesk.js';
import { readOutages, type OutageLog } from './outages.js';
import { contractZone, cutPeriods, periodsCovering, reportingUnit, type PeriodUnit } from './periods.js';
import type { RowProblem } from './problems.js';
import type { ByteSource } from './records.js';
import { Replay } from './replay.js';

export interface ReportInput {
    readonly contract: Contract;
    readonly history: { readonly source: ByteSource; readonly file: string; readonly format: HistoryFormat };
    readonly outages?: { readonly source: ByteSource; readonly file: string } | null;
    readonly mapping?: Mapping | null;
    /**
     * Local dates [from, to) in the contract's zone, cut into `every` periods, else into the range's own unit (a
     * named month, quarter or week), else into the periods of the contract's reports; absent: the periods the
     * history spans.
     */
    readonly range?: { readonly from: string; readonly to: string; readonly unit?: PeriodUnit } | null;
    /** What the periods are: weeks, months or quarters; absent: the range's unit, else the contract's reports' (reportingUnit). */
    readonly every?: PeriodUnit | null;
    /** The zone times without an offset are read in; null: such times are bad rows. */
    readonly zone?: string | null;
    /** Go on past bad rows (listing them in the report) instead of refusing. */
    readonly skipBadRows?: boolean;
    readonly reopenWindowMs?: number;
}

/** The history had bad rows and skipping was not asked for: nothing is computed from a history that is wrong. */
export class BadRowsError extends Error {
    constructor(readonly problems: readonly RowProblem[]) {
        super(`${problems.length} bad row${problems.length === 1 ? '' : 's'}`);
    }
}

/**
 * Reads a ticket history (and an outage log) and computes the compliance report, ticket by ticket with the
 * SLA clock. Throws HistoryError when a file cannot be read at all, BadRowsError when rows are bad and
 * skipping was not asked for.
 */
export async function complianceReport(input: ReportInput): Promise<ComplianceReport> {
    const { contract } = input;
    const zone = contractZone(contract);
    const compliance = new Compliance(contract, zone);
    const unit = input.every ?? input.range?.unit ?? reportingUnit(contract);
    const explicit = input.range ? cutPeriods(input.range.from, input.range.to, unit, zone) : null;
    const until = explicit && explicit.length > 0 ? explicit[explicit.length - 1]!.endMs : undefined;
    const replay = new Replay({ contract, ...(until !== undefined ? { until } : {}), ...(input.reopenWindowMs !== undefined ? { reopenWindowMs: input.reopenWindowMs } : {}), onTicket: (o) => compliance.add(o), reusesOutcomes: true });
    const timesZone = input.zone ?? null;
    for await (const batch of readHistoryBatches(input.history.source, { file: input.history.file, zone: timesZone, format: input.history.format, mapping: input.mapping ?? null }, replay)) {
        for (const item of batch) replay.add(item);
    }
    replay.finish();
    let outages: OutageLog | null = null;
    if (input.outages) outages = await readOutages(input.outages.source, { file: input.outages.file, zone: timesZone });
    const problems = [...replay.problems, ...(outages?.problems ?? [])];
    if (problems.length > 0 && !input.skipBadRows) throw new BadRowsError(problems);
    const asOf = replay.endOf();
    const periods =
        explicit ?? (Number.isFinite(replay.firstEventAt) ? periodsCovering(replay.firstEventAt, replay.lastEventAt, unit, zone) : []);
    const local = replay.localTimes || (outages?.localTimes ?? false);
    return compliance.report({ periods, outages, asOf: Number.isFinite(asOf) ? asOf : null, localTimesZone: local ? timesZone : null, problems });
}
