import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { durationText, lowerCalendar, lowerDuration, singularUnit } from '../lower.js';
import { calendarInScope, calendarNamed, enclosingContract } from '../ast-queries.js';
import type { Duration } from '../../runtime/index.js';
import { durationPhrase } from '../../runtime/index.js';
import type { LocaleText } from '../message-locale.js';
import { Codes } from './codes.js';
import { openDayLengths } from './engine-answers.js';

/** "response", "resolution" in the reader's words ("primera respuesta", "resolução"). */
export function kindWord(kind: string | undefined, t: LocaleText['t']): string {
    return t(kind === 'response' ? 'wordResponse' : 'wordResolution');
}

/** Durations where a length in months makes sense: simulated periods and notice periods. */
function allowsMonths(duration: ast.Duration): boolean {
    return ast.isScenarioPeriod(duration.$container) || ast.isTerminationNotice(duration.$container);
}

export function durationMustBeMeaningful(duration: ast.Duration, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (typeof duration.value !== 'number' || !duration.unit) return; // a syntax error is already reported
    const unit = singularUnit(duration.unit);
    if (unit === 'month' && !allowsMonths(duration)) {
        accept('error', t('monthsNotDuration'), {
            node: duration, property: 'unit', code: Codes.monthsOnlyForPeriods,
        });
        return;
    }
    if (duration.business) {
        if (unit === 'week' || unit === 'month') {
            accept('error', t('businessUnitNotCountable', { duration: durationText(duration), days: String(duration.value * (unit === 'week' ? 5 : 20)) }), {
                node: duration, property: 'unit', code: Codes.businessUnitMustBeCountable,
            });
            return;
        }
        if (!calendarInScope(duration)) {
            accept('error', t('businessWithoutCalendar', { duration: durationText(duration) }), {
                node: duration, code: Codes.businessDurationMustHaveCalendar,
            });
        }
    }
    const container = duration.$container;
    const mustBePositive = ast.isTarget(container) || ast.isReplyObligation(container) || ast.isScenarioPeriod(container)
        || ast.isBreachNotify(container) || ast.isBreachReview(container);
    if (mustBePositive && duration.value <= 0) {
        accept('error', t('nonPositiveDuration', { duration: durationText(duration) }), {
            node: duration, property: 'value', code: Codes.durationMustBePositive,
        });
    }
}

export function wallClockShouldNotNameCalendar(target: ast.Target, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (target.calendar && target.duration && !target.duration.business) {
        const business = `${target.duration.value} business ${target.duration.unit}`;
        accept('warning', t('wallClockIgnoresCalendar', { duration: durationText(target.duration), business }), {
            node: target, property: 'calendar', code: Codes.wallClockShouldNotNameCalendar,
        });
    }
}

/** Open minutes of the shortest and longest open weekday of a calendar, to compare hours with days. */
function dayLengths(calendarName: string, category: ast.Category): { min: number; max: number } | undefined {
    const contract = enclosingContract(category);
    const calendar = contract && calendarNamed(contract, calendarName);
    return calendar ? openDayLengths(lowerCalendar(calendar)) : undefined;
}

/** -1, 0, 1 when a is certainly shorter, equal, longer than b; undefined when they are not comparable. */
function compareDurations(a: Duration, b: Duration, category: ast.Category): number | undefined {
    const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);
    if (a.kind === 'wall' && b.kind === 'wall') return sign(a.minutes - b.minutes);
    if (a.kind === 'wall' || b.kind === 'wall' || a.calendar !== b.calendar) return undefined;
    if (a.kind === 'business' && b.kind === 'business') return sign(a.minutes - b.minutes);
    if (a.kind === 'businessDays' && b.kind === 'businessDays') return sign(a.days - b.days);
    const days = dayLengths(a.calendar, category);
    if (!days) return undefined;
    // Business days against business hours: only certain when it holds for every day length.
    if (a.kind === 'business' && b.kind === 'businessDays') return a.minutes > b.days * days.max ? 1 : undefined;
    if (a.kind === 'businessDays' && b.kind === 'business') return a.days * days.min > b.minutes ? 1 : undefined;
    return undefined;
}

