/**
 * Worked examples: the due instants of tickets opened at the moments of moments.ts, computed by the
 * runtime's own clock. A target's examples (for its hover) carry notes on what the clock skipped; a
 * contract's examples (for its documents) are tables of every category with a target, one per calendar
 * that explains categories (display-zone.ts). A target counted on the calendar that explains its category
 * (the usual case: one calendar per category) is shown with the same tickets at the same instants in both.
 */
import { alwaysCalendar } from '../calendar/always.js';
import { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Calendar } from '../calendar/calendar.js';
import { dueAfter } from '../calendar/duration.js';
import { explainDeadline, type DeadlineAmount } from '../calendar/explain.js';
import { calendarLookup, calendarOf } from '../clock/contract-calendars.js';
import { deadlines } from '../clock/deadlines.js';
import { ALWAYS, type Category, type Contract, type Duration, type HolidayRegion, type TargetKind } from '../model.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { explainCalendar } from './display-zone.js';
import { cachedReferenceMoments, isDocumentMoment, type DocumentMoment, type ExampleMoment, type ReferenceMoments } from './moments.js';

/** What a worked example's clock did on the way, for its notes. Dates are local dates (YYYY-MM-DD). */
export type ExampleNote =
    | { readonly kind: 'clockStarts'; readonly at: number }
    | { readonly kind: 'skipsHoliday'; readonly holiday: string; readonly dates: readonly string[]; readonly regions: readonly HolidayRegion[] }
    | { readonly kind: 'closedBySpecialHours' | 'closedByDstGap' | 'specialHours'; readonly date: string }
    | { readonly kind: 'crossesDst'; readonly at: number; readonly offsetBefore: number; readonly offsetAfter: number }
    /** Wall-clock time across a change of offset: the span the wall clock shows. */
    | { readonly kind: 'wallClockShows'; readonly ms: number };

export interface WorkedExample {
    readonly moment: ExampleMoment;
    /** +∞ when the calendar never opens again. */
    readonly due: number;
    readonly notes: readonly ExampleNote[];
}

export interface TargetExamples {
    /** The zone every instant is shown in: the zone of the calendar that chose the moments. */
    readonly zone: string;
    /** The calendar the duration counts on; undefined for wall-clock time. */
    readonly calendar: string | undefined;
    /** The calendar whose hours chose the moments; undefined for `always`. */
    readonly momentsFrom: string | undefined;
    readonly reference: ReferenceMoments;
    readonly examples: readonly WorkedExample[];
}

/** Wall-clock time, or business time on `always` (the same thing): counted on the instant timeline. */
function isWallClock(duration: Duration): boolean {
    return duration.kind === 'wall' || duration.calendar === ALWAYS;
}

/** The calendar that explains a category's tickets (display-zone.ts), built. */
function categoryCalendar(contract: Contract, category: Category): Calendar {
    const { calendar } = explainCalendar(contract, category);
    return calendar === ALWAYS ? alwaysCalendar() : calendarOf(contract, calendar);
}

/**
 * The calendar whose hours choose a target's moments: its own when it counts on one, since "before
 * closing" must mean its closing; else (wall-clock time, `always`) the category's.
 */
function targetCalendar(contract: Contract, category: Category, duration: Duration): Calendar {
    if (duration.kind === 'wall' || duration.calendar === ALWAYS) return categoryCalendar(contract, category);
    return calendarOf(contract, duration.calendar);
}

/** The amount explainDeadline needs for a business duration. */
export function deadlineAmount(duration: Exclude<Duration, { kind: 'wall' }>): DeadlineAmount {
    return duration.kind === 'businessDays' ? { days: duration.days } : { minutes: duration.minutes };
}

function businessNotes(calendar: Calendar, duration: Exclude<Duration, { kind: 'wall' }>, opened: number): ExampleNote[] {
    const explanation = explainDeadline(calendar, opened, deadlineAmount(duration));
    const notes: ExampleNote[] = [];
    if (explanation.clockStart > opened && Number.isFinite(explanation.clockStart)) notes.push({ kind: 'clockStarts', at: explanation.clockStart });
    const holidays = new Map<string, string[]>();
    for (const day of explanation.closedDays) {
        if (day.reason !== 'holiday') continue;
        const name = day.holidays.join(' / ');
        holidays.set(name, [...(holidays.get(name) ?? []), day.date]);
    }
    const regions = calendar instanceof BusinessCalendar ? calendar.spec.holidayRegions : [];
    for (const [holiday, dates] of holidays) notes.push({ kind: 'skipsHoliday', holiday, dates, regions });
    for (const day of explanation.closedDays) {
        if (day.reason === 'specialHours') notes.push({ kind: 'closedBySpecialHours', date: day.date });
        if (day.reason === 'dstGap') notes.push({ kind: 'closedByDstGap', date: day.date });
    }
    for (const day of explanation.specialDays) {
        if (day.intervals.length > 0) notes.push({ kind: 'specialHours', date: day.date });
    }
    for (const t of explanation.dstChanges) notes.push({ kind: 'crossesDst', at: t.at, offsetBefore: t.offsetBefore, offsetAfter: t.offsetAfter });
    return notes;
}

