import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { Codes } from './codes.js';

function percentInRange(node: AstNode, property: string, value: number, accept: ValidationAcceptor, what: string): boolean {
    if (value < 0 || value > 100) {
        accept('error', `${what} must be between 0% and 100%; found ${value}%.`, {
            node, property: property as never, code: Codes.percentMustBeInRange,
        });
        return false;
    }
    return true;
}

export function measureMustBeInRange(measure: ast.Measure, accept: ValidationAcceptor): void {
    if (ast.isOnTimeMeasure(measure)) {
        percentInRange(measure, 'percent', measure.percent, accept, 'An on-time objective');
    } else if (ast.isFirstContactMeasure(measure)) {
        percentInRange(measure, 'percent', measure.percent, accept, 'A first contact resolution objective');
    } else if (ast.isAvailabilityMeasure(measure)) {
        if (!percentInRange(measure, 'percent', measure.percent, accept, 'Availability')) return;
        if (measure.percent === 100) {
            accept('warning', `Availability of 100% leaves no downtime budget: a single second of outage breaches it. Most contracts use 99.9% or less.`, {
                node: measure, property: 'percent', code: Codes.availabilityShouldLeaveDowntimeBudget,
            });
        }
    } else if (ast.isSatisfactionMeasure(measure)) {
        if (measure.scale <= 0) {
            accept('error', `The satisfaction scale must be positive; found ${measure.scale}.`, { node: measure, property: 'scale', code: Codes.scoreMustBeWithinScale });
        } else if (measure.score < 0 || measure.score > measure.scale) {
            accept('error', `A satisfaction score of ${measure.score} is outside the scale 0 to ${measure.scale}.`, {
                node: measure, property: 'score', code: Codes.scoreMustBeWithinScale,
            });
        }
    }
}

/** Percent objectives are thresholds in %, satisfaction in points: a penalty must speak the objective's unit. */
function thresholdMustMatchObjective(
    node: ast.PenaltyTier | ast.TerminationCondition, accept: ValidationAcceptor,
): void {
    const objective = node.objective?.ref;
    const measure = objective?.measure;
    const threshold = node.threshold;
    if (!objective || !measure || !threshold) return;
    const isScore = ast.isSatisfactionMeasure(measure);
    if (isScore && threshold.percent !== undefined) {
        accept('error', `Objective '${objective.name}' is a satisfaction score; state the threshold as a score, e.g. below ${measure.score}.`, {
            node, property: 'threshold', code: Codes.penaltyMustMatchObjectiveKind,
        });
        return;
    }
    if (!isScore && threshold.score !== undefined) {
        const example = 'percent' in measure ? measure.percent : 99;
        accept('error', `Objective '${objective.name}' is measured in percent; write the threshold as a percentage, e.g. below ${example}%.`, {
            node, property: 'threshold', code: Codes.penaltyMustMatchObjectiveKind,
        });
        return;
    }
    if (threshold.percent !== undefined) {
        if (threshold.percent < 0 || threshold.percent > 100) {
            accept('error', `A threshold must be between 0% and 100%; found ${threshold.percent}%.`, { node, property: 'threshold', code: Codes.percentMustBeInRange });
            return;
        }
        // A downtime budget has no percentage of its own (it depends on the month's length).
        if (!isScore && 'percent' in measure && threshold.percent > measure.percent) {
            accept('warning', `The threshold ${threshold.percent}% is above the objective's own ${measure.percent}%: it applies even when '${objective.name}' is met.`, {
                node, property: 'threshold', code: Codes.penaltyShouldNotExceedObjective,
            });
        }
    }
    if (isScore && threshold.score !== undefined && (threshold.score < 0 || threshold.score > measure.scale)) {
        accept('error', `A score of ${threshold.score} is outside the scale 0 to ${measure.scale} of '${objective.name}'.`, {
            node, property: 'threshold', code: Codes.scoreMustBeWithinScale,
        });
    }
}

