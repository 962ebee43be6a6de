/**
 * The contract as a document: numbered sections of headings, paragraphs, lists and tables, with every
 * word in the contract's locale. Markdown, HTML and PDF render this one structure, so the three say the
 * same thing.
 *
 * What the document computes (budgets, the worst month's exposure, on-call turns, worked deadlines) it
 * computes from the lowered model with the runtime's own functions, so it cannot disagree with a hover,
 * `pacto deadline` or the simulator about what the contract means.
 */
import { feePercentAmount } from '../money.js';
import { DateTime } from 'luxon';
import { downtimeBudgetMs } from '../availability.js';
import { dueAfter } from '../calendar/duration.js';
import { calendarLookup } from '../clock/contract-calendars.js';
import { weeklyOpenMinutes } from '../explain/calendar-summary.js';
import type { DocumentMoment } from '../explain/moments.js';
import { contractExamples, type ExampleRow } from '../explain/worked-examples.js';
import {
    ALWAYS,
    type BreachStep,
    type CalendarSpec,
    type Category,
    type Contract,
    type Duration,
    type Measure,
    type Objective,
    type OnCallRotation,
    type PenaltyAmount,
    type Penalties,
    type Threshold,
} from '../model.js';
import { addDays, addMonths } from '../util/dates.js';
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
import { holidayNamesOn } from '../holidays.js';
import { holidayRegionName, holidaysInTerm, otherHolidayTypes } from './holidays.js';
import { LABELS, type Labels } from '../i18n/index.js';
import { stripControls } from '../text/escape.js';

export type Block =
    | { kind: 'heading'; text: string }
    | { kind: 'paragraph'; text: string }
    | { kind: 'note'; text: string }
    /** `ordered`: a numbered list, where the order is part of what the contract says (the breach procedure). */
    | { kind: 'list'; items: string[]; ordered?: boolean }
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

/** Minutes in a 30-day month: the month the documents read budgets and shares in. */
const MONTH_30_MINUTES = 30 * 1440;

/** The contract's locale bound to the formatters, plus what only a document says (calendar titles). */
class Formatter {
    readonly locale: SupportedLocale;
    readonly labels: Labels;
    /** Instants already written, by zone and epoch: the worked examples of thousands of categories share their moments (issue 14). */
    private readonly instants = new Map<string, string>();

    constructor(readonly contract: Contract) {
        this.locale = supportedLocale(contract.locale);
        this.labels = LABELS[this.locale];
    }

    number(value: number): string {
        return formatNumber(value, this.locale);
    }

    /** A percentage the contract wrote, with every digit it wrote. */
    percent(value: number): string {
        return formatPercent(value, this.locale);
    }

    /** A percentage the document computed: three decimals, marked "≈" when that rounds it. */
    share(value: number): string {
        const rounded = Math.round(value * 1000) / 1000;
        const exact = Math.abs(rounded - value) < 1e-9;
        return `${exact ? '' : '≈\u00a0'}${formatPercent(rounded, this.locale)}`;
    }

    money(amount: number, currency: string): string {
        return formatMoney(amount, currency, this.locale);
    }

    /** A downtime that never breaks between a number and its unit ("3 h 36 min" stays on one line). */
    downtime(ms: number): string {
        return formatDowntime(ms, this.locale).replace(/ /g, '\u00a0');
    }

    date(iso: string): string {
        return longDate(iso, this.locale);
    }

    shortDate(iso: string): string {
        return longWeekdayDate(iso, this.locale);
    }

    /** An instant with its seconds when they are not zero: a 30-second target must not read "17:30 → 17:30". */
    instant(ms: number, zone: string): string {
        if (!Number.isFinite(ms)) return this.labels.never;
        const key = `${zone}|${ms}`;
        let text = this.instants.get(key);
        if (text === undefined) {
            text = this.instantText(ms, zone);
            this.instants.set(key, text);
        }
        return text;
    }

