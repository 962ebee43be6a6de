/**
 * Measuring reality: ticket histories (Pacto's event log, help-desk exports), outage logs, and the
 * compliance report of a contract over them (docs/compliance.md).
 */
export { type RowProblem, HistoryError, LISTED_PROBLEMS, formatProblem, formatProblemIn, wordedProblem } from './problems.js';
export { HISTORY_EVENTS, type ByteSource, type HistoryEventName, type HistoryItem, type HistoryRecord } from './records.js';
export { parseEventTime } from './event-time.js';
export { type HistoryFormat, historyFormatOf, readHistory } from './history.js';
export { type Mapping, type StatusClass, FRESHDESK_MAPPING, ZENDESK_STATUSES, parseMapping } from './helpdesk.js';
export { type Outage, type OutageLog, mergeOutages, readOutages } from './outages.js';
export { PERIOD_UNITS, type PeriodUnit, type ReportPeriod, contractZone, cutPeriods, isDate, namedPeriod, periodsCovering, reportingUnit } from './periods.js';
export { DEFAULT_REOPEN_WINDOW_MS, Replay, type ReplayOptions, type TargetOutcome, type TicketOutcome, onCallAt } from './replay.js';
export {
    type BreachEntry,
    Compliance,
    type ComplianceReport,
    type CustomerLateEntry,
    type EscalationEntry,
    type ObjectiveCompliance,
    type OpenTicket,
    type PenaltiesResult,
    type PenaltyItem,
    type PeriodReport,
    type SkippedRow,
    type TerminationStatus,
} from './compliance.js';
export { BadRowsError, type ReportInput, complianceReport } from './report.js';
export { COUNTING_RULES, REPORT_FORMATS, type ReportFormat, renderReport } from './render.js';
export { type ReportPdfOptions, complianceReportPdf } from './report-pdf.js';
