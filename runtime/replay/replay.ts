import { TicketClock } from '../clock/ticket-clock.js';
import type { TicketEvent } from '../clock/events.js';
import type { Contract, EscalationStep, TargetKind } from '../model.js';
import { formatInstant } from '../time/format.js';
import { DAY_MS } from '../time/units.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { closest } from '../util/similar.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import { wordedProblem, type RowProblem, type Words } from './problems.js';
import { EVENT_CODE, EVENT_TYPES, LiveTickets, OPENED, QuietQueue, RESOLVED, REOPENED, type TextOf } from './live-tickets.js';
import { CLOCK_EVENT, type HistoryItem, type HistoryRecord } from './records.js';
import { TicketJudge } from './ticket-judge.js';
import type { CodeUnits } from './event-time.js';

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
    /**
     * The outcome onTicket gets (its targets, resolutions and escalations) may be written over for the next
     * ticket and read only during the call: the callback keeps none of it but the entries of customerLate, which
     * are its own. The records a judged ticket made were most of a replay's garbage; a caller that keeps outcomes
     * leaves this unset.
     */
    readonly reusesOutcomes?: boolean;
    /** Judge every ticket with TicketClock itself, as the fast judge (ticket-judge.ts) answers for most: the reference its tests hold it to. */
    readonly clockOnly?: boolean;
}

export const DEFAULT_REOPEN_WINDOW_MS = 30 * DAY_MS;
/** Rows between sweeps for resolved tickets to forget; a ticket seen within this many rows is kept. */
const SWEEP_ROWS = 4096;

/** Reasons of TicketHistory for events that change nothing and are normal in real logs (every reply is a response). */
const HARMLESS = new Set(['already responded', 'the category does not change']);

/** TicketHistory's reasons for setting an event aside, as catalogue words. */
const REASONS: Readonly<Record<string, MessageKey>> = {
    'the ticket is already open': 'historyReasonAlreadyOpen',
    'the category does not change': 'historyReasonSameCategory',
    'the ticket is resolved': 'historyReasonResolved',
    'already awaiting the customer': 'historyReasonAlreadyAwaiting',
    'not awaiting the customer': 'historyReasonNotAwaiting',
    'already responded': 'historyReasonAlreadyResponded',
    'already resolved': 'historyReasonAlreadyResolved',
    'the ticket is not resolved': 'historyReasonNotResolved',
};