export function categoryTargetsMustBeCoherent(category: ast.Category, accept: ValidationAcceptor, { t, num, locale }: LocaleText): void {
    const targets = category.members.filter(ast.isTarget);
    const priorities = category.members.filter(ast.isPriority);
    for (const kind of ['response', 'resolution'] as const) {
        for (const extra of targets.filter((t) => t.kind === kind).slice(1)) {
            accept('error', t('categoryTargetTwice', { category: category.name, kind: kindWord(kind, t) }), { node: extra, property: 'kind', code: Codes.duplicateClause });
        }
    }
    for (const extra of priorities.slice(1)) {
        accept('error', t('categoryPriorityTwice', { category: category.name }), { node: extra, code: Codes.duplicateClause });
    }
    const priority = priorities[0];
    if (priority && (!Number.isInteger(priority.level) || priority.level < 1)) {
        accept('error', t('priorityInvalid', { level: num(priority.level) }), {
            node: priority, property: 'level', code: Codes.priorityMustBeWholeNumber,
        });
    }
    if (targets.length === 0) {
        accept('warning', t('categoryWithoutTarget', { category: category.name }), {
            node: category, property: 'name', code: Codes.categoryShouldHaveTarget,
        });
    }
    const response = targets.find((t) => t.kind === 'response');
    const resolution = targets.find((t) => t.kind === 'resolution');
    if (response && resolution) {
        const a = lowerDuration(response.duration);
        const b = lowerDuration(resolution.duration);
        if (a && b && compareDurations(a, b, category) === 1) {
            accept('error', t('responseLongerThanResolution', { response: durationPhrase(a, locale), resolution: durationPhrase(b, locale) }), {
                node: response, property: 'duration', code: Codes.responseMustNotExceedResolution,
            });
        }
    }
}

export function escalationMustFitTargets(escalation: ast.Escalation, accept: ValidationAcceptor, { t, num }: LocaleText): void {
    const lastPercent = new Map<string, number>();
    for (const step of escalation.steps) {
        if (!step.target || typeof step.percent !== 'number') continue;
        const previous = lastPercent.get(step.target);
        if (previous !== undefined && step.percent <= previous) {
            accept('error', t('escalationNotIncreasing', { percent: num(step.percent), kind: kindWord(step.target, t), previous: num(previous) }), {
                node: step, property: 'percent', code: Codes.escalationStepsMustIncrease,
            });
        }
        lastPercent.set(step.target, Math.max(previous ?? -Infinity, step.percent));
        if (step.percent <= 0) {
            accept('error', t('escalationAtOpening', { percent: num(step.percent), kind: kindWord(step.target, t) }), {
                node: step, property: 'percent', code: Codes.percentMustBeInRange,
            });
        }
        for (const ref of escalation.categories) {
            const category = ref?.ref;
            if (!category) continue;
            const hasTarget = category.members.some((m) => ast.isTarget(m) && m.kind === step.target);
            if (!hasTarget) {
                accept('error', t(step.target === 'response' ? 'responseEscalationTargetMissing' : 'resolutionEscalationTargetMissing', { category: category.name, percent: String(step.percent) }), {
                    node: step, property: 'target', code: Codes.escalationTargetMustExist,
                });
            }
        }
    }
}

/** Per contract: 'all' when an on-time objective covers every category, else the categories covered. */
const coverage = new WeakMap<ast.Contract, 'all' | Set<ast.Category>>();

function coveredCategories(contract: ast.Contract): 'all' | Set<ast.Category> {
    let covered = coverage.get(contract);
    if (!covered) {
        const onTime = contract.members.filter(ast.isObjective).map((o) => o.measure).filter(ast.isOnTimeMeasure);
        covered = onTime.some((m) => m.categories.length === 0)
            ? 'all'
            : new Set(onTime.flatMap((m) => m.categories.flatMap((ref) => (ref?.ref ? [ref.ref] : []))));
        coverage.set(contract, covered);
    }
    return covered;
}

export function categoryMayBeCoveredByObjective(category: ast.Category, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (!category.members.some(ast.isTarget)) return;
    const contract = enclosingContract(category);
    if (!contract) return;
    const covered = coveredCategories(contract);
    if (covered !== 'all' && !covered.has(category)) {
        accept('hint', t('categoryNotCovered', { category: category.name }), {
            node: category, property: 'name', code: Codes.categoryMayBeCoveredByObjective,
        });
    }
}
