/**
 * The contract as a document: numbered sections of headings, paragraphs, lists and tables, with every
 * word in the contract's locale. Markdown, HTML and PDF render this one structure, so the three say the
 * same thing.
 */
import { downtimeBudgetMs } from '../availability.js';
import { weeklyOpenMinutes } from '../explain/calendar-summary.js';
import type { DocumentMoment } from '../explain/moments.js';
import { contractExamples } from '../explain/worked-examples.js';
import { ALWAYS, type CalendarSpec, type Contract, type Duration, type Measure, type Threshold } from '../model.js';
import {
    durationAmount,
    formatDowntime,
    formatMoney,
    formatNumber,
    formatPercent,
    longDate,
    longInstant,
    longWeekdayDate,
    timeOfDay,
    weekdayName,
} from '../time/format.js';
import { supportedLocale, type SupportedLocale } from '../time/locales.js';
import { holidaysInTerm } from './holidays.js';
import { LABELS, type Labels } from './labels.js';

export type Block =
    | { kind: 'heading'; text: string }
    | { kind: 'paragraph'; text: string }
    | { kind: 'note'; text: string }
    | { kind: 'list'; items: string[] }
    | { kind: 'fields'; rows: [label: string, value: string][] }
    /** `widths`: relative column widths. */
    | { kind: 'table'; head: string[]; rows: string[][]; widths: number[] }
    | { kind: 'signatures'; parties: { side: string; name: string }[]; labels: { name: string; role: string; date: string; signature: string } };

export interface Section {
    /** "3. Support hours". */
    title: string;
    blocks: Block[];
}

export interface ContractDocument {
    /** BCP 47 language tag of the text. */
    lang: string;
    title: string;
    subtitle: string;
    /** Running header of every page. */
    header: string;
    sections: Section[];
    footer: string;
    page: (n: number, of: number) => string;
}

/** The contract's locale bound to the formatters, plus what only a document says (calendar titles). */
class Formatter {
    readonly locale: SupportedLocale;
    readonly labels: Labels;

    constructor(readonly contract: Contract) {
        this.locale = supportedLocale(contract.locale);
        this.labels = LABELS[this.locale];
    }

    number(value: number): string {
        return formatNumber(value, this.locale);
    }

    percent(value: number): string {
        return formatPercent(value, this.locale);
    }

    money(amount: number, currency: string): string {
        return formatMoney(amount, currency, this.locale);
    }

    date(iso: string): string {
        return longDate(iso, this.locale);
    }

    shortDate(iso: string): string {
        return longWeekdayDate(iso, this.locale);
    }

    instant(ms: number, zone: string): string {
        return Number.isFinite(ms) ? longInstant(ms, zone, this.locale) : this.labels.never;
    }

    weekday(day: number): string {
        return weekdayName(day, this.locale);
    }

    time(minutes: number): string {
        return timeOfDay(minutes);
    }

    calendarTitle(name: string): string {
        if (name === ALWAYS) return this.labels.always;
        return this.contract.calendars.find((c) => c.name === name)?.title ?? name;
    }

    /** A duration in words; business time names its calendar when it is not the default one. */
    duration(d: Duration): string {
        const text = durationAmount(d, this.locale);
        return d.kind !== 'wall' && d.calendar !== this.contract.defaultCalendar ? `${text} ${this.labels.onCalendar(this.calendarTitle(d.calendar))}` : text;
    }

    moment(m: DocumentMoment): string {
        return m.kind === 'holidayEve' ? this.labels.moments.holidayEve(m.holiday) : this.labels.moments[m.kind];
    }
}

function threshold(f: Formatter, t: Threshold): string {
    return t.kind === 'percent' ? f.percent(t.value) : f.number(t.value);
}

