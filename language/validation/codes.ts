/**
 * Diagnostic codes, one per rule, so quick fixes and tools (`pacto check --format json`) can find them.
 * The rule name says its strength: Must = error, Should = warning, May = hint.
 * Every code here is asserted by a fixture (`error[code] "…"` in test/fixtures), and fixtures assert no other
 * code: test/language/fixtures.test.ts checks both, so a code nothing reports cannot stay here.
 */
export const Codes = {
    // syntax: Langium's own codes (DocumentValidator.ParsingError, LexingError), in the diagnostic's `data.code`
    syntaxError: 'parsing-error',
    unexpectedCharacter: 'lexing-error',
    // names and references
    duplicateName: 'duplicate-name',
    /** Langium's DocumentValidator.LinkingError; PactoLinker words the message. */
    unresolvedReference: 'linking-error',
    duplicateClause: 'duplicate-clause',
    // header
    termEndMustFollowStart: 'term-end-before-start',
    dateMustExist: 'invalid-date',
    localeShouldBeSupported: 'unsupported-locale',
    currencyMustBeIsoCode: 'unknown-currency',
    fineCurrencyMustMatchFee: 'fine-currency-not-fee-currency',
    fileMustDeclareContract: 'no-contract',
    numberMustBeFinite: 'number-too-large',
    // calendars
    calendarMustHaveTimeZone: 'missing-time-zone',
    timeZoneMustBeKnown: 'unknown-time-zone',
    holidayCountryMustBeKnown: 'unknown-holiday-country',
    holidayRegionMustBeKnown: 'unknown-holiday-region',
    timeMustExist: 'invalid-time',
    intervalEndMustFollowStart: 'interval-end-not-after-start',
    intervalsMustNotOverlap: 'overlapping-intervals',
    calendarMustHaveOpenHours: 'calendar-never-open',
    specialHoursShouldFallInTerm: 'special-hours-outside-term',
    holidayShouldFallInTerm: 'holiday-outside-term',
    dateShouldBeDeclaredOnce: 'duplicate-date',
    specialHoursShouldExist: 'special-hours-in-dst-gap',
    holidayDataShouldCoverTerm: 'holiday-data-ends',
    // targets
    businessDurationMustHaveCalendar: 'business-duration-without-calendar',
    businessUnitMustBeCountable: 'business-unit-not-countable',
    monthsOnlyForPeriods: 'months-not-a-duration',
    durationMustBePositive: 'non-positive-duration',
    wallClockShouldNotNameCalendar: 'calendar-ignored-by-wall-clock',
    responseMustNotExceedResolution: 'response-longer-than-resolution',
    categoryShouldHaveTarget: 'category-without-target',
    priorityMustBeWholeNumber: 'invalid-priority',
    escalationStepsMustIncrease: 'escalation-steps-not-increasing',
    escalationTargetMustExist: 'escalation-target-missing',
    categoryMayBeCoveredByObjective: 'category-not-covered',
    targetShouldFitTerm: 'target-longer-than-term',
    escalationStepShouldFitTerm: 'escalation-after-term',
    termShouldFitHorizon: 'term-beyond-horizon',
    /** An engine-backed check stopped when the document's budget of calendar work ran out (engine.ts). */
    engineCheckCutShort: 'check-cut-short',
    // objectives and money
    percentMustBeInRange: 'percent-out-of-range',
    availabilityShouldLeaveDowntimeBudget: 'no-downtime-budget',
    scoreMustBeWithinScale: 'score-out-of-scale',
    penaltyCreditsMustGrow: 'penalty-credits-not-growing',
    capMustNotExceedFee: 'cap-above-fee',
    penaltyMustMatchObjectiveKind: 'penalty-objective-kind',
    penaltyShouldNotExceedObjective: 'penalty-threshold-above-objective',
    countMustBeWholePositive: 'invalid-count',
    // scenarios
    arrivalsMustBeHandled: 'category-not-handled',
    arrivalsMustHaveHandlingTime: 'category-without-handling-time',
    teamCalendarMustOpen: 'team-calendar-never-open',
    teamMustHaveAgents: 'team-without-agents',
    meanMustBePositive: 'non-positive-mean',
    uniformBoundsMustIncrease: 'uniform-bounds',
    extendsMustNotCycle: 'extends-cycle',
    scenarioShouldHavePeriod: 'scenario-without-period',
    // language v2
    periodMustCountDates: 'invalid-period',
    periodMustFitHorizon: 'period-beyond-horizon',
    arrivalsFollowMustBeSingle: 'several-arrivals-follow',
    businessRateMustBeDayOrHour: 'business-rate-unit',
    businessDaysMustBeWhole: 'fractional-business-days',
    channelTargetsMustBeSingle: 'duplicate-channel-targets',
    penaltyPeriodShouldMatchObjective: 'penalty-period-mismatch',
    perBreachTargetMustExist: 'per-breach-target-missing',
    downtimePenaltyMustNameAvailability: 'downtime-penalty-not-availability',
    onCallMustHavePeople: 'on-call-without-people',
    satisfactionMarkMustFitScale: 'satisfied-mark-outside-scale',
} as const;

export type Code = (typeof Codes)[keyof typeof Codes];
