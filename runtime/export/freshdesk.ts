/**
 * The contract as Freshdesk configuration, in the shapes of Freshdesk's API v2:
 * - SLA policies (`sla_target` per `priority_1`…`priority_4` with `respond_within`/`resolve_within` in
 *   seconds, `business_hours`, `escalation_enabled`; `applicable_to`): https://developers.freshdesk.com/api/#sla_policies
 * - Business hours (`time_zone` as a Rails name, one `start_time`/`end_time` a day as "08:00:00 am",
 *   "11:59:59 pm" for the end of the day): https://developers.freshdesk.com/api/#business-hours
 * The API reads business hours but does not write them, and takes no holidays: the bundle gives them in the
 * API's shape to enter in the admin pages, and `pacto conform --freshdesk` checks them afterwards.
 */
import { ALWAYS, type Category, type Contract, type Duration, type TargetKind } from '../model.js';
import { type SupportedLocale, supportedLocale } from '../time/locales.js';
import {
    type CategoryMap,
    type HelpDeskOptions,
    byUrgency,
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
import { weekdayName } from '../time/format.js';
import { t } from '../i18n/catalogue.js';

export const FRESHDESK = 'Freshdesk';
/** Freshdesk's priorities from the most urgent: 4 urgent, 3 high, 2 medium, 1 low. */
export const FRESHDESK_PRIORITIES = ['priority_4', 'priority_3', 'priority_2', 'priority_1'] as const;
export type FreshdeskPriority = (typeof FRESHDESK_PRIORITIES)[number];
export const FRESHDESK_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/** Freshdesk refuses SLA targets under 15 minutes. */
export const FRESHDESK_MIN_SECONDS = 900;

export interface FreshdeskTarget {
    respond_within?: number;
    resolve_within?: number;
    business_hours: boolean;
    escalation_enabled: boolean;
}

export interface FreshdeskSlaPolicy {
    name: string;
    description: string;
    applicable_to?: { ticket_types: string[] };
    sla_target: Partial<Record<FreshdeskPriority, FreshdeskTarget>>;
}

export interface FreshdeskBusinessHour {
    name: string;
    description: string;
    time_zone: string;
    business_hours: Partial<Record<(typeof FRESHDESK_DAYS)[number], { start_time: string; end_time: string }>>;
}

export type FreshdeskRequest =
    | { method: 'PUT'; path: '/api/v2/sla_policies/{default_sla_policy_id}'; body: FreshdeskSlaPolicy }
    | { method: 'POST'; path: '/api/v2/sla_policies'; body: FreshdeskSlaPolicy };

export interface FreshdeskBundle {
    pacto: { format: 'freshdesk'; version: 1; contract: string; categoryMap: CategoryMap };
    /** Category name → its priority key (priority map) or ticket type (tag map). */
    categories: Record<string, string>;
    /** For the admin pages (the API only reads them); calendar name → business hours as the API returns them. */
    businessHours: Record<string, FreshdeskBusinessHour>;
    /** For the admin pages: calendar name → the closed dates of the term. */
    holidays: Record<string, { date: string; name: string }[]>;
    requests: FreshdeskRequest[];
    notExpressible: NotExpressibleJson[];
}

/** "08:00:00 am", "12:30:00 pm"; the end of the day is "11:59:59 pm" as Freshdesk writes it. */
export function freshdeskTime(minutes: number): string {
    if (minutes >= 1440) return '11:59:59 pm';
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return `${String(h12).padStart(2, '0')}:${String(m).padStart(2, '0')}:00 ${h < 12 ? 'am' : 'pm'}`;
}

/** Minutes since midnight of a Freshdesk time ("8:00 am", "08:00:00 pm"); 1440 for "11:59:59 pm"; NaN when unreadable. */
export function freshdeskMinutes(text: string): number {
    const match = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)\s*$/i.exec(text);
    if (!match) return NaN;
    const h12 = Number(match[1]);
    const m = Number(match[2]);
    const pm = match[4]!.toLowerCase() === 'pm';
    if (h12 < 1 || h12 > 12 || m > 59) return NaN;
    if (pm && h12 === 11 && m === 59 && match[3] === '59') return 1440;
    return ((h12 % 12) + (pm ? 12 : 0)) * 60 + m;
}