    private instantText(ms: number, zone: string): string {
        const local = DateTime.fromMillis(ms, { zone });
        return local.second === 0 && local.millisecond === 0
            ? longInstant(ms, zone, this.locale)
            : local.setLocale(this.locale).toFormat('ccc d LLL yyyy, HH:mm:ss');
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

    calendarZone(name: string | null): string | null {
        return this.contract.calendars.find((c) => c.name === name)?.zone ?? null;
    }

    /** A duration in words; business time names its calendar when it is not the default one. */
    duration(d: Duration): string {
        const text = durationAmount(d, this.locale);
        return d.kind !== 'wall' && d.calendar !== this.contract.defaultCalendar ? `${text} ${this.labels.onCalendar(this.calendarTitle(d.calendar))}` : text;
    }

    /** A duration's amount alone, when the sentence names its clock itself. */
    amount(d: Duration): string {
        return durationAmount(d, this.locale);
    }

    moment(m: DocumentMoment): string {
        return m.kind === 'holidayEve' ? this.labels.moments.holidayEve(holidayNamesOn(m.regions, m.date, m.holiday, this.locale)) : this.labels.moments[m.kind];
    }

    categoryTitle(name: string): string {
        return this.contract.categories.find((c) => c.name === name)?.title ?? name;
    }

    channelTitle(name: string): string {
        return this.contract.channels.find((c) => c.name === name)?.title ?? name;
    }

    objectiveTitle(name: string): string {
        return this.contract.objectives.find((o) => o.name === name)?.title ?? name;
    }

    /**
     * What "P% of fee" comes to, as the simulator reads it (runtime/simulate/results.ts): of a month's fee (a
     * twelfth of a yearly one), except a yearly cap, which is of the fee as written. Null without a fee.
     */
    feeAmount(percent: number, period: 'month' | 'year' = 'month'): number | null {
        const fee = this.contract.fee;
        if (!fee) return null;
        return feePercentAmount(fee, percent, period);
    }

    /** feeAmount as money. */
    feeShare(percent: number, period: 'month' | 'year' = 'month'): string | null {
        const amount = this.feeAmount(percent, period);
        return amount === null ? null : this.money(amount, this.contract.fee!.currency);
    }
}

function threshold(f: Formatter, t: Threshold): string {
    return t.kind === 'percent' ? f.percent(t.value) : f.number(t.value);
}

/** The availability a downtime budget means in a 30-day month, as a share; null for a budget in no fixed unit. */
function budgetShare(f: Formatter, budget: Duration): string | null {
    if (budget.kind !== 'wall' || !Number.isFinite(budget.minutes)) return null;
    return f.share(100 * (1 - budget.minutes / MONTH_30_MINUTES));
}

function measureText(f: Formatter, m: Measure): string {
    const l = f.labels;
    switch (m.kind) {
        case 'onTime': {
            const names = m.categories.map((n) => f.categoryTitle(n)).join(', ');
            const channels = (m.channels ?? []).map((n) => f.channelTitle(n)).join(', ');
            return l.measureOnTime(f.percent(m.percent), m.target, names, channels);
        }
        case 'availability': {
            const budget = m.percent >= 0 && m.percent < 100 && m.period === 'month' ? ` (${l.allowedDowntime(f.downtime(downtimeBudgetMs(m.percent, 30)))})` : '';
            return `${l.measureAvailability(f.percent(m.percent), m.maintenance ? f.calendarTitle(m.maintenance) : null)}${budget}`;
        }
        case 'firstContactResolution':
            return l.measureFirstContact(f.percent(m.percent));
        case 'satisfaction':
            return l.measureSatisfaction(f.number(m.score), f.number(m.scale));
        case 'downtimeBudget':
            return l.measureDowntimeBudget(f.amount(m.budget), m.maintenance ? f.calendarTitle(m.maintenance) : null, budgetShare(f, m.budget) ?? '—');
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

/** The open days and hours of a calendar on one line ("Sunday 02:00–04:00"), for a sentence. */
function weeklyLine(f: Formatter, name: string): string {
    const spec = f.contract.calendars.find((c) => c.name === name);
    if (!spec) return f.calendarTitle(name);
    return weeklyRows(f, spec).filter(([, hours]) => hours !== f.labels.closed).map(([days, hours]) => `${days} ${hours}`).join('; ');
}

function hoursSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const blocks: Block[] = [];
    // Calendars closing on the same holidays share one table: a six-channel contract prints its
    // national holidays once, not once per calendar.
    const tables: { calendars: string[]; rows: string[][] }[] = [];
    for (const spec of contract.calendars) {
        if (weeklyOpenMinutes(spec) === 0 && spec.specialHours.length === 0) continue;
        const title = spec.title ?? spec.name;
        blocks.push({ kind: 'heading', text: `${l.calendar}: ${title}` });
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
            const holidays = holidaysInTerm(spec, contract.term, f.locale);
            if (holidays.length === 0) blocks.push({ kind: 'paragraph', text: l.noHolidays });
            else {
                const types = [...new Set(spec.holidayRegions.flatMap((r) => r.types ?? []))];
                blocks.push({
                    kind: 'paragraph',
                    text: l.holidaySources(spec.holidayRegions.map((r) => holidayRegionName(r, f.locale)), types, spec.holidays.some((h) => h.date >= contract.term!.start && h.date <= contract.term!.end)),
                });
                const other = otherHolidayTypes(spec, contract.term);
                const rows = holidays.map((h) => {
                    const type = other.get(h.date);
                    const note = h.source === 'declared' ? l.declared : type ? l.holidayTag[type] : null;
                    return [f.shortDate(h.date), note ? `${h.name} (${note})` : h.name];
                });
                const key = JSON.stringify(rows);
                const same = tables.find((t) => JSON.stringify(t.rows) === key);
                if (same) same.calendars.push(title);
                else tables.push({ calendars: [title], rows });
            }
        }
        for (const note of spec.notes ?? []) blocks.push({ kind: 'paragraph', text: note });
    }
    for (const table of tables) {
        blocks.push({ kind: 'heading', text: l.holidaysInTerm(table.calendars) });
        blocks.push({ kind: 'table', head: [l.date, l.holiday], rows: table.rows, widths: [1, 2] });
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

function byPriority(contract: Contract): Category[] {
    return [...contract.categories].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
}

function categoriesSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    if (contract.categories.length === 0) return [];
    const target = (d: Duration | null) => (d ? f.duration(d) : l.noTarget);
    const rows = byPriority(contract).flatMap((c) => [
        [c.priority === null ? '—' : f.number(c.priority), c.title ?? c.name, target(c.response), target(c.resolution)],
        // A channel's target replaces the category's own of its kind; the other kind stays the category's.
        ...(c.channels ?? []).map((via) => ['', l.viaChannel(f.channelTitle(via.channel)), target(via.response ?? c.response), target(via.resolution ?? c.resolution)]),
    ]);
    return [
        { kind: 'paragraph', text: l.clockNote },
        { kind: 'table', head: [l.priority, l.category, l.response, l.resolution], rows, widths: [0.7, 2, 1.6, 1.6] },
    ];
}

function definitionsSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const terms = contract.definitions ?? [];
    const described = byPriority(contract).filter((c) => c.description.length > 0);
    if (terms.length === 0 && described.length === 0) return [];
    return [
        { kind: 'paragraph', text: l.definitionsIntro },
        ...(terms.length ? [{ kind: 'fields' as const, rows: terms.map((t): [string, string] => [t.term, t.text]) }] : []),
        ...(described.length
            ? [
                { kind: 'heading' as const, text: l.categoryDefinitions },
                { kind: 'fields' as const, rows: described.map((c): [string, string] => [c.title ?? c.name, c.description.join(' ')]) },
            ]
            : []),
    ];
}

function objectivesSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    if (contract.objectives.length === 0) return [];
    const notes = contract.objectives.flatMap((o) => (o.notes ?? []).map((n) => l.objectiveNote(o.title ?? o.name, n)));
    return [
        {
            kind: 'table',
            head: [l.objective, l.target, l.measured],
            rows: contract.objectives.map((o) => [o.title ?? o.name, measureText(f, o.measure), l.periodAdjective[o.measure.period]]),
            widths: [1.3, 2.7, 0.8],
        },
        ...(notes.length ? [{ kind: 'list' as const, items: notes }] : []),
    ];
}

