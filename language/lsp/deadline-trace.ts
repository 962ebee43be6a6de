/**
 * The deadline preview of one category for a ticket opened at a given instant, as markdown: due instants,
 * escalation instants and, for each target, the explanation trace (open intervals counted, holidays and
 * closed days skipped, special hours used, changes of UTC offset crossed), from the runtime's
 * deadlines() and explainDeadline(). Answers the `pacto/previewDeadlines` request.
 */
import {
    ALWAYS,
    DAY_MS,
    ZoneTimeline,
    calendarLookup,
    deadlines,
    explainDeadline,
    type Category,
    type Contract,
    type DeadlineExplanation,
    type Duration,
    type TargetKind,
} from '../../runtime/index.js';
import { cell, code } from './plain-words.js';
import { longDate, longInstant, sameLocalDate, spanWords, timeOfInstant, transitionWords } from './time-words.js';
import { deadlineAmount } from './worked-examples.js';

const KIND_WORDS: Record<TargetKind, string> = { response: 'Response', resolution: 'Resolution' };

/** Zone of a duration's calendar; wall-clock time and `always` are shown in `fallback`. */
function zoneOf(contract: Contract, duration: Duration, fallback: string): string {
    if (duration.kind === 'wall' || duration.calendar === ALWAYS) return fallback;
    return contract.calendars.find((c) => c.name === duration.calendar)?.zone ?? fallback;
}

/** The zone the opening instant is shown in: the first target's calendar, else the default calendar's, else UTC. */
export function previewZone(contract: Contract, category: Category): string {
    const byDefault = contract.calendars.find((c) => c.name === contract.defaultCalendar)?.zone ?? 'UTC';
    const first = [category.response, category.resolution].find((d): d is Duration => d !== null && d.kind !== 'wall' && d.calendar !== ALWAYS);
    return first ? zoneOf(contract, first, byDefault) : byDefault;
}

function within(duration: Duration): string {
    if (duration.kind === 'wall') return `${duration.text} (wall-clock)`;
    return duration.calendar === ALWAYS ? `${duration.text} on \`always\` (wall-clock)` : `${duration.text} on ${code(duration.calendar)}`;
}

function due(ms: number, zone: string): string {
    return Number.isFinite(ms) ? `**${longInstant(ms, zone)}**` : '**never**: the calendar does not open again';
}

/** "Fri 2026-03-06 17:30–18:00 (30 min)"; an interval past midnight names both dates. */
function intervalLine(start: number, end: number, zone: string): string {
    const midnightEnd = !sameLocalDate(start, end, zone) && timeOfInstant(end, zone) === '00:00' && sameLocalDate(start, end - 1, zone);
    const span = sameLocalDate(start, end, zone) || midnightEnd
        ? `${longDate(start, zone)} ${timeOfInstant(start, zone)}–${midnightEnd ? '24:00' : timeOfInstant(end, zone)}`
        : `${longDate(start, zone)} ${timeOfInstant(start, zone)} – ${longDate(end, zone)} ${timeOfInstant(end, zone)}`;
    return `${span} (${spanWords(end - start)})`;
}

function dateOf(date: string, zone: string): number {
    return ZoneTimeline.of(zone).instantOf(Date.parse(`${date}T00:00:00Z`)) + DAY_MS / 2;
}

