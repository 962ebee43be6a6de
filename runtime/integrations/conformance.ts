/**
 * The result of comparing a help desk's configuration with the contract: every difference says what the
 * contract says and what the help desk has, as values for scripts and as a message from the catalogue.
 */
import { type MessageKey, t, tn } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import type { SupportedLocale } from '../time/locales.js';
import { weekdayName } from '../time/format.js';
import { hoursText } from './help-desk.js';

export type Value = string | number | boolean | null;

export interface Difference {
    /** Stable: zone, intervalMissing, intervalExtra, dayHours, holidayMissing, holidayExtra, scheduleMissing, policyMissing, target, businessHours, metricMissing, metricExtra, filter. */
    readonly kind: string;
    /** Where, in the help desk's names: `schedule "Comercial"`, `sla_policy "X" high first_reply_time`. */
    readonly about: string;
    readonly contract: Value;
    readonly helpDesk: Value;
    readonly key: MessageKey;
    readonly args: MessageArgs;
    /** Arguments in the reader's words (weekdays, "business hours"), filled when the message is written. */
    readonly localized?: Readonly<Record<string, (locale: SupportedLocale) => string>>;
}

/** A difference's message in `locale`. */
export function differenceMessage(d: Difference, locale: SupportedLocale): string {
    const words = Object.fromEntries(Object.entries(d.localized ?? {}).map(([name, word]) => [name, word(locale)]));
    return t(locale, d.key, { ...d.args, ...words });
}

export interface Conformance {
    readonly helpDesk: 'zendesk' | 'freshdesk';
    readonly contract: string;
    /** How many settings were compared. */
    readonly checked: number;
    readonly differences: readonly Difference[];
}

/** `pacto conform --format json`: stable field names; `message` in the reader's language. */
export function conformanceJson(result: Conformance, locale: SupportedLocale) {
    return {
        contract: result.contract,
        helpDesk: result.helpDesk,
        matches: result.differences.length === 0,
        checked: result.checked,
        differences: result.differences.map((d) => ({ kind: d.kind, about: d.about, contract: d.contract, helpDesk: d.helpDesk, message: differenceMessage(d, locale) })),
    };
}

export function conformanceText(result: Conformance, locale: SupportedLocale): string {
    if (result.differences.length === 0) return `${t(locale, 'conformMatches', { contract: result.contract, checked: result.checked })}\n`;
    const lines = [tn(locale, 'conformDifferences', result.differences.length, { contract: result.contract })];
    for (const d of result.differences) lines.push(`  - ${differenceMessage(d, locale)}`);
    return `${lines.join('\n')}\n`;
}

/** A week span (minutes since Sunday 00:00, within one day) as its weekday, in the reader's words, and "09:00-10:00". */
export function weekSpan(span: { start: number; end: number }): { day: (locale: SupportedLocale) => string; hours: string } {
    const dayIndex = Math.floor(span.start / 1440);
    const isoWeekday = dayIndex === 0 ? 7 : dayIndex;
    const base = dayIndex * 1440;
    return { day: (locale) => weekdayName(isoWeekday, locale), hours: hoursText(span.start - base, Math.min(span.end - base, 1440)) };
}

/** "business hours" or "calendar hours", in the reader's words. */
export const clockWord = (business: boolean) => (locale: SupportedLocale) => t(locale, business ? 'conformBusinessWord' : 'conformCalendarWord');

/** Splits week spans at midnights, so each names one day. */
export function byDay(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (const span of spans) {
        let start = span.start;
        while (start < span.end) {
            const midnight = (Math.floor(start / 1440) + 1) * 1440;
            const end = Math.min(span.end, midnight);
            out.push({ start, end });
            start = end;
        }
    }
    return out;
}