/** "Falla crítica: 4 horas hábiles del calendario Oficina (America/Caracas): …": which clock times a target. */
function clockLine(f: Formatter, subject: string, d: Duration): string {
    const l = f.labels;
    if (d.kind === 'wall' || d.calendar === ALWAYS) return l.clockWall(subject, f.amount(d));
    const zone = f.calendarZone(d.calendar) ?? 'UTC';
    return d.kind === 'businessDays'
        ? l.clockBusinessDays(subject, f.amount(d), d.days, f.calendarTitle(d.calendar), zone)
        : l.clockBusiness(subject, f.amount(d), f.calendarTitle(d.calendar), zone);
}

/** The targets an on-time objective judges, each with its clock: per category, and per channel where one sets its own. */
function onTimeClocks(f: Formatter, contract: Contract, m: Extract<Measure, { kind: 'onTime' }>): string[] {
    const covered = m.categories.length ? byPriority(contract).filter((c) => m.categories.includes(c.name)) : byPriority(contract);
    const channels = m.channels ?? [];
    return covered.flatMap((c) => {
        const title = c.title ?? c.name;
        if (channels.length > 0) {
            return channels.flatMap((ch) => {
                const d = c.channels?.find((v) => v.channel === ch)?.[m.target] ?? c[m.target];
                return d ? [clockLine(f, f.labels.categoryVia(title, f.channelTitle(ch)), d)] : [];
            });
        }
        return [
            ...(c[m.target] ? [clockLine(f, title, c[m.target]!)] : []),
            ...(c.channels ?? []).flatMap((v) => (v[m.target] ? [clockLine(f, f.labels.categoryVia(title, f.channelTitle(v.channel)), v[m.target]!)] : [])),
        ];
    });
}

