import { TicketClock } from '../clock/ticket-clock.js';
import type { TicketEvent } from '../clock/events.js';
import type { Contract, TargetKind } from '../model.js';
import { formatInstant } from '../time/format.js';
import { DAY_MS } from '../time/units.js';
import { closest } from '../util/similar.js';
import type { RowProblem } from './problems.js';
import { CLOCK_EVENT, type HistoryItem, type HistoryRecord } from './records.js';

/** How one target of one ticket stands at the instant the replay looked at it. */
export interface TargetOutcome {
    readonly kind: TargetKind;
    /** The category the target is judged by (the one in force when it stopped, or at the end). */
    readonly category: string;
    readonly state: 'met' | 'breached' | 'pending';
    readonly due: number | null;
    readonly stoppedAt: number | null;
    readonly breachedAt: number | null;
    /** The instant its outcome was decided: the fulfilment if met, the breach if breached; null while pending. */
    readonly decidedAt: number | null;
    /** Time the clock stood still awaiting the customer, up to the stop (or the end). */
    readonly pausedMs: number;
    /** Open time left on the target's calendar (negative once overdue). */
    readonly remainingMs: number;
}

export interface ResolutionOutcome {
    readonly at: number;
    readonly firstContact: boolean | null;
    readonly satisfaction: number | null;
    /** The ticket's first resolution: first contact resolution is counted once per ticket, on it. */
    readonly first: boolean;
}

export interface EscalationOutcome {
    readonly target: TargetKind;
    readonly percent: number;
    readonly notify: string;
    readonly contact: string | null;
    readonly onCall: string | null;
    readonly at: number;
}

export interface CustomerLateOutcome {
    readonly since: number;
    readonly due: number;
    readonly endedAt: number | null;
    readonly endedBy: 'reply' | 'resolved' | null;
    /** Whether the wait paused the provider's clocks (the contract's `pauses clock`). */
    readonly pausedClock: boolean;
}

/** Everything the compliance figures need of one ticket, computed once by the SLA clock. */
export interface TicketOutcome {
    readonly ticket: string;
    readonly channel: string | null;
    readonly opened: number;
    /** The instant the clock was asked about (the end of the report, or the ticket's last event). */
    readonly at: number;
    readonly category: string;
    readonly targets: readonly TargetOutcome[];
    readonly resolutions: readonly ResolutionOutcome[];
    readonly escalations: readonly EscalationOutcome[];
    readonly customerLate: readonly CustomerLateOutcome[];
    /** Not resolved at `at`. */
    readonly open: boolean;
}

export interface ReplayOptions {
    readonly contract: Contract;
    /** Look at every ticket as of this instant at the latest (the end of the report's range). */
    readonly until?: number;
    /**
     * How long (in the log's own time) a resolved ticket is kept in case it is reopened; after that it is
     * counted and forgotten, so memory follows the tickets open at once, not the length of the file.
     */
    readonly reopenWindowMs?: number;
    readonly onTicket: (outcome: TicketOutcome) => void;
}

export const DEFAULT_REOPEN_WINDOW_MS = 30 * DAY_MS;
/** Rows between sweeps for resolved tickets to forget; a ticket seen within this many rows is kept. */
const SWEEP_ROWS = 4096;

interface LiveTicket {
    readonly id: string;
    readonly channel: string | null;
    readonly openedRow: number;
    events: TicketEvent[];
    rows: number[];
    /** Each event's category as the record gave it, which duplicates are told apart by. */
    categories: (string | null)[];
    resolutions: { at: number; firstContact: boolean | null; satisfaction: number | null }[];
    /** Creation order: the sweep judges in the order the live map would iterate, so results keep their order. */
    readonly seq: number;
    /** Bumped per accepted event: a queue entry with an older stamp is stale. */
    stamp: number;
    judged: boolean;
    lastAt: number;
    lastRow: number;
    lastIndex: number;
    resolved: boolean;
    file: string;
}

/** A resolved ticket waiting to be forgotten, keyed by the instant it went quiet. */
interface Quiet {
    readonly at: number;
    readonly stamp: number;
    readonly ticket: LiveTicket;
}