/** Wall-clock time is real time: only a change of offset on the way makes the wall clock disagree. */
function wallNotes(opened: number, due: number, zone: string): ExampleNote[] {
    if (!Number.isFinite(due)) return [];
    const timeline = ZoneTimeline.of(zone);
    const changes = timeline.transitionsBetween(opened, due);
    if (changes.length === 0) return [];
    return [
        ...changes.map((t): ExampleNote => ({ kind: 'crossesDst', at: t.at, offsetBefore: t.offsetBefore, offsetAfter: t.offsetAfter })),
        { kind: 'wallClockShows', ms: timeline.wallOf(due) - timeline.wallOf(opened) },
    ];
}

/**
 * Worked examples of a category's target; undefined when the category has no such target or the contract
 * no term to choose the reference week from. Throws what the runtime throws for a contract it cannot
 * build (an unknown zone): callers show no examples then.
 */
export function targetExamples(contract: Contract, categoryName: string, kind: TargetKind): TargetExamples | undefined {
    const category = contract.categories.find((c) => c.name === categoryName);
    const duration = category?.[kind];
    if (!category || !duration || !contract.term) return undefined;
    const wallClock = isWallClock(duration);
    const source = targetCalendar(contract, category, duration);
    const reference = cachedReferenceMoments(source, contract.term.start, wallClock);
    if (!reference) return undefined;
    const lookup = calendarLookup(contract);
    const counting = wallClock ? undefined : source;
    const examples = reference.moments.map((moment): WorkedExample => {
        const due = dueAfter(duration, moment.opened, lookup);
        const notes = counting && duration.kind !== 'wall' ? businessNotes(counting, duration, moment.opened) : wallNotes(moment.opened, due, reference.zone);
        return { moment, due, notes };
    });
    // The change-of-offset example is there to show one; another example may already cross it.
    const crossed = examples.some((e) => e.moment.kind !== 'dstChange' && e.notes.some((n) => n.kind === 'crossesDst'));
    return {
        zone: reference.zone,
        calendar: duration.kind === 'wall' ? undefined : duration.calendar,
        momentsFrom: source.name === ALWAYS ? undefined : source.name,
        reference,
        examples: crossed ? examples.filter((e) => e.moment.kind !== 'dstChange') : examples,
    };
}

export interface ExampleRow {
    readonly category: Category;
    readonly moment: DocumentMoment;
    /** Due instants; +∞ when the calendar never opens again; null: the category sets no such target. */
    readonly response: number | null;
    readonly resolution: number | null;
}

export interface ExampleTable {
    /** The calendar whose hours chose the moments (`always` when there is none). */
    readonly calendar: string;
    readonly zone: string;
    readonly rows: readonly ExampleRow[];
}

/**
 * Worked examples of every category with a target, for documents: grouped by the calendar that explains
 * them (in the order calendars first appear), at the document's moments (DocumentMoment). Empty without
 * a term: the moments come from the term.
 */
export function contractExamples(contract: Contract): ExampleTable[] {
    const term = contract.term;
    if (!term) return [];
    const tables = new Map<string, { calendar: string; zone: string; rows: ExampleRow[]; moments: readonly DocumentMoment[] }>();
    for (const category of contract.categories) {
        if (!category.response && !category.resolution) continue;
        const source = categoryCalendar(contract, category);
        let table = tables.get(source.name);
        if (!table) {
            const moments = (cachedReferenceMoments(source, term.start, false)?.moments ?? []).filter(isDocumentMoment);
            table = { calendar: source.name, zone: source.zone, rows: [], moments };
            tables.set(source.name, table);
        }
        for (const moment of table.moments) {
            const due = deadlines(contract, category.name, moment.opened);
            table.rows.push({ category, moment, response: due.response?.due ?? null, resolution: due.resolution?.due ?? null });
        }
    }
    return [...tables.values()].map(({ calendar, zone, rows }) => ({ calendar, zone, rows }));
}
