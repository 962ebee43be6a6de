/**
 * Contract clauses in plain words, for hovers (markdown). Readers are contract managers: say what a clause
 * means, not how it is written. Every function takes the catalogue in the reader's locale (LocaleText).
 */
import * as ast from '../generated/ast.js';
import { durationText, lowerCalendar, singularUnit, wallMinutes } from '../lower.js';
import { calendarInScope, enclosingContract } from '../ast-queries.js';
import {
    ALWAYS,
    ALWAYS_DAY_MINUTES,
    approximateBusinessDays,
    averageOpenDayMinutes,
    code,
    durationAmount,
    formatHoursMinutes,
    formatPercent,
    type CalendarSpec,
    type Duration,
    type MessageKey,
} from '../../runtime/index.js';
import type { LocaleText } from '../message-locale.js';

const PERIOD_WORDS: Record<string, MessageKey> = {
    day: 'hoverEachDay', week: 'hoverEachWeek', month: 'hoverEachMonth', quarter: 'hoverEachQuarter', year: 'hoverEachYear',
};

/** "each month" for `per month`. */
export function periodWords(period: ast.Period | undefined, { t }: LocaleText): string {
    if (!period?.unit) return t('hoverPerPeriod');
    const key = PERIOD_WORDS[period.unit];
    return key ? t(key) : `per ${period.unit}`;
}

