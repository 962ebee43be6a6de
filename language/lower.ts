/**
 * The one bridge from the AST to the runtime's plain model (runtime/model.ts).
 *
 * Lowering is total: it never throws on a document with errors; whatever cannot be resolved is left out
 * or null, and validation reports it. Callers that act on the model (CLI, previews) lower only documents
 * without errors.
 */
import * as ast from './generated/ast.js';
import * as model from '../runtime/index.js';
import { ALWAYS, HORIZON_MS, isKnownHolidayCountry, isKnownHolidayRegion } from '../runtime/index.js';
import { addDays, addMonths, daysBetween, isRealDate } from './cached-dates.js';
import { calendarInScope, calendarName, scenarioChain, texts } from './ast-queries.js';
import { AstUtils, type AstNode } from 'langium';
import { Lru } from './lru.js';

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
    // Past 15 digits (an error of its own) a number overflows once in minutes or milliseconds: left out.
    if (!(Math.abs(duration.value) < 1e15)) return undefined;
    const text = durationText(duration);
    const unit = singularUnit(duration.unit);
    if (!duration.business) {
        const minutes = wallMinutes(duration);
        return minutes === undefined ? undefined : { kind: 'wall', minutes, text };
    }
    const calendar = calendarInScope(duration)?.name;
    if (!calendar) return undefined;
    // Fractional business days have no defined moment: validation reports them, the model leaves them out.
    if (unit === 'day') return Number.isInteger(duration.value) ? { kind: 'businessDays', days: duration.value, calendar, text } : undefined;
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

/**
 * Specs by the calendar's text, across builds: a calendar holds no references, so its text alone says what it
 * lowers to, and an edit elsewhere hands the checks the very spec (and the engine answers keyed by it) of the
 * build before. Only texts that parsed without any error: error recovery may read a text otherwise.
 */
const calendarsByText = new Lru<string, model.CalendarSpec>(1024);

/** The lowered spec of a calendar node, once per AST (checks on every rule and reference ask for it). */
export function lowerCalendar(calendar: ast.Calendar): model.CalendarSpec {
    let spec = loweredCalendars.get(calendar);
    if (!spec) {
        const text = parsedCleanly(calendar) ? calendar.$cstNode?.text : undefined;
        spec = text === undefined ? lowerCalendarNow(calendar) : calendarsByText.through(text, () => lowerCalendarNow(calendar));
        loweredCalendars.set(calendar, spec);
    }
    return spec;
}

/** Forgets the specs kept by text (tests compare builds with and without them). */
export function forgetLoweredCalendars(): void {
    calendarsByText.clear();
}

