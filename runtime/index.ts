/**
 * The Pacto runtime: the plain contract model, zone and holiday look-ups, business calendars and the SLA
 * clock. Nothing here depends on the language, the CLI or the editor.
 */
export * from './model.js';
export * from './zones.js';
export * from './holidays.js';
export * from './util/similar.js';
export { FIRST_YEAR, LAST_YEAR, addDays, addMonths, dateProblem, daysBetween, isRealDate } from './util/dates.js';
export { compileCacheDirectory, pathTag } from './util/code-cache-folder.js';
export { feeBase, feePercentAmount, isKnownCurrency, suggestCurrencies } from './money.js';

export { type Calendar, type OpenInterval } from './calendar/calendar.js';
export { BusinessCalendar } from './calendar/business-calendar.js';
export { BeyondHorizon, EARLIEST_MS, HORIZON_MS, HORIZON_YEARS, LATEST_MS, type HorizonReason, horizonAfter, horizonInstantText } from './calendar/horizon.js';
export { type WorkBudget, WorkCutShort, spendWork, timeBudget, unitBudget, withWorkBudget } from './calendar/work-budget.js';
export { AlwaysCalendar, alwaysCalendar } from './calendar/always.js';
export { type DayPlan, type DaySource } from './calendar/days.js';
export {
    type CalendarLookup,
    dueAfter,
    durationAllowance,
    durationCalendar,
    percentOfDuration,
} from './calendar/duration.js';
export {
    type ClosedDay,
    type DeadlineAmount,
    type DeadlineExplanation,
    type SpecialDay,
    explainDeadline,
} from './calendar/explain.js';
export {
    type GapBoundary,
    type HolidayDataGap,
    holidayDataCovers,
    holidayDataGaps,
    isAmbiguousLocalTime,
    isEverOpen,
    isInDstGap,
    specialHoursInDstGap,
} from './calendar/checks.js';

export { type Pause, type Pauses, FlatPauses, TicketPauses, normalizePauses } from './time/pauses.js';
export {
    type CompactOptions,
    type NumberOptions,
    compactDate,
    compactInstant,
    compactLocalDate,
    durationAmount,
    formatClockSpan,
    formatDowntime,
    formatHoursMinutes,
    formatInstant,
    formatMoney,
    formatNumber,
    formatOffset,
    formatPercent,
    formatSpan,
    localTime,
    localYear,
    longDate,
    longInstant,
    longWeekdayDate,
    offsetInstant,
    sameLocalDate,
    terminalInstant,
    timeOfDay,
    weekdayDate,
    weekdayLocalDate,
    weekdayName,
} from './time/format.js';
export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type SupportedLocale, isSupportedLocale, supportedLocale } from './time/locales.js';
export {
    type Labels,
    type MessageArgs,
    type MessageKey,
    type PluralKey,
    type ReportLabels,
    type Translate,
    LABELS,
    REPORT_LABELS,
    chosenLocale,
    localeFromEnvironment,
    localeFromTag,
    t,
    tn,
    translator,
} from './i18n/index.js';
export { WordedError, errorMessageIn } from './i18n/worded-error.js';
export { INSTANT_EXAMPLE, type InstantParse, instantReason, parseInstantText } from './time/instant.js';
export { type OffsetTransition, ZoneTimeline } from './time/zone-timeline.js';
export { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './time/units.js';

export { EVENT_ORDER, type TicketEvent, type TicketEventType, sortEvents } from './clock/events.js';
export { calendarLookup, calendarOf } from './clock/contract-calendars.js';
export { type EscalationInstant, type TicketDeadlines, deadlines, elapsed } from './clock/deadlines.js';
export { type AwaitingPeriod, type CategorySpan, type IgnoredEvent, type Resolution, TicketHistory } from './clock/ticket-history.js';
export {
    type ClockState,
    type CustomerReplyStatus,
    type EscalationStatus,
    type TargetState,
    type TargetStatus,
    type TicketStatus,
    TicketClock,
} from './clock/ticket-clock.js';

export { type ContractHorizon, contractHorizon, exceedsTerm, termInstants } from './term.js';
export { type DowntimeBudget, MONTH_DAYS, QUARTER_DAYS, downtimeBudgetMs, monthAndQuarterBudgets } from './availability.js';
export * from './explain/index.js';
export * from './export/index.js';
export * from './integrations/index.js';

export * from './simulate/index.js';

export * from './replay/index.js';
export { type CalibrateInput, type CalibratedArrival, type Calibration, CalibrationError, type Fit, calibrate } from './replay/calibrate.js';
export { type MarkdownPlace, escapeHtml, escapeMarkdown, stripControls, stripControlsDeep, terminalSafe } from './text/escape.js';
export type { ReportRenderOptions } from './replay/render.js';
