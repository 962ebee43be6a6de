import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { loweredContract, lowerCalendar, lowerDuration } from '../lower.js';
import { enclosingContract } from '../ast-queries.js';
import { calendarLookup } from '../../runtime/index.js';
import { holidayDataGaps, isEverOpen, isInDstGap } from '../../runtime/index.js';
import { exceedsTerm } from '../../runtime/index.js';
import { isKnownZone } from '../../runtime/index.js';
import { isKnownHolidayCountry } from '../../runtime/index.js';
import type { Contract, Duration } from '../../runtime/index.js';
import { Codes } from './codes.js';
import { isRealDate } from '../../runtime/index.js';
import type { LocaleText } from '../message-locale.js';

/**
 * Checks that ask the runtime's calendar engine: the language never re-implements time arithmetic.
 * They run only on calendars that are otherwise valid (a known zone, real dates), so the engine is never
 * handed input the other checks already reject.
 */

function timeText(minutes: number): string {
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function calendarMustHaveOpenHours(calendar: ast.Calendar, accept: ValidationAcceptor, { t }: LocaleText): void {
    const spec = lowerCalendar(calendar);
    if (!isKnownZone(spec.zone) && spec.weekly.length === 0) {
        // Without a valid zone only weekly hours can be judged; special hours need the zone's instants.
        if (spec.specialHours.some((s) => s.intervals.length > 0)) return;
    } else if (isKnownZone(spec.zone) && spec.specialHours.some((s) => !isRealDate(s.date))) {
        return;
    }
    const open = isKnownZone(spec.zone) ? isEverOpen(spec) : spec.weekly.length > 0;
    if (!open) {
        accept('error', t('calendarNeverOpen', { calendar: calendar.name }), {
            node: calendar, property: 'name', code: Codes.calendarMustHaveOpenHours,
        });
    }
}

export function specialHoursShouldExist(special: ast.SpecialHours, accept: ValidationAcceptor, { t }: LocaleText): void {
    const calendar = special.$container;
    const zone = calendar.rules.find(ast.isTimeZone)?.zone;
    if (!zone || !isKnownZone(zone) || !special.date || !isRealDate(special.date)) return;
    for (const interval of special.intervals) {
        for (const which of ['start', 'end'] as const) {
            const text = interval[which];
            const match = /^(\d{2}):(\d{2})$/.exec(text ?? '');
            if (!match) continue;
            const minutes = Number(match[1]) * 60 + Number(match[2]);
            if (minutes >= 1440 || !isInDstGap(zone, special.date, minutes)) continue;
            accept('warning', t(which === 'start' ? 'specialHoursStartInDstGap' : 'specialHoursEndInDstGap', { time: timeText(minutes), date: special.date, zone }), {
                node: interval, property: which, code: Codes.specialHoursShouldExist,
            });
        }
    }
}

export function holidayDataShouldCoverTerm(holidays: ast.HolidaysOf, accept: ValidationAcceptor, { t }: LocaleText): void {
    const term = enclosingContract(holidays)?.members.find(ast.isTerm);
    if (!term?.start || !term.end || !isRealDate(term.start) || !isRealDate(term.end) || term.end < term.start) return;
    if (!holidays.country || !isKnownHolidayCountry(holidays.country)) return;
    const spec = lowerCalendar(holidays.$container);
    const own = { ...spec, holidayRegions: [{ country: holidays.country, ...(holidays.region ? { region: holidays.region } : {}) }] };
    const years = [...new Set(holidayDataGaps(own, term.start, term.end).map((g) => g.year))];
    if (years.length > 0) {
        accept('warning', t('holidayDataEnds', { holidays: `${holidays.country}${holidays.region ? `/${holidays.region}` : ''}`, years: years.join(', ') }), {
            node: holidays, property: 'country', code: Codes.holidayDataShouldCoverTerm,
        });
    }
}

/** Per lowered contract: whether a duration (by kind, length and calendar) exceeds the term. */
const exceeding = new WeakMap<Contract, Map<string, boolean>>();

function exceedsTermCached(contract: Contract, duration: Duration): boolean {
    let known = exceeding.get(contract);
    if (!known) exceeding.set(contract, (known = new Map()));
    const key = duration.kind === 'wall' ? `wall/${duration.minutes}` : duration.kind === 'business'
        ? `business/${duration.calendar}/${duration.minutes}` : `days/${duration.calendar}/${duration.days}`;
    let result = known.get(key);
    if (result === undefined) {
        result = exceedsTerm(contract, duration, calendarLookup(contract));
        known.set(key, result);
    }
    return result;
}

export function targetShouldFitTerm(target: ast.Target, accept: ValidationAcceptor, { t }: LocaleText): void {
    const contractNode = enclosingContract(target);
    const term = contractNode?.members.find(ast.isTerm);
    if (!contractNode || !term?.start || !term.end || !isRealDate(term.start) || !isRealDate(term.end) || term.end < term.start) return;
    const duration = lowerDuration(target.duration);
    if (!duration) return;
    const contract = loweredContract(contractNode);
    if (duration.kind !== 'wall') {
        const spec = contract.calendars.find((c) => c.name === duration.calendar);
        if (spec && (!isKnownZone(spec.zone) || !isEverOpen(spec))) return; // reported on the calendar
    }
    if (exceedsTermCached(contract, duration)) {
        accept('warning', t(target.kind === 'response' ? 'responseTargetLongerThanTerm' : 'resolutionTargetLongerThanTerm', { duration: duration.text, start: term.start, end: term.end }), {
            node: target, property: 'duration', code: Codes.targetShouldFitTerm,
        });
    }
}