function measureText(f: Formatter, contract: Contract, m: Measure): string {
    const l = f.labels;
    switch (m.kind) {
        case 'onTime': {
            const names = m.categories.map((n) => contract.categories.find((c) => c.name === n)?.title ?? n).join(', ');
            return l.measureOnTime(f.percent(m.percent), m.target, names);
        }
        case 'availability': {
            const days = m.period === 'month' ? 30 : m.period === 'quarter' ? 91 : m.period === 'week' ? 7 : m.period === 'day' ? 1 : 365;
            const budget = m.percent >= 0 && m.percent < 100 ? ` (${l.allowedDowntime(formatDowntime(downtimeBudgetMs(m.percent, days)))})` : '';
            return `${l.measureAvailability(f.percent(m.percent), m.maintenance ? f.calendarTitle(m.maintenance) : null)}${m.period === 'month' ? budget : ''}`;
        }
        case 'firstContactResolution':
            return l.measureFirstContact(f.percent(m.percent));
        case 'satisfaction':
            return l.measureSatisfaction(f.number(m.score), f.number(m.scale));
        case 'downtimeBudget':
            return l.measureDowntimeBudget(m.budget.text, m.maintenance ? f.calendarTitle(m.maintenance) : null);
        case 'satisfactionShare':
            return l.measureSatisfactionShare(f.percent(m.percent), f.number(m.mark), f.number(m.scale));
    }
}

/** Weekly hours, consecutive days with the same hours grouped: [["Monday – Friday", "08:00–12:00, 13:00–17:00"]]. */
function weeklyRows(f: Formatter, spec: CalendarSpec): string[][] {
    const byDay = new Map<number, string>();
    for (let day = 1; day <= 7; day++) {
        const intervals = spec.weekly.filter((w) => w.day === day).sort((a, b) => a.start - b.start);
        byDay.set(day, intervals.length ? intervals.map((i) => `${f.time(i.start)}–${f.time(i.end)}`).join(', ') : f.labels.closed);
    }
    const rows: string[][] = [];
    let from = 1;
    for (let day = 2; day <= 8; day++) {
        if (day <= 7 && byDay.get(day) === byDay.get(from)) continue;
        const to = day - 1;
        rows.push([from === to ? f.weekday(from) : `${f.weekday(from)} – ${f.weekday(to)}`, byDay.get(from)!]);
        from = day;
    }
    return rows;
}

function hoursSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const blocks: Block[] = [];
    for (const spec of contract.calendars) {
        if (weeklyOpenMinutes(spec) === 0 && spec.specialHours.length === 0) continue;
        blocks.push({ kind: 'heading', text: `${l.calendar}: ${spec.title ?? spec.name}` });
        blocks.push({ kind: 'note', text: `${l.zone}: ${spec.zone}` });
        blocks.push({ kind: 'table', head: [l.day, l.hours], rows: weeklyRows(f, spec), widths: [1, 2] });
        if (spec.specialHours.length > 0) {
            blocks.push({
                kind: 'paragraph',
                text: `${l.specialDays}: ${spec.specialHours
                    .map((s) => `${f.date(s.date)}: ${s.intervals.length ? s.intervals.map((i) => `${f.time(i.start)}–${f.time(i.end)}`).join(', ') : l.closed}`)
                    .join('; ')}.`,
            });
        }
        if (contract.term && (spec.holidayRegions.length > 0 || spec.holidays.length > 0)) {
            const holidays = holidaysInTerm(spec, contract.term);
            if (holidays.length === 0) blocks.push({ kind: 'paragraph', text: l.noHolidays });
            else {
                blocks.push({ kind: 'note', text: l.holidaysInTerm });
                blocks.push({
                    kind: 'table',
                    head: [l.date, l.holiday],
                    rows: holidays.map((h) => [f.shortDate(h.date), h.source === 'declared' ? `${h.name} (${l.declared})` : h.name]),
                    widths: [1, 2],
                });
            }
        }
    }
    if (contract.channels.length > 0) {
        blocks.push({ kind: 'heading', text: l.channels });
        blocks.push({
            kind: 'table',
            head: [l.channel, l.hours],
            rows: contract.channels.map((c) => [c.title ?? c.name, f.calendarTitle(c.hours)]),
            widths: [1, 1],
        });
    }
    return blocks;
}

