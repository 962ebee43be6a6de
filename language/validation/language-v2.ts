/**
 * Checks of the constructs language v2 added (docs/language.md): channels' own targets, scenario periods
 * and rates, fines and per-breach penalties, on-call rotations, CSAT shares. Named after their rule:
 * Must = error, Should = warning.
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { enclosingContract } from '../ast-queries.js';
import { durationText, singularUnit } from '../lower.js';
import { HORIZON_MS, HORIZON_YEARS, isKnownCurrency } from '../../runtime/index.js';
import type { LocaleText } from '../message-locale.js';
import { Codes } from './codes.js';
import { kindWord } from './targets.js';

/** A scenario period is local dates: whole days, weeks or months, never business time. */
export function periodMustCountDates(period: ast.ScenarioPeriod, accept: ValidationAcceptor, { t, num }: LocaleText): void {
    const length = period.length;
    if (!length || typeof length.value !== 'number' || !length.unit) return;
    const unit = singularUnit(length.unit);
    if (length.business) {
        accept('error', t('periodIsBusinessTime', { duration: durationText(length) }), {
            node: length, property: 'business', code: Codes.periodMustCountDates,
        });
    } else if (!['day', 'week', 'month'].includes(unit)) {
        accept('error', t('periodUnit', { duration: durationText(length) }), {
            node: length, property: 'unit', code: Codes.periodMustCountDates,
        });
    } else if (!Number.isInteger(length.value) || length.value <= 0) {
        const units = t(unit === 'day' ? 'wordDays' : unit === 'week' ? 'wordWeeks' : 'wordMonths');
        accept('error', t('periodNotWhole', { units, value: num(length.value) }), { node: length, property: 'value', code: Codes.periodMustCountDates });
    } else if (length.value * (unit === 'month' ? 31 : unit === 'week' ? 7 : 1) * 86_400_000 > HORIZON_MS) {
        // The simulator refuses such a period; saying so here keeps `check` and `simulate` in agreement.
        const scenario = AstUtils.getContainerOfType(period, ast.isScenario)?.name ?? '';
        accept('error', t('periodBeyondHorizon', { scenario, years: String(HORIZON_YEARS) }), {
            node: length, property: 'value', code: Codes.periodMustFitHorizon,
        });
    }
}

/** One `arrivals follow` per scenario: with two, neither would be the one the reader expects. */
export function arrivalsFollowMustBeSingle(scenario: ast.Scenario, accept: ValidationAcceptor, { t }: LocaleText): void {
    const follows = scenario.members.filter(ast.isArrivalsFollow);
    const first = follows[0];
    for (const extra of follows.slice(1)) {
        const line = (first?.$cstNode?.range.start.line ?? 0) + 1;
        accept('error', t('arrivalsFollowTwice', { scenario: scenario.name, line: String(line) }), {
            node: extra, code: Codes.arrivalsFollowMustBeSingle,
        });
    }
}

export function businessRateMustBeDayOrHour(rate: ast.ArrivalRate, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (rate.business && rate.unit !== 'day' && rate.unit !== 'hour') {
        accept('error', t('businessRateUnit', { unit: rate.unit }), {
            node: rate, property: 'unit', code: Codes.businessRateMustBeDayOrHour,
        });
    }
}

/** `1.5 business days` has no defined moment (which half of which day?): say it in hours. */
export function businessDaysMustBeWhole(duration: ast.Duration, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (!duration.business || typeof duration.value !== 'number' || singularUnit(duration.unit) !== 'day') return;
    if (!Number.isInteger(duration.value)) {
        accept('error', t('fractionalBusinessDays', { duration: durationText(duration) }), {
            node: duration, property: 'value', code: Codes.businessDaysMustBeWhole,
        });
    }
}

