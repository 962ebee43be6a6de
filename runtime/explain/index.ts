/**
 * Explanations of a contract, computed from the lowered model alone: the moments and worked examples that
 * show what a target means, a ticket's deadline trace, the zone a ticket is shown in, calendar summaries
 * and downtime budgets. The editor's hovers and preview, `pacto deadline` and the documents render these,
 * so they cannot disagree about a contract.
 */
export { ALWAYS_ZONE, type ExplainCalendar, displayZone, durationZone, explainCalendar } from './display-zone.js';
export {
    BEFORE_CLOSING_MS,
    type DocumentMoment,
    type ExampleMoment,
    type MomentKind,
    type ReferenceMoments,
    isDocumentMoment,
    referenceMoments,
} from './moments.js';
export {
    type ExampleNote,
    type ExampleRow,
    type ExampleTable,
    type TargetExamples,
    type WorkedExample,
    contractExamples,
    deadlineAmount,
    targetExamples,
} from './worked-examples.js';
export { type DeadlineTrace, type EscalationTrace, type TargetTrace, deadlineTrace } from './deadline-trace.js';
export { previewMarkdown, transitionWords } from './preview-markdown.js';
export { type ExamplesMarkdownOptions, momentLabel, noteWords, workedExamplesMarkdown } from './examples-markdown.js';
export {
    ALWAYS_DAY_MINUTES,
    approximateBusinessDays,
    averageOpenDayMinutes,
    intervalsByWeekday,
    openDayMinutes,
    weeklyOpenMinutes,
    weeklySummary,
} from './calendar-summary.js';
export { downtimeBudgetMarkdown } from './downtime-budget.js';
export { cell, code, inert } from './markdown.js';
export { durationPhrase, kindWord, periodWord } from './words.js';
export { type OnCallTurn, onCallMarkdown, onCallOn, onCallTurns, personWords, shownTurns, turnDates } from './on-call.js';
export { availabilityShare, downtimeShareMarkdown } from './downtime-share.js';
export {
    PENALTY_COMBINATION_RULE,
    type PenaltyClauseModel,
    moneyWords,
    penaltiesMarkdown,
    penaltyAmountWords,
    penaltyClauseMarkdown,
    penaltyClauseWords,
} from './penalties.js';
export { type YearHoliday, calendarHolidays, calendarHolidaysMarkdown } from './calendar-holidays.js';
export { satisfactionShareMarkdown, satisfiedMarks, satisfiedNeeded } from './satisfaction.js';
