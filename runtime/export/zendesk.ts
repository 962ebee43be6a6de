/**
 * The contract as Zendesk Support configuration: one JSON bundle of API requests whose bodies have exactly
 * the shapes Zendesk documents, to be sent in order (a later path names an earlier request's id as
 * `{ref}`), plus `notExpressible`: what Zendesk cannot hold, never silently dropped.
 *
 * Shapes from Zendesk's API reference:
 * - Schedules, workweek intervals (minutes since Sunday 00:00, never across a day), holidays:
 *   https://developer.zendesk.com/api-reference/ticketing/ticket-management/schedules/
 * - SLA policies (`filter` with `all`/`any` conditions, `policy_metrics` of priority, metric, target in
 *   minutes, business_hours): https://developer.zendesk.com/api-reference/ticketing/business-rules/sla_policies/
 * - Conditions (`current_tags includes`): https://developer.zendesk.com/documentation/ticketing/reference-guides/conditions-reference/
 */
import { ALWAYS, type Category, type Contract, type Duration, type TargetKind } from '../model.js';
import { supportedLocale } from '../time/locales.js';
import {
    type CategoryMap,
    type HelpDeskOptions,
    TARGET_KINDS,
    byUrgency,
    categoryTag,
    channelTag,
    chooseCategoryMap,
    clausesNoHelpDeskKeeps,
    hoursText,
    railsZone,
    scheduleName,
    targetAbout,
    targetCalendars,
    targetSubject,
} from '../integrations/help-desk.js';
import { type NotExpressibleJson, type Notice, noticeJson } from '../integrations/notices.js';
import { holidayNamesOn } from '../holidays.js';
import { termDays } from '../integrations/term-days.js';
import { t } from '../i18n/catalogue.js';

export const ZENDESK = 'Zendesk';
export const ZENDESK_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type ZendeskPriority = (typeof ZENDESK_PRIORITIES)[number];
export type ZendeskMetric = 'first_reply_time' | 'requester_wait_time' | 'total_resolution_time';

export interface ZendeskInterval {
    start_time: number;
    end_time: number;
}

export interface ZendeskHoliday {
    name: string;
    start_date: string;
    end_date: string;
}

export interface ZendeskCondition {
    field: string;
    operator: string;
    value: string;
}

export interface ZendeskPolicyMetric {
    priority: ZendeskPriority;
    metric: ZendeskMetric;
    target: number;
    business_hours: boolean;
}

export interface ZendeskSlaPolicy {
    title: string;
    description: string;
    position: number;
    filter: { all: ZendeskCondition[]; any: ZendeskCondition[] };
    policy_metrics: ZendeskPolicyMetric[];
}

export type ZendeskRequest =
    | { ref: string; method: 'POST'; path: '/api/v2/business_hours/schedules'; body: { schedule: { name: string; time_zone: string } } }
    | { method: 'PUT'; path: string; body: { workweek: { intervals: ZendeskInterval[] } } }
    | { method: 'POST'; path: string; body: { holiday: ZendeskHoliday } }
    | { method: 'POST'; path: '/api/v2/slas/policies'; body: { sla_policy: ZendeskSlaPolicy } };

export interface ZendeskBundle {
    pacto: { format: 'zendesk'; version: 1; contract: string; categoryMap: CategoryMap; resolutionMetric: ZendeskMetric };
    /** Calendar name → the request ref of its schedule. */
    schedules: Record<string, string>;
    /** Category name → its Zendesk priority (priority map) or tag (tag map). */
    categories: Record<string, string>;
    requests: ZendeskRequest[];
    notExpressible: NotExpressibleJson[];
}

/** Weekly hours as Zendesk counts them: minutes since Sunday 00:00, Sunday first, each within its day. */
export function zendeskIntervals(weekly: Contract['calendars'][number]['weekly']): ZendeskInterval[] {
    return weekly
        .map(({ day, start, end }) => ({ start_time: (day % 7) * 1440 + start, end_time: (day % 7) * 1440 + end }))
        .filter((i) => i.end_time > i.start_time)
        .sort((a, b) => a.start_time - b.start_time);
}

/**
 * Requester wait time leaves out Pending (waiting on the customer): it is the resolution clock of a contract
 * whose customer replies pause the clock; otherwise the clock runs from creation to solved.
 */
export function resolutionMetric(contract: Contract): ZendeskMetric {
    return contract.customerObligations?.reply?.pausesClock ? 'requester_wait_time' : 'total_resolution_time';
}

