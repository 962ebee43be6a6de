import { durationCalendar } from '../calendar/duration.js';
import { calendarLookup } from '../clock/contract-calendars.js';
import type { TicketEvent } from '../clock/events.js';
import { TicketHistory } from '../clock/ticket-history.js';
import { t, tn, type MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import { WordedError } from '../i18n/worded-error.js';
import { ALWAYS, type ArrivalRate, type Contract, type Distribution, type Scenario, type Team } from '../model.js';
import { compile, SimulationError } from '../simulate/model.js';
import { formatInstant } from '../time/format.js';
import { supportedLocale, type SupportedLocale } from '../time/locales.js';
import type { Pause } from '../time/pauses.js';
import { MINUTE_MS } from '../time/units.js';
import { addDays, daysBetween } from '../util/dates.js';
import { readHistory, type HistoryFormat } from './history.js';
import type { Mapping } from './helpdesk.js';
import { contractZone } from './periods.js';
import { CLOCK_EVENT, type ByteSource, type HistoryRecord } from './records.js';
import type { RowProblem } from './problems.js';
import { Replay } from './replay.js';
import { BadRowsError } from './report.js';

export interface CalibrateInput {
    readonly contract: Contract;
    readonly history: { readonly source: ByteSource; readonly file: string; readonly format: HistoryFormat };
    readonly mapping?: Mapping | null;
    /** The zone times without an offset are read in; null: such times are bad rows. */
    readonly zone?: string | null;
    /** The scenario's name; by default one the contract does not use yet. */
    readonly name?: string;
    readonly skipBadRows?: boolean;
    readonly reopenWindowMs?: number;
}

/** A sample's summary; minutes. */
export interface Fit {
    readonly n: number;
    readonly meanMinutes: number;
    readonly sdMinutes: number;
}

export interface CalibratedArrival {
    readonly category: string;
    readonly channel: string | null;
    readonly tickets: number;
    /** Open days of the calendar the line follows in the period (the simulator's own count). */
    readonly openDays: number;
    readonly perBusinessDay: number;
}

export interface Calibration {
    /** The `scenario NAME { … }` block, indented for pasting inside the contract's braces. */
    readonly text: string;
    readonly scenario: Scenario;
    readonly tickets: number;
    readonly period: { readonly start: string; readonly days: number; readonly zone: string };
    readonly arrivals: readonly CalibratedArrival[];
    /** Worked time per category (of the tickets responded to and resolved at the end). */
    readonly handling: Readonly<Record<string, Fit>>;
    /** Per category: the share of those tickets that waited for the customer, and the fit of their total wait. */
    readonly waits: Readonly<Record<string, { readonly share: number; readonly fit: Fit }>>;
    /** The bad rows skipped: `message` in English, the catalogue key for formatProblemIn. */
    readonly skipped: readonly RowProblem[];
}

/**
 * A history that gives nothing to fit (no ticket, none resolved), or a fit the simulator refuses: then
 * `reason` is the simulator's refusal, said in the same language as the rest (messageIn).
 */
export class CalibrationError extends WordedError {
    constructor(
        key: MessageKey,
        args: MessageArgs = {},
        readonly reason?: WordedError,
    ) {
        super(key, reason ? { ...args, reason: reason.message } : args);
        this.name = 'CalibrationError';
    }

    override messageIn(locale: SupportedLocale): string {
        return this.reason ? t(locale, this.key, { ...this.args, reason: this.reason.messageIn(locale) }) : super.messageIn(locale);
    }
}

/**
 * The history's agents are unknown; a team that keeps its measured worked time at this share of its open
 * time is a plausible start, not a finding, and the block says so.
 */
const TARGET_UTILISATION = 0.85;

/** Running sums, so the samples are never held: memory stays with the tickets open at once. */
class Moments {
    n = 0;
    private sum = 0;
    private sumSq = 0;
    add(x: number): void {
        this.n++;
        this.sum += x;
        this.sumSq += x * x;
    }
    total(): number {
        return this.sum;
    }
    fit(): Fit {
        const mean = this.n > 0 ? this.sum / this.n : 0;
        const variance = this.n > 1 ? Math.max(0, (this.sumSq - this.n * mean * mean) / (this.n - 1)) : 0;
        return { n: this.n, meanMinutes: mean / MINUTE_MS, sdMinutes: Math.sqrt(variance) / MINUTE_MS };
    }
}

/**
 * The calendar a category is worked on: its resolution target's (else its response's), since that is the
 * time the provider promised to work it in; a wall-time target means round the clock.
 */
function workCalendarName(contract: Contract, category: string): string {
    const c = contract.categories.find((x) => x.name === category);
    const target = c?.resolution ?? c?.response ?? null;
    if (!target) return contract.defaultCalendar ?? ALWAYS;
    return durationCalendar(target, calendarLookup(contract)).name;
}

const localDate = (ms: number, zone: string) => formatInstant(ms, zone).slice(0, 10);

function freeName(contract: Contract, wanted: string | undefined): string {
    if (wanted !== undefined) return wanted;
    const used = new Set(contract.scenarios.map((s) => s.name));
    let name = 'Calibrated';
    for (let i = 2; used.has(name); i++) name = `Calibrated${i}`;
    return name;
}

/**
 * Fits a scenario to a ticket history: the rows are read and checked by the same readers and Replay as
 * `pacto report` (so bad rows get the same messages), each ticket's facts come from the SLA clock's
 * TicketHistory, and open days are counted by compiling the scenario with the simulator's own clocks, so
 * a fitted rate played back expects as many tickets as the history had.
 */
export async function calibrate(input: CalibrateInput): Promise<Calibration> {
    const { contract } = input;
    const zone = contractZone(contract);
    const calendars = calendarLookup(contract);
    const live = new Map<string, { channel: string | null; events: TicketEvent[] }>();
    const arrivals = new Map<string, { category: string; channel: string | null; tickets: number }>();
    const handling = new Map<string, Moments>();
    const waits = new Map<string, Moments>();
    let firstOpened = Infinity;
    let lastOpened = -Infinity;
    let tickets = 0;

    const onTicket = (id: string) => {
        const ticket = live.get(id);
        if (!ticket) return;
        live.delete(id);
        const history = TicketHistory.of(contract, ticket.events);
        // The category it ended in: the one whose work it was, and whose handling the simulator should draw.
        const category = history.categories[history.categories.length - 1]!.category;
        tickets++;
        if (history.opened < firstOpened) firstOpened = history.opened;
        if (history.opened > lastOpened) lastOpened = history.opened;
        const key = `${category}\u0000${ticket.channel ?? ''}`;
        const line = arrivals.get(key) ?? { category, channel: ticket.channel, tickets: 0 };
        line.tickets++;
        arrivals.set(key, line);
        const last = history.resolutions[history.resolutions.length - 1];
        if (!last || last.reopenedAt !== null || history.respondedAt === null) return;
        const resolvedAt = last.resolvedAt;
        // Waiting for the customer and lying resolved until a reopening are not work, whatever the contract's clock does.
        const pauses: Pause[] = [];
        let waited = 0;
        let waitCount = 0;
        for (const w of history.awaiting) {
            const end = Math.min(w.end ?? resolvedAt, resolvedAt);
            if (end <= w.start) continue;
            pauses.push([w.start, end]);
            waited += end - w.start;
            waitCount++;
        }
        for (const r of history.resolutions) if (r.reopenedAt !== null) pauses.push([r.resolvedAt, r.reopenedAt]);
        const calendar = calendars(workCalendarName(contract, category));
        const work = calendar.elapsedBusiness(history.respondedAt, resolvedAt, pauses);
        const get = (map: Map<string, Moments>) => map.get(category) ?? map.set(category, new Moments()).get(category)!;
        get(handling).add(work);
        if (waitCount > 0) get(waits).add(waited);
    };

    const replay = new Replay({ contract, ...(input.reopenWindowMs !== undefined ? { reopenWindowMs: input.reopenWindowMs } : {}), onTicket: (o) => onTicket(o.ticket) });
    for await (const item of readHistory(input.history.source, { file: input.history.file, zone: input.zone ?? null, format: input.history.format, mapping: input.mapping ?? null })) {
        // The event is held before the Replay sees it, since a sweep inside add() may judge its ticket; it is
        // taken back when the Replay refuses the row.
        let undo: (() => void) | null = null;
        if (item.kind === 'event') undo = hold(live, item);
        const before = replay.problems.length;
        replay.add(item);
        if (undo && replay.problems.slice(before).some((p) => p.row === item.row && p.file === item.file)) undo();
    }
    replay.finish();
    if (replay.problems.length > 0 && !input.skipBadRows) throw new BadRowsError(replay.problems);
    if (tickets === 0) throw new CalibrationError('calibrateNoTickets', { file: input.history.file });
    if (handling.size === 0) throw new CalibrationError('calibrateNoWork', { file: input.history.file });

    const start = localDate(firstOpened, zone);
    const days = daysBetween(start, localDate(lastOpened, zone)) + 1;
    const name = freeName(contract, input.name);
    const order = (category: string) => contract.categories.findIndex((c) => c.name === category);
    const channelOrder = (channel: string | null) => (channel === null ? -1 : contract.channels.findIndex((c) => c.name === channel));
    const lines = [...arrivals.values()].sort((a, b) => order(a.category) - order(b.category) || channelOrder(a.channel) - channelOrder(b.channel));

    const handlingFits = new Map([...handling].map(([c, m]) => [c, m.fit()] as const));
    const allWork = [...handlingFits.values()];
    const pooledMean = allWork.reduce((s, f) => s + f.meanMinutes * f.n, 0) / allWork.reduce((s, f) => s + f.n, 0);

    const categories = [...new Set(lines.map((l) => l.category))];
    const groups = new Map<string, string[]>();
    for (const c of categories) {
        const cal = workCalendarName(contract, c);
        groups.set(cal, [...(groups.get(cal) ?? []), c]);
    }
    const teamName = (cal: string) => (groups.size === 1 ? 'Desk' : `Desk${cal === ALWAYS ? 'Always' : cal}`);
    const period: Scenario['period'] = { start, length: { kind: 'wall', minutes: days * 1440, text: `${days} days` }, end: addDays(start, days) };
    const distributionOf = (fit: Fit): Distribution => {
        const mean = Math.max(1, Math.round(fit.meanMinutes));
        const sd = Math.round(fit.sdMinutes);
        return sd >= 1 ? { kind: 'lognormal', meanMinutes: mean, sdMinutes: sd } : { kind: 'fixed', minutes: mean };
    };
    const handlingOf = (category: string): Distribution => distributionOf(handlingFits.get(category) ?? { n: 0, meanMinutes: pooledMean, sdMinutes: 0 });

    // One probe line per arrival line at a rate of one per business day: the simulator's expected count is
    // then the line's open days, partial days and all.
    const probeArrivals: ArrivalRate[] = lines.map((l) => ({ category: l.category, rate: 1, per: 'day', business: true, channel: l.channel }));
    const teamsOf = (agents: (cal: string) => number): Team[] => [...groups].map(([cal, handles]) => ({ name: teamName(cal), agents: agents(cal), calendar: cal, handles }));
    const probe: Scenario = {
        name,
        extends: null,
        period,
        arrivals: probeArrivals,
        arrivalsFollow: null,
        teams: teamsOf(() => 1),
        handling: categories.map((c) => ({ category: c, distribution: handlingOf(c) })),
        customerReplies: [],
    };
    let model;
    try {
        model = compile({ ...contract, scenarios: [...contract.scenarios.filter((s) => s.name !== name), probe] }, name);
    } catch (error) {
        if (error instanceof SimulationError) throw new CalibrationError('calibrateCannot', {}, error);
        throw error;
    }
    const slot = (channel: string | null) => (channel === null ? 0 : contract.channels.findIndex((c) => c.name === channel) + 1);
    const calibrated: CalibratedArrival[] = lines.map((l) => {
        const source = model.sources.find((s) => s.category === order(l.category) && s.channel === slot(l.channel))!;
        return { category: l.category, channel: l.channel, tickets: l.tickets, openDays: source.expected, perBusinessDay: l.tickets / source.expected };
    });

    const openMs = (cal: string) => calendars(cal).elapsedBusiness(model.start, model.end);
    const agentsOf = (cal: string) => {
        const work = groups.get(cal)!.reduce((sum, c) => sum + (handling.get(c)?.total() ?? 0), 0);
        const open = openMs(cal);
        return Math.max(1, Math.ceil(open > 0 ? work / open / TARGET_UTILISATION : 1));
    };
    const waitFits: Record<string, { share: number; fit: Fit }> = {};
    for (const c of categories) {
        const w = waits.get(c);
        const done = handling.get(c)?.n ?? 0;
        if (w && w.n > 0 && done > 0) waitFits[c] = { share: w.n / done, fit: w.fit() };
    }
    const scenario: Scenario = {
        ...probe,
        title: t(supportedLocale(contract.locale), 'calTitle', { file: input.history.file }),
        arrivals: calibrated.map((a) => ({ category: a.category, rate: roundRate(a.perBusinessDay), per: 'day', business: true, channel: a.channel })),
        teams: teamsOf(agentsOf),
        customerReplies: Object.entries(waitFits)
            .map(([category, w]) => ({ category, percent: roundPercent(w.share), wait: distributionOf(w.fit) }))
            .filter((w) => w.percent > 0),
    };
    const result = {
        scenario,
        tickets,
        period: { start, days, zone: model.zone },
        arrivals: calibrated,
        handling: Object.fromEntries(handlingFits),
        waits: waitFits,
        skipped: replay.problems,
    };
    return { ...result, text: render(result, input.history.file, handlingFits, supportedLocale(contract.locale)) };
}

/** Takes an accepted event into its ticket's log; returns how to take it back. */
function hold(live: Map<string, { channel: string | null; events: TicketEvent[] }>, r: HistoryRecord): () => void {
    const type = CLOCK_EVENT[r.event];
    const event: TicketEvent = type === 'opened' || type === 'categoryChanged' ? { type, at: r.at, category: r.category! } : { type, at: r.at };
    const existing = live.get(r.ticket);
    // A second 'opened' is refused by the Replay; until then it must not replace the ticket already held.
    if (r.event === 'opened' && !existing) {
        live.set(r.ticket, { channel: r.channel, events: [event] });
        return () => live.delete(r.ticket);
    }
    if (!existing) return () => undefined;
    existing.events.push(event);
    return () => void existing.events.pop();
}

/** Rates to 0.1; a rarer line keeps two significant digits rather than vanishing as 0.0. */
export function roundRate(rate: number): number {
    if (rate >= 0.1) return Math.round(rate * 10) / 10;
    return Number(rate.toPrecision(2));
}

function roundPercent(share: number): number {
    const p = share * 100;
    return p >= 1 ? Math.round(p) : Number(p.toPrecision(1));
}

const number = (x: number) => String(x);

function distributionText(d: Distribution): string {
    switch (d.kind) {
        case 'lognormal':
            return `lognormal mean ${d.meanMinutes} minutes sd ${d.sdMinutes} minutes`;
        case 'fixed':
            return `fixed ${d.minutes} minutes`;
        case 'exponential':
            return `exponential mean ${d.meanMinutes} minutes`;
        case 'uniform':
            return `uniform from ${d.minMinutes} minutes to ${d.maxMinutes} minutes`;
    }
}

/**
 * The block in the contract's language: it is pasted into the contract, so its comments speak the contract's
 * words; the syntax stays the language's. Counts are written as digits only ("1234 tickets"), like the code.
 */
function render(c: Omit<Calibration, 'text'>, file: string, fits: ReadonlyMap<string, Fit>, locale: SupportedLocale): string {
    const s = c.scenario;
    const lines: string[] = [];
    const note = (text: string) => lines.push(...text.split('\n').map((line) => `  // ${line}`));
    const tickets = (n: number) => tn(locale, 'calTickets', n, { count: String(n) });
    const end = addDays(c.period.start, c.period.days - 1);
    lines.push(`scenario ${s.name} "${(s.title ?? '').replace(/["\\]/g, '')}" {`);
    note(tn(locale, 'calOpened', c.tickets, { count: String(c.tickets), file, start: c.period.start, end, zone: c.period.zone }));
    lines.push(`  period ${c.period.days} days starting ${c.period.start}`);
    note(t(locale, 'calArrivalsNote'));
    lines.push('  arrivals {');
    for (const [i, a] of s.arrivals.entries()) {
        const k = c.arrivals[i]!;
        const days = Number(k.openDays.toFixed(2));
        const over = tn(locale, 'calOverOpenDays', days, { count: days, tickets: tickets(k.tickets) });
        lines.push(`    ${a.category} ${number(a.rate)} per business day${a.channel ? ` via ${a.channel}` : ''}  // ${over}`);
    }
    lines.push('  }');
    note(t(locale, 'calAgentsNote'));
    for (const t of s.teams) lines.push(`  team ${t.name} { agents ${t.agents} on ${t.calendar}  handles ${t.handles.join(', ')} }`);
    note(t(locale, 'calWorkedNote'));
    lines.push('  handling {');
    for (const h of s.handling) {
        const fit = fits.get(h.category);
        lines.push(`    ${h.category} ${distributionText(h.distribution)}  // ${fit ? tickets(fit.n) : t(locale, 'calNoTicketResolved')}`);
    }
    lines.push('  }');
    if (s.customerReplies.length > 0) {
        note(t(locale, 'calWaitsNote'));
        lines.push('  customer replies {');
        for (const w of s.customerReplies) lines.push(`    ${number(w.percent)}% of ${w.category} wait ${distributionText(w.wait)}  // ${tickets(c.waits[w.category]!.fit.n)}`);
        lines.push('  }');
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}
