import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { loweredContract, lowerCalendar, lowerDuration } from '../lower.js';
import { calendarNamed, enclosingContract } from '../ast-queries.js';
import { isInDstGap } from '../../runtime/index.js';
import { isKnownZone } from '../../runtime/index.js';
import { isKnownHolidayCountry } from '../../runtime/index.js';
import type { CalendarSpec, Duration } from '../../runtime/index.js';
import { calendarEverOpens, exceedsTermOf, holidayGaps, type Metered, type MeteredBudget } from './engine-answers.js';
import { Codes } from './codes.js';
import { isRealDate } from '../cached-dates.js';
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
    const open = isKnownZone(spec.zone) ? calendarEverOpens(spec) : spec.weekly.length > 0;
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
    const region = { country: holidays.country, ...(holidays.region ? { region: holidays.region } : {}) };
    const gaps = holidayGaps(spec, region, term.start, term.end, budgetOf(holidays));
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

/**
 * A document's budget: its years of engine work, and the engine time spent inside `measure` (not between
 * checks). Answers are computed on their own tables and their work charged here, once per calendar's tables
 * (engine-answers.ts): what a build that remembers nothing would spend, in the order the checks ask.
 */
class DocumentBudget implements MeteredBudget {
    /** Years of tables left; negative once spent (unitBudget's count, without an exception per refusal). */
    private left = engineCheckBudget.years;
    /** Per calendar's tables: the most work charged for them so far (an answer that needs less finds them built). */
    private readonly charged = new Map<string, number>();
    private spentMs = 0;

    measure<T>(body: () => T): Metered<T> | undefined {
        const { ms, now } = engineCheckBudget;
        const since = now?.();
        let units = 0;
        // No answer may take more than the whole budget; in the server, engine time is bounded too.
        const limit = unitBudget(engineCheckBudget.years);
        const meter: WorkBudget = {
            spend: (cost) => {
                units += cost;
                limit.spend(cost);
                if (ms !== undefined && now && since !== undefined && this.spentMs + (now() - since) > ms) throw new WorkCutShort('ms', ms);
            },
        };
        try {
            return { value: withWorkBudget(meter, body), units };
        } catch (error) {
            if (!(error instanceof WorkCutShort)) throw error;
            // More than the whole budget: nothing after it fits either, as when a build spends it all here.
            if (error.unit === 'units') this.charge(Infinity, undefined);
            return undefined;
        } finally {
            if (now && since !== undefined) this.spentMs += now() - since;
        }
    }

    charge(units: number, tables: string | undefined): boolean {
        const paid = tables === undefined ? 0 : this.charged.get(tables) ?? 0;
        if (units <= paid) return true;
        this.left -= units - paid;
        // Not paid: the tables are left half built, and the next answer that needs them is cut short too.
        if (this.left < 0) return false;
        if (tables !== undefined) this.charged.set(tables, units);
        return true;
    }
}

const budgets = new WeakMap<AstNode, DocumentBudget>();

/** The budget of the document holding `node`. */
function budgetOf(node: AstNode): DocumentBudget {
    const root = AstUtils.findRootNode(node);
    let budget = budgets.get(root);
    if (!budget) budgets.set(root, (budget = new DocumentBudget()));
    return budget;
}

/** Whether `duration` exceeds the term, counted on `spec` (undefined: wall-clock or the built-in `always`). */
function exceedsTermAt(node: AstNode, contractName: string, term: { start: string; end: string }, spec: CalendarSpec | undefined, duration: Duration): boolean | undefined {
    return exceedsTermOf(contractName, term, spec, duration, budgetOf(node));
}

export function targetShouldFitTerm(target: ast.Target, accept: ValidationAcceptor, { t, locale }: LocaleText): void {
    const contractNode = enclosingContract(target);
    const term = contractNode?.members.find(ast.isTerm);
    if (!contractNode || !term?.start || !term.end || !isRealDate(term.start) || !isRealDate(term.end) || term.end < term.start) return;
    const duration = lowerDuration(target.duration);
    if (!duration) return;
    const calendar = duration.kind === 'wall' ? undefined : calendarNamed(contractNode, duration.calendar);
    const spec = calendar && lowerCalendar(calendar);
    if (spec && (!isKnownZone(spec.zone) || !calendarEverOpens(spec))) return; // reported on the calendar
    const exceeds = exceedsTermAt(target, contractNode.name, { start: term.start, end: term.end }, spec, duration);
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
    // Only steps past 100% can fall after the term: most escalations need no lowering at all.
    if (!escalation.steps.some((step) => step.percent > 100 && Number.isFinite(step.percent) && step.target)) return;
    const contract = loweredContract(contractNode);
    const named = escalation.categories.map((c) => c.$refText);
    const categories = named.length > 0 ? contract.categories.filter((c) => named.includes(c.name)) : contract.categories;
    for (const step of escalation.steps) {
        if (!(step.percent > 100) || !Number.isFinite(step.percent) || !step.target) continue;
        for (const category of categories) {
            const duration = category[step.target];
            // Business days scale by open time, not by days: their share is left to the horizon.
            if (!duration || duration.kind === 'businessDays') continue;
            const spec = duration.kind === 'business' ? contract.calendars.find((c) => c.name === duration.calendar) : undefined;
            if (spec && (!isKnownZone(spec.zone) || !calendarEverOpens(spec))) continue;
            const scaled: Duration = { ...duration, minutes: (duration.minutes * step.percent) / 100 };
            const exceeds = exceedsTermAt(step, contract.name, { start: term.start, end: term.end }, spec, scaled);
            if (exceeds === undefined) {
                accept('info', t('checkCutShort'), { node: step, property: 'percent', code: Codes.engineCheckCutShort });
                break;
            }
            if (exceeds) {
                accept('warning', t(step.target === 'response' ? 'responseEscalationShouldFitTerm' : 'resolutionEscalationShouldFitTerm', { percent: num(step.percent), duration: duration.text, start: term.start, end: term.end }), {
                    node: step, property: 'percent', code: Codes.escalationStepShouldFitTerm,
                });
                break;
            }
        }
    }
}