/** "1st", "2nd", "3rd", "11th", "22nd"; "2.º" in Spanish, "2º" in Portuguese. */
export function ordinal(n: number, locale: LocaleText['locale'] = 'en'): string {
    if (locale === 'es') return `${n}.º`;
    if (locale === 'pt-BR') return `${n}º`;
    const mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
    return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The text of a duration as written, "?" while incomplete. */
export function durationTextOf(duration: ast.Duration | undefined): string {
    return duration?.unit !== undefined && duration.value !== undefined ? durationText(duration) : '?';
}

/**
 * A duration in the reader's words: as written in English ("4 business hours", the language's own words),
 * "4 horas hábiles", "4 horas úteis" in Spanish and Portuguese.
 */
export function durationPhraseOf(duration: ast.Duration | undefined, { locale }: LocaleText): string {
    if (duration?.unit === undefined || duration.value === undefined) return '?';
    const text = durationText(duration);
    if (locale === 'en') return text;
    const unit = singularUnit(duration.unit);
    let model: Duration | undefined;
    if (!duration.business) {
        const minutes = wallMinutes(duration);
        model = { kind: 'wall', minutes: minutes ?? 0, text };
    } else if (unit === 'day') {
        model = { kind: 'businessDays', days: duration.value, calendar: '', text };
    } else if (unit === 'second' || unit === 'minute' || unit === 'hour') {
        model = { kind: 'business', minutes: wallMinutes(duration) ?? 0, calendar: '', text };
    }
    return model ? durationAmount(model, locale) : text;
}

/** The declared calendar named `name` in the contract around `node`. */
export function findCalendar(node: ast.Contract | undefined, name: string): ast.Calendar | undefined {
    return node?.members.find((m): m is ast.Calendar => ast.isCalendar(m) && m.name === name);
}

export interface CountingCalendar {
    name: string;
    source: 'explicit' | 'channel' | 'contact' | 'default';
    /** Lowered declared calendar; undefined for `always` or an unresolved one. */
    spec?: CalendarSpec;
}

/** The calendar a business duration counts on, lowered when it is declared. */
export function countingCalendar(duration: ast.Duration): CountingCalendar | undefined {
    const scope = calendarInScope(duration);
    if (!scope) return undefined;
    if (scope.name === ALWAYS) return scope;
    const declared = findCalendar(enclosingContract(duration), scope.name);
    return declared ? { ...scope, spec: lowerCalendar(declared) } : scope;
}

const SOURCE_WORDS: Record<CountingCalendar['source'], MessageKey> = {
    explicit: 'hoverSourceExplicit',
    channel: 'hoverSourceChannel',
    contact: 'hoverSourceContact',
    default: 'hoverSourceDefault',
};

/** Length of an average business day on the counting calendar, in minutes. */
export function businessDayMinutes(calendar: CountingCalendar): number | undefined {
    if (calendar.name === ALWAYS) return ALWAYS_DAY_MINUTES;
    return calendar.spec ? averageOpenDayMinutes(calendar.spec) : undefined;
}

/**
 * A duration in plain words, with the calendar it counts on:
 * "**4 business hours**: the clock runs only while calendar `Oficina` is open (the contract's default calendar)."
 */
export function durationWords(duration: ast.Duration | undefined, text: LocaleText): string[] {
    if (!duration?.unit) return [];
    const { t } = text;
    const bold = `**${durationPhraseOf(duration, text)}**`;
    const unit = singularUnit(duration.unit);
    if (!duration.business) {
        if (unit === 'month') return [t('hoverCalendarTime', { duration: bold })];
        return [t('hoverWallClockTime', { duration: bold })];
    }
    if (unit === 'week' || unit === 'month') {
        return [t('hoverBusinessNotCountable', { duration: bold, units: t(unit === 'week' ? 'wordWeeks' : 'wordMonths') })];
    }
    const calendar = countingCalendar(duration);
    if (!calendar) return [t('hoverNoCalendarToCount', { duration: bold })];
    const name = calendar.name === ALWAYS ? t('hoverTheAlwaysCalendar') : t('hoverTheCalendar', { calendar: code(calendar.name) });
    const source = t(SOURCE_WORDS[calendar.source]);
    const lines: string[] = [];
    if (calendar.name === ALWAYS) {
        lines.push(t('hoverOnAlways', { duration: bold, calendar: name, source }));
    } else if (unit === 'day' && !Number.isInteger(duration.value)) {
        // No "1.5th following open day": the validation error says what to write instead.
        return [t('hoverFractionalDays', { duration: bold })];
    } else if (unit === 'day') {
        lines.push(t('hoverBusinessDays', { duration: bold, ordinal: ordinal(duration.value, text.locale), calendar: name, source }));
    } else {
        lines.push(t('hoverBusinessTime', { duration: bold, calendar: name, source }));
    }
    const day = businessDayMinutes(calendar);
    if (unit !== 'day' && day !== undefined && calendar.name !== ALWAYS) {
        const minutes = duration.value * (unit === 'hour' ? 60 : unit === 'minute' ? 1 : 1 / 60);
        lines.push(t('hoverApproximateDays', { approximately: approximateBusinessDays(minutes, day, text.locale), calendar: code(calendar.name), day: formatHoursMinutes(day) }));
    }
    return lines;
}

function kindWord(kind: string, { t }: LocaleText): string {
    return t(kind === 'response' ? 'wordFirstResponse' : 'wordResolutionTitle');
}

/** "within 1 business hour, on calendar `Oficina`": a target's duration and where it counts. */
export function targetWithin(target: ast.Target, text: LocaleText): string {
    const { t } = text;
    const duration = target.duration;
    if (!duration?.unit) return t('hoverWithinUnknown');
    const words = durationPhraseOf(duration, text);
    if (!duration.business) return t('hoverWithinWallClock', { duration: words });
    const calendar = calendarInScope(duration);
    if (!calendar) return t('hoverWithinNoCalendar', { duration: words });
    return calendar.name === ALWAYS ? t('hoverWithinAlways', { duration: words }) : t('hoverWithinOnCalendar', { duration: words, calendar: code(calendar.name) });
}

/** "First response within 1 business hour, on calendar `Oficina`". */
export function targetSummary(target: ast.Target, text: LocaleText): string {
    return text.t('hoverTargetSummary', { kind: kindWord(target.kind, text), within: targetWithin(target, text) });
}

function categoryList(refs: { ref?: ast.Category; $refText: string }[]): string {
    return refs.map((r) => code(r.ref?.name ?? r.$refText)).join(', ');
}

function percent(value: number | undefined, { locale }: LocaleText): string {
    return value === undefined || !Number.isFinite(value) ? '?%' : formatPercent(value, locale);
}

function maintenanceWords(maintenance: ast.CalendarRef | undefined, { t }: LocaleText): string {
    if (!maintenance) return '';
    const calendar = maintenance.always ? t('hoverTheAlwaysCalendar') : t('hoverTheCalendar', { calendar: code(maintenance.calendar?.$refText) });
    return ` ${t('hoverMaintenanceExcluded', { calendar })}`;
}

/** What an objective asks for, in a sentence. */
export function measureWords(measure: ast.Measure, text: LocaleText): string {
    const { t, num } = text;
    const period = periodWords(measure.period, text);
    if (ast.isOnTimeMeasure(measure)) {
        const scope = (measure.categories ?? []).length > 0 ? t('hoverScopeTicketsOf', { categories: categoryList(measure.categories) }) : t('hoverScopeTickets');
        return t(measure.target === 'responses' ? 'hoverOnTimeResponses' : 'hoverOnTimeResolutions', { percent: percent(measure.percent, text), scope, period });
    }
    if (ast.isAvailabilityMeasure(measure)) {
        return `${t('hoverAvailability', { percent: percent(measure.percent, text), period })}${maintenanceWords(measure.maintenance, text)}`;
    }
    if (ast.isFirstContactMeasure(measure)) {
        return t('hoverFirstContact', { percent: percent(measure.percent, text), period });
    }
    if (ast.isDowntimeBudgetMeasure(measure)) {
        const budget = measure.budget ? durationPhraseOf(measure.budget, text) : '?';
        return `${t('hoverDowntimeBudget', { budget, period })}${maintenanceWords(measure.maintenance, text)}`;
    }
    if (ast.isSatisfactionShareMeasure(measure)) {
        return t('hoverSatisfactionShare', { percent: percent(measure.percent, text), mark: num(measure.mark ?? 5), scale: num(measure.scale ?? 5), period });
    }
    const score = typeof measure.score === 'number' ? num(measure.score) : '?';
    const scale = typeof measure.scale === 'number' ? num(measure.scale) : '?';
    return t('hoverSatisfaction', { score, scale, period });
}
