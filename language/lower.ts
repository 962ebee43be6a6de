/**
 * The one bridge from the AST to the runtime's plain model (runtime/model.ts).
 *
 * Lowering is total: it never throws on a document with errors; whatever cannot be resolved is left out
 * or null, and validation reports it. Callers that act on the model (CLI, previews) lower only documents
 * without errors.
 */
import * as ast from './generated/ast.js';
import * as model from '../runtime/index.js';
import { ALWAYS, isKnownHolidayCountry, isKnownHolidayRegion, isRealDate } from '../runtime/index.js';
import { calendarInScope, calendarName, scenarioChain } from './ast-queries.js';

const WEEKDAYS: Record<ast.Weekday, model.Weekday> = {
    monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

const MINUTES_PER_UNIT: Record<string, number> = {
    second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080,
};

/** "hours" → "hour". */
export function singularUnit(unit: string | undefined): string {
    if (unit === undefined) return '';
    return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

/** Minutes since local midnight of "HH:MM"; NaN when it is not a valid time of day (24:00 is valid). */
export function minutesOfDay(time: string | undefined): number {
    const match = /^(\d{2}):(\d{2})$/.exec(time ?? '');
    if (!match) return NaN;
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return NaN;
    return hours * 60 + minutes;
}

/** The expanded weekdays of a `monday to friday` / `saturday` / `every day` spec (wraps: friday to monday). */
export function weekdaysOf(days: ast.DaySpec | undefined): model.Weekday[] {
    if (!days) return [];
    if (ast.isEveryDay(days)) return [1, 2, 3, 4, 5, 6, 7];
    const first = WEEKDAYS[days.first];
    const last = days.last ? WEEKDAYS[days.last] : first;
    if (first === undefined || last === undefined) return [];
    const result: model.Weekday[] = [];
    for (let day = first; ; day = ((day % 7) + 1) as model.Weekday) {
        result.push(day);
        if (day === last) break;
    }
    return result;
}

/** The display text of a duration as written: "4 business hours". */
export function durationText(duration: ast.Duration): string {
    return `${duration.value} ${duration.business ? 'business ' : ''}${duration.unit}`;
}

/** Wall-clock minutes of a non-business duration; undefined for months (not a fixed length). */
export function wallMinutes(duration: ast.Duration | undefined): number | undefined {
    if (!duration || typeof duration.value !== 'number') return undefined;
    const perUnit = MINUTES_PER_UNIT[singularUnit(duration.unit)];
    return perUnit === undefined ? undefined : duration.value * perUnit;
}

export function lowerDuration(duration: ast.Duration | undefined): model.Duration | undefined {
    if (!duration || typeof duration.value !== 'number' || !duration.unit) return undefined;
    const text = durationText(duration);
    const unit = singularUnit(duration.unit);
    if (!duration.business) {
        const minutes = wallMinutes(duration);
        return minutes === undefined ? undefined : { kind: 'wall', minutes, text };
    }
    const calendar = calendarInScope(duration)?.name;
    if (!calendar) return undefined;
    if (unit === 'day') return { kind: 'businessDays', days: duration.value, calendar, text };
    if (unit === 'week' || unit === 'month') return undefined;
    return { kind: 'business', minutes: duration.value * MINUTES_PER_UNIT[unit]!, calendar, text };
}

function lowerInterval(interval: ast.TimeInterval): model.LocalInterval {
    return { start: minutesOfDay(interval.start), end: minutesOfDay(interval.end) };
}

function validInterval(interval: model.LocalInterval): boolean {
    return Number.isFinite(interval.start) && Number.isFinite(interval.end) && interval.end > interval.start;
}

const loweredCalendars = new WeakMap<ast.Calendar, model.CalendarSpec>();

/** The lowered spec of a calendar node, once per AST (checks on every rule and reference ask for it). */
export function lowerCalendar(calendar: ast.Calendar): model.CalendarSpec {
    let spec = loweredCalendars.get(calendar);
    if (!spec) {
        spec = lowerCalendarNow(calendar);
        loweredCalendars.set(calendar, spec);
    }
    return spec;
}

function lowerCalendarNow(calendar: ast.Calendar): model.CalendarSpec {
    const spec: model.CalendarSpec = {
        name: calendar.name,
        ...(calendar.title !== undefined ? { title: calendar.title } : {}),
        zone: 'UTC',
        weekly: [],
        holidayRegions: [],
        holidays: [],
        specialHours: [],
    };
    for (const rule of calendar.rules) {
        // Half-typed rules (no zone, no date, a date that does not exist) are left out: validation reports them.
        if (ast.isTimeZone(rule)) {
            if (typeof rule.zone === 'string') spec.zone = rule.zone;
        }
        else if (ast.isWeeklyHours(rule)) {
            for (const day of weekdaysOf(rule.days)) {
                for (const interval of rule.intervals.map(lowerInterval).filter(validInterval)) {
                    spec.weekly.push({ day, ...interval });
                }
            }
        } else if (ast.isHolidaysOf(rule)) {
            if (typeof rule.country !== 'string' || !isKnownHolidayCountry(rule.country)) continue;
            if (rule.region !== undefined && !isKnownHolidayRegion(rule.country, rule.region)) continue;
            spec.holidayRegions.push({ country: rule.country, ...(rule.region !== undefined ? { region: rule.region } : {}) });
        } else if (ast.isHoliday(rule)) {
            if (!rule.date || !isRealDate(rule.date)) continue;
            spec.holidays.push({ date: rule.date, ...(rule.title !== undefined ? { title: rule.title } : {}) });
        } else if (ast.isSpecialHours(rule)) {
            if (!rule.date || !isRealDate(rule.date)) continue;
            spec.specialHours.push({ date: rule.date, intervals: rule.closed ? [] : rule.intervals.map(lowerInterval).filter(validInterval) });
        }
    }
    spec.weekly.sort((a, b) => a.day - b.day || a.start - b.start);
    return spec;
}

function lowerTarget(category: ast.Category, kind: model.TargetKind): model.Duration | null {
    const target = category.members.find((m): m is ast.Target => ast.isTarget(m) && m.kind === kind);
    return (target && lowerDuration(target.duration)) ?? null;
}

export function lowerCategory(category: ast.Category): model.Category {
    const priority = category.members.find(ast.isPriority);
    return {
        name: category.name,
        ...(category.title !== undefined ? { title: category.title } : {}),
        description: category.members.filter(ast.isDescription).map((d) => d.text),
        priority: priority ? priority.level : null,
        response: lowerTarget(category, 'response'),
        resolution: lowerTarget(category, 'resolution'),
    };
}

function names<T extends { name: string }>(refs: ({ ref?: T } | undefined)[]): string[] {
    return refs.flatMap((r) => (r?.ref ? [r.ref.name] : []));
}

export function lowerMeasure(measure: ast.Measure): model.Measure {
    const period = (measure.period?.unit ?? 'month') as model.Period;
    if (ast.isOnTimeMeasure(measure)) {
        return {
            kind: 'onTime',
            target: measure.target === 'responses' ? 'response' : 'resolution',
            percent: measure.percent,
            period,
            categories: names(measure.categories),
        };
    }
    if (ast.isAvailabilityMeasure(measure)) {
        return { kind: 'availability', percent: measure.percent, period, maintenance: calendarName(measure.maintenance) ?? null };
    }
    if (ast.isFirstContactMeasure(measure)) return { kind: 'firstContactResolution', percent: measure.percent, period };
    return { kind: 'satisfaction', score: measure.score, scale: measure.scale, period };
}

function lowerThreshold(threshold: ast.Threshold | undefined): model.Threshold {
    if (!threshold) return { kind: 'percent', value: NaN };
    return threshold.percent !== undefined
        ? { kind: 'percent', value: threshold.percent }
        : { kind: 'score', value: threshold.score ?? NaN };
}

function lowerDistribution(distribution: ast.Distribution | undefined): model.Distribution | undefined {
    if (!distribution) return undefined;
    const m = (d: ast.Duration | undefined) => (d ? wallMinutes(d) : undefined);
    if (ast.isExponential(distribution)) {
        const meanMinutes = m(distribution.mean);
        return meanMinutes === undefined ? undefined : { kind: 'exponential', meanMinutes };
    }
    if (ast.isLognormal(distribution)) {
        const meanMinutes = m(distribution.mean);
        const sdMinutes = m(distribution.sd);
        return meanMinutes === undefined || sdMinutes === undefined ? undefined : { kind: 'lognormal', meanMinutes, sdMinutes };
    }
    if (ast.isFixed(distribution)) {
        const minutes = m(distribution.value);
        return minutes === undefined ? undefined : { kind: 'fixed', minutes };
    }
    const minMinutes = m(distribution.min);
    const maxMinutes = m(distribution.max);
    return minMinutes === undefined || maxMinutes === undefined ? undefined : { kind: 'uniform', minMinutes, maxMinutes };
}

/** Applies `extends`: each scenario overrides only what it names (per category, per team, per clause). */
export function lowerScenario(scenario: ast.Scenario): model.Scenario {
    const result: model.Scenario = {
        name: scenario.name,
        ...(scenario.title !== undefined ? { title: scenario.title } : {}),
        extends: scenario.base?.ref?.name ?? null,
        period: null,
        arrivals: [],
        arrivalsFollow: null,
        teams: [],
        handling: [],
        customerReplies: [],
    };
    const upsert = <T>(list: T[], key: (item: T) => string, item: T) => {
        const index = list.findIndex((other) => key(other) === key(item));
        if (index >= 0) list[index] = item;
        else list.push(item);
    };
    // Apply from the furthest ancestor to the scenario itself, so nearer declarations win.
    for (const s of scenarioChain(scenario).reverse()) {
        for (const member of s.members) {
            if (ast.isScenarioPeriod(member)) {
                const length = lowerDuration(member.length);
                if (length && member.start) result.period = { start: member.start, length };
            } else if (ast.isArrivals(member)) {
                for (const rate of member.rates) {
                    const category = rate.category?.ref?.name;
                    if (category) upsert(result.arrivals, (a) => a.category, { category, rate: rate.rate, per: rate.unit as model.ArrivalRate['per'] });
                }
            } else if (ast.isArrivalsFollow(member)) {
                result.arrivalsFollow = calendarName(member.calendar) ?? null;
            } else if (ast.isTeam(member)) {
                const agents = member.members.find(ast.isAgents);
                upsert(result.teams, (t) => t.name, {
                    name: member.name,
                    ...(member.title !== undefined ? { title: member.title } : {}),
                    agents: agents?.count ?? 0,
                    calendar: calendarName(agents?.calendar) ?? ALWAYS,
                    handles: member.members.filter(ast.isHandles).flatMap((h) => names(h.categories)),
                });
            } else if (ast.isHandling(member)) {
                for (const time of member.times) {
                    const category = time.category?.ref?.name;
                    const distribution = lowerDistribution(time.distribution);
                    if (category && distribution) upsert(result.handling, (h) => h.category, { category, distribution });
                }
            } else if (ast.isCustomerReplies(member)) {
                for (const wait of member.waits) {
                    const category = wait.category?.ref?.name;
                    const distribution = lowerDistribution(wait.distribution);
                    if (category && distribution) upsert(result.customerReplies, (w) => w.category, { category, percent: wait.share, wait: distribution });
                }
            }
        }
    }
    return result;
}

export function lowerContract(contract: ast.Contract): model.Contract {
    const members = contract.members;
    const first = <T extends ast.ContractMember>(guard: (m: unknown) => m is T): T | undefined => members.find(guard);
    const term = first(ast.isTerm);
    const fee = first(ast.isFee);
    const obligations = members.filter(ast.isCustomerObligations).flatMap((o) => o.obligations);
    const breach = members.filter(ast.isBreachProcedure).flatMap((b) => b.steps);
    const penalties = members.filter(ast.isPenalties).flatMap((p) => p.clauses);
    const termination = members.filter(ast.isTermination).flatMap((t) => t.clauses);
    const reply = obligations.find(ast.isReplyObligation);
    const replyWithin = reply && lowerDuration(reply.duration);
    const demand = obligations.find(ast.isDemandNotice);
    const demandNotice = demand && lowerDuration(demand.notice);
    const breachDuration = (pick: (s: ast.BreachStep) => boolean) => {
        const step = breach.find(pick);
        return (step && lowerDuration(step.duration)) ?? null;
    };
    const cap = penalties.find(ast.isPenaltyCap);
    const notice = termination.find(ast.isTerminationNotice);

    return {
        name: contract.name,
        ...(contract.title !== undefined ? { title: contract.title } : {}),
        provider: first(ast.isProvider)?.party ?? null,
        customer: first(ast.isCustomer)?.party ?? null,
        term: term ? { start: term.start, end: term.end } : null,
        fee: fee ? { amount: fee.amount, currency: fee.currency, period: fee.period as model.Fee['period'] } : null,
        locale: first(ast.isLocale)?.locale ?? 'en',
        services: members.filter(ast.isService).map((s) => ({ title: s.title, description: [...s.descriptions] })),
        calendars: members.filter(ast.isCalendar).map(lowerCalendar),
        defaultCalendar: first(ast.isDefaultCalendar)?.calendar?.ref?.name ?? null,
        channels: members.filter(ast.isChannel).map((c) => ({
            name: c.name,
            ...(c.title !== undefined ? { title: c.title } : {}),
            hours: calendarName(c.hours) ?? ALWAYS,
        })),
        categories: members.filter(ast.isCategory).map(lowerCategory),
        objectives: members.filter(ast.isObjective).filter((o) => o.measure !== undefined).map((o) => ({
            name: o.name,
            ...(o.title !== undefined ? { title: o.title } : {}),
            measure: lowerMeasure(o.measure),
        })),
        escalations: members.filter(ast.isEscalation).map((e) => ({
            categories: names(e.categories),
            steps: e.steps.map((s) => ({
                percent: s.percent,
                target: s.target as model.TargetKind,
                notify: s.role,
                ...(s.contact !== undefined ? { contact: s.contact } : {}),
            })),
        })),
        customerObligations: members.some(ast.isCustomerObligations)
            ? {
                contacts: obligations.filter(ast.isContactObligation).map((c) => ({ role: c.role, hours: calendarName(c.hours) ?? null })),
                reply: replyWithin ? { within: replyWithin, pausesClock: reply!.pausesClock } : null,
                demandNotice: demandNotice ? { abovePercent: demand!.threshold, notice: demandNotice } : null,
                other: obligations.filter(ast.isOtherObligation).map((o) => o.text),
            }
            : null,
        breach: members.some(ast.isBreachProcedure)
            ? {
                notifyTeam: breachDuration((s) => ast.isBreachNotify(s) && s.audience === 'team'),
                notifyCustomer: breachDuration((s) => ast.isBreachNotify(s) && s.audience === 'customer'),
                review: breachDuration(ast.isBreachReview),
            }
            : null,
        penalties: members.some(ast.isPenalties)
            ? {
                tiers: penalties.filter(ast.isPenaltyTier).flatMap((t) =>
                    t.objective?.ref ? [{ objective: t.objective.ref.name, below: lowerThreshold(t.threshold), creditPercent: t.credit }] : []),
                cap: cap ? { percent: cap.percent, period: (cap.period?.unit ?? 'month') as model.Period } : null,
            }
            : null,
        termination: members.some(ast.isTermination)
            ? {
                conditions: termination.filter(ast.isTerminationCondition).flatMap((c) =>
                    c.objective?.ref
                        ? [{ objective: c.objective.ref.name, below: lowerThreshold(c.threshold), consecutive: c.count, period: singularUnit(c.unit) as model.Period }]
                        : []),
                notice: (notice && lowerDuration(notice.duration)) ?? null,
            }
            : null,
        reporting: members.filter(ast.isReporting).flatMap((r) => r.reports).map((r) => ({
            frequency: r.frequency as model.Report['frequency'],
            audience: r.audience as model.Report['audience'],
            objectives: names(r.objectives),
        })),
        scenarios: members.filter(ast.isScenario).map(lowerScenario),
    };
}

const lowered = new WeakMap<ast.Contract, model.Contract>();

/**
 * The lowered model of a contract node, computed once per AST (a new parse makes new nodes), so checks
 * and editor features that consult the runtime share one model and its built calendars.
 */
export function loweredContract(contract: ast.Contract): model.Contract {
    let result = lowered.get(contract);
    if (!result) {
        result = lowerContract(contract);
        lowered.set(contract, result);
    }
    return result;
}

export function lowerModel(root: ast.Model): model.Contract[] {
    return root.contracts.map(lowerContract);
}