/** A binary min-heap of quiet tickets by `at`: each sweep pops only the tickets due, not every live one. */
class QuietHeap {
    private readonly items: Quiet[] = [];
    get size(): number {
        return this.items.length;
    }
    peek(): Quiet | undefined {
        return this.items[0];
    }
    push(q: Quiet): void {
        const a = this.items;
        let i = a.push(q) - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (a[parent]!.at <= q.at) break;
            a[i] = a[parent]!;
            i = parent;
        }
        a[i] = q;
    }
    pop(): Quiet | undefined {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length === 0 || last === undefined) return top;
        let i = 0;
        const n = a.length;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= n) break;
            const r = l + 1;
            const c = r < n && a[r]!.at < a[l]!.at ? r : l;
            if (a[c]!.at >= last.at) break;
            a[i] = a[c]!;
            i = c;
        }
        a[i] = last;
        return top;
    }
}

/** Reasons of TicketHistory for events that change nothing and are normal in real logs (every reply is a response). */
const HARMLESS = new Set(['already responded', 'the category does not change']);

/**
 * Replays a ticket history against a contract, ticket by ticket with the SLA clock (runtime/clock): rows
 * arrive one at a time in file order; each ticket's events are checked (known category and channel, opened
 * first, no duplicates, in order) and kept until the ticket can be judged. Bad rows become problems and
 * never reach the clock.
 */
export class Replay {
    readonly problems: RowProblem[] = [];
    /** Some times had no offset and were read in the --zone. */
    localTimes = false;
    /** The latest event instant seen: where the history ends. */
    lastEventAt = -Infinity;
    firstEventAt = Infinity;
    rows = 0;

    private readonly live = new Map<string, LiveTicket>();
    private readonly quiet = new QuietHeap();
    private seq = 0;
    private readonly zone: string;
    private readonly categories: Set<string>;
    private readonly channels: Set<string>;
    private readonly views = new Map<string, Contract>();
    private readonly window: number;
    private index = 0;

    constructor(private readonly options: ReplayOptions) {
        this.categories = new Set(options.contract.categories.map((c) => c.name));
        this.channels = new Set(options.contract.channels.map((c) => c.name));
        this.window = options.reopenWindowMs ?? DEFAULT_REOPEN_WINDOW_MS;
        // The contract does not change during a replay; looking the calendar up per row was a tenth of the time.
        this.zone = this.zoneOf();
    }

    add(item: HistoryItem): void {
        this.rows++;
        if (item.kind === 'problem') {
            this.problems.push(item);
            return;
        }
        const bad = this.check(item);
        if (bad) {
            this.problems.push(bad);
            return;
        }
        if (++this.index % SWEEP_ROWS === 0) this.sweep();
    }

    /** Judges the tickets still held, as of `until` or the end of the history. */
    finish(): void {
        for (const ticket of this.live.values()) this.judge(ticket, this.endOf());
        this.live.clear();
    }

    /** The instant tickets still open are judged at: the end of the range, or of the history if earlier. */
    endOf(): number {
        return Math.min(this.options.until ?? Infinity, this.lastEventAt);
    }

    private zoneOf(): string {
        const c = this.options.contract;
        const name = c.defaultCalendar ?? c.calendars[0]?.name;
        return c.calendars.find((x) => x.name === name)?.zone ?? 'UTC';
    }

    private bad(record: HistoryRecord, column: number, message: string): RowProblem {
        return { file: record.file, row: record.row, column, message };
    }