function parsedCleanly(node: AstNode): boolean {
    const result = AstUtils.findRootNode(node).$document?.parseResult;
    return result !== undefined && result.lexerErrors.length === 0 && result.parserErrors.length === 0;
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
        notes: texts(calendar.rules),
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
            const types = [...new Set(rule.types)] as model.HolidayType[];
            spec.holidayRegions.push({
                country: rule.country,
                ...(rule.region !== undefined ? { region: rule.region } : {}),
                ...(types.length > 0 ? { types } : {}),
            });
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

function lowerTarget(members: readonly unknown[], kind: model.TargetKind): model.Duration | null {
    const target = members.find((m): m is ast.Target => ast.isTarget(m) && m.kind === kind);
    return (target && lowerDuration(target.duration)) ?? null;
}

export function lowerCategory(category: ast.Category): model.Category {
    const priority = category.members.find(ast.isPriority);
    return {
        name: category.name,
        ...(category.title !== undefined ? { title: category.title } : {}),
        description: category.members.filter(ast.isDescription).map((d) => d.text),
        priority: priority ? priority.level : null,
        response: lowerTarget(category.members, 'response'),
        resolution: lowerTarget(category.members, 'resolution'),
        channels: category.members.filter(ast.isChannelTargets).flatMap((via) => {
            const channel = via.channel?.ref?.name;
            return channel ? [{ channel, response: lowerTarget(via.targets, 'response'), resolution: lowerTarget(via.targets, 'resolution') }] : [];
        }),
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
            channels: names(measure.channels),
        };
    }
    if (ast.isAvailabilityMeasure(measure)) {
        return { kind: 'availability', percent: measure.percent, period, maintenance: calendarName(measure.maintenance) ?? null };
    }
    if (ast.isDowntimeBudgetMeasure(measure)) {
        const budget = lowerDuration(measure.budget) ?? { kind: 'wall', minutes: NaN, text: '' };
        return { kind: 'downtimeBudget', budget, period, maintenance: calendarName(measure.maintenance) ?? null };
    }
    if (ast.isFirstContactMeasure(measure)) return { kind: 'firstContactResolution', percent: measure.percent, period };
    if (ast.isSatisfactionShareMeasure(measure)) {
        // Without `at M of S`, "satisfied" is the top mark of a 5-point scale, the common CSAT survey.
        return { kind: 'satisfactionShare', percent: measure.percent, mark: measure.mark ?? 5, scale: measure.scale ?? 5, period };
    }
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

/**
 * A scenario period as local dates: days and weeks count dates (so the period ends at local midnight, also
 * across a DST change), months are calendar months. Business units are refused by validation.
 */
function lowerPeriod(period: ast.ScenarioPeriod): model.Scenario['period'] | undefined {
    const { length, start } = period;
    if (!length || typeof length.value !== 'number' || !start || !isRealDate(start) || length.business) return undefined;
    const unit = singularUnit(length.unit);
    // Safe integers only: 1e308 is an integer, and 7 × 1e308 weeks is Infinity days, which luxon throws on.
    if (!Number.isSafeInteger(length.value) || length.value <= 0) return undefined;
    // Beyond the horizon (an error of its own) the end date may not exist at all: no period rather than a wrong one.
    if (length.value * (unit === 'month' ? 31 : unit === 'week' ? 7 : 1) * 86_400_000 > HORIZON_MS) return undefined;
    const text = durationText(length);
    const end = unit === 'month' ? addMonths(start, length.value) : unit === 'week' ? addDays(start, 7 * length.value) : unit === 'day' ? addDays(start, length.value) : undefined;
    if (end === undefined) return undefined;
    return { start, end, length: { kind: 'wall', minutes: daysBetween(start, end) * 1440, text } };
}

/**
 * Kept with the contract it was lowered in: a scenario reads the one it extends, and an edit of another member
 * re-parses only that member (parser/member-reparse.ts), leaving this node in a new contract object.
 */
const loweredScenarios = new WeakMap<ast.Scenario, { contract: AstNode | undefined; scenario: model.Scenario }>();

/** The lowered scenario of a node, once per AST (the scenario checks ask for it). */
export function loweredScenario(scenario: ast.Scenario): model.Scenario {
    const kept = loweredScenarios.get(scenario);
    if (kept && kept.contract === scenario.$container) return kept.scenario;
    const result = lowerScenario(scenario);
    loweredScenarios.set(scenario, { contract: scenario.$container, scenario: result });
    return result;
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
                const period = lowerPeriod(member);
                if (period) result.period = period;
            } else if (ast.isArrivals(member)) {
                for (const rate of member.rates) {
                    const category = rate.category?.ref?.name;
                    if (!category) continue;
                    const channel = rate.channel?.ref?.name ?? null;
                    const arrival: model.ArrivalRate = { category, rate: rate.rate, per: rate.unit as model.ArrivalRate['per'], business: rate.business, channel };
                    upsert(result.arrivals, (a) => `${a.category}/${a.channel ?? ''}`, arrival);
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
    const breachSteps: model.BreachStep[] = breach.flatMap((step): model.BreachStep[] => {
        if (ast.isFreeText(step)) return typeof step.text === 'string' ? [{ kind: 'text', text: step.text }] : [];
        const within = lowerDuration(step.duration);
        if (!within) return [];
        const kind = ast.isBreachAct(step) ? 'act' : ast.isBreachReview(step) ? 'review'
            : step.audience === 'team' ? 'notifyTeam' : step.ofResolution ? 'notifyResolution' : 'notifyCustomer';
        return [{ kind, within }];
    });
    const breachDuration = (kind: model.BreachStep['kind']) => {
        const step = breachSteps.find((s) => s.kind === kind);
        return step && step.kind !== 'text' ? step.within : null;
    };
    const onCall = members.filter(ast.isOnCall);
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
            notes: texts(o.texts),
        })),
        escalations: members.filter(ast.isEscalation).map((e) => ({
            categories: names(e.categories),
            steps: e.steps.flatMap((s): model.EscalationStep[] => {
                const base = { percent: s.percent, target: s.target as model.TargetKind };
                if (s.onCall) {
                    const rotation = s.rotation?.ref;
                    return rotation ? [{ ...base, notify: rotation.title ?? rotation.name, onCall: rotation.name }] : [];
                }
                return [{ ...base, notify: s.role ?? '', ...(s.contact !== undefined ? { contact: s.contact } : {}) }];
            }),
            notes: texts(e.texts),
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
                notifyTeam: breachDuration('notifyTeam'),
                notifyCustomer: breachDuration('notifyCustomer'),
                review: breachDuration('review'),
                act: breachDuration('act'),
                notifyResolution: breachDuration('notifyResolution'),
                steps: breachSteps,
            }
            : null,
        penalties: members.some(ast.isPenalties)
            ? {
                tiers: penalties.filter(ast.isPenaltyTier).flatMap((t) =>
                    t.objective?.ref ? [{ objective: t.objective.ref.name, below: lowerThreshold(t.threshold), creditPercent: t.credit }] : []),
                cap: cap ? lowerCap(cap) : null,
                caps: penalties.filter(ast.isPenaltyCap).map(lowerCap),
                fines: penalties.filter(ast.isPenaltyFine).flatMap((f) =>
                    f.objective?.ref && f.amount ? [{ objective: f.objective.ref.name, below: lowerThreshold(f.threshold), amount: lowerMoney(f.amount) }] : []),
                perBreach: penalties.filter(ast.isPerBreachPenalty).flatMap((p) =>
                    p.category?.ref && p.penalty ? [{ category: p.category.ref.name, target: p.target as model.TargetKind, penalty: lowerPenaltyAmount(p.penalty) }] : []),
                downtime: penalties.filter(ast.isDowntimePenalty).flatMap((p) =>
                    p.objective?.ref && p.penalty ? [{ objective: p.objective.ref.name, per: p.unit as 'minute' | 'hour', penalty: lowerPenaltyAmount(p.penalty) }] : []),
                notes: texts(penalties),
            }
            : null,
        termination: members.some(ast.isTermination)
            ? {
                conditions: termination.filter(ast.isTerminationCondition).flatMap((c) =>
                    c.objective?.ref
                        ? [{ objective: c.objective.ref.name, below: lowerThreshold(c.threshold), consecutive: c.count, period: singularUnit(c.unit) as model.Period }]
                        : []),
                notice: (notice && lowerDuration(notice.duration)) ?? null,
                notes: texts(termination),
            }
            : null,
        reporting: members.filter(ast.isReporting).flatMap((r) => r.reports).map((r) => ({
            frequency: r.frequency as model.Report['frequency'],
            audience: r.audience as model.Report['audience'],
            objectives: names(r.objectives),
        })),
        scenarios: members.filter(ast.isScenario).map(lowerScenario),
        providerObligations: members.filter(ast.isProviderObligations).flatMap((p) => texts(p.obligations)),
        onCall: onCall.filter((r) => r.name).map((r) => ({
            name: r.name,
            ...(r.title !== undefined ? { title: r.title } : {}),
            rotation: (r.rotation ?? 'weekly') as model.OnCallRotation['rotation'],
            start: r.start ?? '',
            people: r.people.filter((p) => typeof p.name === 'string').map((p) => ({ name: p.name, ...(p.contact !== undefined ? { contact: p.contact } : {}) })),
            notes: [],
        })),
        meetings: members.filter(ast.isReporting).flatMap((r) => r.meetings).map((m) => ({
            frequency: m.frequency as model.Meeting['frequency'],
            audience: m.audience as model.Meeting['audience'],
        })),
        reportingNotes: members.filter(ast.isReporting).flatMap((r) => texts(r.texts)),
        reviews: members.filter(ast.isPeriodicReview).filter((r) => typeof r.count === 'number').map((r) => ({
            every: r.count,
            unit: singularUnit(r.unit) as model.PeriodicReview['unit'],
            text: r.text ?? null,
        })),
        clauses: members.filter(ast.isClause).map((c) => ({ title: c.title ?? '', texts: texts(c.texts) })),
        definitions: members.filter(ast.isDefinitions).flatMap((d) => d.terms).filter((t) => t.name !== undefined).map((t) => ({ term: t.name, text: t.text ?? '' })),
    };
}

function lowerCap(cap: ast.PenaltyCap): model.PenaltyCap {
    return { percent: cap.percent, period: (cap.period?.unit ?? 'month') as model.Period };
}

function lowerMoney(money: ast.Money): model.Money {
    return { amount: money.amount, currency: money.currency };
}

function lowerPenaltyAmount(amount: ast.PenaltyAmount): model.PenaltyAmount {
    return amount.amount ? { kind: 'pay', amount: lowerMoney(amount.amount) } : { kind: 'credit', percent: amount.credit ?? NaN };
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
