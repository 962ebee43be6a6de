/**
 * Does a Freshdesk account still match the contract? The account is what Freshdesk's API v2 returns:
 * `{ "business_hours": GET /api/v2/business_hours, "sla_policies": GET /api/v2/sla_policies }`. Compared with
 * what `pacto export --format freshdesk` would configure: business hours by name (zone, each day's hours) and
 * SLA policies (the default one for a priority map, by name for a tag map). Freshdesk's API returns no
 * holidays, so they are not compared.
 */
import type { Contract } from '../model.js';
import { formatHoursMinutes, weekdayName } from '../time/format.js';
import { t } from '../i18n/catalogue.js';
import { FRESHDESK_DAYS, FRESHDESK_PRIORITIES, type FreshdeskTarget, freshdeskExport, freshdeskMinutes } from '../export/freshdesk.js';
import { AccountShapeError, arr, bool, num, obj, optional, str } from './account-json.js';
import { type Conformance, type Difference, clockWord } from './conformance.js';
import { type HelpDeskOptions, hoursText } from './help-desk.js';
import { canonicalZone, ianaOfRailsZone } from './rails-zones.js';

type Day = (typeof FRESHDESK_DAYS)[number];

export interface FreshdeskAccount {
    business_hours: { name: string; time_zone: string; hours: Partial<Record<Day, { start: number; end: number }>> }[];
    sla_policies: { name: string; is_default: boolean; ticket_types: string[]; sla_target: Record<string, FreshdeskTarget> }[];
}

export function readFreshdeskAccount(json: unknown): FreshdeskAccount {
    const root = obj(json, '$');
    const business_hours = arr(root['business_hours'], 'business_hours').map((b, i) => {
        const o = obj(b, `business_hours[${i}]`);
        const days = obj(o['business_hours'] ?? {}, `business_hours[${i}].business_hours`);
        const hours: FreshdeskAccount['business_hours'][number]['hours'] = {};
        for (const day of FRESHDESK_DAYS) {
            if (days[day] === undefined || days[day] === null) continue;
            const at = `business_hours[${i}].business_hours.${day}`;
            const d = obj(days[day], at);
            const start = freshdeskMinutes(str(d['start_time'], `${at}.start_time`));
            const end = freshdeskMinutes(str(d['end_time'], `${at}.end_time`));
            if (Number.isNaN(start)) throw new AccountShapeError(`${at}.start_time`, 'shapeFreshdeskTime');
            if (Number.isNaN(end)) throw new AccountShapeError(`${at}.end_time`, 'shapeFreshdeskTime');
            hours[day] = { start, end };
        }
        return { name: str(o['name'], `business_hours[${i}].name`), time_zone: str(o['time_zone'], `business_hours[${i}].time_zone`), hours };
    });
    const sla_policies = arr(root['sla_policies'] ?? [], 'sla_policies').map((p, i) => {
        const o = obj(p, `sla_policies[${i}]`);
        const targets = obj(o['sla_target'] ?? {}, `sla_policies[${i}].sla_target`);
        const sla_target: Record<string, FreshdeskTarget> = {};
        for (const [priority, value] of Object.entries(targets)) {
            const at = `sla_policies[${i}].sla_target.${priority}`;
            const v = obj(value, at);
            const respond = optional(v['respond_within'], (x) => num(x, `${at}.respond_within`));
            const resolve = optional(v['resolve_within'], (x) => num(x, `${at}.resolve_within`));
            sla_target[priority] = {
                ...(respond !== undefined ? { respond_within: respond } : {}),
                ...(resolve !== undefined ? { resolve_within: resolve } : {}),
                business_hours: optional(v['business_hours'], (x) => bool(x, `${at}.business_hours`)) ?? false,
                escalation_enabled: optional(v['escalation_enabled'], (x) => bool(x, `${at}.escalation_enabled`)) ?? false,
            };
        }
        const applicable = obj(o['applicable_to'] ?? {}, `sla_policies[${i}].applicable_to`);
        const types = arr(applicable['ticket_types'] ?? [], `sla_policies[${i}].applicable_to.ticket_types`).map((x, j) => str(x, `sla_policies[${i}].applicable_to.ticket_types[${j}]`));
        return { name: str(o['name'], `sla_policies[${i}].name`), is_default: o['is_default'] === true, ticket_types: types, sla_target };
    });
    return { business_hours, sla_policies };
}

function sameZone(a: string, b: string): boolean {
    return (ianaOfRailsZone(a) ?? canonicalZone(a)) === (ianaOfRailsZone(b) ?? canonicalZone(b));
}