interface Built {
    notices: Notice[];
    defaultCalendar: string | null;
    scheduleOf: Map<string, string>;
}

function metricOf(
    built: Built,
    locale: ReturnType<typeof supportedLocale>,
    duration: Duration,
    metric: ZendeskMetric,
    priority: ZendeskPriority,
    subject: { category: string; target: TargetKind; channel?: string },
    report: boolean,
): ZendeskPolicyMetric | undefined {
    const about = targetAbout(subject.category, subject.target, subject.channel);
    const text = targetSubject(locale, subject.category, subject.target, subject.channel);
    const note = (notice: Notice) => {
        if (report && !built.notices.some((n) => n.kind === notice.kind && n.about === notice.about)) built.notices.push(notice);
    };
    if (duration.kind === 'businessDays') {
        note({ kind: 'businessDays', about, key: 'nxBusinessDays', args: { subject: text, duration: duration.text, desk: ZENDESK } });
        return undefined;
    }
    if (!Number.isInteger(duration.minutes)) {
        note({ kind: 'subMinute', about, key: 'nxSubMinute', args: { subject: text, duration: duration.text, desk: ZENDESK } });
        return undefined;
    }
    // Business time on the built-in `always` calendar is wall-clock time.
    const business = duration.kind === 'business' && duration.calendar !== ALWAYS;
    if (business && duration.calendar !== built.defaultCalendar) {
        const schedule = built.scheduleOf.get(duration.calendar) ?? duration.calendar;
        note({ kind: 'otherCalendar', about, key: 'nxOtherCalendar', args: { subject: text, duration: duration.text, calendar: duration.calendar, schedule, desk: ZENDESK } });
    }
    return { priority, metric, target: duration.minutes, business_hours: business };
}

function targetsOf(category: Category, channel?: string): Record<TargetKind, Duration | null> {
    const own = channel === undefined ? undefined : category.channels?.find((c) => c.channel === channel);
    return { response: own?.response ?? category.response, resolution: own?.resolution ?? category.resolution };
}

/** The bundle as data (for conformance and tests); `zendeskJsonText` writes it. */
export function zendeskBundle(contract: Contract, options: HelpDeskOptions = {}): ZendeskBundle {
    return zendeskExport(contract, options).bundle;
}

