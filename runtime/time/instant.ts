import { t, type MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import type { SupportedLocale } from './locales.js';
import { FIRST_YEAR, LAST_YEAR } from '../util/years.js';

/**
 * The one syntax of instants a person types: the CLI's `--opened`/`--pause`, the editor's "ticket opened
 * at…" box and the server's requests all read them here, so a value one accepts the others accept.
 *
 * ISO 8601 with a date, a time and a UTC offset (or Z), in the extended form (2026-03-02T09:30:00-03:00) or
 * the basic one (20260302T093000-0300), optional fractional seconds, and 24:00 for the end of a day. An
 * offset is required: a local time alone names different instants in different zones, and guessing which
 * one the user meant is how deadlines end up an hour off. Years lie within FIRST_YEAR–LAST_YEAR, as dates do.
 */
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(.*)$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?(.*)$/;
const OFFSET = /^(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** An example of the syntax, for messages and placeholders. */
export const INSTANT_EXAMPLE = '2026-03-06T17:30:00-03:00';

/**
 * A parsed instant (epoch milliseconds) or why the text is not one, as luxon's invalid values carry a reason:
 * `key` and `args` name it in the catalogue, so each surface says it in its reader's language
 * (instantReason); `reason` is the English text, for logs and callers that write English.
 */
export type InstantParse =
    | { readonly ok: true; readonly ms: number }
    | { readonly ok: false; readonly reason: string; readonly key: MessageKey; readonly args: MessageArgs };

/** Why a refused instant is not one, in `locale`. */
export function instantReason(parse: { readonly key: MessageKey; readonly args: MessageArgs }, locale: SupportedLocale): string {
    return t(locale, parse.key, parse.args);
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Years, months and days as the text wrote them (strings): a number would be grouped ("2.026") in some locales.
function invalid(key: MessageKey, args: MessageArgs = {}): InstantParse {
    return { ok: false, reason: t('en', key, args), key, args };
}

/** Reads an instant; surrounding blanks are ignored. */
export function parseInstantText(input: string): InstantParse {
    const text = input.trim();
    const match = EXTENDED.exec(text) ?? BASIC.exec(text);
    if (!match) {
        if (/^\d{4}-?\d{2}-?\d{2}$/.test(text)) return invalid('instantDateOnly', { example: '2026-03-02T09:00-03:00' });
        return invalid('instantNotIso', { example: '2026-03-02T09:00-03:00', utcExample: '2026-03-02T12:00Z' });
    }
    const [, y, mo, d, h, mi, s = '0', fraction = '', offsetText = ''] = match;
    if (offsetText === '') return invalid('instantNoOffset');
    const offset = OFFSET.exec(offsetText);
    if (!offset) return invalid('instantBadOffset', { offset: offsetText });
    const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
    // Year 0001 or 9999 is a typo, and the engine would build centuries of tables to answer it.
    if (year < FIRST_YEAR || year > LAST_YEAR) return invalid('instantYearOutside', { year: y!, first: String(FIRST_YEAR), last: String(LAST_YEAR) });
    if (month < 1 || month > 12) return invalid('instantNoMonth', { month: mo! });
    if (day < 1 || day > daysInMonth(year, month)) return invalid('instantNoDay', { day: d!, year: y!, month: mo! });
    const endOfDay = hour === 24 && minute === 0 && second === 0 && /^0*$/.test(fraction);
    if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) return invalid('instantNoTime');
    const offsetHours = offset[1] ? 0 : Number(offset[3]);
    const offsetMinutes = offset[1] ? 0 : Number(offset[4] ?? '0');
    if (offsetHours > 23 || offsetMinutes > 59) return invalid('instantOffsetOutOfRange', { offset: offsetText });
    const sign = offset[2] === '-' ? -1 : 1;
    const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
    // Not Date.UTC: it reads years 0-99 as 1900-1999.
    const local = new Date(0);
    local.setUTCFullYear(year, month - 1, day);
    local.setUTCHours(hour, minute, second, millis);
    return { ok: true, ms: local.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000 };
}
