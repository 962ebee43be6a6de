import { createReadStream, readFileSync, existsSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { complianceReport, type ComplianceReport } from '../../../runtime/index.js';
import type { CalendarSpec, Contract, Duration, TargetKind } from '../../../runtime/model.js';
import { ReferenceCalendar, type RefPauses } from '../reference.js';
import { exampleContract } from '../export/examples.js';

/**
 * The example histories replayed by `pacto report` against a slow reference that shares no code with
 * runtime/clock or runtime/replay: it reads the CSV by splitting lines, and finds every due instant by
 * stepping a naive calendar half a minute at a time (test/runtime/reference.ts).
 */

const MIN = 60_000;
/** Half a minute: helpdesk-br answers the phone within 30 seconds; every history time is a whole minute. */
const STEP = 30_000;
const LIMIT = 400 * 86_400_000;
const ALWAYS: CalendarSpec = { name: 'always', zone: 'UTC', weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day: day as 1, start: 0, end: 1440 })), holidayRegions: [], holidays: [], specialHours: [] };

interface Row {
    ticket: string;
    at: number;
    event: string;
    category: string;
    channel: string;
    firstContact: string;
    satisfaction: string;
}

function rowsOf(file: string): Row[] {
    const [, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
    return lines.map((line) => {
        const [ticket, at, event, category = '', channel = '', firstContact = '', satisfaction = ''] = line.split(',');
        return { ticket: ticket!, at: DateTime.fromISO(at!).toMillis(), event: event!, category, channel, firstContact, satisfaction };
    });
}

function reference(contract: Contract, rows: Row[]) {
    const zone = contract.calendars.find((c) => c.name === contract.defaultCalendar)!.zone;
    const calendars = new Map<string, ReferenceCalendar>([['always', new ReferenceCalendar(ALWAYS)], ...contract.calendars.map((c) => [c.name, new ReferenceCalendar(c)] as const)]);
    const asOf = Math.max(...rows.map((r) => r.at));
    const month = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM');
    const counts = new Map<string, { num: number; den: number }>();
    const count = (key: string, ok: boolean) => {
        const c = counts.get(key) ?? { num: 0, den: 0 };
        c.num += ok ? 1 : 0;
        c.den += 1;
        counts.set(key, c);
    };
    const breaches: string[] = [];
    const pausesClock = contract.customerObligations?.reply?.pausesClock === true;
    const byTicket = new Map<string, Row[]>();
    for (const r of rows) byTicket.set(r.ticket, [...(byTicket.get(r.ticket) ?? []), r]);
    for (const [ticket, events] of byTicket) {
        const opened = events[0]!.at;
        const channel = events[0]!.channel;
        const spans = events.filter((e) => e.event === 'opened' || e.event === 'category_changed').map((e) => ({ since: e.at, category: e.category }));
        const categoryAt = (t: number) => spans.filter((s) => s.since <= t).at(-1)!;
        const waits: [number, number][] = [];
        const stops: [number, number][] = [];
        let responded: number | null = null;
        let resolvedAt: number | null = null;
        for (const e of events) {
            if (e.event === 'awaiting_customer') waits.push([e.at, Infinity]);
            if (e.event === 'customer_replied' || (e.event === 'resolved' && waits.at(-1)?.[1] === Infinity)) waits.at(-1)![1] = e.at;
            if ((e.event === 'responded' || e.event === 'resolved') && responded === null) responded = e.at;
            if (e.event === 'resolved') resolvedAt = e.at;
            if (e.event === 'reopened') {
                stops.push([resolvedAt!, e.at]);
                resolvedAt = null;
            }
        }
        const durationOf = (kind: TargetKind, name: string): Duration | null => {
            const c = contract.categories.find((x) => x.name === name)!;
            const via = c.channels?.find((x) => x.channel === channel)?.[kind];
            return via ?? c[kind];
        };
        const firstResolution = events.find((e) => e.event === 'resolved');
        for (const kind of ['response', 'resolution'] as const) {
            const stop = kind === 'response' ? responded : resolvedAt;
            const span = categoryAt(stop ?? asOf);
            const d = durationOf(kind, span.category);
            if (!d) continue;
            const pauses: RefPauses = [...(pausesClock ? waits : []), ...(kind === 'resolution' ? stops : [])];
            const calendar = calendars.get(d.kind === 'wall' ? 'always' : d.calendar)!;
            const due = d.kind === 'businessDays' ? calendar.addBusinessDays(opened, d.days, pauses, STEP, LIMIT) : calendar.addBusiness(opened, d.minutes * MIN, pauses, STEP, LIMIT);
            if (due === undefined) continue;
            const met = stop !== null && stop <= due;
            const breached = (stop ?? asOf) > due;
            if (!met && !breached) continue;
            const decided = met ? stop! : Math.max(due, span.since);
            for (const o of contract.objectives) {
                const m = o.measure;
                if (m.kind !== 'onTime' || m.target !== kind) continue;
                if (m.categories.length && !m.categories.includes(span.category)) continue;
                if (m.channels?.length && !m.channels.includes(channel)) continue;
                count(`${month(decided)} ${o.name}`, met);
            }
            if (breached) breaches.push(`${month(decided)} ${ticket} ${kind} ${DateTime.fromMillis(due, { zone }).toISO({ suppressMilliseconds: true })}`);
        }
        for (const o of contract.objectives) {
            if (o.measure.kind === 'firstContactResolution' && firstResolution?.firstContact) count(`${month(firstResolution.at)} ${o.name}`, firstResolution.firstContact === 'true');
        }
    }
    return { counts, breaches: breaches.sort() };
}

function fromReport(r: ComplianceReport, contract: Contract) {
    const counts = new Map<string, { num: number; den: number }>();
    const breaches: string[] = [];
    for (const p of r.periods) {
        const month = p.start.slice(0, 7);
        for (const o of p.objectives) {
            const kind = contract.objectives.find((x) => x.name === o.name)!.measure.kind;
            if ((kind === 'onTime' || kind === 'firstContactResolution') && o.tickets > 0) counts.set(`${month} ${o.name}`, { num: Math.round(o.achieved! * o.tickets), den: o.tickets });
        }
        for (const b of p.breaches) breaches.push(`${month} ${b.ticket} ${b.target} ${b.due}`);
    }
    return { counts, breaches: breaches.sort() };
}

describe('examples/history replayed against a minute-by-minute reference', () => {
    for (const name of ['imolko', 'helpdesk-br', 'saas-hosting', 'internal-it']) {
        it(`${name}: on-time shares, first contact and every breach agree`, async () => {
            const contract = await exampleContract(`${name}.pacto`);
            const file = `examples/history/${name}.csv`;
            const outages = `examples/history/${name}-outages.csv`;
            const report = await complianceReport({
                contract,
                history: { source: createReadStream(file), file, format: 'csv' },
                outages: existsSync(outages) ? { source: createReadStream(outages), file: outages } : null,
            });
            expect(report.skippedRows).toEqual([]);
            const expected = reference(contract, rowsOf(file));
            const actual = fromReport(report, contract);
            expect(actual.breaches).toEqual(expected.breaches);
            expect(Object.fromEntries([...actual.counts].sort())).toEqual(Object.fromEntries([...expected.counts].sort()));
            expect(expected.breaches.length).toBeGreaterThan(20);
        }, 120_000);
    }
});

describe('examples/history/saas-hosting-outages.csv', () => {
    it('counts downtime outside the Sunday 02:00–04:00 window over the real length of each month', async () => {
        const contract = await exampleContract('saas-hosting.pacto');
        const file = 'examples/history/saas-hosting.csv';
        const outages = 'examples/history/saas-hosting-outages.csv';
        const report = await complianceReport({ contract, history: { source: createReadStream(file), file, format: 'csv' }, outages: { source: createReadStream(outages), file: outages }, range: { from: '2026-03-01', to: '2026-05-01', unit: 'month' } });
        const uptime = report.periods.map((p) => p.objectives.find((o) => o.name === 'Uptime'));
        // March: 70 min on the 10th; the hour on the 29th (BST from 01:00) lies in the window. 743 h.
        // April: 01:45–02:00 on Sunday the 5th and 20 min on the 16th. 720 h.
        expect(uptime.map((o) => [o!.achieved, o!.downtimeMinutes, o!.plannedMinutes, o!.met])).toEqual([
            [1 - 70 / (743 * 60), 70, 0, false],
            [1 - 35 / (720 * 60), 35, 15, true],
        ]);
    });
});
