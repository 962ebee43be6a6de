/**
 * Checks of the constructs language v2 added (docs/language.md): channels' own targets, scenario periods
 * and rates, fines and per-breach penalties, on-call rotations, CSAT shares. Named after their rule:
 * Must = error, Should = warning.
 */
import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { enclosingContract } from '../ast-queries.js';
import { durationText, singularUnit } from '../lower.js';
import { isKnownCurrency } from '../../runtime/index.js';
import { Codes } from './codes.js';

/** A scenario period is local dates: whole days, weeks or months, never business time. */
export function periodMustCountDates(period: ast.ScenarioPeriod, accept: ValidationAcceptor): void {
    const length = period.length;
    if (!length || typeof length.value !== 'number' || !length.unit) return;
    const unit = singularUnit(length.unit);
    if (length.business) {
        accept('error', `A period is calendar time; '${durationText(length)}' depends on a calendar. Write days, weeks or months, e.g. period 4 weeks.`, {
            node: length, property: 'business', code: Codes.periodMustCountDates,
        });
    } else if (!['day', 'week', 'month'].includes(unit)) {
        accept('error', `A period counts whole days, weeks or months; '${durationText(length)}' is not one. Write e.g. period 1 day.`, {
            node: length, property: 'unit', code: Codes.periodMustCountDates,
        });
    } else if (!Number.isInteger(length.value) || length.value <= 0) {
        accept('error', `A period counts whole ${unit}s; found ${length.value}.`, { node: length, property: 'value', code: Codes.periodMustCountDates });
    }
}

/** One `arrivals follow` per scenario: with two, neither would be the one the reader expects. */
export function arrivalsFollowMustBeSingle(scenario: ast.Scenario, accept: ValidationAcceptor): void {
    const follows = scenario.members.filter(ast.isArrivalsFollow);
    const first = follows[0];
    for (const extra of follows.slice(1)) {
        const line = (first?.$cstNode?.range.start.line ?? 0) + 1;
        accept('error', `Scenario '${scenario.name}' already says which calendar arrivals follow (line ${line}); keep one 'arrivals follow' line.`, {
            node: extra, code: Codes.arrivalsFollowMustBeSingle,
        });
    }
}

export function businessRateMustBeDayOrHour(rate: ast.ArrivalRate, accept: ValidationAcceptor): void {
    if (rate.business && rate.unit !== 'day' && rate.unit !== 'hour') {
        accept('error', `'per business ${rate.unit}' has no meaning: rates count per business day or per business hour.`, {
            node: rate, property: 'unit', code: Codes.businessRateMustBeDayOrHour,
        });
    }
}

/** `1.5 business days` has no defined moment (which half of which day?): say it in hours. */
export function businessDaysMustBeWhole(duration: ast.Duration, accept: ValidationAcceptor): void {
    if (!duration.business || typeof duration.value !== 'number' || singularUnit(duration.unit) !== 'day') return;
    if (!Number.isInteger(duration.value)) {
        accept('error', `Business days are whole days: '${durationText(duration)}' has no defined moment. Write whole business days, or business hours (e.g. 12 business hours).`, {
            node: duration, property: 'value', code: Codes.businessDaysMustBeWhole,
        });
    }
}

export function channelTargetsMustBeSingle(category: ast.Category, accept: ValidationAcceptor): void {
    const seen = new Map<string, ast.ChannelTargets>();
    for (const via of category.members.filter(ast.isChannelTargets)) {
        const name = via.channel?.ref?.name;
        if (!name) continue;
        const first = seen.get(name);
        if (first) {
            accept('error', `Category '${category.name}' already has targets via ${name} (line ${(first.$cstNode?.range.start.line ?? 0) + 1}); put them in one block.`, {
                node: via, property: 'channel', code: Codes.channelTargetsMustBeSingle,
            });
        } else seen.set(name, via);
        const kinds = via.targets.map((t) => t.kind);
        for (const kind of ['response', 'resolution']) {
            if (kinds.filter((k) => k === kind).length > 1) {
                accept('error', `Targets via ${name} give the ${kind} target twice.`, { node: via, property: 'channel', code: Codes.channelTargetsMustBeSingle });
            }
        }
    }
}