function measurementBlocks(f: Formatter, contract: Contract, o: Objective): Block[] {
    const l = f.labels;
    const field = l.field;
    const m = o.measure;
    const zone = f.calendarZone(contract.defaultCalendar);
    const period = (tickets: boolean) => l.periodRule(l.eachPeriod[m.period], zone, tickets);
    const excluded = (maintenance: string | null): [string, string] => [
        field.notCounted,
        maintenance ? l.notCountedDuring(l.inHours(f.calendarTitle(maintenance)), weeklyLine(f, maintenance)) : l.nothingExcluded,
    ];
    let rows: [string, string][];
    switch (m.kind) {
        case 'onTime': {
            const reply = contract.customerObligations?.reply;
            rows = [
                [field.tickets, l.ticketsOf(
                    m.categories.length ? m.categories.map((n) => f.categoryTitle(n)).join(', ') : null,
                    m.channels?.length ? m.channels.map((n) => f.channelTitle(n)).join(', ') : null,
                )],
                [field.clock, onTimeClocks(f, contract, m).join('\n')],
                [field.starts, l.startsOnTime],
                [field.paused, reply?.pausesClock ? l.pausedByReply(f.duration(reply.within)) : l.notPaused],
                [field.stops, l.stops[m.target]],
                [field.onTime, l.onTimeRule[m.target]],
                [field.met, l.onTimeMet(f.percent(m.percent), m.target)],
                [field.period, period(true)],
            ];
            break;
        }
        case 'availability':
            rows = [
                [field.clock, l.availabilityClock],
                [field.measured, l.availabilityMeasured],
                excluded(m.maintenance),
                [field.met, m.percent >= 0 && m.percent <= 100
                    ? l.availabilityMet(f.percent(m.percent), f.downtime(downtimeBudgetMs(m.percent, 30)), f.downtime(downtimeBudgetMs(m.percent, 31)))
                    : f.percent(m.percent)],
                [field.period, period(false)],
            ];
            break;
        case 'downtimeBudget':
            rows = [
                [field.clock, l.availabilityClock],
                [field.measured, l.downtimeMeasured],
                excluded(m.maintenance),
                [field.met, l.downtimeMet(f.amount(m.budget), budgetShare(f, m.budget) ?? '—')],
                [field.period, period(false)],
            ];
            break;
        case 'firstContactResolution':
            rows = [[field.measured, l.firstContactMeasured], [field.met, l.firstContactMet(f.percent(m.percent))], [field.period, period(true)]];
            break;
        case 'satisfaction':
            rows = [[field.measured, l.satisfactionMeasured(f.number(m.scale))], [field.met, l.satisfactionMet(f.number(m.score), f.number(m.scale))], [field.period, period(true)]];
            break;
        case 'satisfactionShare':
            rows = [[field.measured, l.shareMeasured(f.number(m.mark), f.number(m.scale))], [field.met, l.shareMet(f.percent(m.percent))], [field.period, period(true)]];
            break;
    }
    return [{ kind: 'heading', text: o.title ?? o.name }, { kind: 'fields', rows }];
}

function measurementSection(f: Formatter, contract: Contract): Block[] {
    if (contract.objectives.length === 0) return [];
    return [{ kind: 'paragraph', text: f.labels.measurementIntro }, ...contract.objectives.flatMap((o) => measurementBlocks(f, contract, o))];
}

/** The first date of turn `i` of a rotation (from the start each time, so that months never drift). */
function turnStart(rotation: OnCallRotation, i: number): string {
    if (rotation.rotation === 'daily') return addDays(rotation.start, i);
    if (rotation.rotation === 'weekly') return addDays(rotation.start, 7 * i);
    return addMonths(rotation.start, i);
}

