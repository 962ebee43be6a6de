/**
 * Figures the reports write from computed values (the contract's own numbers go through
 * runtime/time/format.ts as written): instants already in the report's zone, local dates, and computed
 * shares as percentages, each the way the reader's locale writes them.
 */
import { formatNumber } from '../time/format.js';
import type { SupportedLocale } from '../time/locales.js';

/** An ISO instant as written in its own offset (no re-zoning): "2026-03-09 11:30" (en), "09/03/2026 11:30". */
export function instant(iso: string, locale: SupportedLocale): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
    if (!m) return iso;
    return locale === 'en' ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}` : `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}`;
}

/** A local date (YYYY-MM-DD) in figures: 2026-03-31 (en), 31/03/2026. */
export function localDate(date: string, locale: SupportedLocale): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    return m && locale !== 'en' ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** A computed share 0..1 as a percentage: "88.06%" (en), "76,19 %" (es), "52,94%" (pt-BR). */
export function percent(share: number, locale: SupportedLocale, digits = 1): string {
    // Spanish writes a space before the sign; a plain one, so the text reads back as typed.
    return `${formatNumber(share * 100, locale, { maximumFractionDigits: digits })}${locale === 'es' ? ' %' : '%'}`;
}
