/**
 * Does a Zendesk account still match the contract? The account is what Zendesk's API returns:
 * `{ "schedules": GET /api/v2/business_hours/schedules → schedules, "holidays": { "<schedule id>": GET
 * /api/v2/business_hours/schedules/{id}/holidays → holidays }, "sla_policies": GET /api/v2/slas/policies →
 * sla_policies }`. It is compared with what `pacto export --format zendesk` would configure: schedules by
 * name, SLA policies by title; other schedules and policies of the account are left alone.
 */
import type { Contract } from '../model.js';
import { formatHoursMinutes } from '../time/format.js';
import { type ZendeskHoliday, type ZendeskInterval, type ZendeskPolicyMetric, type ZendeskSlaPolicy, zendeskExport } from '../export/zendesk.js';
import { addDays } from '../util/dates.js';
import { arr, bool, num, obj, optional, str } from './account-json.js';
import { type Conformance, type Difference, byDay, clockWord, weekSpan } from './conformance.js';
import { mergeIntervals, subtractIntervals } from '../time/intervals.js';
import type { HelpDeskOptions } from './help-desk.js';
import { ianaOfRailsZone, canonicalZone } from './rails-zones.js';

export interface ZendeskAccount {
    schedules: { id: string; name: string; time_zone: string; intervals: ZendeskInterval[] }[];
    holidays: Record<string, ZendeskHoliday[]>;
    sla_policies: { title: string; filter: { all: { field: string; operator: string; value: string }[]; any: { field: string; operator: string; value: string }[] }; policy_metrics: ZendeskPolicyMetric[] }[];
}

function conditions(value: unknown, path: string) {
    return arr(value ?? [], path).map((c, i) => {
        const o = obj(c, `${path}[${i}]`);
        return { field: str(o['field'], `${path}[${i}].field`), operator: str(o['operator'], `${path}[${i}].operator`), value: String(o['value'] ?? '') };
    });
}

/** Reads the account JSON; throws AccountShapeError naming the first wrong place. */
export function readZendeskAccount(json: unknown): ZendeskAccount {
    const root = obj(json, '$');
    const schedules = arr(root['schedules'], 'schedules').map((s, i) => {
        const o = obj(s, `schedules[${i}]`);
        const intervals = arr(o['intervals'] ?? [], `schedules[${i}].intervals`).map((v, j) => {
            const iv = obj(v, `schedules[${i}].intervals[${j}]`);
            return { start_time: num(iv['start_time'], `schedules[${i}].intervals[${j}].start_time`), end_time: num(iv['end_time'], `schedules[${i}].intervals[${j}].end_time`) };
        });
        return { id: String(o['id'] ?? ''), name: str(o['name'], `schedules[${i}].name`), time_zone: str(o['time_zone'], `schedules[${i}].time_zone`), intervals };
    });
    const holidaysRoot = obj(root['holidays'] ?? {}, 'holidays');
    const holidays: Record<string, ZendeskHoliday[]> = {};
    for (const [id, list] of Object.entries(holidaysRoot)) {
        holidays[id] = arr(list, `holidays.${id}`).map((h, j) => {
            const o = obj(h, `holidays.${id}[${j}]`);
            return { name: String(o['name'] ?? ''), start_date: str(o['start_date'], `holidays.${id}[${j}].start_date`), end_date: str(o['end_date'], `holidays.${id}[${j}].end_date`) };
        });
    }
    const sla_policies = arr(root['sla_policies'] ?? [], 'sla_policies').map((p, i) => {
        const o = obj(p, `sla_policies[${i}]`);
        const filter = obj(o['filter'] ?? {}, `sla_policies[${i}].filter`);
        const metrics = arr(o['policy_metrics'] ?? [], `sla_policies[${i}].policy_metrics`).map((m, j) => {
            const at = `sla_policies[${i}].policy_metrics[${j}]`;
            const mo = obj(m, at);
            return {
                priority: str(mo['priority'], `${at}.priority`) as ZendeskPolicyMetric['priority'],
                metric: str(mo['metric'], `${at}.metric`) as ZendeskPolicyMetric['metric'],
                // Newer accounts may answer with target_in_seconds only.
                target: mo['target'] === undefined && mo['target_in_seconds'] !== undefined ? num(mo['target_in_seconds'], `${at}.target_in_seconds`) / 60 : num(mo['target'], `${at}.target`),
                business_hours: optional(mo['business_hours'], (v) => bool(v, `${at}.business_hours`)) ?? false,
            };
        });
        return {
            title: str(o['title'], `sla_policies[${i}].title`),
            filter: { all: conditions(filter['all'], `sla_policies[${i}].filter.all`), any: conditions(filter['any'], `sla_policies[${i}].filter.any`) },
            policy_metrics: metrics,
        };
    });
    return { schedules, holidays, sla_policies };
}