function rotationBlocks(f: Formatter, contract: Contract, rotation: OnCallRotation): Block[] {
    const l = f.labels;
    const title = rotation.title ?? rotation.name;
    const zone = f.calendarZone(contract.defaultCalendar);
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(rotation.start) && rotation.people.length > 0;
    // Enough turns to see each person come back: two rounds, at least a month of weekly turns.
    const count = Math.min(8, Math.max(4, 2 * rotation.people.length));
    return [
        { kind: 'heading', text: l.onCallHeading(title) },
        ...(valid ? [{ kind: 'paragraph' as const, text: l.rotationText(rotation.rotation, f.date(rotation.start), zone) }] : []),
        {
            kind: 'table',
            head: ['#', l.person, l.contact],
            rows: rotation.people.map((p, i) => [f.number(i + 1), p.name, p.contact ?? '—']),
            widths: [0.4, 2, 2.4],
        },
        ...rotation.notes.map((text): Block => ({ kind: 'paragraph', text })),
        ...(valid
            ? [
                { kind: 'note' as const, text: l.firstTurns },
                {
                    kind: 'table' as const,
                    head: [l.turn, l.from, l.to, l.onCall],
                    rows: Array.from({ length: count }, (_, i) => [
                        f.number(i + 1),
                        f.shortDate(turnStart(rotation, i)),
                        f.shortDate(addDays(turnStart(rotation, i + 1), -1)),
                        rotation.people[i % rotation.people.length]!.name,
                    ]),
                    widths: [0.5, 1.5, 1.5, 2],
                },
            ]
            : []),
    ];
}

function escalationSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const steps = contract.escalations.flatMap((e) => e.steps.map((s) => ({ e, s })));
    const rotations = contract.onCall ?? [];
    const notes = contract.escalations.flatMap((e) => e.notes ?? []);
    return [
        ...(steps.length
            ? [
                { kind: 'paragraph' as const, text: l.escalationIntro },
                {
                    kind: 'table' as const,
                    head: [l.categoriesColumn, l.when, l.notify, l.contact],
                    rows: steps.map(({ e, s }) => [
                        e.categories.length ? e.categories.map((n) => f.categoryTitle(n)).join(', ') : l.allCategories,
                        l.atPercentOf(f.percent(s.percent), s.target),
                        s.onCall ? l.onCallNotify(s.notify) : s.notify,
                        s.onCall ? l.onCallContact : s.contact ?? '—',
                    ]),
                    widths: [1.3, 1.5, 1.3, 1.6],
                },
            ]
            : []),
        ...notes.map((text): Block => ({ kind: 'paragraph', text })),
        ...rotations.flatMap((r) => rotationBlocks(f, contract, r)),
    ];
}

function customerSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const o = contract.customerObligations;
    if (!o) return [];
    const items = [
        ...o.contacts.map((c) => l.designate(c.role, c.hours ? f.calendarTitle(c.hours) : null)),
        ...(o.reply ? [l.reply(f.duration(o.reply.within), o.reply.pausesClock)] : []),
        ...(o.demandNotice ? [l.demandNotice(f.percent(o.demandNotice.abovePercent), f.duration(o.demandNotice.notice))] : []),
        ...o.other,
    ];
    return items.length ? [{ kind: 'list', items }] : [];
}

function breachSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const b = contract.breach;
    if (!b) return [];
    // A model of Pacto 0.1 has no steps, only its three durations: they keep the order they had then.
    const steps: BreachStep[] = b.steps ?? [
        ...(b.notifyTeam ? [{ kind: 'notifyTeam' as const, within: b.notifyTeam }] : []),
        ...(b.notifyCustomer ? [{ kind: 'notifyCustomer' as const, within: b.notifyCustomer }] : []),
        ...(b.review ? [{ kind: 'review' as const, within: b.review }] : []),
    ];
    if (steps.length === 0) return [];
    return [
        { kind: 'paragraph', text: l.breachIntro(steps.some((s) => s.kind === 'notifyResolution')) },
        { kind: 'list', ordered: true, items: steps.map((s) => (s.kind === 'text' ? s.text : l.breachStep[s.kind](f.duration(s.within)))) },
    ];
}

