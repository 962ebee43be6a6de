import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { lowerCalendar, minutesOfDay, weekdaysOf } from '../lower.js';
import { enclosingContract } from '../ast-queries.js';
import { isKnownZone, suggestZone } from '../../runtime/index.js';
import { holidayCountries, holidayRegions, isKnownHolidayCountry, isKnownHolidayRegion } from '../../runtime/index.js';
import { closest } from '../../runtime/index.js';
import { isRealDate } from '../cached-dates.js';
import { weekdayName } from '../../runtime/index.js';
import type { LocaleText } from '../message-locale.js';
import { Codes } from './codes.js';

const DAY_NAMES = ['', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "monday" as the language writes it; "lunes", "segunda-feira" in the reader's language. */
function dayName(day: number, locale: LocaleText['locale']): string {
    return locale === 'en' ? DAY_NAMES[day]! : weekdayName(day, locale).toLocaleLowerCase(locale);
}

export function calendarMustHaveTimeZone(calendar: ast.Calendar, accept: ValidationAcceptor, { t }: LocaleText): void {
    const zones = calendar.rules.filter(ast.isTimeZone);
    if (zones.length === 0) {
        accept('error', t('calendarMissingTimeZone', { calendar: calendar.name }), {
            node: calendar, property: 'name', code: Codes.calendarMustHaveTimeZone,
        });
    }
    for (const extra of zones.slice(1)) {
        accept('error', t('calendarTimeZoneTwice', { calendar: calendar.name }), {
            node: extra, code: Codes.duplicateClause,
        });
    }
}

export function timeZoneMustBeKnown(zone: ast.TimeZone, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (zone.zone === undefined || isKnownZone(zone.zone)) return;
    const suggestion = suggestZone(zone.zone);
    accept('error', suggestion ? t('unknownTimeZoneDidYouMean', { zone: zone.zone, suggestion }) : t('unknownTimeZone', { zone: zone.zone }), {
        node: zone, property: 'zone', code: Codes.timeZoneMustBeKnown,
    });
}

export function holidayRegionMustBeKnown(holidays: ast.HolidaysOf, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (holidays.country === undefined) return;
    if (!isKnownHolidayCountry(holidays.country)) {
        const codes = holidayCountries().map(([code]) => code);
        const upper = holidays.country.toUpperCase();
        // "BRA", "USA": ISO alpha-3 codes whose first two letters are the alpha-2 code the data uses.
        const prefix = upper.length === 3 && codes.includes(upper.slice(0, 2)) ? upper.slice(0, 2) : undefined;
        const suggestion = codes.includes(upper) ? upper : prefix ?? closest(holidays.country, codes);
        const country = holidays.country;
        accept('error', suggestion ? t('unknownHolidayCountryDidYouMean', { country, suggestion }) : t('unknownHolidayCountry', { country }), {
            node: holidays, property: 'country', code: Codes.holidayCountryMustBeKnown,
        });
        return;
    }
    if (holidays.region !== undefined && !isKnownHolidayRegion(holidays.country, holidays.region)) {
        const regions = holidayRegions(holidays.country).map(([code]) => code);
        const upper = holidays.region.toUpperCase();
        const suggestion = regions.includes(upper) ? upper : closest(holidays.region, regions);
        const args = { region: holidays.region, country: holidays.country };
        const message = suggestion
            ? t('unknownRegionDidYouMean', { ...args, suggestion })
            : regions.length === 0
                ? t('unknownRegionNoRegions', args)
                : t('unknownRegionKnown', { ...args, regions: `${regions.slice(0, 12).join(', ')}${regions.length > 12 ? ', …' : ''}` });
        accept('error', message, {
            node: holidays, property: 'region', code: Codes.holidayRegionMustBeKnown,
        });
    }
}

export function timeIntervalMustBeValid(interval: ast.TimeInterval, accept: ValidationAcceptor, { t }: LocaleText): void {
    const start = minutesOfDay(interval.start);
    const end = minutesOfDay(interval.end);
    if (Number.isNaN(start) || start === 1440) {
        accept('error', t('timeStartInvalid', { time: interval.start }), { node: interval, property: 'start', code: Codes.timeMustExist });
    }
    if (Number.isNaN(end)) {
        accept('error', t('timeEndInvalid', { time: interval.end }), { node: interval, property: 'end', code: Codes.timeMustExist });
    }
    if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
        accept('error', t('intervalEndBeforeStart', { start: interval.start, end: interval.end }), {
            node: interval, code: Codes.intervalEndMustFollowStart,
        });
    }
}