/** Business time on the built-in `always` calendar is wall-clock time. */
function onWallClock(duration: Duration): boolean {
    return duration.kind === 'wall' || duration.calendar === ALWAYS;
}

function clockWord(locale: SupportedLocale, duration: Duration): string {
    return t(locale, onWallClock(duration) ? 'conformCalendarWord' : 'conformBusinessWord');
}

export function freshdeskExport(contract: Contract, options: HelpDeskOptions = {}): { bundle: FreshdeskBundle; notices: Notice[] } {
    const locale = supportedLocale(contract.locale);
    const notices: Notice[] = [];
    const categoryMap = chooseCategoryMap(contract, options.categoryMap, FRESHDESK, notices);
    const calendars = targetCalendars(contract);
    const scheduleOf = new Map(calendars.map((c) => [c.name, scheduleName(c)]));
    const businessHours: Record<string, FreshdeskBusinessHour> = {};
    const holidays: Record<string, { date: string; name: string }[]> = {};

    for (const calendar of calendars) {
        const hours: FreshdeskBusinessHour['business_hours'] = {};
        for (let day = 1; day <= 7; day++) {
            const intervals = calendar.weekly.filter((w) => w.day === day).sort((a, b) => a.start - b.start);
            const [only, ...more] = intervals;
            if (!only) continue;
            if (more.length > 0) {
                const text = intervals.map((i) => hoursText(i.start, i.end)).join(', ');
                notices.push({ kind: 'splitDay', about: `calendar ${calendar.name} ${FRESHDESK_DAYS[day - 1]}`, key: 'nxSplitDay', args: { calendar: calendar.name, day: weekdayName(day, locale), hours: text, desk: FRESHDESK } });
                continue;
            }
            hours[FRESHDESK_DAYS[day - 1]!] = { start_time: freshdeskTime(only.start), end_time: freshdeskTime(only.end) };
        }
        businessHours[calendar.name] = { name: scheduleName(calendar), description: `${contract.name}: ${calendar.name}`, time_zone: railsZone(calendar, contract, FRESHDESK), business_hours: hours };
        const days = termDays(calendar, contract.term);
        // The contract's setup: holidays named in its locale where the holiday data has that language.
        const named = (c: (typeof days.closed)[number]) => c.names.map((n) => holidayNamesOn(calendar.holidayRegions, c.date, n, locale)).join(' / ');
        holidays[calendar.name] = days.closed.map((c) => ({ date: c.date, name: c.names.length > 0 ? named(c) : t(locale, 'conformClosedWord') }));
        if (days.closed.length > 0) {
            const dates = days.closed.map((c) => c.date).join(', ');
            notices.push({ kind: 'holidaysByHand', about: `calendar ${calendar.name}`, key: 'nxHolidaysByHand', args: { calendar: calendar.name, count: days.closed.length, dates, desk: FRESHDESK } });
        }
        for (const special of days.special) {
            const text = special.intervals.map((i) => hoursText(i.start, i.end)).join(', ');
            notices.push({ kind: 'specialHours', about: `calendar ${calendar.name} ${special.date}`, key: 'nxSpecialHours', args: { calendar: calendar.name, date: special.date, hours: text, desk: FRESHDESK } });
        }
    }

    const escalated = new Set(contract.escalations.flatMap((e) => (e.categories.length > 0 ? e.categories : contract.categories.map((c) => c.name))));
    const targetOf = (category: Category): FreshdeskTarget | undefined => {
        const seconds: Partial<Record<TargetKind, number>> = {};
        let clock: Duration | undefined;
        for (const kind of ['response', 'resolution'] as const) {
            const duration = category[kind];
            if (!duration) continue;
            const about = targetAbout(category.name, kind);
            const subject = targetSubject(locale, category.name, kind);
            if (duration.kind === 'businessDays') {
                notices.push({ kind: 'businessDays', about, key: 'nxBusinessDays', args: { subject, duration: duration.text, desk: FRESHDESK } });
                continue;
            }
            if (!Number.isInteger(duration.minutes)) {
                notices.push({ kind: 'subMinute', about, key: 'nxSubMinute', args: { subject, duration: duration.text, desk: FRESHDESK } });
                continue;
            }
            if (duration.minutes * 60 < FRESHDESK_MIN_SECONDS) {
                notices.push({ kind: 'belowMinimum', about, key: 'nxBelowMinimum', args: { subject, duration: duration.text, minimum: '15 min', desk: FRESHDESK } });
                continue;
            }
            if (clock && onWallClock(clock) !== onWallClock(duration)) {
                notices.push({
                    kind: 'mixedClock',
                    about,
                    key: 'nxMixedClock',
                    args: { subject: category.name, response: clockWord(locale, clock), resolution: clockWord(locale, duration), desk: FRESHDESK },
                });
                continue;
            }
            if (!onWallClock(duration) && duration.kind === 'business' && duration.calendar !== contract.defaultCalendar) {
                notices.push({ kind: 'otherCalendar', about, key: 'nxOtherCalendar', args: { subject, duration: duration.text, calendar: duration.calendar, schedule: scheduleOf.get(duration.calendar) ?? duration.calendar, desk: FRESHDESK } });
            }
            clock ??= duration;
            seconds[kind] = duration.minutes * 60;
        }
        for (const channel of category.channels ?? []) {
            for (const kind of ['response', 'resolution'] as const) {
                if (!channel[kind]) continue;
                notices.push({ kind: 'channelTargets', about: targetAbout(category.name, kind, channel.channel), key: 'nxChannelTargets', args: { subject: targetSubject(locale, category.name, kind, channel.channel), channel: channel.channel, desk: FRESHDESK } });
            }
        }
        if (!clock) return undefined;
        return {
            ...(seconds.response !== undefined ? { respond_within: seconds.response } : {}),
            ...(seconds.resolution !== undefined ? { resolve_within: seconds.resolution } : {}),
            business_hours: !onWallClock(clock),
            escalation_enabled: escalated.has(category.name),
        };
    };

    const ordered = byUrgency(contract.categories);
    const categories: Record<string, string> = {};
    const requests: FreshdeskRequest[] = [];
    const title = contract.title ?? contract.name;
    if (categoryMap === 'priority') {
        const sla_target: FreshdeskSlaPolicy['sla_target'] = {};
        ordered.forEach((category, i) => {
            const priority = FRESHDESK_PRIORITIES[i]!;
            categories[category.name] = priority;
            const target = targetOf(category);
            if (target) sla_target[priority] = target;
        });
        // A policy for every ticket is Freshdesk's default policy, which is updated, never created.
        requests.push({ method: 'PUT', path: '/api/v2/sla_policies/{default_sla_policy_id}', body: { name: title, description: contract.name, sla_target } });
    } else {
        for (const category of ordered) {
            const type = category.title ?? category.name;
            categories[category.name] = type;
            const target = targetOf(category);
            const sla_target: FreshdeskSlaPolicy['sla_target'] = {};
            if (target) for (const priority of FRESHDESK_PRIORITIES) sla_target[priority] = { ...target };
            requests.push({ method: 'POST', path: '/api/v2/sla_policies', body: { name: type, description: `${contract.name}: ${category.name}`, applicable_to: { ticket_types: [type] }, sla_target } });
        }
    }
    notices.push(...clausesNoHelpDeskKeeps(contract, FRESHDESK));
    const bundle: FreshdeskBundle = {
        pacto: { format: 'freshdesk', version: 1, contract: contract.name, categoryMap },
        categories,
        businessHours,
        holidays,
        requests,
        notExpressible: notices.map((n) => noticeJson(n, locale)),
    };
    return { bundle, notices };
}

export function freshdeskBundle(contract: Contract, options: HelpDeskOptions = {}): FreshdeskBundle {
    return freshdeskExport(contract, options).bundle;
}
