/**
 * Worked examples of a target: its due instant for tickets opened at the telling moments of
 * example-moments.ts, with short notes on what the clock skipped (from the runtime's explainDeadline).
 * Works on the lowered contract only. Calendars come from calendar-cache.ts and the moments are cached
 * per calendar object, so both survive edits that leave the calendar's text alone: a hover costs a few
 * deadline look-ups.
 */
import {
    ALWAYS,
    ZoneTimeline,
    alwaysCalendar,
    dueAfter,
    explainDeadline,
    type Calendar,
    type Contract,
    type DeadlineAmount,
    type Duration,
} from '../../runtime/index.js';
import { calendarLookup } from '../../runtime/index.js';
import { referenceMoments, type ExampleMoment, type ReferenceMoments } from './example-moments.js';
import { offsetWords, shortDate, shortInstant, spanWords, yearOf } from './time-words.js';

export interface WorkedExample {
    readonly moment: ExampleMoment;
    /** +∞ when the calendar never opens again. */
    readonly due: number;
    readonly notes: readonly string[];
}

export interface WorkedExamples {
    /** The zone every instant is shown in (the counting calendar's; the default calendar's for wall-clock time). */
    readonly zone: string;
    /** The calendar the duration counts on; undefined for wall-clock time. */
    readonly calendar: string | undefined;
    /** Calendar whose hours chose the moments (differs from `calendar` for wall-clock time and `always`). */
    readonly momentsFrom: string | undefined;
    readonly reference: ReferenceMoments;
    readonly examples: readonly WorkedExample[];
}

const momentsCache = new WeakMap<Calendar, Map<string, ReferenceMoments | undefined>>();

/** Wall-clock time, or business time on `always` (the same thing): counted on the instant timeline. */
function isWallClock(duration: Duration): boolean {
    return duration.kind === 'wall' || duration.calendar === ALWAYS;
}

/** The calendar whose hours give the moments: the counting one, else the default calendar, else `always`. */
function momentsCalendar(contract: Contract, duration: Duration): Calendar {
    const lookup = calendarLookup(contract);
    if (!isWallClock(duration) && duration.kind !== 'wall') return lookup(duration.calendar);
    const fallback = contract.defaultCalendar;
    return fallback && contract.calendars.some((c) => c.name === fallback) ? lookup(fallback) : alwaysCalendar();
}

function momentsOf(calendar: Calendar, termStart: string, wallClock: boolean): ReferenceMoments | undefined {
    let byTerm = momentsCache.get(calendar);
    if (!byTerm) momentsCache.set(calendar, (byTerm = new Map()));
    const key = `${termStart}|${wallClock}`;
    if (!byTerm.has(key)) byTerm.set(key, referenceMoments(calendar, termStart, wallClock));
    return byTerm.get(key);
}

/** The amount explainDeadline needs for a business duration. */
export function deadlineAmount(duration: Exclude<Duration, { kind: 'wall' }>): DeadlineAmount {
    return duration.kind === 'businessDays' ? { days: duration.days } : { minutes: duration.minutes };
}

/** "Carnaval (Mon 16 Feb, Tue 17 Feb)": the dates of each holiday name, in order. */
function holidayNotes(dates: readonly { date: number; names: readonly string[] }[], zone: string, year: number): string[] {
    const byName = new Map<string, string[]>();
    for (const { date, names } of dates) {
        const name = names.join(' / ');
        byName.set(name, [...(byName.get(name) ?? []), shortDate(date, zone, year)]);
    }
    return [...byName].map(([name, list]) => `skips ${name} (${list.join(', ')})`);
}

function dstNote(offsetBefore: number, offsetAfter: number, at: number, zone: string, year: number): string {
    return `crosses the DST change of ${shortDate(at, zone, year)} (${offsetWords(offsetBefore)} → ${offsetWords(offsetAfter)})`;
}

function businessNotes(calendar: Calendar, duration: Exclude<Duration, { kind: 'wall' }>, opened: number, year: number): string[] {
    const explanation = explainDeadline(calendar, opened, deadlineAmount(duration));
    const zone = calendar.zone;
    const notes: string[] = [];
    if (explanation.clockStart > opened && Number.isFinite(explanation.clockStart)) {
        notes.push(`clock starts ${shortInstant(explanation.clockStart, zone, year)}`);
    }
    const start = (date: string) => ZoneTimeline.of(zone).instantOf(Date.parse(`${date}T00:00:00Z`));
    const holidays = explanation.closedDays.filter((d) => d.reason === 'holiday').map((d) => ({ date: start(d.date), names: d.holidays }));
    notes.push(...holidayNotes(holidays, zone, year));
    for (const day of explanation.closedDays) {
        if (day.reason === 'specialHours') notes.push(`skips ${shortDate(start(day.date), zone, year)} (closed by special hours)`);
        if (day.reason === 'dstGap') notes.push(`skips ${shortDate(start(day.date), zone, year)} (its hours fall in the DST gap)`);
    }
    for (const day of explanation.specialDays) {
        if (day.intervals.length > 0) notes.push(`special hours on ${shortDate(start(day.date), zone, year)}`);
    }
    for (const t of explanation.dstChanges) notes.push(dstNote(t.offsetBefore, t.offsetAfter, t.at, zone, year));
    return notes;
}

/** Wall-clock time is real time: only a change of offset on the way makes the wall clock disagree. */
function wallNotes(opened: number, due: number, zone: string, year: number): string[] {
    if (!Number.isFinite(due)) return [];
    const timeline = ZoneTimeline.of(zone);
    const changes = timeline.transitionsBetween(opened, due);
    if (changes.length === 0) return [];
    const shown = timeline.wallOf(due) - timeline.wallOf(opened);
    return [...changes.map((t) => dstNote(t.offsetBefore, t.offsetAfter, t.at, zone, year)), `the wall clock shows ${spanWords(shown)}`];
}

/**
 * Worked examples of `duration` (a lowered target of `contract`); undefined when the contract has no
 * term to choose the reference week from. Throws what the runtime throws for a contract it cannot
 * build (an unknown zone): callers show no examples then.
 */
export function workedExamples(contract: Contract, duration: Duration): WorkedExamples | undefined {
    const wallClock = isWallClock(duration);
    const source = momentsCalendar(contract, duration);
    const reference = contract.term ? momentsOf(source, contract.term.start, wallClock) : undefined;
    if (!reference) return undefined;
    const lookup = calendarLookup(contract);
    const zone = reference.zone;
    const year = yearOf(reference.weekStart, zone);
    const examples: WorkedExample[] = [];
    for (const moment of reference.moments) {
        const due = dueAfter(duration, moment.opened, lookup);
        const notes = duration.kind === 'wall' || duration.calendar === ALWAYS
            ? wallNotes(moment.opened, due, zone, year)
            : businessNotes(lookup(duration.calendar), duration, moment.opened, year);
        examples.push({ moment, due, notes });
    }
    // The DST example is there to show a change of offset; another example may already cross one.
    const crossed = examples.some((e) => e.moment.kind !== 'dstChange' && e.notes.some((n) => n.startsWith('crosses the DST')));
    return {
        zone,
        calendar: duration.kind === 'wall' ? undefined : duration.calendar,
        momentsFrom: source.name === ALWAYS ? undefined : source.name,
        reference,
        examples: crossed ? examples.filter((e) => e.moment.kind !== 'dstChange') : examples,
    };
}