    private check(r: HistoryRecord): RowProblem | null {
        if (r.category !== null && !this.categories.has(r.category)) {
            const near = closest(r.category, this.categories);
            return this.bad(r, r.columns.category, `unknown category '${r.category}'${near ? `; did you mean '${near}'?` : `; the contract declares ${[...this.categories].join(', ')}`}`);
        }
        if (r.channel !== null && r.event === 'opened' && this.channels.size > 0 && !this.channels.has(r.channel)) {
            const near = closest(r.channel, this.channels);
            return this.bad(r, r.columns.channel, `unknown channel '${r.channel}'${near ? `; did you mean '${near}'?` : `; the contract declares ${[...this.channels].join(', ')}`}`);
        }
        const zone = this.zone;
        let ticket = this.live.get(r.ticket);
        if (!ticket) {
            if (r.event !== 'opened') {
                return this.bad(r, r.columns.event, `'${r.event}' of ticket ${r.ticket} before its 'opened' (or after its resolution was counted: the reopen window is ${Math.round(this.window / DAY_MS)} days)`);
            }
            ticket = { id: r.ticket, channel: r.channel, openedRow: r.row, events: [], rows: [], categories: [], resolutions: [], seq: this.seq++, stamp: 0, judged: false, lastAt: r.at, lastRow: r.row, lastIndex: 0, resolved: false, file: r.file };
            this.live.set(r.ticket, ticket);
        } else {
            const same = r.at > ticket.lastAt ? undefined : duplicateRow(ticket, CLOCK_EVENT[r.event], r.at, r.category);
            if (same !== undefined) return this.bad(r, r.columns.event, `duplicate event: '${r.event}' of ticket ${r.ticket} at the same instant as row ${same}`);
            if (r.event === 'opened') return this.bad(r, r.columns.event, `ticket ${r.ticket} is already open (opened at row ${ticket.openedRow})`);
            if (r.at < ticket.lastAt) {
                return this.bad(r, r.columns.at, `out of order: ticket ${r.ticket}'s previous event (row ${ticket.lastRow}) is at ${formatInstant(ticket.lastAt, zone)}, later than this one (${formatInstant(r.at, zone)})`);
            }
        }
        const type = CLOCK_EVENT[r.event];
        const event: TicketEvent = type === 'opened' || type === 'categoryChanged' ? { type, at: r.at, category: r.category! } : { type, at: r.at };
        ticket.events.push(event);
        ticket.rows.push(r.row);
        ticket.categories.push(r.category);
        if (r.event === 'resolved') {
            ticket.resolutions.push({ at: r.at, firstContact: r.firstContact, satisfaction: r.satisfaction });
            ticket.resolved = true;
            // A resolved ticket is mostly kept idle for the reopen window, and a grown array has room for 17 or
            // more: exact-length copies made most of the memory the replay held.
            ticket.events = ticket.events.slice();
            ticket.rows = ticket.rows.slice();
            ticket.categories = ticket.categories.slice();
            ticket.resolutions = ticket.resolutions.slice();
        } else if (r.event === 'reopened') ticket.resolved = false;
        ticket.lastAt = r.at;
        ticket.lastRow = r.row;
        ticket.lastIndex = this.index + 1;
        ticket.stamp++;
        if (ticket.resolved) this.quiet.push({ at: r.at, stamp: ticket.stamp, ticket });
        if (r.local) this.localTimes = true;
        if (r.at > this.lastEventAt) this.lastEventAt = r.at;
        if (r.at < this.firstEventAt) this.firstEventAt = r.at;
        return null;
    }

    /** Forgets resolved tickets that have been quiet for the reopen window, in log time and in rows. */
    private sweep(): void {
        const due: LiveTicket[] = [];
        const recent: Quiet[] = [];
        for (let q = this.quiet.peek(); q !== undefined && this.lastEventAt - q.at > this.window; q = this.quiet.peek()) {
            this.quiet.pop();
            const t = q.ticket;
            // A later event (a reopening, another resolution) pushed a newer entry; this one is stale.
            if (t.judged || q.stamp !== t.stamp || !t.resolved) continue;
            if (this.index - t.lastIndex < SWEEP_ROWS) recent.push(q);
            else due.push(t);
        }
        for (const q of recent) this.quiet.push(q);
        // The live map's order (creation), as the full scan judged them: breaches at equal instants keep their order.
        due.sort((a, b) => a.seq - b.seq);
        for (const t of due) {
            t.judged = true;
            this.judge(t, Math.min(this.options.until ?? Infinity, t.lastAt));
            this.live.delete(t.id);
        }
    }

    /** The contract as tickets of `channel` see it: each category's channel targets replace its own. */
    private viewFor(channel: string | null): Contract {
        const contract = this.options.contract;
        if (channel === null) return contract;
        let view = this.views.get(channel);
        if (!view) {
            const touched = contract.categories.some((c) => c.channels?.some((t) => t.channel === channel));
            view = touched
                ? {
                      ...contract,
                      categories: contract.categories.map((c) => {
                          const t = c.channels?.find((x) => x.channel === channel);
                          return t ? { ...c, response: t.response ?? c.response, resolution: t.resolution ?? c.resolution } : c;
                      }),
                  }
                : contract;
            this.views.set(channel, view);
        }
        return view;
    }