export function channelTargetsMustBeSingle(category: ast.Category, accept: ValidationAcceptor, { t }: LocaleText): void {
    const seen = new Map<string, ast.ChannelTargets>();
    for (const via of category.members.filter(ast.isChannelTargets)) {
        const name = via.channel?.ref?.name;
        if (!name) continue;
        const first = seen.get(name);
        if (first) {
            accept('error', t('channelTargetsTwice', { category: category.name, channel: name, line: String((first.$cstNode?.range.start.line ?? 0) + 1) }), {
                node: via, property: 'channel', code: Codes.channelTargetsMustBeSingle,
            });
        } else seen.set(name, via);
        const kinds = via.targets.map((t) => t.kind);
        for (const kind of ['response', 'resolution']) {
            if (kinds.filter((k) => k === kind).length > 1) {
                accept('error', t('channelTargetKindTwice', { channel: name, kind: kindWord(kind, t) }), { node: via, property: 'channel', code: Codes.channelTargetsMustBeSingle });
            }
        }
    }
}

const PERIOD_ORDER = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * A tier, fine or cap is owed per period of its objective: a quarterly objective judged for a monthly credit,
 * or capped per month, leaves open which months pay.
 */
const PERIOD_WORDS = { day: 'wordPeriodDay', week: 'wordPeriodWeek', month: 'wordPeriodMonth', quarter: 'wordPeriodQuarter', year: 'wordPeriodYear' } as const;

export function penaltyPeriodShouldMatchObjective(penalties: ast.Penalties, accept: ValidationAcceptor, { t }: LocaleText): void {
    const word = (period: string) => (period in PERIOD_WORDS ? t(PERIOD_WORDS[period as keyof typeof PERIOD_WORDS]) : period);
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
            accept('warning', t('capPeriodMismatch', { unit: word(unit), longer: longer.map(word).join(` ${t('wordAndPer')} `), first: word(longer[0]!) }), {
                node: cap, property: 'period', code: Codes.penaltyPeriodShouldMatchObjective,
            });
        }
    }
    const fee = enclosingContract(penalties)?.members.find(ast.isFee);
    for (const fine of penalties.clauses.filter(ast.isPenaltyFine)) {
        const currency = fine.amount?.currency;
        if (currency && isKnownCurrency(currency) && fee?.currency && isKnownCurrency(fee.currency) && currency !== fee.currency) {
            accept('error', t('fineCurrencyMismatch', { fee: fee.currency, currency }), {
                node: fine.amount!, property: 'currency', code: Codes.fineCurrencyMustMatchFee,
            });
        }
    }
}

export function perBreachTargetMustExist(penalty: ast.PerBreachPenalty, accept: ValidationAcceptor, { t }: LocaleText): void {
    const category = penalty.category?.ref;
    if (!category || !penalty.target) return;
    const has = category.members.some((m) => ast.isTarget(m) && m.kind === penalty.target)
        || category.members.some((m) => ast.isChannelTargets(m) && m.targets.some((t) => t.kind === penalty.target));
    if (!has) {
        accept('error', t('perBreachTargetMissing', { category: category.name, kind: kindWord(penalty.target, t) }), {
            node: penalty, property: 'target', code: Codes.perBreachTargetMustExist,
        });
    }
}

export function downtimePenaltyMustNameAvailability(penalty: ast.DowntimePenalty, accept: ValidationAcceptor, { t }: LocaleText): void {
    const measure = penalty.objective?.ref?.measure;
    if (measure && !ast.isAvailabilityMeasure(measure) && !ast.isDowntimeBudgetMeasure(measure)) {
        accept('error', t('downtimeNotAvailability', { objective: penalty.objective!.ref!.name }), {
            node: penalty, property: 'objective', code: Codes.downtimePenaltyMustNameAvailability,
        });
    }
}

export function onCallMustHavePeople(rotation: ast.OnCall, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (rotation.people.length === 0) {
        accept('error', t('onCallNobody', { rotation: rotation.name }), {
            node: rotation, property: 'name', code: Codes.onCallMustHavePeople,
        });
    }
}

export function satisfactionMarkMustFitScale(measure: ast.SatisfactionShareMeasure, accept: ValidationAcceptor, { t, num }: LocaleText): void {
    if (typeof measure.mark !== 'number' || typeof measure.scale !== 'number') return;
    if (measure.scale <= 0 || measure.mark <= 0 || measure.mark > measure.scale) {
        accept('error', t('satisfiedMarkOutsideScale', { mark: num(measure.mark), scale: num(measure.scale) }), {
            node: measure, property: 'mark', code: Codes.satisfactionMarkMustFitScale,
        });
    }
}

