import { t, type MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import type { SupportedLocale } from '../time/locales.js';
import { FIRST_YEAR, LAST_YEAR } from '../util/years.js';

/**
 * How far the engine computes. A contract's dates lie within FIRST_YEAR–LAST_YEAR (util/dates.ts), and no
 * deadline, elapsed time, simulation or report reaches further than HORIZON_YEARS after where it starts
 * (the term's start, or the instant asked about when there is no term). Anything further only ever comes
 * from a typo (`99999999999 business hours`, a year 9999), and computing it would build centuries of
 * calendar tables: the engine refuses it with BeyondHorizon instead, after bounded work.
 */
export const HORIZON_YEARS = 100;

/**
 * The horizon as a span of instants: 36,524 days, a hundred years with their 24 leap days (as from 2026 on,
 * so the messages name the same date a hundred years on); no calendar question depends on the exact day.
 */
export const HORIZON_MS = (HORIZON_YEARS * 365 + 24) * 86_400_000;

/** The instants the engine accepts at all: a day's margin around FIRST_YEAR–LAST_YEAR, plus the horizon after. */
export const EARLIEST_MS = Date.UTC(FIRST_YEAR, 0, 1) - 86_400_000;
export const LATEST_MS = Date.UTC(LAST_YEAR + 1, 0, 1) + 86_400_000 + HORIZON_MS;

/** What went beyond the horizon: an instant outside the years, a due instant too far, a span too long. */
export type HorizonReason = 'instant' | 'deadline' | 'span';

/**
 * The engine stopped at its horizon. `limitMs` is where it stopped (the last instant it would compute with),
 * `originMs` where the horizon was counted from. A RangeError, so callers that already refuse the engine's
 * bad input as "cannot compute" keep doing so; callers that want to say more read the fields.
 */
export class BeyondHorizon extends RangeError {
    /**
     * `words`: the catalogue message that says what went beyond in the caller's terms (a category's target,
     * an option); without it, the engine's own words.
     */
    constructor(
        readonly reason: HorizonReason,
        readonly originMs: number,
        readonly limitMs: number,
        readonly words?: { readonly key: MessageKey; readonly args: MessageArgs },
    ) {
        super(words ? t('en', words.key, words.args) : horizonMessage(reason, originMs, limitMs, 'en'));
        this.name = 'BeyondHorizon';
    }

    /** The same refusal in another language. */
    messageIn(locale: SupportedLocale): string {
        return this.words ? t(locale, this.words.key, this.words.args) : horizonMessage(this.reason, this.originMs, this.limitMs, locale);
    }
}

/** "2026-03-02 13:30 UTC": how the horizon's messages name an instant (no zone of a calendar applies to it). */
export function horizonInstantText(ms: number): string {
    return isoMinute(ms);
}

function isoMinute(ms: number): string {
    return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : String(ms);
}

function horizonMessage(reason: HorizonReason, originMs: number, limitMs: number, locale: SupportedLocale): string {
    const args = { years: String(HORIZON_YEARS), origin: isoMinute(originMs), limit: isoMinute(limitMs), first: String(FIRST_YEAR), last: String(LAST_YEAR) };
    if (reason === 'instant') return t(locale, 'horizonInstant', { ...args, instant: isoMinute(originMs) });
    return t(locale, reason === 'deadline' ? 'horizonDeadline' : 'horizonSpan', args);
}

/** The last instant a computation starting at `originMs` may reach. */
export function horizonAfter(originMs: number): number {
    return Math.min(originMs + HORIZON_MS, LATEST_MS);
}

/** Throws BeyondHorizon('instant') for an instant the engine does not compute with (and RangeError for NaN/±∞). */
export function checkComputable(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError(`An instant must be a finite number of epoch milliseconds, not ${ms}`);
    if (ms < EARLIEST_MS || ms > LATEST_MS) throw new BeyondHorizon('instant', ms, ms < EARLIEST_MS ? EARLIEST_MS : LATEST_MS);
}
