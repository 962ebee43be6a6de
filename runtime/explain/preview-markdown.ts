/**
 * The deadline preview of a ticket as Markdown (the `pacto/previewDeadlines` answer): due instants,
 * escalation instants and, for each target, the trace of deadline-trace.ts in words: open intervals
 * counted, holidays and closed days skipped, special hours used, changes of UTC offset crossed.
 */
import type { DeadlineExplanation } from '../calendar/explain.js';
import { ALWAYS, type Contract, type Duration, type TargetKind } from '../model.js';
import { formatOffset, formatSpan, localTime, offsetInstant, sameLocalDate, timeOfDay, weekdayDate, weekdayLocalDate } from '../time/format.js';
import { MINUTE_MS } from '../time/units.js';
import { ZoneTimeline, type OffsetTransition } from '../time/zone-timeline.js';
import { deadlineTrace, type TargetTrace } from './deadline-trace.js';
import { cell, code } from './markdown.js';

const KIND_WORDS: Record<TargetKind, string> = { response: 'Response', resolution: 'Resolution' };

/**
 * "Sun 2026-03-08 03:00 (−04:00): clocks go forward 1 h (−05:00 → −04:00)": a change of offset, at its
 * first instant in the new offset.
 */
export function transitionWords(t: OffsetTransition, zone: string): string {
    const shift = t.offsetAfter - t.offsetBefore;
    const direction = shift > 0 ? 'forward' : 'back';
    return `${offsetInstant(t.at, zone)}: clocks go ${direction} ${formatSpan(Math.abs(shift) * MINUTE_MS)} (${formatOffset(t.offsetBefore)} → ${formatOffset(t.offsetAfter)})`;
}

function within(duration: Duration): string {
    if (duration.kind === 'wall') return `${duration.text} (wall-clock)`;
    return duration.calendar === ALWAYS ? `${duration.text} on \`always\` (wall-clock)` : `${duration.text} on ${code(duration.calendar)}`;
}

function due(ms: number, zone: string): string {
    return Number.isFinite(ms) ? `**${offsetInstant(ms, zone)}**` : '**never**: the calendar does not open again';
}

/** "Fri 2026-03-06 17:30–18:00 (30 min)"; an interval past midnight names both dates. */
function intervalLine(start: number, end: number, zone: string): string {
    const midnightEnd = !sameLocalDate(start, end, zone) && localTime(end, zone) === '00:00' && sameLocalDate(start, end - 1, zone);
    const span = sameLocalDate(start, end, zone) || midnightEnd
        ? `${weekdayDate(start, zone)} ${localTime(start, zone)}–${midnightEnd ? '24:00' : localTime(end, zone)}`
        : `${weekdayDate(start, zone)} ${localTime(start, zone)} – ${weekdayDate(end, zone)} ${localTime(end, zone)}`;
    return `${span} (${formatSpan(end - start)})`;
}

