/**
 * Small words the explanations share, in the reader's locale: a duration's amount, a target's kind, a
 * period. English keeps the contract's own spelling of a duration ("4 business hours"), which is the
 * language's; other locales say it as a contract manager would ("4 horas hábiles", "4 horas úteis").
 */
import { t } from '../i18n/catalogue.js';
import type { Duration, Period, TargetKind } from '../model.js';
import { durationAmount } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';

/** "4 business hours" (en, as written), "4 horas hábiles" (es), "4 horas úteis" (pt-BR). */
export function durationPhrase(duration: Duration, locale: SupportedLocale = DEFAULT_LOCALE): string {
    return locale === DEFAULT_LOCALE ? duration.text : durationAmount(duration, locale);
}

/** "response" / "resolution" in running text ("primera respuesta", "resolução"). */
export function kindWord(kind: TargetKind | string | undefined, locale: SupportedLocale): string {
    return t(locale, kind === 'response' ? 'wordResponse' : 'wordResolution');
}

const PERIODS = { day: 'wordPeriodDay', week: 'wordPeriodWeek', month: 'wordPeriodMonth', quarter: 'wordPeriodQuarter', year: 'wordPeriodYear' } as const;

/** "month", "mes", "mês". */
export function periodWord(period: Period | string, locale: SupportedLocale): string {
    const key = PERIODS[period as Period];
    return key ? t(locale, key) : period;
}