function reasonWords(reason: string): Words {
    const key = REASONS[reason];
    if (key) return { key };
    const category = /^no category "(.*)" in the contract$/.exec(reason);
    // Every reason TicketHistory gives is above; an unforeseen one is shown as it is, in English.
    return category ? { key: 'historyReasonNoCategory', args: { category: category[1]! } } : { key: 'historyReasonOther', args: { detail: reason } };
}

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

    private quiet = new QuietQueue();
    private live = new LiveTickets(this.quiet);
    private seq = 0;
    /** Bumped per accepted event, so a quiet entry with an older stamp (or another ticket's) is stale. */
    private stamps = 0;
    /** Category names by index, as the contract spells them (and as stored: an index per event). */
    private readonly categoryNames: string[];
    private readonly categoryIndex: Map<string, number>;
    private readonly channelNames: Map<string, string>;
    private readonly zone: string;
    private readonly categories: Set<string>;
    private readonly channels: Set<string>;
    private readonly views = new Map<string, Contract>();
    private readonly judges = new Map<Contract, TicketJudge>();
    /** The judge of a channel's view (one look-up per ticket instead of the view's and then its judge's). */
    private readonly judgeOfChannel = new Map<string | null, TicketJudge>();
    private readonly steps = new Map<Contract, Map<string, readonly EscalationStep[]>>();
    private readonly window: number;
    private readonly timeline: ZoneTimeline;
    private readonly onCallDays = new Map<Contract, Map<string, Map<number, string | null>>>();
    private index = 0;

    constructor(private readonly options: ReplayOptions) {
        this.categories = new Set(options.contract.categories.map((c) => c.name));
        this.channels = new Set(options.contract.channels.map((c) => c.name));
        this.categoryNames = options.contract.categories.map((c) => c.name);
        this.categoryIndex = new Map(this.categoryNames.map((name, i) => [name, i]));
        this.channelNames = new Map(options.contract.channels.map((c) => [c.name, c.name]));
        this.window = options.reopenWindowMs ?? DEFAULT_REOPEN_WINDOW_MS;
        // The contract does not change during a replay; looking the calendar up per row was a tenth of the time.
        this.zone = this.zoneOf();
        this.timeline = ZoneTimeline.of(this.zone);
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

    /** The contract replayed. */
    get contract(): Contract {
        return this.options.contract;
    }

    /**
     * A plain row of Pacto's own log, already read (pacto-lines.ts): the ticket id is text.text[from, to) (`key` its idKey), the event
     * type an EVENT_CODE, the category an index of the contract's categories (−1 for none), the channel the
     * contract's own string (or null); `codes` are the text's code units (LineBlock.bytes or its UTF-16 units), which
     * the look-up reads. Returns false, changing nothing, when the row needs the full check (a
     * problem to word, or an event not later than the ticket's last one): the caller then gives it to add().
     */
    addPlain(text: TextOf, from: number, to: number, key: number, at: number, type: number, category: number, channel: string | null, file: string, row: number, codes: CodeUnits): boolean {
        const live = this.live;
        let slot = live.slotAt(codes, from, to, key);
        if (type === OPENED) {
            if (slot >= 0) return false;
            slot = live.openAt(text, codes, from, to, channel, file, row, this.seq++, key);
        } else if (slot < 0 || !(at > live.lastAt(slot))) return false;
        this.rows++;
        this.accept(slot, at, type, category, row, -1, NaN, false);
        if (++this.index % SWEEP_ROWS === 0) this.sweep();
        return true;
    }

    /** Judges the tickets still held, as of `until` or the end of the history. */
    finish(): void {
        const end = this.endOf();
        for (const slot of this.live.slots()) {
            this.judge(slot, end);
            this.live.release(slot);
        }
        // Every ticket is judged: the pools (tens of MB for a large history) go before the report is written.
        this.quiet = new QuietQueue();
        this.live = new LiveTickets(this.quiet);
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

    private bad(record: HistoryRecord, column: number, key: MessageKey, args: MessageArgs): RowProblem {
        return wordedProblem(record.file, record.row, column, key, args);
    }

    private check(r: HistoryRecord): RowProblem | null {
        if (r.category !== null && !this.categories.has(r.category)) {
            const near = closest(r.category, this.categories);
            return near
                ? this.bad(r, r.columns.category, 'historyUnknownCategoryNear', { category: r.category, near })
                : this.bad(r, r.columns.category, 'historyUnknownCategory', { category: r.category, names: [...this.categories].join(', ') });
        }
        if (r.channel !== null && r.event === 'opened' && this.channels.size > 0 && !this.channels.has(r.channel)) {
            const near = closest(r.channel, this.channels);
            return near
                ? this.bad(r, r.columns.channel, 'historyUnknownChannelNear', { channel: r.channel, near })
                : this.bad(r, r.columns.channel, 'historyUnknownChannel', { channel: r.channel, names: [...this.channels].join(', ') });
        }
        const zone = this.zone;
        const live = this.live;
        let slot = live.slotOf(r.ticket);
        if (slot === undefined) {
            if (r.event !== 'opened') {
                return this.bad(r, r.columns.event, 'historyBeforeOpened', { event: r.event, ticket: r.ticket, days: String(Math.round(this.window / DAY_MS)) });
            }
            // Names kept for the report are the contract's own strings or copies: a field cut out of a
            // block of the file would keep the whole block alive.
            const channel = r.channel === null ? null : (this.channelNames.get(r.channel) ?? own(r.channel));
            slot = live.open(own(r.ticket), channel, r.file, r.row, this.seq++);
        } else {
            const same = r.at > live.lastAt(slot) ? undefined : this.duplicateRow(slot, EVENT_CODE[CLOCK_EVENT[r.event]], r.at, r.category);
            if (same !== undefined) return this.bad(r, r.columns.event, 'historyDuplicateEvent', { event: r.event, ticket: r.ticket, row: String(same) });
            if (r.event === 'opened') return this.bad(r, r.columns.event, 'historyAlreadyOpen', { ticket: r.ticket, row: String(live.openedRowOf(slot)) });
            if (r.at < live.lastAt(slot)) {
                return this.bad(r, r.columns.at, 'historyOutOfOrder', { ticket: r.ticket, row: String(live.lastRow(slot)), previous: formatInstant(live.lastAt(slot), zone), at: formatInstant(r.at, zone) });
            }
        }
        const type = EVENT_CODE[CLOCK_EVENT[r.event]];
        // Only opened and category_changed carry a category (the reader leaves it null on the others).
        const category = r.category === null ? -1 : this.categoryIndex.get(r.category)!;
        const resolved = type === RESOLVED;
        this.accept(slot, r.at, type, category, r.row, resolved && r.firstContact !== null ? (r.firstContact ? 1 : 0) : -1, resolved && r.satisfaction !== null ? r.satisfaction : NaN, r.local);
        return null;
    }

    /** Holds a checked event of the ticket in `slot`. */
    private accept(slot: number, at: number, type: number, category: number, row: number, firstContact: number, satisfaction: number, local: boolean): void {
        const live = this.live;
        const stamp = ++this.stamps;
        const resolvedNow = type === RESOLVED ? true : type === REOPENED ? false : live.resolved(slot);
        if (live.push(slot, at, type, category, row, firstContact, satisfaction, this.index + 1, stamp, resolvedNow)) this.quiet.push(at, stamp, slot);
        if (local) this.localTimes = true;
        if (at > this.lastEventAt) this.lastEventAt = at;
        if (at < this.firstEventAt) this.firstEventAt = at;
    }

    /**
     * The row of an earlier event of the ticket with the same type, instant and category, if any. Events are
     * kept in order, so an event later than the last one cannot repeat any (the caller asks only otherwise),
     * and the latest match is the one a scan back from the last event would find.
     */
    private duplicateRow(slot: number, type: number, at: number, category: string | null): number | undefined {
        const live = this.live;
        const code = category === null ? -1 : (this.categoryIndex.get(category) ?? -2);
        let row: number | undefined;
        live.forEach(slot, (i) => {
            if (live.evAt(i) === at && live.evType(i) === type && live.evCategory(i) === code) row = live.evRow(i);
        });
        return row;
    }

    /** Forgets resolved tickets that have been quiet for the reopen window, in log time and in rows. */
    private sweep(): void {
        const live = this.live;
        const quiet = this.quiet;
        const due: number[] = [];
        const recent: [number, number, number][] = [];
        while (quiet.size > 0 && this.lastEventAt - quiet.topAt() > this.window) {
            const at = quiet.topAt();
            const stamp = quiet.topStamp();
            const slot = quiet.topSlot();
            quiet.pop();
            // A later event (a reopening, another resolution) pushed a newer entry, or the slot was reused: stale.
            if (live.stamp(slot) !== stamp || !live.resolved(slot)) continue;
            if (this.index - live.lastIndex(slot) < SWEEP_ROWS) recent.push([at, stamp, slot]);
            else due.push(slot);
        }
        for (const [at, stamp, slot] of recent) quiet.push(at, stamp, slot);
        // The order tickets were first seen, as a scan of all live tickets judged them: breaches at equal instants keep their order.
        inSeqOrder(due, live);
        for (const slot of due) {
            this.judge(slot, Math.min(this.options.until ?? Infinity, live.lastAt(slot)));
            live.release(slot);
        }
    }

    /**
     * onCallAt, asked once per rotation and local date: it depends on nothing else, and formatting the instant
     * per escalation (over 100,000 in a year's history) was a few per cent of a replay.
     */
    private onCall(contract: Contract, rotation: string, ms: number): string | null {
        let byRotation = this.onCallDays.get(contract);
        if (!byRotation) this.onCallDays.set(contract, (byRotation = new Map()));
        let byDay = byRotation.get(rotation);
        if (!byDay) byRotation.set(rotation, (byDay = new Map()));
        // The local date's day number: the instant plus the zone's offset then, read as UTC.
        const day = Math.floor((ms + this.timeline.offsetAt(ms)) / DAY_MS);
        let person = byDay.get(day);
        if (person === undefined) byDay.set(day, (person = onCallAt(contract, rotation, ms, this.zone)));
        return person;
    }

    /** The escalation steps that apply to `category` (once per contract view and category, not per escalation). */
    private stepsFor(contract: Contract, category: string): readonly EscalationStep[] {
        let byCategory = this.steps.get(contract);
        if (!byCategory) this.steps.set(contract, (byCategory = new Map()));
        let steps = byCategory.get(category);
        if (!steps) {
            steps = contract.escalations.filter((x) => x.categories.length === 0 || x.categories.includes(category)).flatMap((x) => x.steps);
            byCategory.set(category, steps);
        }
        return steps;
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

    private judge(slot: number, at: number): void {
        const live = this.live;
        const channel = live.channelOf(slot);
        let judge = this.judgeOfChannel.get(channel);
        if (!judge) {
            const view = this.viewFor(channel);
            judge = this.judges.get(view);
            if (!judge) this.judges.set(view, (judge = new TicketJudge(view, this.categoryNames, (rotation, ms) => this.onCall(view, rotation, ms), this.options.reusesOutcomes === true)));
            this.judgeOfChannel.set(channel, judge);
        }
        const contract = judge.contract;
        const fast = this.options.clockOnly ? null : judge.outcome(live, slot, at, channel);
        if (fast === undefined) return;
        if (fast !== null) {
            this.options.onTicket(fast);
            return;
        }
        const id = live.idOf(slot);
        const n = live.count(slot);
        const events: TicketEvent[] = new Array(n);
        const rows: number[] = new Array(n);
        const given: { at: number; firstContact: boolean | null; satisfaction: number | null }[] = [];
        live.forEach(slot, (i, k) => {
            const type = EVENT_TYPES[live.evType(i)]!;
            const eventAt = live.evAt(i);
            events[k] = type === 'opened' || type === 'categoryChanged' ? { type, at: eventAt, category: this.categoryNames[live.evCategory(i)]! } : { type, at: eventAt };
            rows[k] = live.evRow(i);
            if (type === 'resolved') {
                const fc = live.evFirstContact(i);
                const score = live.evSatisfaction(i);
                given.push({ at: eventAt, firstContact: fc < 0 ? null : fc === 1, satisfaction: score === score ? score : null });
            }
        });
        const clock = TicketClock.of(contract, events);
        for (const ignored of clock.ignored) {
            if (HARMLESS.has(ignored.reason)) continue;
            this.problems.push(wordedProblem(live.files[slot]!, rows[events.indexOf(ignored.event)] ?? 0, 0, 'historyCannotApply', { event: ignored.event.type, ticket: id }, reasonWords(ignored.reason)));
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
                const step = this.stepsFor(contract, target!.category).find((s) => s.target === e.target && s.percent === e.percent && s.notify === e.notify);
                escalations.push({
                    target: e.target,
                    percent: e.percent,
                    notify: e.notify,
                    contact: e.contact ?? null,
                    onCall: step?.onCall ? this.onCall(contract, step.onCall, e.at) : null,
                    at: e.at,
                });
            }
        }
        const stops = clock.history.resolutions.filter((r) => r.resolvedAt <= at);
        const last = stops[stops.length - 1];
        const isOpen = !last || (last.reopenedAt !== null && last.reopenedAt <= at);
        // Only resolutions the clock accepted carry ratings: a second 'resolved' without a reopen is a bad row.
        const resolutions = given.filter((r) => stops.some((s) => s.resolvedAt === r.at)).map((r, i) => ({ ...r, first: i === 0 }));
        this.options.onTicket({
            ticket: id,
            channel,
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

/** Slots where seq · SLOT_KEYS + slot is exact in a double (seq below 2^27): sorted as numbers, without a comparator. */
const SLOT_KEYS = 2 ** 26;

/** Sorts the slots by the order their tickets were first seen (seqs are distinct). */
function inSeqOrder(slots: number[], live: LiveTickets): void {
    const n = slots.length;
    if (n < 2) return;
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) {
        const slot = slots[k]!;
        const seq = live.seqOf(slot);
        if (slot >= SLOT_KEYS || seq >= 2 ** 27) {
            slots.sort((a, b) => live.seqOf(a) - live.seqOf(b));
            return;
        }
        keys[k] = seq * SLOT_KEYS + slot;
    }
    keys.sort();
    for (let k = 0; k < n; k++) slots[k] = keys[k]! % SLOT_KEYS;
}

/**
 * A string that holds only its own characters: V8 may cut a field out of the line's text as a view of it,
 * and a ticket id kept for the reopen window would keep the whole block of the file alive.
 */
function own(text: string): string {
    return text.length < 13 ? text : (' ' + text).slice(1);
}