/** The trace lines of a business deadline. */
function businessTrace(e: DeadlineExplanation): string[] {
    const zone = e.zone;
    const lines: string[] = [];
    const calendar = e.calendar === ALWAYS ? 'the built-in calendar `always`' : code(e.calendar);
    if (e.clockStart === e.start) lines.push(`Opened ${offsetInstant(e.start, zone)}, while ${calendar} is open: the clock starts at once.`);
    else if (Number.isFinite(e.clockStart)) lines.push(`Opened ${offsetInstant(e.start, zone)}, while ${calendar} is closed: the clock starts at the next opening, ${offsetInstant(e.clockStart, zone)}.`);
    else lines.push(`Opened ${offsetInstant(e.start, zone)}; ${calendar} never opens again.`);
    if (e.counted.length > 0) {
        const list = e.counted.map((i) => `  - ${intervalLine(i.start, i.end, zone)}`);
        lines.push(`Open time counted: ${formatSpan(e.countedMs)} in ${e.counted.length} interval${e.counted.length === 1 ? '' : 's'} (local times, ${zone}):\n${list.join('\n')}`);
    }
    const holidays = e.closedDays.filter((d) => d.reason === 'holiday');
    if (holidays.length > 0) lines.push(`Holidays skipped: ${holidays.map((d) => `${weekdayLocalDate(d.date)} ${cell(d.holidays.join(' / '))}`).join('; ')}.`);
    const weekly = e.closedDays.filter((d) => d.reason === 'weekly');
    if (weekly.length > 0) lines.push(`Closed days skipped (no weekly hours): ${weekly.map((d) => weekdayLocalDate(d.date)).join(', ')}.`);
    for (const d of e.closedDays.filter((c) => c.reason === 'specialHours' || c.reason === 'dstGap')) {
        lines.push(`Closed on ${weekdayLocalDate(d.date)}: ${d.reason === 'specialHours' ? 'special hours close the day' : 'its hours fall in the DST gap'}.`);
    }
    for (const s of e.specialDays) {
        const hours = s.intervals.length === 0 ? 'closed' : s.intervals.map((i) => `${timeOfDay(i.start)}–${timeOfDay(i.end)}`).join(', ');
        const overrides = s.overriddenHolidays.length > 0 ? `, instead of the holiday ${cell(s.overriddenHolidays.join(' / '))}` : '';
        lines.push(`Special hours on ${weekdayLocalDate(s.date)}: ${hours} (replacing the weekly hours${overrides}).`);
    }
    lines.push(e.dstChanges.length > 0
        ? `DST changes crossed: ${e.dstChanges.map((t) => transitionWords(t, zone)).join('; ')}.`
        : 'DST changes crossed: none.');
    return lines;
}

/** Wall-clock time needs no calendar: only a change of offset makes the wall clock show another span. */
function wallTrace(opened: number, dueMs: number, zone: string, changes: readonly OffsetTransition[]): string[] {
    const lines = [`Opened ${offsetInstant(opened, zone)}. Wall-clock time runs on the instant timeline: nights, weekends and holidays count.`];
    if (changes.length === 0) lines.push(`DST changes crossed in ${zone}: none.`);
    else {
        const timeline = ZoneTimeline.of(zone);
        const shown = formatSpan(timeline.wallOf(dueMs) - timeline.wallOf(opened));
        lines.push(`DST changes crossed in ${zone}: ${changes.map((t) => transitionWords(t, zone)).join('; ')}; the wall clock shows ${shown} for ${formatSpan(dueMs - opened)} of real time.`);
    }
    return lines;
}

function targetSection(t: TargetTrace, opened: number): string {
    const lines = t.clock === 'wall' ? wallTrace(opened, t.due, t.zone, t.dstChanges) : businessTrace(t.explanation);
    lines.push(`Due ${due(t.due, t.zone)}.`);
    return `#### ${KIND_WORDS[t.kind]}: ${within(t.duration)}\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
}

/** The whole preview. Throws RangeError for an unknown category (callers check first). */
export function previewMarkdown(contract: Contract, categoryName: string, opened: number): string {
    const trace = deadlineTrace(contract, categoryName, opened);
    const { category, zone } = trace;
    const title = category.title !== undefined ? ` — ${cell(category.title)}` : '';
    const contractTitle = contract.title !== undefined ? ` — ${cell(contract.title)}` : '';
    const parts = [
        `### Deadlines of ${code(category.name)}${title}`,
        `Contract ${code(contract.name)}${contractTitle}. Ticket opened **${offsetInstant(opened, zone)}** (${zone}).`,
    ];
    if (trace.targets.length === 0) {
        parts.push('This category sets no response or resolution target.');
        return parts.join('\n\n');
    }
    parts.push([
        '| Target | Within | Due |',
        '|---|---|---|',
        ...trace.targets.map((t) => `| ${KIND_WORDS[t.kind]} | ${within(t.duration)} | ${due(t.due, t.zone)} |`),
    ].join('\n'));
    if (trace.escalations.length > 0) {
        const rows = trace.escalations.map((e) => {
            const who = `${cell(e.notify)}${e.contact !== undefined ? ` (${cell(e.contact)})` : ''}`;
            return `| ${offsetInstant(e.at, e.zone)} | ${e.percent}% of ${e.target} | ${who} |`;
        });
        parts.push(['**Escalations**', '', '| When | Step | Notify |', '|---|---|---|', ...rows].join('\n'));
    }
    for (const t of trace.targets) parts.push(targetSection(t, opened));
    return parts.join('\n\n');
}