/** The document of a contract (see the module comment). */
export function contractDocument(contract: Contract): ContractDocument {
    const f = new Formatter(contract);
    const l = f.labels;
    const sections: { title: string; blocks: Block[] }[] = [];
    const add = (title: string, blocks: Block[]) => {
        if (blocks.length > 0) sections.push({ title: `${sections.length + 1}. ${title}`, blocks });
    };
    const categoryTitle = (name: string) => contract.categories.find((c) => c.name === name)?.title ?? name;
    const objectiveTitle = (name: string) => contract.objectives.find((o) => o.name === name)?.title ?? name;
    const fee = contract.fee;

    add(l.sections.parties, [{
        kind: 'fields',
        rows: [
            [l.provider, contract.provider ?? l.notStated],
            [l.customer, contract.customer ?? l.notStated],
            [l.term, contract.term ? l.termText(f.date(contract.term.start), f.date(contract.term.end)) : l.notStated],
            [l.fee, fee ? l.feeText(f.money(fee.amount, fee.currency), fee.period) : l.notStated],
            [l.identifier, contract.name],
        ],
    }]);

    add(l.sections.services, contract.services.flatMap((s): Block[] => [
        ...(contract.services.length > 1 || s.description.length > 0 ? [{ kind: 'heading' as const, text: s.title }] : [{ kind: 'paragraph' as const, text: s.title }]),
        ...s.description.map((text): Block => ({ kind: 'paragraph', text })),
    ]));

    add(l.sections.hours, hoursSection(f, contract));

    const withTargets = [...contract.categories].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
    add(l.sections.categories, contract.categories.length === 0 ? [] : [
        { kind: 'paragraph', text: l.clockNote },
        {
            kind: 'table',
            head: [l.priority, l.category, l.response, l.resolution],
            rows: withTargets.map((c) => [
                c.priority === null ? '—' : f.number(c.priority),
                c.title ?? c.name,
                c.response ? f.duration(c.response) : l.noTarget,
                c.resolution ? f.duration(c.resolution) : l.noTarget,
            ]),
            widths: [0.7, 2, 1.6, 1.6],
        },
        ...(withTargets.some((c) => c.description.length > 0)
            ? [
                { kind: 'heading' as const, text: l.definitions },
                { kind: 'fields' as const, rows: withTargets.filter((c) => c.description.length > 0).map((c): [string, string] => [c.title ?? c.name, c.description.join(' ')]) },
            ]
            : []),
    ]);

    add(l.sections.objectives, contract.objectives.length === 0 ? [] : [{
        kind: 'table',
        head: [l.objective, l.target, l.measured],
        rows: contract.objectives.map((o) => [o.title ?? o.name, measureText(f, contract, o.measure), l.periodAdjective[o.measure.period]]),
        widths: [1.3, 2.7, 0.8],
    }]);

    const steps = contract.escalations.flatMap((e) => e.steps.map((s) => ({ e, s })));
    add(l.sections.escalation, steps.length === 0 ? [] : [
        { kind: 'paragraph', text: l.escalationIntro },
        {
            kind: 'table',
            head: [l.categoriesColumn, l.when, l.notify, l.contact],
            rows: steps.map(({ e, s }) => [
                e.categories.length ? e.categories.map(categoryTitle).join(', ') : l.allCategories,
                l.atPercentOf(f.percent(s.percent), s.target),
                s.notify,
                s.contact ?? '—',
            ]),
            widths: [1.3, 1.5, 1.2, 1.5],
        },
    ]);

    const o = contract.customerObligations;
    add(l.sections.obligations, o ? [{
        kind: 'list',
        items: [
            ...o.contacts.map((c) => l.designate(c.role, c.hours ? f.calendarTitle(c.hours) : null)),
            ...(o.reply ? [l.reply(f.duration(o.reply.within), o.reply.pausesClock)] : []),
            ...(o.demandNotice ? [l.demandNotice(f.percent(o.demandNotice.abovePercent), f.duration(o.demandNotice.notice))] : []),
            ...o.other,
        ],
    }] : []);

    const b = contract.breach;
    const breachItems = b ? [
        ...(b.notifyTeam ? [l.breachTeam(f.duration(b.notifyTeam))] : []),
        ...(b.notifyCustomer ? [l.breachCustomer(f.duration(b.notifyCustomer))] : []),
        ...(b.review ? [l.breachReview(f.duration(b.review))] : []),
    ] : [];
    add(l.sections.breach, breachItems.length ? [{ kind: 'list', items: breachItems }] : []);

    const p = contract.penalties;
    const money = (percent: number) => (fee ? f.money(Math.round(fee.amount * percent) / 100, fee.currency) : null);
    add(l.sections.penalties, p && (p.tiers.length > 0 || p.cap) ? [
        { kind: 'paragraph', text: l.penaltiesIntro },
        ...(p.tiers.length ? [{
            kind: 'table' as const,
            head: [l.objective, l.below, l.credit],
            rows: p.tiers.map((t) => [objectiveTitle(t.objective), threshold(f, t.below), `${f.percent(t.creditPercent)}${money(t.creditPercent) ? ` (${money(t.creditPercent)})` : ''}`]),
            widths: [2, 1, 1.5],
        }] : []),
        ...(p.cap ? [{ kind: 'paragraph' as const, text: l.cap(f.percent(p.cap.percent), money(p.cap.percent), p.cap.period) }] : []),
    ] : []);

    const t = contract.termination;
    add(l.sections.termination, t ? [{
        kind: 'list',
        items: [
            ...t.conditions.map((c) => l.terminationWhen(objectiveTitle(c.objective), threshold(f, c.below), c.consecutive, c.period)),
            ...(t.notice ? [l.notice(f.duration(t.notice))] : []),
        ],
    }] : []);

    add(l.sections.reporting, contract.reporting.length === 0 ? [] : [{
        kind: 'table',
        head: [l.frequencyColumn, l.recipient, l.objective],
        rows: contract.reporting.map((r) => [l.frequency[r.frequency], l.audience[r.audience], r.objectives.map(objectiveTitle).join(', ')]),
        widths: [0.8, 0.8, 3],
    }]);

    const tables = contractExamples(contract);
    add(l.sections.examples, tables.length === 0 ? [] : [
        { kind: 'paragraph', text: l.examplesIntro },
        ...tables.flatMap((table): Block[] => [
            { kind: 'heading', text: l.examplesZone(f.calendarTitle(table.calendar), table.zone) },
            {
                kind: 'table',
                head: [l.category, l.reported, l.responseDue, l.resolutionDue],
                rows: table.rows.map((r) => [
                    r.category.title ?? r.category.name,
                    `${f.instant(r.moment.opened, table.zone)}\n(${f.moment(r.moment)})`,
                    r.response === null ? l.noTarget : f.instant(r.response, table.zone),
                    r.resolution === null ? l.noTarget : f.instant(r.resolution, table.zone),
                ]),
                widths: [1.3, 1.6, 1.4, 1.4],
            },
        ]),
    ]);

    add(l.sections.signatures, [{
        kind: 'signatures',
        parties: [
            { side: l.forProvider, name: contract.provider ?? '' },
            { side: l.forCustomer, name: contract.customer ?? '' },
        ],
        labels: { name: l.name, role: l.role, date: l.date, signature: l.signature },
    }]);

    const title = contract.title ?? contract.name;
    return {
        lang: f.locale,
        title,
        subtitle: l.agreement,
        header: title === contract.name ? title : `${title} (${contract.name})`,
        sections,
        footer: `${l.generated} ${contract.name}`,
        page: l.page,
    };
}
