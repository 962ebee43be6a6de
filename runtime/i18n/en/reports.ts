/** The compliance report's words in en. */
import type { TargetKind } from '../../model.js';
import type { ReportLabels } from '../report-labels.js';
import { documents } from './documents.js';

export const reports: ReportLabels = {
    title: 'Service level compliance report',
    range: (from, to) => `From ${from} to ${to}`,
    preamble: (zone, asOf) => `Periods and times in ${zone}. Tickets are judged as of ${asOf ?? 'the end of the history'}.`,
    localTimes: (zone) => `Times written without a UTC offset were read in ${zone}.`,
    skipped: (n) => `${n} bad row${n === 1 ? ' was' : 's were'} left out of the history; they are listed at the end.`,
    trend: 'Trend over the periods',
    trendNote: 'One line per objective; its target is the dashed line of the same colour. A period without data leaves a gap.',
    scoreAxis: 'Score', minutesAxis: 'Minutes of downtime',
    partial: 'partial period',
    objective: documents.objective, target: documents.target, achieved: 'Achieved', tickets: 'Tickets', met: 'Met',
    yes: 'Yes', no: 'No', noData: 'no data',
    breaches: 'Breaches', noBreaches: 'No target was breached in this period.',
    ticket: 'Ticket', category: documents.category, channel: documents.channel,
    targetKind: { response: documents.response, resolution: documents.resolution }, due: 'Due', fulfilled: 'Fulfilled',
    stillOpen: 'still open', lateBy: 'Late by', paused: 'Paused',
    credits: (amount, percent) => `Credits owed: ${amount} (${percent} of the period's fee)`,
    capped: (caps) => `Lowered by the ${caps} cap.`,
    cap: { month: 'monthly', quarter: 'quarterly', year: 'yearly' },
    kind: 'Kind', of: 'For', amount: 'Amount', percentOfFee: '% of fee',
    penaltyKind: { tier: 'Tier', fine: 'Fine', perBreach: 'Per breach', downtime: 'Downtime' },
    open: 'Open tickets at the end: alert list', noOpen: 'No ticket is open.', opened: 'Opened', next: 'Next breach',
    overdue: (what, late) => `${what} overdue by ${late}`,
    nextDue: (what, due, left) => `${what} due ${due ?? '(paused)'}, ${left} of open time left`,
    noTargetPending: 'no target pending',
    skippedRows: 'Rows left out of the history',
    rules: 'How it is counted',
    countingRules: [
        'A target is on time when it is fulfilled at or before its due instant (the SLA clock of the contract, pauses included).',
        'It is counted in the period that holds the instant it was decided: its fulfilment if met, its due instant if breached (so a breach counts while the ticket is still open); not at all when that instant is outside the range.',
        'Tickets are judged as of the end of the range, or of the history when it ends earlier; a target still pending then is not counted.',
        "Availability of a period is 1 − downtime / the period's real length; outages are merged and clipped to the period, and downtime inside the objective's excluded calendar does not count.",
        'An objective without data in a period (no ticket decided, no outage log, no such column) has no value; none is invented.',
        "Credits: the worst tier or fine per objective (objectives measured per the period's length), plus per-breach and downtime penalties, then the period's cap, then the yearly cap.",
    ],
};
