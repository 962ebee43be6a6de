import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { formatPercent, type MessageKey } from '../../runtime/index.js';
import type { LocaleText } from '../message-locale.js';
import { Codes } from './codes.js';

type PercentKey = Extract<MessageKey, 'onTimePercentOutOfRange' | 'firstContactPercentOutOfRange' | 'availabilityPercentOutOfRange' | 'creditPercentOutOfRange'>;

function percentInRange(node: AstNode, property: string, value: number, accept: ValidationAcceptor, key: PercentKey, { t, num }: LocaleText): boolean {
    if (value < 0 || value > 100) {
        accept('error', t(key, { value: num(value) }), {
            node, property: property as never, code: Codes.percentMustBeInRange,
        });
        return false;
    }
    return true;
}

export function measureMustBeInRange(measure: ast.Measure, accept: ValidationAcceptor, text: LocaleText): void {
    const { t, num } = text;
    if (ast.isOnTimeMeasure(measure)) {
        percentInRange(measure, 'percent', measure.percent, accept, 'onTimePercentOutOfRange', text);
    } else if (ast.isFirstContactMeasure(measure)) {
        percentInRange(measure, 'percent', measure.percent, accept, 'firstContactPercentOutOfRange', text);
    } else if (ast.isAvailabilityMeasure(measure)) {
        if (!percentInRange(measure, 'percent', measure.percent, accept, 'availabilityPercentOutOfRange', text)) return;
        if (measure.percent === 100) {
            accept('warning', t('availabilityNoBudget'), {
                node: measure, property: 'percent', code: Codes.availabilityShouldLeaveDowntimeBudget,
            });
        }
    } else if (ast.isSatisfactionMeasure(measure)) {
        if (measure.scale <= 0) {
            accept('error', t('satisfactionScaleNotPositive', { scale: num(measure.scale) }), { node: measure, property: 'scale', code: Codes.scoreMustBeWithinScale });
        } else if (measure.score < 0 || measure.score > measure.scale) {
            accept('error', t('satisfactionScoreOutsideScale', { score: num(measure.score), scale: num(measure.scale) }), {
                node: measure, property: 'score', code: Codes.scoreMustBeWithinScale,
            });
        }
    }
}

/** Percent objectives are thresholds in %, satisfaction in points: a penalty must speak the objective's unit. */
function thresholdMustMatchObjective(
    node: ast.PenaltyTier | ast.TerminationCondition, accept: ValidationAcceptor, { t, num }: LocaleText,
): void {
    const objective = node.objective?.ref;
    const measure = objective?.measure;
    const threshold = node.threshold;
    if (!objective || !measure || !threshold) return;
    const isScore = ast.isSatisfactionMeasure(measure);
    if (isScore && threshold.percent !== undefined) {
        accept('error', t('thresholdMustBeScore', { objective: objective.name, score: String(measure.score) }), {
            node, property: 'threshold', code: Codes.penaltyMustMatchObjectiveKind,
        });
        return;
    }
    if (!isScore && threshold.score !== undefined) {
        const example = 'percent' in measure ? measure.percent : 99;
        accept('error', t('thresholdMustBePercent', { objective: objective.name, percent: String(example) }), {
            node, property: 'threshold', code: Codes.penaltyMustMatchObjectiveKind,
        });
        return;
    }
    if (threshold.percent !== undefined) {
        if (threshold.percent < 0 || threshold.percent > 100) {
            accept('error', t('thresholdOutOfRange', { value: num(threshold.percent) }), { node, property: 'threshold', code: Codes.percentMustBeInRange });
            return;
        }
        // A downtime budget has no percentage of its own (it depends on the month's length).
        if (!isScore && 'percent' in measure && threshold.percent > measure.percent) {
            accept('warning', t('thresholdAboveObjective', { threshold: num(threshold.percent), percent: num(measure.percent), objective: objective.name }), {
                node, property: 'threshold', code: Codes.penaltyShouldNotExceedObjective,
            });
        }
    }
    if (isScore && threshold.score !== undefined && (threshold.score < 0 || threshold.score > measure.scale)) {
        accept('error', t('thresholdScoreOutsideScale', { score: num(threshold.score), scale: num(measure.scale), objective: objective.name }), {
            node, property: 'threshold', code: Codes.scoreMustBeWithinScale,
        });
    }
}

function thresholdValue(threshold: ast.Threshold | undefined): number {
    return threshold?.percent ?? threshold?.score ?? NaN;
}

/** "day", "month" in the reader's words. */
function periodWord(period: string, t: LocaleText['t']): string {
    const key = ({ day: 'wordPeriodDay', week: 'wordPeriodWeek', month: 'wordPeriodMonth', quarter: 'wordPeriodQuarter', year: 'wordPeriodYear' } as const)[period];
    return key ? t(key) : period;
}

