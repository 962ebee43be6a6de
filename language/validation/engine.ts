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
import { HORIZON_YEARS, WorkCutShort, unitBudget, withWorkBudget, type WorkBudget } from '../../runtime/index.js';
import { AstUtils, type AstNode } from 'langium';
import type { LocaleText } from '../message-locale.js';
import { durationPhrase } from '../../runtime/index.js';

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
    const gaps = withinBudget(holidays, () => holidayDataGaps(own, term.start!, term.end!));
    if (gaps === undefined) {
        accept('info', t('checkCutShort'), { node: holidays, property: 'country', code: Codes.engineCheckCutShort });
        return;
    }
    const years = [...new Set(gaps.map((g) => g.year))];
    if (years.length > 0) {
        accept('warning', t('holidayDataEnds', { holidays: `${holidays.country}${holidays.region ? `/${holidays.region}` : ''}`, years: years.join(', ') }), {
            node: holidays, property: 'country', code: Codes.holidayDataShouldCoverTerm,
        });
    }
}

/**
 * Engine work one document's checks may spend: years of calendar tables (deterministic, in the CLI and tests
 * as in the editor) and, in the language server, milliseconds of engine time on the clock it gives
 * (requests/index.ts sets `ms` and `now`), so no contract can freeze the editor. A check cut short says so.
 */
export const engineCheckBudget: { years: number; ms?: number; now?: () => number } = { years: 400 };

/** A document's budget: its years, and the engine time spent inside `withinBudget` (not between checks). */
class DocumentBudget implements WorkBudget {
    private readonly years = unitBudget(engineCheckBudget.years);
    private spentMs = 0;
    private since: number | undefined;

    spend(units: number): void {
        this.years.spend(units);
        const { ms, now } = engineCheckBudget;
        if (ms !== undefined && now && this.since !== undefined && this.spentMs + (now() - this.since) > ms) throw new WorkCutShort('ms', ms);
    }

    run<T>(body: () => T): T {
        const now = engineCheckBudget.now;
        this.since = now?.();
        try {
            return withWorkBudget(this, body);
        } finally {
            if (now && this.since !== undefined) this.spentMs += now() - this.since;
            this.since = undefined;
        }
    }
}

const budgets = new WeakMap<AstNode, DocumentBudget>();

/** `body()` on the budget of the document holding `node`; undefined when the budget ran out. */
function withinBudget<T>(node: AstNode, body: () => T): T | undefined {
    const root = AstUtils.findRootNode(node);
    let budget = budgets.get(root);
    if (!budget) budgets.set(root, (budget = new DocumentBudget()));
    try {
        return budget.run(body);
    } catch (error) {
        if (error instanceof WorkCutShort) return undefined;
        throw error;
    }
}

/** Per lowered contract: whether a duration (by kind, length and calendar) exceeds the term. */
const exceeding = new WeakMap<Contract, Map<string, boolean>>();

function exceedsTermCached(node: AstNode, contract: Contract, duration: Duration): boolean | undefined {
    let known = exceeding.get(contract);
    if (!known) exceeding.set(contract, (known = new Map()));
    const key = duration.kind === 'wall' ? `wall/${duration.minutes}` : duration.kind === 'business'
        ? `business/${duration.calendar}/${duration.minutes}` : `days/${duration.calendar}/${duration.days}`;
    let result = known.get(key);
    if (result === undefined) {
        result = withinBudget(node, () => exceedsTerm(contract, duration, calendarLookup(contract)));
        // Cut short: not known, and not remembered (a later build with budget left may know).
        if (result !== undefined) known.set(key, result);
    }
    return result;
}

export function targetShouldFitTerm(target: ast.Target, accept: ValidationAcceptor, { t, locale }: LocaleText): void {
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
    const exceeds = exceedsTermCached(target, contract, duration);
    if (exceeds === undefined) {
        accept('info', t('checkCutShort'), { node: target, property: 'duration', code: Codes.engineCheckCutShort });
    } else if (exceeds) {
        accept('warning', t(target.kind === 'response' ? 'responseTargetLongerThanTerm' : 'resolutionTargetLongerThanTerm', { duration: durationPhrase(duration, locale), start: term.start, end: term.end }), {
            node: target, property: 'duration', code: Codes.targetShouldFitTerm,
        });
    }
}

/** A term longer than the engine's horizon: nothing past HORIZON_YEARS after its start is computed. */
export function termShouldFitHorizon(term: ast.Term, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (!term.start || !term.end || !isRealDate(term.start) || !isRealDate(term.end) || term.end < term.start) return;
    const limit = `${String(Number(term.start.slice(0, 4)) + HORIZON_YEARS).padStart(4, '0')}${term.start.slice(4)}`;
    if (term.end < limit) return;
    const span = String(Number(term.end.slice(0, 4)) - Number(term.start.slice(0, 4)));
    accept('warning', t('termBeyondHorizon', { span, limit, years: String(HORIZON_YEARS) }), { node: term, property: 'end', code: Codes.termShouldFitHorizon });
}

/**
 * An escalation step past 100% whose instant falls after the whole term (`at 1000000000% of resolution`):
 * judged as the target scaled by the step's share, against the term's open time, like targetShouldFitTerm.
 */
export function escalationStepShouldFitTerm(escalation: ast.Escalation, accept: ValidationAcceptor, { t, num }: LocaleText): void {
    const contractNode = enclosingContract(escalation);
    const term = contractNode?.members.find(ast.isTerm);
    if (!contractNode || !term?.start || !term.end || !isRealDate(term.start) || !isRealDate(term.end) || term.end < term.start) return;
    const contract = loweredContract(contractNode);
    const named = escalation.categories.map((c) => c.$refText);
    const categories = named.length > 0 ? contract.categories.filter((c) => named.includes(c.name)) : contract.categories;
    for (const step of escalation.steps) {
        if (!(step.percent > 100) || !Number.isFinite(step.percent) || !step.target) continue;
        for (const category of categories) {
            const duration = category[step.target];
            // Business days scale by open time, not by days: their share is left to the horizon.
            if (!duration || duration.kind === 'businessDays') continue;
            if (duration.kind === 'business') {
                const spec = contract.calendars.find((c) => c.name === duration.calendar);
                if (spec && (!isKnownZone(spec.zone) || !isEverOpen(spec))) continue;
            }
            const scaled: Duration = { ...duration, minutes: (duration.minutes * step.percent) / 100 };
            const exceeds = exceedsTermCached(step, contract, scaled);
            if (exceeds === undefined) {
                accept('info', t('checkCutShort'), { node: step, property: 'percent', code: Codes.engineCheckCutShort });
                break;
            }
            if (exceeds) {
                accept('warning', t('escalationShouldFitTerm', { percent: num(step.percent), target: step.target, duration: duration.text, start: term.start, end: term.end }), {
                    node: step, property: 'percent', code: Codes.escalationStepShouldFitTerm,
                });
                break;
            }
        }
    }
}
