/**
 * CSAT as a share (`satisfaction at least 85% satisfied at 4 of 5 per month`) in words: which ratings count
 * as satisfied, and how many of a month's ratings that asks for.
 */
import type { Measure } from '../model.js';

type ShareMeasure = Extract<Measure, { kind: 'satisfactionShare' }>;

/** The marks that count as satisfied: "4 or 5", "only 5", "7 or more". */
export function satisfiedMarks(mark: number, scale: number): string {
    if (mark >= scale) return `only ${scale}`;
    if (Number.isInteger(mark) && Number.isInteger(scale) && scale - mark <= 3) {
        const marks = Array.from({ length: scale - mark + 1 }, (_, i) => String(mark + i));
        return `${marks.slice(0, -1).join(', ')} or ${marks[marks.length - 1]}`;
    }
    return `${mark} or more`;
}

/** The fewest satisfied ratings of `ratings` that meet `percent`. */
export function satisfiedNeeded(percent: number, ratings: number): number {
    // Computed on the written decimals (85.5% of 200 is 171 exactly), not on binary fractions.
    const scaled = Math.round(percent * 1e6) * ratings;
    return Math.ceil(scaled / 1e8 - 1e-9);
}

/** The hover section of a CSAT share objective. */
export function satisfactionShareMarkdown(measure: ShareMeasure): string[] {
    const marks = satisfiedMarks(measure.mark, measure.scale);
    const examples = [20, 100].map((n) => `${satisfiedNeeded(measure.percent, n)} of ${n}`).join(', ');
    return [
        `**CSAT**: a rating counts as satisfied when it is ${marks} on the scale of ${measure.scale}; the objective is the share of satisfied ratings among all the ratings of the ${measure.period}, not their average. At least ${examples} ratings must be satisfied.`,
    ];
}