function holidayDates(holidays: readonly ZendeskHoliday[]): Map<string, string> {
    const dates = new Map<string, string>();
    for (const h of holidays) {
        for (let d = h.start_date; d <= h.end_date && dates.size < 100_000; d = addDays(d, 1)) if (!dates.has(d)) dates.set(d, h.name);
    }
    return dates;
}

export function filterText(filter: ZendeskSlaPolicy['filter']): string {
    const text = (cs: readonly { field: string; operator: string; value: string }[]) => cs.map((c) => `${c.field} ${c.operator} ${c.value}`).sort();
    const all = text(filter.all);
    const any = text(filter.any);
    return [all.length ? `all: ${all.join(', ')}` : '', any.length ? `any: ${any.join(', ')}` : ''].filter(Boolean).join('; ') || '*';
}

function sameZone(a: string, b: string): boolean {
    const za = ianaOfRailsZone(a) ?? canonicalZone(a);
    const zb = ianaOfRailsZone(b) ?? canonicalZone(b);
    return za === zb;
}

export function conformZendesk(contract: Contract, account: ZendeskAccount, options: HelpDeskOptions = {}): Conformance {
    const { bundle } = zendeskExport(contract, options.categoryMap !== undefined ? { categoryMap: options.categoryMap } : {});
    const differences: Difference[] = [];
    let checked = 0;

    for (const [calendar, ref] of Object.entries(bundle.schedules)) {
        const create = bundle.requests.find((r) => 'ref' in r && r.ref === ref);
        if (!create || !('schedule' in create.body)) continue;
        const wanted = create.body.schedule;
        const path = `/api/v2/business_hours/schedules/{${ref}}`;
        const intervals = bundle.requests.flatMap((r) => (r.path === `${path}/workweek` && 'workweek' in r.body ? r.body.workweek.intervals : []));
        const holidays = bundle.requests.flatMap((r) => (r.path === `${path}/holidays` && 'holiday' in r.body ? [r.body.holiday] : []));
        const about = `schedule "${wanted.name}"`;
        checked++;
        const found = account.schedules.find((s) => s.name === wanted.name);
        if (!found) {
            differences.push({ kind: 'scheduleMissing', about, contract: wanted.name, helpDesk: null, key: 'conformScheduleMissing', args: { schedule: wanted.name, calendar } });
            continue;
        }
        checked++;
        if (!sameZone(wanted.time_zone, found.time_zone)) {
            differences.push({ kind: 'zone', about, contract: wanted.time_zone, helpDesk: found.time_zone, key: 'conformZone', args: { schedule: wanted.name, contract: wanted.time_zone, helpDesk: found.time_zone } });
        }
        const ours = mergeIntervals(intervals.map((i) => ({ start: i.start_time, end: i.end_time })));
        const theirs = mergeIntervals(found.intervals.map((i) => ({ start: i.start_time, end: i.end_time })));
        checked += ours.length;
        for (const span of byDay(subtractIntervals(ours, theirs))) {
            const { day, hours } = weekSpan(span);
            differences.push({ kind: 'intervalMissing', about, contract: `${span.start}-${span.end}`, helpDesk: null, key: 'conformIntervalMissing', args: { schedule: wanted.name, hours }, localized: { day } });
        }
        for (const span of byDay(subtractIntervals(theirs, ours))) {
            const { day, hours } = weekSpan(span);
            differences.push({ kind: 'intervalExtra', about, contract: null, helpDesk: `${span.start}-${span.end}`, key: 'conformIntervalExtra', args: { schedule: wanted.name, hours }, localized: { day } });
        }
        const want = holidayDates(holidays);
        const have = holidayDates(account.holidays[found.id] ?? []);
        checked += want.size;
        for (const [date, name] of want) {
            if (!have.has(date)) differences.push({ kind: 'holidayMissing', about, contract: date, helpDesk: null, key: 'conformHolidayMissing', args: { schedule: wanted.name, date, name } });
        }
        for (const [date, name] of have) {
            if (!want.has(date)) differences.push({ kind: 'holidayExtra', about, contract: null, helpDesk: date, key: 'conformHolidayExtra', args: { schedule: wanted.name, date, name } });
        }
    }

    for (const request of bundle.requests) {
        if (!('sla_policy' in request.body)) continue;
        const wanted = request.body.sla_policy;
        const about = `sla_policy "${wanted.title}"`;
        checked++;
        const found = account.sla_policies.find((p) => p.title === wanted.title);
        if (!found) {
            differences.push({ kind: 'policyMissing', about, contract: wanted.title, helpDesk: null, key: 'conformPolicyMissing', args: { policy: wanted.title } });
            continue;
        }
        checked++;
        const ourFilter = filterText(wanted.filter);
        const theirFilter = filterText(found.filter);
        if (ourFilter !== theirFilter) {
            differences.push({ kind: 'filter', about, contract: ourFilter, helpDesk: theirFilter, key: 'conformFilter', args: { policy: wanted.title, contract: ourFilter, helpDesk: theirFilter } });
        }
        const keyOf = (m: ZendeskPolicyMetric) => `${m.priority} ${m.metric}`;
        const theirs = new Map(found.policy_metrics.map((m) => [keyOf(m), m]));
        const ours = new Map(wanted.policy_metrics.map((m) => [keyOf(m), m]));
        for (const metric of wanted.policy_metrics) {
            checked++;
            const other = theirs.get(keyOf(metric));
            const args = { policy: wanted.title, priority: metric.priority, metric: metric.metric };
            const where = `${about} ${keyOf(metric)}`;
            if (!other) {
                differences.push({ kind: 'metricMissing', about: where, contract: metric.target, helpDesk: null, key: 'conformMetricMissing', args, localized: { contract: (l) => `${formatHoursMinutes(metric.target)} (${clockWord(metric.business_hours)(l)})` } });
                continue;
            }
            if (other.target !== metric.target) {
                differences.push({ kind: 'target', about: where, contract: metric.target, helpDesk: other.target, key: 'conformTarget', args: { ...args, contract: formatHoursMinutes(metric.target), helpDesk: formatHoursMinutes(other.target) } });
            }
            if (other.business_hours !== metric.business_hours) {
                differences.push({ kind: 'businessHours', about: where, contract: metric.business_hours, helpDesk: other.business_hours, key: 'conformBusinessHours', args, localized: { contract: clockWord(metric.business_hours), helpDesk: clockWord(other.business_hours) } });
            }
        }
        for (const metric of found.policy_metrics) {
            if (ours.has(keyOf(metric))) continue;
            differences.push({
                kind: 'metricExtra',
                about: `${about} ${keyOf(metric)}`,
                contract: null,
                helpDesk: metric.target,
                key: 'conformMetricExtra',
                args: { policy: wanted.title, priority: metric.priority, metric: metric.metric },
                localized: { helpDesk: (l) => `${formatHoursMinutes(metric.target)} (${clockWord(metric.business_hours)(l)})` },
            });
        }
    }
    return { helpDesk: 'zendesk', contract: contract.name, checked, differences };
}
