/**
 * Contract clauses in plain words, for hovers (markdown). Readers are contract managers: say what a clause
 * means, not how it is written.
 */
import * as ast from '../generated/ast.js';
import { durationText, lowerCalendar, singularUnit } from '../lower.js';
import { calendarInScope, enclosingContract } from '../ast-queries.js';
import {
    ALWAYS,
    ALWAYS_DAY_MINUTES,
    approximateBusinessDays,
    averageOpenDayMinutes,
    code,
    formatHoursMinutes,
    type CalendarSpec,
} from '../../runtime/index.js';

const PERIOD_WORDS: Record<string, string> = {
    day: 'each day', week: 'each week', month: 'each month', quarter: 'each quarter', year: 'each year',
};

/** "each month" for `per month`. */
export function periodWords(period: ast.Period | undefined): string {
    if (!period?.unit) return 'per period';
    return PERIOD_WORDS[period.unit] ?? `per ${period.unit}`;
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
    const mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
    return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The text of a duration as written, "?" while incomplete. */
export function durationTextOf(duration: ast.Duration | undefined): string {
    return duration?.unit !== undefined && duration.value !== undefined ? durationText(duration) : '?';
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

function sourceWords(source: CountingCalendar['source']): string {
    switch (source) {
        case 'explicit': return 'named by `on`';
        case 'channel': return "the channel's hours";
        case 'contact': return "the customer contact's calendar";
        case 'default': return "the contract's default calendar";
    }
}

/** Length of an average business day on the counting calendar, in minutes. */
export function businessDayMinutes(calendar: CountingCalendar): number | undefined {
    if (calendar.name === ALWAYS) return ALWAYS_DAY_MINUTES;
    return calendar.spec ? averageOpenDayMinutes(calendar.spec) : undefined;
}

/**
 * A duration in plain words, with the calendar it counts on:
 * "**4 business hours**: the clock runs only while calendar `Oficina` is open (the contract's default calendar)."
 */
export function durationWords(duration: ast.Duration | undefined): string[] {
    if (!duration?.unit) return [];
    const text = `**${durationText(duration)}**`;
    const unit = singularUnit(duration.unit);
    if (!duration.business) {
        if (unit === 'month') return [`${text} of calendar time.`];
        return [`${text} of wall-clock time: counted around the clock, nights, weekends and holidays included.`];
    }
    if (unit === 'week' || unit === 'month') {
        return [`${text}: business time is counted in seconds, minutes, hours or days of a calendar, not in ${unit}s.`];
    }
    const calendar = countingCalendar(duration);
    if (!calendar) {
        return [`${text}: no calendar to count on. Name one with \`on CALENDAR\` or declare a \`default calendar\`.`];
    }
    const name = calendar.name === ALWAYS ? 'the built-in calendar `always`' : `calendar ${code(calendar.name)}`;
    const lines: string[] = [];
    if (calendar.name === ALWAYS) {
        lines.push(`${text} on ${name} (${sourceWords(calendar.source)}): it is open at every instant, so this is wall-clock time.`);
    } else if (unit === 'day' && !Number.isInteger(duration.value)) {
        // No "1.5th following open day": the validation error says what to write instead.
        return [`${text}: business days are whole days, so this duration has no defined moment; write whole business days or business hours.`];
    } else if (unit === 'day') {
        lines.push(`${text}: due at the same local time of day on the ${ordinal(duration.value)} following open day of ${name} (${sourceWords(calendar.source)}).`);
    } else {
        lines.push(`${text}: the clock runs only while ${name} is open (${sourceWords(calendar.source)}).`);
    }
    const day = businessDayMinutes(calendar);
    if (unit !== 'day' && day !== undefined && calendar.name !== ALWAYS) {
        const minutes = duration.value * (unit === 'hour' ? 60 : unit === 'minute' ? 1 : 1 / 60);
        lines.push(`${approximateBusinessDays(minutes, day)} of ${code(calendar.name)} (an average open day has ${formatHoursMinutes(day)}).`);
    }
    return lines;
}

function kindWord(kind: string): string {
    return kind === 'response' ? 'First response' : 'Resolution';
}

/** "First response within 1 business hour, on calendar `Oficina`". */
export function targetSummary(target: ast.Target): string {
    const duration = target.duration;
    if (!duration?.unit) return `${kindWord(target.kind)} within ?`;
    let where = '';
    if (duration.business) {
        const calendar = calendarInScope(duration);
        where = calendar ? (calendar.name === ALWAYS ? ', around the clock (`always`)' : `, on calendar ${code(calendar.name)}`) : ', no calendar';
    } else {
        where = ', wall-clock';
    }
    return `${kindWord(target.kind)} within ${durationText(duration)}${where}`;
}

function categoryList(refs: { ref?: ast.Category; $refText: string }[]): string {
    return refs.map((r) => code(r.ref?.name ?? r.$refText)).join(', ');
}

function percent(value: number | undefined): string {
    return value === undefined ? '?%' : `${value}%`;
}

/** What an objective asks for, in a sentence. */
export function measureWords(measure: ast.Measure): string {
    if (ast.isOnTimeMeasure(measure)) {
        const what = measure.target === 'responses' ? 'get their first response' : 'be resolved';
        const scope = (measure.categories ?? []).length > 0 ? `tickets of ${categoryList(measure.categories)}` : 'tickets';
        return `At least **${percent(measure.percent)}** of ${scope} must ${what} within their category's target, measured ${periodWords(measure.period)}.`;
    }
    if (ast.isAvailabilityMeasure(measure)) {
        const excluding = measure.maintenance
            ? ` Downtime while ${measure.maintenance.always ? 'the built-in calendar `always`' : `calendar ${code(measure.maintenance.calendar?.$refText)}`} is open (maintenance windows) does not count.`
            : '';
        return `The service must be available at least **${percent(measure.percent)}** of the time, measured ${periodWords(measure.period)}.${excluding}`;
    }
    if (ast.isFirstContactMeasure(measure)) {
        return `At least **${percent(measure.percent)}** of tickets must be resolved at the first contact, measured ${periodWords(measure.period)}.`;
    }
    if (ast.isDowntimeBudgetMeasure(measure)) {
        const excluding = measure.maintenance
            ? ` Downtime while ${measure.maintenance.always ? 'the built-in calendar `always`' : `calendar ${code(measure.maintenance.calendar?.$refText)}`} is open (maintenance windows) does not count.`
            : '';
        const budget = measure.budget ? durationText(measure.budget) : '?';
        return `The service may be down at most **${budget}** ${periodWords(measure.period)}, whatever the period's length.${excluding}`;
    }
    if (ast.isSatisfactionShareMeasure(measure)) {
        const mark = measure.mark ?? 5;
        const scale = measure.scale ?? 5;
        return `At least **${percent(measure.percent)}** of ratings must be satisfied (${mark} or more on a scale of ${scale}), measured ${periodWords(measure.period)}.`;
    }
    return `The average satisfaction score must be at least **${measure.score ?? '?'}** on a scale of ${measure.scale ?? '?'}, measured ${periodWords(measure.period)}.`;
}