/** The downtime an availability objective allows (a share: in a 30-day month), for its downtime penalty. */
function budgetOf(f: Formatter, objective: string): string | null {
    const m = f.contract.objectives.find((o) => o.name === objective)?.measure;
    if (m?.kind === 'downtimeBudget') return f.amount(m.budget);
    if (m?.kind === 'availability' && m.percent >= 0 && m.percent <= 100) return f.labels.allowedDowntime(f.downtime(downtimeBudgetMs(m.percent, 30)));
    return null;
}

function penaltyAmount(f: Formatter, p: PenaltyAmount): string {
    return p.kind === 'pay' ? f.money(p.amount.amount, p.amount.currency) : f.labels.shareOfFee(f.percent(p.percent), f.feeShare(p.percent));
}

/**
 * The worst month: every objective below its lowest threshold, so each owes its worst tier and its worst
 * fine; the sum, then the monthly cap. Per-breach and downtime penalties depend on how many tickets and
 * hours, so the document says how much room the cap leaves them rather than inventing a count.
 */
function worstMonth(f: Formatter, contract: Contract, p: Penalties): Block[] {
    const l = f.labels;
    const fee = contract.fee;
    if (!fee) return [];
    const fines = p.fines ?? [];
    if (fines.some((x) => x.amount.currency !== fee.currency)) return [];
    const caps = p.caps ?? (p.cap ? [p.cap] : []);
    const monthly = caps.filter((c) => c.period === 'month').reduce<number | null>((min, c) => (min === null ? c.percent : Math.min(min, c.percent)), null);
    const yearly = caps.filter((c) => c.period === 'year').reduce<number | null>((min, c) => (min === null ? c.percent : Math.min(min, c.percent)), null);
    const objectives = [...new Set([...p.tiers.map((t) => t.objective), ...fines.map((x) => x.objective)])];
    const cents = (amount: number) => Math.round(amount * 100) / 100;
    const rows: string[][] = [];
    let total = 0;
    for (const name of objectives) {
        const tier = p.tiers.filter((t) => t.objective === name).reduce<(typeof p.tiers)[number] | undefined>((w, t) => (!w || t.creditPercent > w.creditPercent ? t : w), undefined);
        const fine = fines.filter((x) => x.objective === name).reduce<(typeof fines)[number] | undefined>((w, x) => (!w || x.amount.amount > w.amount.amount ? x : w), undefined);
        const lowest = [...(tier ? [tier.below] : []), ...(fine ? [fine.below] : [])].reduce((a, b) => (b.value < a.value ? b : a));
        const amount = cents((tier ? f.feeAmount(tier.creditPercent)! : 0) + (fine ? fine.amount.amount : 0));
        total = cents(total + amount);
        const what = [...(tier ? [l.credit(f.percent(tier.creditPercent), null)] : []), ...(fine ? [l.fine(f.money(fine.amount.amount, fine.amount.currency))] : [])]
            .map((t) => t.charAt(0).toLocaleLowerCase(f.locale) + t.slice(1))
            .join(' + ');
        rows.push([f.objectiveTitle(name), `${l.worstTier(threshold(f, lowest))}: ${what}`, f.money(amount, fee.currency)]);
    }
    if (rows.length === 0) return [];
    const capAmount = monthly === null ? null : f.feeAmount(monthly);
    const month = capAmount === null ? total : Math.min(total, capAmount);
    rows.push([l.sum, '', f.money(total, fee.currency)]);
    if (monthly !== null) rows.push([l.afterCap(f.percent(monthly)), '', f.money(month, fee.currency)]);
    const blocks: Block[] = [
        { kind: 'heading', text: l.worstMonthHeading },
        { kind: 'paragraph', text: l.worstMonthIntro },
        { kind: 'table', head: [l.objective, l.worstCase, l.owed], rows, widths: [1.6, 2.6, 1.1] },
    ];
    if ((p.perBreach ?? []).length > 0 || (p.downtime ?? []).length > 0) {
        const room = capAmount === null ? null : capAmount - month > 0 ? f.money(cents(capAmount - month), fee.currency) : '';
        blocks.push({ kind: 'paragraph', text: l.onTop(room, { perBreach: (p.perBreach ?? []).length > 0, downtime: (p.downtime ?? []).length > 0 }) });
    }
    if (yearly !== null && month > 0) {
        const yearCap = f.feeAmount(yearly, 'year')!;
        const months = Math.ceil(yearCap / month - 1e-9);
        if (months <= 12) blocks.push({ kind: 'paragraph', text: l.yearlyReach(`${f.percent(yearly)}, ${f.money(yearCap, fee.currency)}`, months) });
    }
    return blocks;
}

function penaltiesSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const p = contract.penalties;
    if (!p) return [];
    const fines = p.fines ?? [];
    const caps = p.caps ?? (p.cap ? [p.cap] : []);
    const perBreach = p.perBreach ?? [];
    const downtime = p.downtime ?? [];
    if (p.tiers.length + fines.length + perBreach.length + downtime.length + caps.length === 0 && (p.notes ?? []).length === 0) return [];
    // Tiers and fines of one objective together, objectives in the order the penalties first name them.
    const objectives = [...new Set([...p.tiers.map((t) => t.objective), ...fines.map((x) => x.objective)])];
    const rows = objectives.flatMap((name) => [
        ...p.tiers.filter((t) => t.objective === name).map((t) => [f.objectiveTitle(name), threshold(f, t.below), l.credit(f.percent(t.creditPercent), f.feeShare(t.creditPercent))]),
        ...fines.filter((x) => x.objective === name).map((x) => [f.objectiveTitle(name), threshold(f, x.below), l.fine(f.money(x.amount.amount, x.amount.currency))]),
    ]);
    const items = [
        ...perBreach.map((b) => l.perBreach(f.categoryTitle(b.category), b.target, penaltyAmount(f, b.penalty))),
        ...downtime.map((d) => l.downtimePenalty(f.objectiveTitle(d.objective), d.per, penaltyAmount(f, d.penalty), budgetOf(f, d.objective))),
        ...caps.map((c) => l.cap(f.percent(c.percent), f.feeShare(c.percent, c.period === 'year' ? 'year' : 'month'), c.period)),
    ];
    return [
        ...(rows.length ? [
            { kind: 'paragraph' as const, text: l.penaltiesIntro },
            { kind: 'table' as const, head: [l.objective, l.below, l.owed], rows, widths: [2, 1, 2] },
        ] : []),
        ...(items.length ? [{ kind: 'list' as const, items }] : []),
        ...(p.notes ?? []).map((text): Block => ({ kind: 'paragraph', text })),
        { kind: 'heading', text: l.combinationHeading },
        { kind: 'paragraph', text: l.combination({ monthly: caps.some((c) => c.period === 'month'), yearly: caps.some((c) => c.period === 'year') }) },
        ...worstMonth(f, contract, p),
    ];
}

function terminationSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const t = contract.termination;
    if (!t) return [];
    const items = [
        ...t.conditions.map((c) => l.terminationWhen(f.objectiveTitle(c.objective), threshold(f, c.below), c.consecutive, c.period)),
        ...(t.notice ? [l.notice(f.duration(t.notice))] : []),
    ];
    return [...(items.length ? [{ kind: 'list' as const, items }] : []), ...(t.notes ?? []).map((text): Block => ({ kind: 'paragraph', text }))];
}

function reportingSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const items = [
        ...(contract.meetings ?? []).map((m) => l.meeting(m.frequency, m.audience)),
        ...(contract.reviews ?? []).map((r) => l.review(r.every, r.unit, r.text)),
    ];
    return [
        ...(contract.reporting.length ? [{
            kind: 'table' as const,
            head: [l.frequencyColumn, l.recipient, l.objective],
            rows: contract.reporting.map((r) => [l.frequency[r.frequency], l.audience[r.audience], r.objectives.map((n) => f.objectiveTitle(n)).join(', ')]),
            widths: [0.8, 0.8, 3],
        }] : []),
        ...(contract.reportingNotes ?? []).map((text): Block => ({ kind: 'paragraph', text })),
        ...(items.length ? [{ kind: 'list' as const, items }] : []),
    ];
}

/** The rows of a category's channels, at its own moments: a channel's target is timed on the channel's clock. */
function channelRows(contract: Contract, rows: readonly ExampleRow[]): { label: string | null; row: ExampleRow }[] {
    const lookup = calendarLookup(contract);
    const due = (d: Duration | null, opened: number) => (d ? dueAfter(d, opened, lookup) : null);
    const out: { label: string | null; row: ExampleRow }[] = [];
    rows.forEach((row, i) => {
        out.push({ label: null, row });
        // After a category's last row come its channels' rows, so that they read as part of it.
        if (rows[i + 1]?.category === row.category) return;
        const category = row.category;
        for (const via of category.channels ?? []) {
            for (const r of rows.filter((x) => x.category === category)) {
                const opened = r.moment.opened;
                out.push({
                    label: via.channel,
                    row: { ...r, response: due(via.response ?? category.response, opened), resolution: due(via.resolution ?? category.resolution, opened) },
                });
            }
        }
    });
    return out;
}

