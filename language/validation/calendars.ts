import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { lowerCalendar, minutesOfDay, weekdaysOf } from '../lower.js';
import { enclosingContract } from '../ast-queries.js';
import { isKnownZone, suggestZone } from '../../runtime/index.js';
import { holidayCountries, holidayRegions, isKnownHolidayCountry, isKnownHolidayRegion } from '../../runtime/index.js';
import { closest, isRealDate } from '../../runtime/index.js';
import { Codes } from './codes.js';

const DAY_NAMES = ['', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function calendarMustHaveTimeZone(calendar: ast.Calendar, accept: ValidationAcceptor): void {
    const zones = calendar.rules.filter(ast.isTimeZone);
    if (zones.length === 0) {
        accept('error', `Calendar '${calendar.name}' must declare its time zone, e.g. time zone "America/Sao_Paulo".`, {
            node: calendar, property: 'name', code: Codes.calendarMustHaveTimeZone,
        });
    }
    for (const extra of zones.slice(1)) {
        accept('error', `Calendar '${calendar.name}' declares its time zone more than once.`, {
            node: extra, code: Codes.duplicateClause,
        });
    }
}

export function timeZoneMustBeKnown(zone: ast.TimeZone, accept: ValidationAcceptor): void {
    if (zone.zone === undefined || isKnownZone(zone.zone)) return;
    const suggestion = suggestZone(zone.zone);
    accept('error', `Unknown time zone "${zone.zone}".${suggestion ? ` Did you mean "${suggestion}"?` : ' Use an IANA zone name such as "America/Sao_Paulo".'}`, {
        node: zone, property: 'zone', code: Codes.timeZoneMustBeKnown,
    });
}

export function holidayRegionMustBeKnown(holidays: ast.HolidaysOf, accept: ValidationAcceptor): void {
    if (holidays.country === undefined) return;
    if (!isKnownHolidayCountry(holidays.country)) {
        const codes = holidayCountries().map(([code]) => code);
        const upper = holidays.country.toUpperCase();
        // "BRA", "USA": ISO alpha-3 codes whose first two letters are the alpha-2 code the data uses.
        const prefix = upper.length === 3 && codes.includes(upper.slice(0, 2)) ? upper.slice(0, 2) : undefined;
        const suggestion = codes.includes(upper) ? upper : prefix ?? closest(holidays.country, codes);
        accept('error', `Unknown holiday country "${holidays.country}".${suggestion ? ` Did you mean "${suggestion}"?` : ' Use an ISO 3166-1 code such as "BR".'}`, {
            node: holidays, property: 'country', code: Codes.holidayCountryMustBeKnown,
        });
        return;
    }
    if (holidays.region !== undefined && !isKnownHolidayRegion(holidays.country, holidays.region)) {
        const regions = holidayRegions(holidays.country).map(([code]) => code);
        const upper = holidays.region.toUpperCase();
        const suggestion = regions.includes(upper) ? upper : closest(holidays.region, regions);
        const hint = suggestion
            ? ` Did you mean "${suggestion}"?`
            : regions.length === 0
                ? ` The holiday data has no regions for "${holidays.country}".`
                : ` Known regions: ${regions.slice(0, 12).join(', ')}${regions.length > 12 ? ', …' : ''}.`;
        accept('error', `Unknown region "${holidays.region}" of "${holidays.country}".${hint}`, {
            node: holidays, property: 'region', code: Codes.holidayRegionMustBeKnown,
        });
    }
}

export function timeIntervalMustBeValid(interval: ast.TimeInterval, accept: ValidationAcceptor): void {
    const start = minutesOfDay(interval.start);
    const end = minutesOfDay(interval.end);
    if (Number.isNaN(start) || start === 1440) {
        accept('error', `${interval.start} is not a time of day (00:00 to 23:59).`, { node: interval, property: 'start', code: Codes.timeMustExist });
    }
    if (Number.isNaN(end)) {
        accept('error', `${interval.end} is not a time of day (00:00 to 24:00).`, { node: interval, property: 'end', code: Codes.timeMustExist });
    }
    if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
        accept('error', `Interval ${interval.start}-${interval.end} must end after it starts; to run past midnight, split it: ${interval.start}-24:00 and 00:00-${interval.end} on the next day.`, {
            node: interval, code: Codes.intervalEndMustFollowStart,
        });
    }
}

interface Placed {
    node: ast.TimeInterval;
    start: number;
    end: number;
}

function reportOverlaps(placed: Placed[], where: string, accept: ValidationAcceptor, reported: Set<ast.TimeInterval>): void {
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
                accept('error', `Hours ${later.node.start}-${later.node.end} on ${where} overlap ${other.node.start}-${other.node.end} (line ${line}).`, {
                    node: later.node, code: Codes.intervalsMustNotOverlap,
                });
            }
        }
    }
}

export function intervalsMustNotOverlap(calendar: ast.Calendar, accept: ValidationAcceptor): void {
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
    for (const [day, placed] of byDay) reportOverlaps(placed, DAY_NAMES[day]!, accept, reported);
    for (const special of calendar.rules.filter(ast.isSpecialHours)) {
        const placed = special.intervals
            .map((node) => ({ node, start: minutesOfDay(node.start), end: minutesOfDay(node.end) }))
            .filter((p) => p.end > p.start);
        reportOverlaps(placed, special.date, accept, reported);
    }
}

function term(node: ast.Calendar): ast.Term | undefined {
    return enclosingContract(node)?.members.find(ast.isTerm);
}

export function datedRulesShouldFallInTerm(calendar: ast.Calendar, accept: ValidationAcceptor): void {
    const contractTerm = term(calendar);
    const seen = new Map<string, ast.SpecialHours | ast.Holiday>();
    for (const rule of calendar.rules) {
        if ((!ast.isSpecialHours(rule) && !ast.isHoliday(rule)) || !rule.date) continue;
        const previous = seen.get(rule.date);
        if (previous) {
            const line = (previous.$cstNode?.range.start.line ?? 0) + 1;
            accept('error', `${rule.date} is already declared in calendar '${calendar.name}' (line ${line}); a day has one set of hours.`, {
                node: rule, property: 'date', code: Codes.dateShouldBeDeclaredOnce,
            });
        } else {
            seen.set(rule.date, rule);
        }
        // A date that is no date (or out of range) has its own error; comparing it would say nothing more.
        if (!isRealDate(rule.date)) continue;
        if (contractTerm?.start && contractTerm.end && isRealDate(contractTerm.start) && isRealDate(contractTerm.end) && contractTerm.start <= contractTerm.end && (rule.date < contractTerm.start || rule.date > contractTerm.end)) {
            const what = ast.isSpecialHours(rule) ? 'Special hours on ' + rule.date + ' fall' : 'Holiday on ' + rule.date + ' falls';
            const verb = ast.isSpecialHours(rule) ? 'never apply' : 'never applies';
            accept('warning', `${what} outside the contract term (${contractTerm.start} to ${contractTerm.end}) and ${verb}.`, {
                node: rule, property: 'date', code: ast.isSpecialHours(rule) ? Codes.specialHoursShouldFallInTerm : Codes.holidayShouldFallInTerm,
            });
        }
    }
}