function thresholdValue(threshold: ast.Threshold | undefined): number {
    return threshold?.percent ?? threshold?.score ?? NaN;
}

export function penaltiesMustBeCoherent(penalties: ast.Penalties, accept: ValidationAcceptor): void {
    const tiers = penalties.clauses.filter(ast.isPenaltyTier);
    for (const tier of tiers) {
        thresholdMustMatchObjective(tier, accept);
        percentInRange(tier, 'credit', tier.credit, accept, 'A credit');
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
            const unit = worse.threshold?.percent !== undefined ? '%' : '';
            if (a === b) {
                accept('error', `Two tiers of '${objective.name}' start below ${b}${unit}; each tier needs its own threshold.`, {
                    node: worse, property: 'threshold', code: Codes.penaltyCreditsMustGrow,
                });
            } else if (worse.credit <= better.credit) {
                accept('error', `The credit must grow as '${objective.name}' falls: below ${b}${unit} credits ${worse.credit}%, but below ${a}${unit} already credits ${better.credit}%.`, {
                    node: worse, property: 'credit', code: Codes.penaltyCreditsMustGrow,
                });
            }
        }
    }
    const caps = penalties.clauses.filter(ast.isPenaltyCap);
    const seen = new Set<string>();
    for (const cap of caps) {
        const period = cap.period?.unit ?? 'month';
        if (seen.has(period)) accept('error', `Penalties already have a cap per ${period}.`, { node: cap, code: Codes.duplicateClause });
        seen.add(period);
    }
    const fee = AstUtils.getContainerOfType(penalties, ast.isContract)?.members.find(ast.isFee);
    for (const cap of caps) {
        // Credits are at most the fees of the cap's period: 100% of a monthly fee per month, 1200% per year.
        const limit = capLimit(cap.period?.unit ?? 'month', fee?.period === 'yearly' ? 'year' : 'month');
        if (cap.percent > limit) {
            accept('error', limit === 100
                ? `A cap of ${cap.percent}% of fee exceeds the whole fee; credits cannot be more than 100% of it.`
                : `A cap of ${cap.percent}% of fee per ${cap.period?.unit} exceeds the fees of that period (${limit}% of the ${fee?.period ?? 'monthly'} fee).`, {
                node: cap, property: 'percent', code: Codes.capMustNotExceedFee,
            });
        } else if (cap.percent < 0) {
            accept('error', `A cap must be between 0% and 100% of fee; found ${cap.percent}%.`, { node: cap, property: 'percent', code: Codes.percentMustBeInRange });
        }
    }
}

const PERIOD_MONTHS: Record<string, number> = { day: 12 / 365, week: 12 / 52, month: 1, quarter: 3, year: 12 };

/** The largest cap of a period, in percent of a monthly or yearly fee, rounded down to a whole percent past 100. */
function capLimit(period: string, feePeriod: 'month' | 'year'): number {
    const fees = (PERIOD_MONTHS[period] ?? 1) / (feePeriod === 'year' ? 12 : 1);
    return fees >= 1 ? Math.round(100 * fees) : 100;
}

export function terminationMustBeCoherent(termination: ast.Termination, accept: ValidationAcceptor): void {
    for (const condition of termination.clauses.filter(ast.isTerminationCondition)) {
        thresholdMustMatchObjective(condition, accept);
        if (typeof condition.count === 'number' && (!Number.isInteger(condition.count) || condition.count < 1)) {
            accept('error', `The number of consecutive periods must be a whole number of at least 1; found ${condition.count}.`, {
                node: condition, property: 'count', code: Codes.countMustBeWholePositive,
            });
        }
    }
    for (const extra of termination.clauses.filter(ast.isTerminationNotice).slice(1)) {
        accept('error', 'Termination already has a notice period.', { node: extra, code: Codes.duplicateClause });
    }
}