export function penaltiesMustBeCoherent(penalties: ast.Penalties, accept: ValidationAcceptor, text: LocaleText): void {
    const { t, num } = text;
    const tiers = penalties.clauses.filter(ast.isPenaltyTier);
    for (const tier of tiers) {
        thresholdMustMatchObjective(tier, accept, text);
        percentInRange(tier, 'credit', tier.credit, accept, 'creditPercentOutOfRange', text);
    }
    // Per objective, a lower threshold is a worse result and must earn a larger credit.
    const byObjective = new Map<ast.Objective, ast.PenaltyTier[]>();
    for (const tier of tiers) {
        const objective = tier.objective?.ref;
        if (objective && tier.threshold && typeof tier.credit === 'number') byObjective.set(objective, [...(byObjective.get(objective) ?? []), tier]);
    }
    for (const [objective, list] of byObjective) {
        const sorted = [...list].sort((a, b) => thresholdValue(b.threshold) - thresholdValue(a.threshold));
        for (let i = 1; i < sorted.length; i++) {
            const better = sorted[i - 1]!;
            const worse = sorted[i]!;
            const a = thresholdValue(better.threshold);
            const b = thresholdValue(worse.threshold);
            const isPercent = worse.threshold?.percent !== undefined;
            const threshold = (value: number) => (isPercent ? formatPercent(value, text.locale) : num(value));
            if (a === b) {
                accept('error', t('tiersSameThreshold', { objective: objective.name, threshold: threshold(b) }), {
                    node: worse, property: 'threshold', code: Codes.penaltyCreditsMustGrow,
                });
            } else if (worse.credit <= better.credit) {
                accept('error', t('creditsMustGrow', {
                    objective: objective.name, worse: threshold(b), worseCredit: num(worse.credit), better: threshold(a), betterCredit: num(better.credit),
                }), {
                    node: worse, property: 'credit', code: Codes.penaltyCreditsMustGrow,
                });
            }
        }
    }
    const caps = penalties.clauses.filter(ast.isPenaltyCap);
    const seen = new Set<string>();
    for (const cap of caps) {
        const period = cap.period?.unit ?? 'month';
        if (seen.has(period)) accept('error', t('capTwice', { period: periodWord(period, t) }), { node: cap, code: Codes.duplicateClause });
        seen.add(period);
    }
    const fee = AstUtils.getContainerOfType(penalties, ast.isContract)?.members.find(ast.isFee);
    for (const cap of caps) {
        // Credits are at most the fees of the cap's period: 100% of a monthly fee per month, 1200% per year.
        const limit = capLimit(cap.period?.unit ?? 'month', fee?.period === 'yearly' ? 'year' : 'month');
        if (cap.percent > limit) {
            accept('error', limit === 100
                ? t('capAboveWholeFee', { percent: num(cap.percent) })
                : t('capAbovePeriodFees', {
                    percent: num(cap.percent), period: periodWord(cap.period?.unit ?? 'month', t), limit: num(limit),
                    fee: t(fee?.period === 'yearly' ? 'wordFeeYearly' : 'wordFeeMonthly'),
                }), {
                node: cap, property: 'percent', code: Codes.capMustNotExceedFee,
            });
        } else if (cap.percent < 0) {
            accept('error', t('capNegative', { percent: num(cap.percent) }), { node: cap, property: 'percent', code: Codes.percentMustBeInRange });
        }
    }
}

const PERIOD_MONTHS: Record<string, number> = { day: 12 / 365, week: 12 / 52, month: 1, quarter: 3, year: 12 };

/** The largest cap of a period, in percent of a monthly or yearly fee, rounded down to a whole percent past 100. */
function capLimit(period: string, feePeriod: 'month' | 'year'): number {
    const fees = (PERIOD_MONTHS[period] ?? 1) / (feePeriod === 'year' ? 12 : 1);
    return fees >= 1 ? Math.round(100 * fees) : 100;
}

export function terminationMustBeCoherent(termination: ast.Termination, accept: ValidationAcceptor, text: LocaleText): void {
    const { t, num } = text;
    for (const condition of termination.clauses.filter(ast.isTerminationCondition)) {
        thresholdMustMatchObjective(condition, accept, text);
        if (typeof condition.count === 'number' && (!Number.isInteger(condition.count) || condition.count < 1)) {
            accept('error', t('consecutiveCountInvalid', { count: num(condition.count) }), {
                node: condition, property: 'count', code: Codes.countMustBeWholePositive,
            });
        }
    }
    for (const extra of termination.clauses.filter(ast.isTerminationNotice).slice(1)) {
        accept('error', t('terminationNoticeTwice'), { node: extra, code: Codes.duplicateClause });
    }
}
