import type { ValidationChecks } from 'langium';
import type { PactoAstType } from '../generated/ast.js';
import type { PactoServices } from '../pacto-module.js';
import * as calendars from './calendars.js';
import * as contract from './contract.js';
import * as engine from './engine.js';
import * as objectives from './objectives.js';
import * as scenarios from './scenarios.js';
import * as targets from './targets.js';
import * as v2 from './language-v2.js';

/**
 * The object the checks are registered with (Langium binds `this` to it). The checks themselves are plain
 * functions named after their rule (Must = error, Should = warning, May = hint), grouped by subject in this
 * folder; none needs state, so it holds none.
 */
export class PactoValidator {}

export function registerValidationChecks(services: PactoServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.PactoValidator;
    const checks: ValidationChecks<PactoAstType> = {
        Model: [contract.namesMustBeUnique, contract.fileMustDeclareContract, contract.numbersMustBeFinite],
        Contract: [contract.namesMustBeUnique, contract.contractClausesMustBeSingle],
        Term: [contract.termMustBeCoherent],
        Locale: [contract.localeShouldBeSupported],
        Fee: [contract.currencyMustBeIsoCode],
        Money: [contract.currencyMustBeIsoCode],
        Calendar: [
            calendars.calendarMustHaveTimeZone,
            engine.calendarMustHaveOpenHours,
            calendars.intervalsMustNotOverlap,
            calendars.datedRulesShouldFallInTerm,
        ],
        TimeZone: [calendars.timeZoneMustBeKnown],
        HolidaysOf: [calendars.holidayRegionMustBeKnown, engine.holidayDataShouldCoverTerm],
        TimeInterval: [calendars.timeIntervalMustBeValid],
        Holiday: [contract.datesMustExist],
        SpecialHours: [contract.datesMustExist, engine.specialHoursShouldExist],
        Duration: [targets.durationMustBeMeaningful, v2.businessDaysMustBeWhole],
        Target: [targets.wallClockShouldNotNameCalendar, engine.targetShouldFitTerm],
        Category: [targets.categoryTargetsMustBeCoherent, targets.categoryMayBeCoveredByObjective, v2.channelTargetsMustBeSingle],
        Escalation: [targets.escalationMustFitTargets],
        Measure: [objectives.measureMustBeInRange],
        Penalties: [objectives.penaltiesMustBeCoherent, v2.penaltyPeriodShouldMatchObjective],
        PerBreachPenalty: [v2.perBreachTargetMustExist],
        DowntimePenalty: [v2.downtimePenaltyMustNameAvailability],
        OnCall: [v2.onCallMustHavePeople, contract.datesMustExist],
        SatisfactionShareMeasure: [v2.satisfactionMarkMustFitScale],
        Termination: [objectives.terminationMustBeCoherent],
        CustomerWait: [contract.percentsMustBeInRange],
        DemandNotice: [contract.percentsMustBeInRange],
        Scenario: [contract.namesMustBeUnique, scenarios.extendsMustNotCycle, scenarios.scenarioMustBeServable, v2.arrivalsFollowMustBeSingle],
        ScenarioPeriod: [contract.datesMustExist, v2.periodMustCountDates],
        Team: [scenarios.teamMustBeAbleToWork],
        Distribution: [scenarios.distributionMustBePositive],
        ArrivalRate: [scenarios.arrivalRateMustBePositive, v2.businessRateMustBeDayOrHour],
    };
    registry.register(checks, validator);
}
