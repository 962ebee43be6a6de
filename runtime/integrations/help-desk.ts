/**
 * What the Zendesk and Freshdesk exports share: which categories become priorities or tags, the calendars the
 * targets count on, the contract clauses no help desk enforces, and names a help desk accepts as tags.
 */
import { t } from '../i18n/catalogue.js';
import type { CalendarSpec, Category, Contract, Duration, TargetKind } from '../model.js';
import { ALWAYS } from '../model.js';
import type { SupportedLocale } from '../time/locales.js';
import { ExportRefusal, type Notice } from './notices.js';
import { railsZoneOf } from './rails-zones.js';

export type CategoryMap = 'priority' | 'tag';

export interface HelpDeskOptions {
    /** How categories reach the help desk: its four priorities, or one tag (ticket type) each. Default: priority when they fit. */
    categoryMap?: CategoryMap;
}

export const TARGET_KINDS: readonly TargetKind[] = ['response', 'resolution'];

/** "duvida", "pacto_falla_critica": lower case ASCII with underscores, as help-desk tags must be. */
export function slug(name: string): string {
    return name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
}

export function categoryTag(category: Category): string {
    return `pacto_${slug(category.name)}`;
}

export function channelTag(channel: string): string {
    return `pacto_via_${slug(channel)}`;
}

/** Categories from the most urgent (lowest priority number; unnumbered last, in the contract's order). */
export function byUrgency(categories: readonly Category[]): Category[] {
    return categories
        .map((category, index) => ({ category, index }))
        .sort((a, b) => (a.category.priority ?? Infinity) - (b.category.priority ?? Infinity) || a.index - b.index)
        .map(({ category }) => category);
}

/** True when each category can take one of `levels` priorities of its own, in the contract's order of urgency. */
function fitsPriorities(categories: readonly Category[], levels: number): boolean {
    if (categories.length > levels) return false;
    const numbers = categories.map((c) => c.priority);
    if (categories.length > 1 && numbers.some((p) => p === null)) return false;
    return new Set(numbers).size === numbers.length;
}

export function chooseCategoryMap(contract: Contract, requested: CategoryMap | undefined, desk: string, notices: Notice[]): CategoryMap {
    const fits = fitsPriorities(contract.categories, 4);
    const args = {
        desk,
        count: contract.categories.length,
        distinct: new Set(contract.categories.map((c) => c.priority)).size,
    };
    if (requested === 'priority' && !fits) throw new ExportRefusal('categoryMapUnfit', args);
    if (requested !== undefined) return requested;
    if (fits) return 'priority';
    notices.push({ kind: 'tooManyPriorities', about: 'categories', key: 'nxTooManyPriorities', args });
    return 'tag';
}

/** The calendar a business duration counts on (the default one when it names none). */
export function durationCalendar(duration: Duration): string | null {
    return duration.kind === 'wall' ? null : duration.calendar;
}

/** The calendars the targets count on, the default one first: the help desk's schedules. */
export function targetCalendars(contract: Contract): CalendarSpec[] {
    const names = new Set<string>();
    if (contract.defaultCalendar) names.add(contract.defaultCalendar);
    for (const category of contract.categories) {
        const durations = [category.response, category.resolution, ...(category.channels ?? []).flatMap((c) => [c.response, c.resolution])];
        for (const duration of durations) {
            const calendar = duration ? durationCalendar(duration) : null;
            if (calendar && calendar !== ALWAYS) names.add(calendar);
        }
    }
    return [...names].map((name) => contract.calendars.find((c) => c.name === name)).filter((c): c is CalendarSpec => c !== undefined);
}

export function scheduleName(calendar: CalendarSpec): string {
    return calendar.title ?? calendar.name;
}

/** The Rails zone name of a calendar, or the refusal that names the nearest ones. */
export function railsZone(calendar: CalendarSpec, contract: Contract, desk: string): string {
    const year = contract.term ? Number(contract.term.start.slice(0, 4)) : 2000;
    const choice = railsZoneOf(calendar.zone, year);
    if (choice.kind === 'found') return choice.rails;
    throw new ExportRefusal('zoneHasNoRailsName', { calendar: calendar.name, desk, zone: calendar.zone, nearest: choice.nearest.map((n) => `"${n}"`).join(', ') });
}

export function targetSubject(locale: SupportedLocale, category: string, target: TargetKind, channel?: string): string {
    const word = t(locale, target === 'response' ? 'wordResponse' : 'wordResolution');
    return channel === undefined ? `${category}, ${word}` : `${category} (${channel}), ${word}`;
}

export function targetAbout(category: string, target: TargetKind, channel?: string): string {
    return channel === undefined ? `category ${category} ${target}` : `category ${category} via ${channel} ${target}`;
}

/**
 * The clauses no help desk enforces, whatever its API: the customer's duties, penalties, compliance
 * objectives and who is notified when (help desks escalate with their own triggers).
 */
export function clausesNoHelpDeskKeeps(contract: Contract, desk: string): Notice[] {
    const notices: Notice[] = [];
    const obligations = contract.customerObligations;
    if (obligations?.reply) {
        notices.push({ kind: 'customerReply', about: 'customer obligations', key: 'nxCustomerReply', args: { desk, duration: obligations.reply.within.text } });
    }
    if (obligations?.demandNotice) {
        notices.push({
            kind: 'demandNotice',
            about: 'customer obligations',
            key: 'nxDemandNotice',
            args: { desk, duration: obligations.demandNotice.notice.text, percent: obligations.demandNotice.abovePercent },
        });
    }
    const duties = (obligations?.contacts.length ?? 0) + (obligations?.other.length ?? 0);
    if (duties > 0) notices.push({ kind: 'customerDuties', about: 'customer obligations', key: 'nxContacts', args: { desk, count: duties } });
    const penalties = contract.penalties;
    if (penalties && (penalties.tiers.length > 0 || (penalties.fines?.length ?? 0) > 0 || (penalties.perBreach?.length ?? 0) > 0 || (penalties.downtime?.length ?? 0) > 0)) {
        notices.push({ kind: 'penalties', about: 'penalties', key: 'nxPenalties', args: { desk } });
    }
    if (contract.objectives.length > 0) {
        notices.push({ kind: 'objectives', about: 'objectives', key: 'nxObjectives', args: { desk, objectives: contract.objectives.map((o) => o.name).join(', ') } });
    }
    for (const channel of contract.channels) {
        if (channel.hours === ALWAYS) continue;
        notices.push({ kind: 'channelHours', about: `channel ${channel.name}`, key: 'nxChannelHours', args: { desk, channel: channel.name, calendar: channel.hours } });
    }
    for (const escalation of contract.escalations) {
        const categories = escalation.categories.length > 0 ? escalation.categories.join(', ') : contract.categories.map((c) => c.name).join(', ');
        // In the contract's own words (its keywords are the language's), whatever the reader's language.
        const steps = escalation.steps.map((s) => `at ${s.percent}% of ${s.target} notify ${s.onCall !== undefined ? `on call ${s.onCall}` : `"${s.notify}"`}`).join('; ');
        notices.push({ kind: 'escalation', about: `escalation ${categories}`, key: 'nxEscalations', args: { desk, categories, steps } });
    }
    return notices;
}

/** "09:00-18:00" for minutes since midnight. */
export function hoursText(start: number, end: number): string {
    const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return `${hm(start)}-${hm(end)}`;
}
