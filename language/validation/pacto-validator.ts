import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { PactoAstType } from '../generated/ast.js';
import type { LocaleText, MessageLocale } from '../message-locale.js';
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
 * folder; none needs state, so it holds none. Each check is handed the catalogue in the current message
 * locale (services.i18n.MessageLocale) as its third argument: messages follow the reader's language, codes
 * never do.
 */
export class PactoValidator {}

/** A check of nodes of type T, writing its messages with `text`. */
export type PactoCheck<T extends AstNode> = (node: T, accept: ValidationAcceptor, text: LocaleText) => void;

type PactoChecks = { [K in keyof PactoAstType]?: PactoCheck<PactoAstType[K]>[] };

/** Langium's checks: each Pacto check called with the catalogue of the locale current when it runs. */
function localised(checks: PactoChecks, locale: MessageLocale): ValidationChecks<PactoAstType> {
    const result: Record<string, ((node: AstNode, accept: ValidationAcceptor) => void)[]> = {};
    for (const [type, list] of Object.entries(checks) as [string, PactoCheck<AstNode>[]][]) {
        result[type] = list.map((check) => (node: AstNode, accept: ValidationAcceptor) => check(node, accept, locale.text()));
    }
    return result as ValidationChecks<PactoAstType>;
}

export function registerValidationChecks(services: PactoServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.PactoValidator;
    const checks: PactoChecks = {
        Model: [contract.namesMustBeUnique, contract.fileMustDeclareContract, contract.numbersMustBeFinite],
        Contract: [contract.namesMustBeUnique, contract.contractClausesMustBeSingle],
        Term: [contract.termMustBeCoherent, engine.termShouldFitHorizon],
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
        Escalation: [targets.escalationMustFitTargets, engine.escalationStepShouldFitTerm],
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
    registry.register(localised(checks, services.i18n.MessageLocale), validator);
}