export function conformFreshdesk(contract: Contract, account: FreshdeskAccount, options: HelpDeskOptions = {}): Conformance {
    const { bundle } = freshdeskExport(contract, options.categoryMap !== undefined ? { categoryMap: options.categoryMap } : {});
    const differences: Difference[] = [];
    let checked = 0;
    const hoursOf = (text: string | null) => (locale: Parameters<typeof t>[0]) => text ?? t(locale, 'conformClosedWord');

    for (const [calendar, wanted] of Object.entries(bundle.businessHours)) {
        const about = `business_hours "${wanted.name}"`;
        checked++;
        const found = account.business_hours.find((b) => b.name === wanted.name);
        if (!found) {
            differences.push({ kind: 'scheduleMissing', about, contract: wanted.name, helpDesk: null, key: 'conformScheduleMissing', args: { schedule: wanted.name, calendar } });
            continue;
        }
        checked++;
        if (!sameZone(wanted.time_zone, found.time_zone)) {
            differences.push({ kind: 'zone', about, contract: wanted.time_zone, helpDesk: found.time_zone, key: 'conformZone', args: { schedule: wanted.name, contract: wanted.time_zone, helpDesk: found.time_zone } });
        }
        FRESHDESK_DAYS.forEach((day, index) => {
            checked++;
            const ours = wanted.business_hours[day];
            const want = ours ? hoursText(freshdeskMinutes(ours.start_time), freshdeskMinutes(ours.end_time)) : null;
            const theirs = found.hours[day];
            const have = theirs ? hoursText(theirs.start, theirs.end) : null;
            if (want !== have) {
                differences.push({
                    kind: 'dayHours',
                    about: `${about} ${day}`,
                    contract: want,
                    helpDesk: have,
                    key: 'conformDayHours',
                    args: { schedule: wanted.name },
                    localized: { day: (l) => weekdayName(index + 1, l), contract: hoursOf(want), helpDesk: hoursOf(have) },
                });
            }
        });
    }

    for (const request of bundle.requests) {
        const wanted = request.body;
        const isDefault = request.method === 'PUT';
        const about = `sla_policy "${wanted.name}"`;
        checked++;
        const found = isDefault ? account.sla_policies.find((p) => p.is_default) : account.sla_policies.find((p) => p.name === wanted.name);
        if (!found) {
            differences.push({ kind: 'policyMissing', about, contract: wanted.name, helpDesk: null, key: 'conformPolicyMissing', args: { policy: wanted.name } });
            continue;
        }
        if (!isDefault) {
            checked++;
            const want = (wanted.applicable_to?.ticket_types ?? []).slice().sort().join(', ');
            const have = found.ticket_types.slice().sort().join(', ');
            if (want !== have) differences.push({ kind: 'filter', about, contract: want, helpDesk: have, key: 'conformFilter', args: { policy: wanted.name, contract: want, helpDesk: have } });
        }
        for (const priority of FRESHDESK_PRIORITIES) {
            const ours = wanted.sla_target[priority];
            if (!ours) continue;
            const theirs = found.sla_target[priority];
            for (const [field, metric] of [['respond_within', 'respond_within'], ['resolve_within', 'resolve_within']] as const) {
                const seconds = ours[field];
                if (seconds === undefined) continue;
                checked++;
                const where = `${about} ${priority} ${metric}`;
                const args = { policy: wanted.name, priority, metric };
                const other = theirs?.[field];
                if (other === undefined) {
                    differences.push({ kind: 'metricMissing', about: where, contract: seconds, helpDesk: null, key: 'conformMetricMissing', args, localized: { contract: (l) => `${formatHoursMinutes(seconds / 60)} (${clockWord(ours.business_hours)(l)})` } });
                } else if (other !== seconds) {
                    differences.push({ kind: 'target', about: where, contract: seconds, helpDesk: other, key: 'conformTarget', args: { ...args, contract: formatHoursMinutes(seconds / 60), helpDesk: formatHoursMinutes(other / 60) } });
                }
            }
            if (theirs && theirs.business_hours !== ours.business_hours) {
                checked++;
                differences.push({ kind: 'businessHours', about: `${about} ${priority}`, contract: ours.business_hours, helpDesk: theirs.business_hours, key: 'conformBusinessHours', args: { policy: wanted.name, priority, metric: 'business_hours' }, localized: { contract: clockWord(ours.business_hours), helpDesk: clockWord(theirs.business_hours) } });
            }
        }
    }
    return { helpDesk: 'freshdesk', contract: contract.name, checked, differences };
}
