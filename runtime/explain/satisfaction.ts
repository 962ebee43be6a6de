/**
 * CSAT as a share (`satisfaction at least 85% satisfied at 4 of 5 per month`) in words: which ratings count
 * as satisfied, and how many of a month's ratings that asks for.
 */
import { t } from '../i18n/catalogue.js';
import type { Measure } from '../model.js';
import { formatNumber } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';
import { periodWord } from './words.js';

type ShareMeasure = Extract<Measure, { kind: 'satisfactionShare' }>;

/** The marks that count as satisfied: "4 or 5", "only 5", "7 or more". */
export function satisfiedMarks(mark: number, scale: number, locale: SupportedLocale = DEFAULT_LOCALE): string {
    const n = (value: number) => formatNumber(value, locale, { grouping: false });
    if (mark >= scale) return t(locale, 'explainOnlyMark', { scale: n(scale) });
    if (Number.isInteger(mark) && Number.isInteger(scale) && scale - mark <= 3) {
        const marks = Array.from({ length: scale - mark + 1 }, (_, i) => n(mark + i));
        return t(locale, 'explainMarksOr', { marks: marks.slice(0, -1).join(', '), last: marks[marks.length - 1]! });
    }
    return t(locale, 'explainMarkOrMore', { mark: n(mark) });
}

/** The fewest satisfied ratings of `ratings` that meet `percent`. */
export function satisfiedNeeded(percent: number, ratings: number): number {
    // Computed on the written decimals (85.5% of 200 is 171 exactly), not on binary fractions.
    const scaled = Math.round(percent * 1e6) * ratings;
    return Math.ceil(scaled / 1e8 - 1e-9);
}

/** The hover section of a CSAT share objective. */
export function satisfactionShareMarkdown(measure: ShareMeasure, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    const marks = satisfiedMarks(measure.mark, measure.scale, locale);
    const examples = [20, 100].map((n) => t(locale, 'explainRatingsOf', { needed: String(satisfiedNeeded(measure.percent, n)), ratings: String(n) })).join(', ');
    return [t(locale, 'explainCsat', { marks, scale: formatNumber(measure.scale, locale, { grouping: false }), period: periodWord(measure.period, locale), examples })];
}
