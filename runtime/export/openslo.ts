/**
 * The contract's availability objectives as OpenSLO v1 (https://github.com/OpenSLO/OpenSLO, "SLO"): one
 * YAML document per objective, with a calendar-aligned time window in the contract's zone starting at the
 * period that holds the term's first day, the objective as a share of one-minute time slices, and the SLI
 * left to the monitoring side by `indicatorRef` (the contract says what counts as down, not how it is measured).
 * OpenSLO v1 has no exclusion windows: a maintenance window the contract excludes is named in an annotation
 * and reported, never silently dropped.
 */
import { Document, isScalar } from 'yaml';
import type { Contract, Objective, Period } from '../model.js';
import { contractZone } from '../replay/periods.js';
import { supportedLocale } from '../time/locales.js';
import { type NotExpressibleJson, type Notice, noticeJson } from '../integrations/notices.js';
import { addDays } from '../util/dates.js';

export const OPENSLO = 'OpenSLO';

const DURATION_OF: Readonly<Record<Period, string>> = { day: '1d', week: '1w', month: '1M', quarter: '1Q', year: '1Y' };

/** RFC 1123 label, as OpenSLO asks of metadata.name: lower case alphanumerics and '-', at most 63. */
export function dnsName(...parts: string[]): string {
    const name = parts
        .join('-')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return name.slice(0, 63).replace(/-+$/g, '');
}

/** The first day of the period (of `period`) that holds `date`: windows align to calendar periods. */
export function periodStart(date: string, period: Period): string {
    const y = date.slice(0, 4);
    const m = Number(date.slice(5, 7));
    switch (period) {
        case 'day':
            return date;
        case 'week': {
            let d = date;
            while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, -1);
            return d;
        }
        case 'month':
            return `${date.slice(0, 7)}-01`;
        case 'quarter':
            return `${y}-${String(m - ((m - 1) % 3)).padStart(2, '0')}-01`;
        case 'year':
            return `${y}-01-01`;
    }
}

/** 99.5 → 0.995, without binary noise. */
function share(percent: number): number {
    return Number((percent / 100).toPrecision(12));
}

/** YAML 1.1 readers take an unquoted "2026-01-01 00:00:00" for a timestamp: the start time is quoted. */
function yamlText(document: Record<string, unknown>): string {
    const doc = new Document(document);
    const start = doc.getIn(['spec', 'timeWindow', 0, 'calendar', 'startTime'], true);
    if (isScalar(start)) start.type = 'QUOTE_DOUBLE';
    return doc.toString({ lineWidth: 0 });
}

export interface OpensloResult {
    text: string;
    documents: unknown[];
    notices: Notice[];
    notExpressible: NotExpressibleJson[];
}

export function opensloExport(contract: Contract): OpensloResult {
    const locale = supportedLocale(contract.locale);
    const zone = contractZone(contract);
    const notices: Notice[] = [];
    const documents: Record<string, unknown>[] = [];
    const availability = (o: Objective) => o.measure.kind === 'availability' || o.measure.kind === 'downtimeBudget';
    for (const objective of contract.objectives.filter(availability)) {
        const measure = objective.measure;
        if (measure.kind === 'downtimeBudget') {
            notices.push({ kind: 'downtimeBudget', about: `objective ${objective.name}`, key: 'nxDowntimeBudget', args: { objective: objective.name, duration: measure.budget.text, period: measure.period } });
            continue;
        }
        if (measure.kind !== 'availability') continue;
        const annotations: Record<string, string> = { 'pacto.dev/contract': contract.name, 'pacto.dev/objective': objective.name };
        if (measure.maintenance !== null) {
            const notice: Notice = { kind: 'maintenance', about: `objective ${objective.name}`, key: 'nxMaintenance', args: { objective: objective.name, calendar: measure.maintenance } };
            notices.push(notice);
            annotations['pacto.dev/maintenance-calendar'] = measure.maintenance;
            annotations['pacto.dev/not-expressible'] = noticeJson(notice, locale).message;
        }
        const start = periodStart(contract.term?.start ?? '2000-01-01', measure.period);
        documents.push({
            apiVersion: 'openslo/v1',
            kind: 'SLO',
            metadata: { name: dnsName(contract.name, objective.name), displayName: objective.title ?? objective.name, annotations },
            spec: {
                description: [contract.title ?? contract.name, ...(objective.notes ?? [])].join(' — '),
                service: dnsName(contract.name),
                indicatorRef: dnsName(contract.name, objective.name, 'sli'),
                timeWindow: [{ duration: DURATION_OF[measure.period], isRolling: false, calendar: { startTime: `${start} 00:00:00`, timeZone: zone } }],
                budgetingMethod: 'Timeslices',
                objectives: [{ displayName: objective.title ?? objective.name, target: share(measure.percent), timeSliceTarget: 1, timeSliceWindow: '1m' }],
            },
        });
    }
    if (documents.length === 0) notices.push({ kind: 'noAvailability', about: 'objectives', key: 'nxNoAvailability', args: {} });
    const text = documents.map((d) => `---\n${yamlText(d)}`).join('');
    return { text, documents, notices, notExpressible: notices.map((n) => noticeJson(n, locale)) };
}