function examplesSection(f: Formatter, contract: Contract): Block[] {
    const l = f.labels;
    const tables = contractExamples(contract);
    if (tables.length === 0) return [];
    return [
        { kind: 'paragraph', text: l.examplesIntro },
        ...tables.flatMap((table): Block[] => [
            { kind: 'heading', text: l.examplesZone(f.calendarTitle(table.calendar), table.zone) },
            {
                kind: 'table',
                head: [l.category, l.reported, l.responseDue, l.resolutionDue],
                rows: channelRows(contract, table.rows).map(({ label, row: r }) => [
                    `${r.category.title ?? r.category.name}${label ? `\n${l.viaChannel(f.channelTitle(label))}` : ''}`,
                    `${f.instant(r.moment.opened, table.zone)}\n(${f.moment(r.moment)})`,
                    r.response === null ? l.noTarget : f.instant(r.response, table.zone),
                    r.resolution === null ? l.noTarget : f.instant(r.resolution, table.zone),
                ]),
                widths: [1.3, 1.6, 1.4, 1.4],
            },
        ]),
    ];
}

/** The document of a contract (see the module comment). */
export function contractDocument(contract: Contract): ContractDocument {
    const f = new Formatter(contract);
    const l = f.labels;
    const sections: Section[] = [];
    const add = (title: string, blocks: Block[]) => {
        if (blocks.length > 0) sections.push({ title: `${sections.length + 1}. ${title}`, blocks });
    };
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
    // The terms first: every later section uses them.
    add(l.sections.definitions, definitionsSection(f, contract));
    add(l.sections.services, contract.services.flatMap((s): Block[] => [
        ...(contract.services.length > 1 || s.description.length > 0 ? [{ kind: 'heading' as const, text: s.title }] : [{ kind: 'paragraph' as const, text: s.title }]),
        ...s.description.map((text): Block => ({ kind: 'paragraph', text })),
    ]));
    add(l.sections.hours, hoursSection(f, contract));
    add(l.sections.categories, categoriesSection(f, contract));
    add(l.sections.objectives, objectivesSection(f, contract));
    add(l.sections.measurement, measurementSection(f, contract));
    add((contract.onCall ?? []).length > 0 ? l.sections.escalationOnCall : l.sections.escalation, escalationSection(f, contract));
    add(l.sections.providerObligations, (contract.providerObligations ?? []).length ? [{ kind: 'list', items: [...contract.providerObligations!] }] : []);
    add(l.sections.obligations, customerSection(f, contract));
    add(l.sections.breach, breachSection(f, contract));
    add(l.sections.penalties, penaltiesSection(f, contract));
    add(l.sections.termination, terminationSection(f, contract));
    add(l.sections.reporting, reportingSection(f, contract));
    for (const clause of contract.clauses ?? []) {
        add(clause.title, clause.texts.map((text): Block => ({ kind: 'paragraph', text })));
    }
    add(l.sections.examples, examplesSection(f, contract));
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
        title: stripControls(title),
        subtitle: l.agreement,
        header: stripControls(title === contract.name ? title : `${title} (${contract.name})`),
        sections: sections.map((s) => ({ title: stripControls(s.title), blocks: s.blocks.map(withoutControls) })),
        footer: stripControls(`${l.generated} ${contract.name}`),
        page: l.page,
    };
}

/**
 * A block without control characters: a contract's text reaches every format through here, and ESC, BEL or
 * NUL mean nothing on paper (each format still escapes its own markup).
 */
function withoutControls(b: Block): Block {
    const rows = (r: string[][]) => r.map((row) => row.map(stripControls));
    switch (b.kind) {
        case 'heading':
        case 'paragraph':
        case 'note':
            return { ...b, text: stripControls(b.text) };
        case 'list':
            return { ...b, items: b.items.map(stripControls) };
        case 'fields':
            return { ...b, rows: b.rows.map(([label, value]): [string, string] => [stripControls(label), stripControls(value)]) };
        case 'table':
            return { ...b, head: b.head.map(stripControls), rows: rows(b.rows) };
        case 'signatures':
            return { ...b, parties: b.parties.map((p) => ({ side: stripControls(p.side), name: stripControls(p.name) })) };
    }
}