const PERIOD_ORDER = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * A tier, fine or cap is owed per period of its objective: a quarterly objective judged for a monthly credit,
 * or capped per month, leaves open which months pay.
 */
export function penaltyPeriodShouldMatchObjective(penalties: ast.Penalties, accept: ValidationAcceptor): void {
    const tiers = penalties.clauses.filter((c): c is ast.PenaltyTier | ast.PenaltyFine => ast.isPenaltyTier(c) || ast.isPenaltyFine(c));
    const periods = new Set<string>();
    for (const tier of tiers) {
        const period = tier.objective?.ref?.measure?.period?.unit;
        if (period) periods.add(period);
    }
    const warned = new Set<string>();
    for (const cap of penalties.clauses.filter(ast.isPenaltyCap)) {
        const unit = cap.period?.unit;
        // A second cap of the same period is already an error.
        if (!unit || warned.has(unit)) continue;
        warned.add(unit);
        const longer = [...periods].filter((p) => PERIOD_ORDER.indexOf(p) > PERIOD_ORDER.indexOf(unit));
        if (longer.length > 0) {
            accept('warning', `A cap per ${unit} limits credits of objectives measured per ${longer.join(' and per ')}, owed once per ${longer[0]}: say which ${unit} pays, or cap per ${longer[0]}.`, {
                node: cap, property: 'period', code: Codes.penaltyPeriodShouldMatchObjective,
            });
        }
    }
    const fee = enclosingContract(penalties)?.members.find(ast.isFee);
    for (const fine of penalties.clauses.filter(ast.isPenaltyFine)) {
        const currency = fine.amount?.currency;
        if (currency && isKnownCurrency(currency) && fee?.currency && isKnownCurrency(fee.currency) && currency !== fee.currency) {
            accept('error', `Fines are paid in the fee's currency (${fee.currency}); this one is in ${currency}.`, {
                node: fine.amount!, property: 'currency', code: Codes.fineCurrencyMustMatchFee,
            });
        }
    }
}

export function perBreachTargetMustExist(penalty: ast.PerBreachPenalty, accept: ValidationAcceptor): void {
    const category = penalty.category?.ref;
    if (!category || !penalty.target) return;
    const has = category.members.some((m) => ast.isTarget(m) && m.kind === penalty.target)
        || category.members.some((m) => ast.isChannelTargets(m) && m.targets.some((t) => t.kind === penalty.target));
    if (!has) {
        accept('error', `Category '${category.name}' has no ${penalty.target} target, so no ticket can breach it.`, {
            node: penalty, property: 'target', code: Codes.perBreachTargetMustExist,
        });
    }
}

export function downtimePenaltyMustNameAvailability(penalty: ast.DowntimePenalty, accept: ValidationAcceptor): void {
    const measure = penalty.objective?.ref?.measure;
    if (measure && !ast.isAvailabilityMeasure(measure) && !ast.isDowntimeBudgetMeasure(measure)) {
        accept('error', `'${penalty.objective!.ref!.name}' is not an availability objective, so it has no downtime budget to go beyond.`, {
            node: penalty, property: 'objective', code: Codes.downtimePenaltyMustNameAvailability,
        });
    }
}

export function onCallMustHavePeople(rotation: ast.OnCall, accept: ValidationAcceptor): void {
    if (rotation.people.length === 0) {
        accept('error', `On-call rotation '${rotation.name}' names nobody: list who takes turns, e.g. "Ana Pérez" "ana@example.com".`, {
            node: rotation, property: 'name', code: Codes.onCallMustHavePeople,
        });
    }
}

export function satisfactionMarkMustFitScale(measure: ast.SatisfactionShareMeasure, accept: ValidationAcceptor): void {
    if (typeof measure.mark !== 'number' || typeof measure.scale !== 'number') return;
    if (measure.scale <= 0 || measure.mark <= 0 || measure.mark > measure.scale) {
        accept('error', `The satisfied mark must be on the scale: ${measure.mark} of ${measure.scale} is not.`, {
            node: measure, property: 'mark', code: Codes.satisfactionMarkMustFitScale,
        });
    }
}