function minutesText(minutes: number): string {
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The trace lines of a business deadline. */
function businessTrace(e: DeadlineExplanation): string[] {
    const zone = e.zone;
    const lines: string[] = [];
    const calendar = e.calendar === ALWAYS ? 'the built-in calendar `always`' : code(e.calendar);
    if (e.clockStart === e.start) lines.push(`Opened ${longInstant(e.start, zone)}, while ${calendar} is open: the clock starts at once.`);
    else if (Number.isFinite(e.clockStart)) lines.push(`Opened ${longInstant(e.start, zone)}, while ${calendar} is closed: the clock starts at the next opening, ${longInstant(e.clockStart, zone)}.`);
    else lines.push(`Opened ${longInstant(e.start, zone)}; ${calendar} never opens again.`);
    if (e.counted.length > 0) {
        const list = e.counted.map((i) => `  - ${intervalLine(i.start, i.end, zone)}`);
        lines.push(`Open time counted: ${spanWords(e.countedMs)} in ${e.counted.length} interval${e.counted.length === 1 ? '' : 's'} (local times, ${zone}):\n${list.join('\n')}`);
    }
    const holidays = e.closedDays.filter((d) => d.reason === 'holiday');
    if (holidays.length > 0) lines.push(`Holidays skipped: ${holidays.map((d) => `${longDate(dateOf(d.date, zone), zone)} ${cell(d.holidays.join(' / '))}`).join('; ')}.`);
    const weekly = e.closedDays.filter((d) => d.reason === 'weekly');
    if (weekly.length > 0) lines.push(`Closed days skipped (no weekly hours): ${weekly.map((d) => longDate(dateOf(d.date, zone), zone)).join(', ')}.`);
    for (const d of e.closedDays.filter((c) => c.reason === 'specialHours' || c.reason === 'dstGap')) {
        lines.push(`Closed on ${longDate(dateOf(d.date, zone), zone)}: ${d.reason === 'specialHours' ? 'special hours close the day' : 'its hours fall in the DST gap'}.`);
    }
    for (const s of e.specialDays) {
        const hours = s.intervals.length === 0 ? 'closed' : s.intervals.map((i) => `${minutesText(i.start)}–${minutesText(i.end)}`).join(', ');
        const overrides = s.overriddenHolidays.length > 0 ? `, instead of the holiday ${cell(s.overriddenHolidays.join(' / '))}` : '';
        lines.push(`Special hours on ${longDate(dateOf(s.date, zone), zone)}: ${hours} (replacing the weekly hours${overrides}).`);
    }
    lines.push(e.dstChanges.length > 0
        ? `DST changes crossed: ${e.dstChanges.map((t) => transitionWords(t, zone)).join('; ')}.`
        : 'DST changes crossed: none.');
    return lines;
}

/** Wall-clock time needs no calendar: only a change of offset makes the wall clock show another span. */
function wallTrace(opened: number, dueMs: number, zone: string): string[] {
    const lines = [`Opened ${longInstant(opened, zone)}. Wall-clock time runs on the instant timeline: nights, weekends and holidays count.`];
    const timeline = ZoneTimeline.of(zone);
    const changes = Number.isFinite(dueMs) ? timeline.transitionsBetween(opened, dueMs) : [];
    if (changes.length === 0) lines.push(`DST changes crossed in ${zone}: none.`);
    else {
        const shown = spanWords(timeline.wallOf(dueMs) - timeline.wallOf(opened));
        lines.push(`DST changes crossed in ${zone}: ${changes.map((t) => transitionWords(t, zone)).join('; ')}; the wall clock shows ${shown} for ${spanWords(dueMs - opened)} of real time.`);
    }
    return lines;
}

function targetTrace(contract: Contract, kind: TargetKind, duration: Duration, opened: number, dueMs: number, fallbackZone: string): string {
    const heading = `#### ${KIND_WORDS[kind]}: ${within(duration)}`;
    const zone = zoneOf(contract, duration, fallbackZone);
    const lines = duration.kind === 'wall' || duration.calendar === ALWAYS
        ? wallTrace(opened, dueMs, zone)
        : businessTrace(explainDeadline(calendarLookup(contract)(duration.calendar), opened, deadlineAmount(duration)));
    lines.push(`Due ${due(dueMs, zone)}.`);
    return `${heading}\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
}

/** The whole preview. Throws RangeError for an unknown category (callers check first). */
export function previewMarkdown(contract: Contract, categoryName: string, opened: number): string {
    const category = contract.categories.find((c) => c.name === categoryName);
    if (!category) throw new RangeError(`Contract ${contract.name} has no category "${categoryName}"`);
    const zone = previewZone(contract, category);
    const result = deadlines(contract, categoryName, opened);
    const title = category.title !== undefined ? ` — ${cell(category.title)}` : '';
    const contractTitle = contract.title !== undefined ? ` — ${cell(contract.title)}` : '';
    const parts = [
        `### Deadlines of ${code(category.name)}${title}`,
        `Contract ${code(contract.name)}${contractTitle}. Ticket opened **${longInstant(opened, zone)}** (${zone}).`,
    ];
    const targets = (['response', 'resolution'] as const).flatMap((kind) => {
        const duration = category[kind];
        const dueMs = result[kind]?.due;
        return duration && dueMs !== undefined ? [{ kind, duration, dueMs }] : [];
    });
    if (targets.length === 0) {
        parts.push('This category sets no response or resolution target.');
        return parts.join('\n\n');
    }
    parts.push([
        '| Target | Within | Due |',
        '|---|---|---|',
        ...targets.map((t) => `| ${KIND_WORDS[t.kind]} | ${within(t.duration)} | ${due(t.dueMs, zoneOf(contract, t.duration, zone))} |`),
    ].join('\n'));
    if (result.escalations.length > 0) {
        const rows = result.escalations.map((e) => {
            const duration = category[e.target]!;
            const who = `${cell(e.notify)}${e.contact !== undefined ? ` (${cell(e.contact)})` : ''}`;
            return `| ${longInstant(e.at, zoneOf(contract, duration, zone))} | ${e.percent}% of ${e.target} | ${who} |`;
        });
        parts.push(['**Escalations**', '', '| When | Step | Notify |', '|---|---|---|', ...rows].join('\n'));
    }
    for (const t of targets) parts.push(targetTrace(contract, t.kind, t.duration, opened, t.dueMs, zone));
    return parts.join('\n\n');
}