interface Placed {
    node: ast.TimeInterval;
    start: number;
    end: number;
}

function reportOverlaps(placed: Placed[], where: string, accept: ValidationAcceptor, reported: Set<ast.TimeInterval>, t: LocaleText['t']): void {
    const sorted = [...placed].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < sorted.length; i++) {
        const current = sorted[i]!;
        for (let j = 0; j < i; j++) {
            const earlier = sorted[j]!;
            if (earlier.end > current.start && earlier.node !== current.node) {
                // Report on the interval written later in the file, once.
                const later = (earlier.node.$cstNode?.offset ?? 0) > (current.node.$cstNode?.offset ?? 0) ? earlier : current;
                const other = later === current ? earlier : current;
                if (reported.has(later.node)) continue;
                reported.add(later.node);
                const line = (other.node.$cstNode?.range.start.line ?? 0) + 1;
                accept('error', t('intervalsOverlap', { start: later.node.start, end: later.node.end, day: where, otherStart: other.node.start, otherEnd: other.node.end, line: String(line) }), {
                    node: later.node, code: Codes.intervalsMustNotOverlap,
                });
            }
        }
    }
}

export function intervalsMustNotOverlap(calendar: ast.Calendar, accept: ValidationAcceptor, { t, locale }: LocaleText): void {
    const reported = new Set<ast.TimeInterval>();
    const byDay = new Map<number, Placed[]>();
    for (const rule of calendar.rules.filter(ast.isWeeklyHours)) {
        for (const day of weekdaysOf(rule.days)) {
            for (const node of rule.intervals) {
                const start = minutesOfDay(node.start);
                const end = minutesOfDay(node.end);
                if (!(end > start)) continue;
                const list = byDay.get(day) ?? [];
                list.push({ node, start, end });
                byDay.set(day, list);
            }
        }
    }
    for (const [day, placed] of byDay) reportOverlaps(placed, dayName(day, locale), accept, reported, t);
    for (const special of calendar.rules.filter(ast.isSpecialHours)) {
        const placed = special.intervals
            .map((node) => ({ node, start: minutesOfDay(node.start), end: minutesOfDay(node.end) }))
            .filter((p) => p.end > p.start);
        reportOverlaps(placed, special.date, accept, reported, t);
    }
}

function term(node: ast.Calendar): ast.Term | undefined {
    return enclosingContract(node)?.members.find(ast.isTerm);
}

export function datedRulesShouldFallInTerm(calendar: ast.Calendar, accept: ValidationAcceptor, { t }: LocaleText): void {
    const contractTerm = term(calendar);
    const seen = new Map<string, ast.SpecialHours | ast.Holiday>();
    for (const rule of calendar.rules) {
        if ((!ast.isSpecialHours(rule) && !ast.isHoliday(rule)) || !rule.date) continue;
        const previous = seen.get(rule.date);
        if (previous) {
            const line = (previous.$cstNode?.range.start.line ?? 0) + 1;
            accept('error', t('dateDeclaredTwice', { date: rule.date, calendar: calendar.name, line: String(line) }), {
                node: rule, property: 'date', code: Codes.dateShouldBeDeclaredOnce,
            });
        } else {
            seen.set(rule.date, rule);
        }
        // A date that is no date (or out of range) has its own error; comparing it would say nothing more.
        if (!isRealDate(rule.date)) continue;
        if (contractTerm?.start && contractTerm.end && isRealDate(contractTerm.start) && isRealDate(contractTerm.end) && contractTerm.start <= contractTerm.end && (rule.date < contractTerm.start || rule.date > contractTerm.end)) {
            const args = { date: rule.date, start: contractTerm.start, end: contractTerm.end };
            accept('warning', t(ast.isSpecialHours(rule) ? 'specialHoursOutsideTerm' : 'holidayOutsideTerm', args), {
                node: rule, property: 'date', code: ast.isSpecialHours(rule) ? Codes.specialHoursShouldFallInTerm : Codes.holidayShouldFallInTerm,
            });
        }
    }
}
