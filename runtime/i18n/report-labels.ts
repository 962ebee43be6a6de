/**
 * The words of the compliance report (PDF, HTML, Markdown and text), in each supported locale. Words the
 * contract's own document already prints (objective, target, category, channel, response, resolution,
 * "page N of M") come from the documents' labels, so that the report and the signed contract name things
 * alike; only what a contract never says lives here.
 */
import type { TargetKind } from '../model.js';

export interface ReportLabels {
    title: string;
    /** "From March 1, 2026 to May 31, 2026". */
    range: (from: string, to: string) => string;
    preamble: (zone: string, asOf: string | null) => string;
    localTimes: (zone: string) => string;
    skipped: (n: number) => string;
    trend: string;
    trendNote: string;
    /** Axis of a chart of objectives measured as a score or as minutes. */
    scoreAxis: string;
    minutesAxis: string;
    /** A whole ISO week's title: its number and its dates. */
    week: (number: number, range: string) => string;
    /** A whole quarter's title, and its name on a chart's axis. */
    quarter: (n: number, year: string) => string;
    quarterShort: (n: number, year: string) => string;
    partial: string;
    objective: string; target: string; achieved: string; tickets: string; met: string;
    yes: string; no: string; noData: string;
    breaches: string; noBreaches: string;
    ticket: string; category: string; channel: string; targetKind: Record<TargetKind, string>; due: string; fulfilled: string;
    stillOpen: string; lateBy: string; paused: string;
    credits: (amount: string, percent: string) => string;
    capped: (caps: string) => string;
    cap: Record<'week' | 'month' | 'quarter' | 'year', string>;
    kind: string; of: string; amount: string; percentOfFee: string;
    penaltyKind: Record<'tier' | 'fine' | 'perBreach' | 'downtime', string>;
    open: string; noOpen: string; opened: string; next: string;
    overdue: (what: string, late: string) => string;
    nextDue: (what: string, due: string | null, left: string) => string;
    noTargetPending: string;
    /** The heading of a period's objectives table (the text and Markdown reports have one per table). */
    objectives: string;
    escalations: string; escalatedAt: string; step: string; notify: string; contact: string; onCall: string;
    customerLate: string; waitingSince: string; replyDue: string; ended: string; pauseCredited: string; stillWaiting: string;
    endedBy: Record<'reply' | 'resolved', string>;
    termination: string; belowInARow: string; terminationAfter: string; reached: string;
    skippedRows: string;
    rules: string;
    countingRules: readonly string[];
}