/** The bundle and what it could not carry, as notices a host prints in its reader's language. */
export function zendeskExport(contract: Contract, options: HelpDeskOptions = {}): { bundle: ZendeskBundle; notices: Notice[] } {
    const locale = supportedLocale(contract.locale);
    const notices: Notice[] = [];
    const categoryMap = chooseCategoryMap(contract, options.categoryMap, ZENDESK, notices);
    const calendars = targetCalendars(contract);
    const built: Built = { notices, defaultCalendar: contract.defaultCalendar, scheduleOf: new Map(calendars.map((c) => [c.name, scheduleName(c)])) };
    const requests: ZendeskRequest[] = [];
    const schedules: Record<string, string> = {};

    for (const calendar of calendars) {
        const ref = `schedule:${calendar.name}`;
        schedules[calendar.name] = ref;
        requests.push({ ref, method: 'POST', path: '/api/v2/business_hours/schedules', body: { schedule: { name: scheduleName(calendar), time_zone: railsZone(calendar, contract, ZENDESK) } } });
        requests.push({ method: 'PUT', path: `/api/v2/business_hours/schedules/{${ref}}/workweek`, body: { workweek: { intervals: zendeskIntervals(calendar.weekly) } } });
        const days = termDays(calendar, contract.term);
        for (const closed of days.closed) {
            // The contract's setup: holidays named in its locale where the holiday data has that language.
            const name = closed.names.length > 0 ? closed.names.map((n) => holidayNamesOn(calendar.holidayRegions, closed.date, n, locale)).join(' / ') : t(locale, 'conformClosedWord');
            requests.push({ method: 'POST', path: `/api/v2/business_hours/schedules/{${ref}}/holidays`, body: { holiday: { name, start_date: closed.date, end_date: closed.date } } });
        }
        for (const special of days.special) {
            const hours = special.intervals.map((i) => hoursText(i.start, i.end)).join(', ');
            notices.push({ kind: 'specialHours', about: `calendar ${calendar.name} ${special.date}`, key: 'nxSpecialHours', args: { calendar: calendar.name, date: special.date, hours, desk: ZENDESK } });
        }
        if (!contract.term && calendar.holidayRegions.length > 0) {
            const regions = calendar.holidayRegions.map((r) => (r.region ? `${r.country}-${r.region}` : r.country)).join(', ');
            notices.push({ kind: 'noTerm', about: `calendar ${calendar.name}`, key: 'nxNoTerm', args: { calendar: calendar.name, regions } });
        }
    }

    const resolution = resolutionMetric(contract);
    const metricName = (kind: TargetKind): ZendeskMetric => (kind === 'response' ? 'first_reply_time' : resolution);
    const ordered = byUrgency(contract.categories);
    const categories: Record<string, string> = {};
    const policies: Omit<ZendeskSlaPolicy, 'position'>[] = [];
    const channelsWithTargets = [...new Set(contract.categories.flatMap((c) => (c.channels ?? []).map((ch) => ch.channel)))];
    const title = contract.title ?? contract.name;

    const metricsFor = (category: Category, priorities: readonly ZendeskPriority[], channel: string | undefined, report: boolean) => {
        const targets = targetsOf(category, channel);
        const metrics: ZendeskPolicyMetric[] = [];
        for (const kind of TARGET_KINDS) {
            const duration = targets[kind];
            if (!duration) continue;
            const own = channel !== undefined && category.channels?.some((c) => c.channel === channel && c[kind] !== null);
            for (const priority of priorities) {
                const metric = metricOf(built, locale, duration, metricName(kind), priority, { category: category.name, target: kind, ...(own ? { channel } : {}) }, report && (channel === undefined || !!own));
                if (metric) metrics.push(metric);
            }
        }
        return metrics;
    };

    if (categoryMap === 'priority') {
        ordered.forEach((category, i) => (categories[category.name] = ZENDESK_PRIORITIES[i]!));
        // A ticket gets the first policy whose conditions it matches: the channels' policies go first.
        for (const channel of channelsWithTargets) {
            const tag = channelTag(channel);
            policies.push({
                title: `${title} (${channel})`,
                description: `${contract.name}: tickets tagged ${tag}`,
                filter: { all: [{ field: 'current_tags', operator: 'includes', value: tag }], any: [] },
                policy_metrics: ordered.flatMap((category) => metricsFor(category, [categories[category.name] as ZendeskPriority], channel, true)),
            });
            notices.push({ kind: 'channelTag', about: `channel ${channel}`, key: 'nxChannelTag', args: { subject: title, channel, tag } });
        }
        policies.push({
            title,
            description: contract.name,
            filter: { all: [], any: [] },
            policy_metrics: ordered.flatMap((category) => metricsFor(category, [categories[category.name] as ZendeskPriority], undefined, true)),
        });
    } else {
        for (const category of ordered) {
            const tag = categoryTag(category);
            categories[category.name] = tag;
            const name = category.title ?? category.name;
            for (const channel of (category.channels ?? []).map((c) => c.channel)) {
                const via = channelTag(channel);
                policies.push({
                    title: `${name} (${channel})`,
                    description: `${contract.name}: ${category.name} via ${channel}`,
                    filter: { all: [{ field: 'current_tags', operator: 'includes', value: tag }, { field: 'current_tags', operator: 'includes', value: via }], any: [] },
                    policy_metrics: metricsFor(category, ZENDESK_PRIORITIES, channel, true),
                });
                notices.push({ kind: 'channelTag', about: `category ${category.name} via ${channel}`, key: 'nxChannelTag', args: { subject: name, channel, tag: via } });
            }
            policies.push({
                title: name,
                description: `${contract.name}: ${category.name}`,
                filter: { all: [{ field: 'current_tags', operator: 'includes', value: tag }], any: [] },
                policy_metrics: metricsFor(category, ZENDESK_PRIORITIES, undefined, true),
            });
        }
    }
    policies.forEach((policy, i) => requests.push({ method: 'POST', path: '/api/v2/slas/policies', body: { sla_policy: { ...policy, position: i + 1 } } }));
    notices.push(...clausesNoHelpDeskKeeps(contract, ZENDESK));

    const bundle: ZendeskBundle = {
        pacto: { format: 'zendesk', version: 1, contract: contract.name, categoryMap, resolutionMetric: resolution },
        schedules,
        categories,
        requests,
        notExpressible: notices.map((n) => noticeJson(n, locale)),
    };
    return { bundle, notices };
}
