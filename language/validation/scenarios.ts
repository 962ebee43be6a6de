import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { lowerCalendar, loweredScenario, wallMinutes } from '../lower.js';
import { calendarName, enclosingContract, scenarioChain } from '../ast-queries.js';
import { ALWAYS } from '../../runtime/index.js';
import { isKnownZone } from '../../runtime/index.js';
import type { LocaleText } from '../message-locale.js';
import { Codes } from './codes.js';
import { calendarEverOpens } from './engine-answers.js';

export function extendsMustNotCycle(scenario: ast.Scenario, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (!scenario.base?.ref) return;
    const names: string[] = [scenario.name];
    for (let s: ast.Scenario | undefined = scenario.base.ref; s; s = s.base?.ref) {
        names.push(s.name);
        if (s === scenario) {
            accept('error', t('extendsCycle', { scenario: scenario.name, chain: names.join(' → ') }), {
                node: scenario, property: 'base', code: Codes.extendsMustNotCycle,
            });
            return;
        }
        if (names.indexOf(s.name) !== names.length - 1) return; // a cycle further up, reported there
    }
}

function calendarNeverOpens(ref: ast.CalendarRef | undefined): boolean {
    if (!ref || ref.always) return false;
    const calendar = ref.calendar?.ref;
    if (!calendar) return false;
    const spec = lowerCalendar(calendar);
    return isKnownZone(spec.zone) ? !calendarEverOpens(spec) : spec.weekly.length === 0 && spec.specialHours.length === 0;
}

export function teamMustBeAbleToWork(team: ast.Team, accept: ValidationAcceptor, { t, num }: LocaleText): void {
    const agents = team.members.filter(ast.isAgents);
    for (const extra of agents.slice(1)) accept('error', t('teamAgentsTwice', { team: team.name }), { node: extra, code: Codes.duplicateClause });
    const first = agents[0];
    if (!first) {
        accept('error', t('teamWithoutAgents', { team: team.name, calendar: calendarOfContract(team) ?? ALWAYS }), {
            node: team, property: 'name', code: Codes.teamMustHaveAgents,
        });
        return;
    }
    if (typeof first.count === 'number' && (!Number.isInteger(first.count) || first.count < 1)) {
        accept('error', t('agentsNotWhole', { count: num(first.count) }), { node: first, property: 'count', code: Codes.teamMustHaveAgents });
    }
    if (calendarNeverOpens(first.calendar)) {
        accept('error', t('teamCalendarNeverOpen', { team: team.name, calendar: calendarName(first.calendar) ?? '?' }), {
            node: first, property: 'calendar', code: Codes.teamCalendarMustOpen,
        });
    }
}

function calendarOfContract(node: ast.Team): string | undefined {
    return enclosingContract(node)?.members.find(ast.isDefaultCalendar)?.calendar?.ref?.name;
}

export function distributionMustBePositive(distribution: ast.Distribution, accept: ValidationAcceptor, { t }: LocaleText): void {
    const minutes = (d: ast.Duration | undefined) => (d ? wallMinutes(d) : undefined);
    const positive = (d: ast.Duration | undefined, property: string, what: 'meanNotPositive' | 'sdNotPositive' | 'handlingTimeNotPositive') => {
        const value = minutes(d);
        if (d && value !== undefined && value <= 0) {
            accept('error', t(what, { duration: `${d.value} ${d.unit}` }), { node: distribution, property: property as never, code: Codes.meanMustBePositive });
        }
    };
    if (ast.isExponential(distribution)) positive(distribution.mean, 'mean', 'meanNotPositive');
    else if (ast.isLognormal(distribution)) {
        positive(distribution.mean, 'mean', 'meanNotPositive');
        positive(distribution.sd, 'sd', 'sdNotPositive');
    } else if (ast.isFixed(distribution)) positive(distribution.value, 'value', 'handlingTimeNotPositive');
    else if (ast.isUniform(distribution)) {
        const min = minutes(distribution.min);
        const max = minutes(distribution.max);
        if (min !== undefined && min < 0) {
            accept('error', t('uniformLowerNegative'), { node: distribution, property: 'min', code: Codes.meanMustBePositive });
        }
        if (min !== undefined && max !== undefined && max <= min) {
            accept('error', t('uniformBounds'), { node: distribution, property: 'max', code: Codes.uniformBoundsMustIncrease });
        }
    }
    const durations = [
        ...(ast.isExponential(distribution) ? [distribution.mean] : []),
        ...(ast.isLognormal(distribution) ? [distribution.mean, distribution.sd] : []),
        ...(ast.isFixed(distribution) ? [distribution.value] : []),
        ...(ast.isUniform(distribution) ? [distribution.min, distribution.max] : []),
    ];
    for (const d of durations) {
        if (d?.business) {
            accept('error', t('handlingIsWallClock', { duration: `${d.value} business ${d.unit}` }), {
                node: d, property: 'business', code: Codes.businessUnitMustBeCountable,
            });
        }
    }
}

export function arrivalRateMustBePositive(rate: ast.ArrivalRate, accept: ValidationAcceptor, { t }: LocaleText): void {
    if (typeof rate.rate === 'number' && rate.rate <= 0) {
        accept('error', t('arrivalRateNotPositive', { rate: String(rate.rate), unit: rate.unit }), {
            node: rate, property: 'rate', code: Codes.meanMustBePositive,
        });
    }
}

/** Checks on the effective scenario (with `extends` applied), reported where the arrivals are written. */
export function scenarioMustBeServable(scenario: ast.Scenario, accept: ValidationAcceptor, { t }: LocaleText): void {
    const chain = scenarioChain(scenario);
    if (chain.some((s) => s !== scenario && s.base?.ref === scenario)) return; // cycle: reported elsewhere
    const effective = loweredScenario(scenario);
    // A period written but not valid has its own error.
    if (!effective.period && !chain.some((s) => s.members.some(ast.isScenarioPeriod))) {
        accept('warning', t('scenarioWithoutPeriod', { scenario: scenario.name }), {
            node: scenario, property: 'name', code: Codes.scenarioShouldHavePeriod,
        });
    }
    const handled = new Set(effective.teams.filter((t) => t.agents > 0).flatMap((t) => t.handles));
    const timed = new Set(effective.handling.map((h) => h.category));
    for (const arrival of effective.arrivals) {
        // Point at the arrival line as written in this scenario, or at the scenario name when inherited.
        const own = scenario.members.filter(ast.isArrivals).flatMap((a) => a.rates).find((r) => r.category?.ref?.name === arrival.category);
        const where = own ? { node: own, property: 'category' as const } : { node: scenario, property: 'name' as const };
        if (!handled.has(arrival.category)) {
            accept('error', t('categoryNotHandled', { category: arrival.category, scenario: scenario.name }), {
                ...where, code: Codes.arrivalsMustBeHandled,
            } as never);
        } else if (!timed.has(arrival.category)) {
            accept('error', t('categoryWithoutHandlingTime', { category: arrival.category, scenario: scenario.name }), {
                ...where, code: Codes.arrivalsMustHaveHandlingTime,
            } as never);
        }
    }
}
