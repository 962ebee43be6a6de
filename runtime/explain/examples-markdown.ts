/**
 * The worked examples of a target as a Markdown hover section: a compact table of tickets opened at the
 * moments of moments.ts and their due instants, with notes on what the clock skipped, each row linked
 * to its full trace by the caller's `explainLink` (the editor's command link).
 */
import type { Contract, TargetKind } from '../model.js';
import { compactDate, compactInstant, compactLocalDate, formatInstant, formatOffset, formatSpan, localYear } from '../time/format.js';
import { cell, code } from './markdown.js';
import type { ExampleMoment } from './moments.js';
import { targetExamples, type ExampleNote, type TargetExamples } from './worked-examples.js';

/** "Mid-morning", "End of the week", "Eve of Carnaval (Mon 16 Feb)". */
export function momentLabel(moment: ExampleMoment, zone: string, year: number): string {
    switch (moment.kind) {
        case 'midMorning': return moment.afterOpening ? 'Soon after opening' : 'Mid-morning';
        case 'beforeClosing': return '15 min before closing';
        case 'endOfWeek': return 'End of the week';
        case 'holidayEve': return `Eve of ${moment.holiday} (${compactLocalDate(moment.date, { year })})`;
        case 'dstChange': return `Before the clocks change (${compactDate(moment.change, zone, { year })})`;
    }
}

/** "skips Carnaval (Mon 16 Feb, Tue 17 Feb)", "clock starts Mon 12 Jan 08:00", … */
export function noteWords(note: ExampleNote, zone: string, year: number): string {
    const date = (d: string) => compactLocalDate(d, { year });
    switch (note.kind) {
        case 'clockStarts': return `clock starts ${compactInstant(note.at, zone, { year })}`;
        case 'skipsHoliday': return `skips ${note.holiday} (${note.dates.map(date).join(', ')})`;
        case 'closedBySpecialHours': return `skips ${date(note.date)} (closed by special hours)`;
        case 'closedByDstGap': return `skips ${date(note.date)} (its hours fall in the DST gap)`;
        case 'specialHours': return `special hours on ${date(note.date)}`;
        case 'crossesDst': return `crosses the DST change of ${compactDate(note.at, zone, { year })} (${formatOffset(note.offsetBefore)} → ${formatOffset(note.offsetAfter)})`;
        case 'wallClockShows': return `the wall clock shows ${formatSpan(note.ms)}`;
    }
}

function header(examples: TargetExamples): string {
    const { zone, reference } = examples;
    const week = compactDate(reference.weekStart, zone);
    const year = localYear(reference.weekStart, zone);
    const why = reference.regularWeek ? "the term's first full week without holidays or special hours" : "the term's first full week";
    const counted = examples.calendar === undefined
        ? `wall-clock time, shown in ${zone}${examples.momentsFrom ? ` (the zone of ${code(examples.momentsFrom)})` : ''}`
        : `times in ${zone}`;
    return `**Worked examples** — ${counted}; reference week of ${week} ${year} (${why}):`;
}

export interface ExamplesMarkdownOptions {
    /** The link that opens the full trace of a ticket opened at `opened` (ISO 8601 in the display zone). */
    readonly explainLink?: (opened: string) => string;
}

/**
 * The hover sections of a target's worked examples: a one-line reason when the contract has no term, none
 * when there is nothing to show. Throws what targetExamples throws.
 */
export function workedExamplesMarkdown(contract: Contract, categoryName: string, kind: TargetKind, options: ExamplesMarkdownOptions = {}): string[] {
    const duration = contract.categories.find((c) => c.name === categoryName)?.[kind];
    if (!duration) return [];
    if (!contract.term) return ['_Worked examples start from the contract\'s `term`: add one to see them._'];
    const examples = targetExamples(contract, categoryName, kind);
    if (!examples || examples.examples.length === 0) return [];
    const { zone } = examples;
    const year = localYear(examples.reference.weekStart, zone);
    const rows = examples.examples.map(({ moment, due, notes }) => {
        const dueText = Number.isFinite(due) ? `due ${compactInstant(due, zone, { year })}` : 'never due: the calendar does not open again';
        const explain = options.explainLink
            ? ` [Explain…](${options.explainLink(formatInstant(moment.opened, zone))} "Open the explanation trace of this example") |`
            : '';
        const noteText = notes.map((n) => noteWords(n, zone, year)).join('; ');
        return `| ${cell(momentLabel(moment, zone, year))} | ${compactInstant(moment.opened, zone, { year })} → ${dueText} | ${cell(noteText)} |${explain}`;
    });
    const head = options.explainLink ? ['| Ticket opened | Opened → due | Notes | |', '|---|---|---|---|'] : ['| Ticket opened | Opened → due | Notes |', '|---|---|---|'];
    return [header(examples), [...head, ...rows].join('\n')];
}