    private judge(t: LiveTicket, at: number): void {
        t.judged = true;
        const contract = this.viewFor(t.channel);
        const clock = TicketClock.of(contract, t.events);
        const rowOf = new Map(t.events.map((e, i) => [e, t.rows[i]!]));
        for (const ignored of clock.ignored) {
            if (HARMLESS.has(ignored.reason)) continue;
            this.problems.push({ file: t.file, row: rowOf.get(ignored.event) ?? 0, column: 0, message: `'${ignored.event.type}' of ticket ${t.id} cannot apply: ${ignored.reason}` });
        }
        const opened = clock.history.opened;
        if (!(at >= opened)) return;
        const status = clock.at(at);
        const pausesClock = contract.customerObligations?.reply?.pausesClock === true;
        const pausedUntil = (end: number) =>
            pausesClock ? clock.history.awaiting.reduce((sum, w) => sum + Math.max(0, Math.min(w.end ?? Infinity, end) - w.start), 0) : 0;
        const targets: TargetOutcome[] = [];
        for (const target of [status.response, status.resolution]) {
            if (!target) continue;
            const decidedAt = target.state === 'met' ? target.stoppedAt : target.state === 'breached' ? target.breachedAt : null;
            targets.push({
                kind: target.kind,
                category: target.category,
                state: target.state,
                due: target.due,
                stoppedAt: target.stoppedAt,
                breachedAt: target.breachedAt,
                decidedAt,
                pausedMs: pausedUntil(Math.min(target.stoppedAt ?? at, at)),
                remainingMs: target.remainingMs,
            });
        }
        const escalations: EscalationOutcome[] = [];
        for (const target of [status.response, status.resolution]) {
            for (const e of target?.escalations ?? []) {
                if (e.state !== 'fired' || e.at === null) continue;
                const step = contract.escalations
                    .filter((x) => x.categories.length === 0 || x.categories.includes(target!.category))
                    .flatMap((x) => x.steps)
                    .find((s) => s.target === e.target && s.percent === e.percent && s.notify === e.notify);
                escalations.push({
                    target: e.target,
                    percent: e.percent,
                    notify: e.notify,
                    contact: e.contact ?? null,
                    onCall: step?.onCall ? onCallAt(contract, step.onCall, e.at, this.zone) : null,
                    at: e.at,
                });
            }
        }
        const stops = clock.history.resolutions.filter((r) => r.resolvedAt <= at);
        const last = stops[stops.length - 1];
        const isOpen = !last || (last.reopenedAt !== null && last.reopenedAt <= at);
        // Only resolutions the clock accepted carry ratings: a second 'resolved' without a reopen is a bad row.
        const accepted = new Set(stops.map((r) => r.resolvedAt));
        const resolutions = t.resolutions.filter((r) => accepted.has(r.at)).map((r, i) => ({ ...r, first: i === 0 }));
        this.options.onTicket({
            ticket: t.id,
            channel: t.channel,
            opened,
            at,
            category: status.category,
            targets,
            resolutions,
            escalations,
            customerLate: status.customerReplies
                .filter((c) => c.state === 'breached' && c.due !== null)
                .map((c) => ({ since: c.since, due: c.due!, endedAt: c.endedAt, endedBy: c.endedBy, pausedClock: pausesClock })),
            open: isOpen,
        });
    }
}

/**
 * The row of an earlier event of the ticket with the same type, instant and category, if any. Events are kept
 * in order, so an event later than the last one cannot repeat any; at the last instant only the tail is looked
 * at, and only a row already out of order (a bad row) looks further back.
 */
function duplicateRow(t: LiveTicket, type: TicketEvent['type'], at: number, category: string | null): number | undefined {
    for (let i = t.events.length - 1; i >= 0; i--) {
        const e = t.events[i]!;
        if (e.at < at) {
            // Accepted events never go back in time, so nothing earlier can be at `at`.
            break;
        }
        if (e.at === at && e.type === type && t.categories[i] === category) return t.rows[i];
    }
    return undefined;
}

/** Who of an on-call rotation is on call at `ms`: turns of a day, a week or a month from the rotation's start. */
export function onCallAt(contract: Contract, rotationName: string, ms: number, zone: string): string | null {
    const rotation = contract.onCall?.find((r) => r.name === rotationName);
    if (!rotation || rotation.people.length === 0) return null;
    const local = formatInstant(ms, zone).slice(0, 10);
    if (local < rotation.start) return null;
    const [y0, m0, d0] = rotation.start.split('-').map(Number) as [number, number, number];
    const [y1, m1, d1] = local.split('-').map(Number) as [number, number, number];
    const days = Math.round((Date.UTC(y1, m1 - 1, d1) - Date.UTC(y0, m0 - 1, d0)) / DAY_MS);
    const turns = rotation.rotation === 'daily' ? days : rotation.rotation === 'weekly' ? Math.floor(days / 7) : (y1 - y0) * 12 + (m1 - m0) - (d1 < d0 ? 1 : 0);
    const person = rotation.people[turns % rotation.people.length]!;
    return person.contact ? `${person.name} <${person.contact}>` : person.name;
}
