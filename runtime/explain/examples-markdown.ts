/**
 * The worked examples of a target as a Markdown hover section: a compact table of tickets opened at the
 * moments of moments.ts and their due instants, with notes on what the clock skipped, each row linked
 * to its full trace by the caller's `explainLink` (the editor's command link).
 */
import { t } from '../i18n/catalogue.js';
import type { Contract, TargetKind } from '../model.js';
import { compactDate, compactInstant, compactLocalDate, formatInstant, formatOffset, formatSpan, localYear } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';
import { holidayNamesOn } from '../holidays.js';
import { cell, code } from './markdown.js';
import type { ExampleMoment } from './moments.js';
import { targetExamples, type ExampleNote, type TargetExamples } from './worked-examples.js';

/** "Mid-morning", "End of the week", "Eve of Carnaval (Mon 16 Feb)". */
export function momentLabel(moment: ExampleMoment, zone: string, year: number, locale: SupportedLocale = DEFAULT_LOCALE): string {
    switch (moment.kind) {
        case 'midMorning': return t(locale, moment.afterOpening ? 'explainSoonAfterOpening' : 'explainMidMorning');
        case 'beforeClosing': return t(locale, 'explainBeforeClosing');
        case 'endOfWeek': return t(locale, 'explainEndOfWeek');
        case 'holidayEve': return t(locale, 'explainHolidayEve', { holiday: holidayNamesOn(moment.regions, moment.date, moment.holiday, locale), date: compactLocalDate(moment.date, { year, locale }) });
        case 'dstChange': return t(locale, 'explainBeforeClocksChange', { date: compactDate(moment.change, zone, { year, locale }) });
    }
}

/** "skips Carnival (Mon 16 Feb); skips Shrove Tuesday (Tue 17 Feb)", "clock starts Mon 12 Jan 08:00", … */
export function noteWords(note: ExampleNote, zone: string, year: number, locale: SupportedLocale = DEFAULT_LOCALE): string {
    const date = (d: string) => compactLocalDate(d, { year, locale });
    switch (note.kind) {
        case 'clockStarts': return t(locale, 'explainClockStarts', { at: compactInstant(note.at, zone, { year, locale }) });
        case 'skipsHoliday': {
            // Dates one name covers in the data may have two in the reader's language (Carnaval → Carnival, Shrove Tuesday).
            const byName = new Map<string, string[]>();
            for (const d of note.dates) {
                const name = holidayNamesOn(note.regions, d, note.holiday, locale);
                byName.set(name, [...(byName.get(name) ?? []), d]);
            }
            return [...byName].map(([holiday, dates]) => t(locale, 'explainSkipsHoliday', { holiday, dates: dates.map(date).join(', ') })).join('; ');
        }
        case 'closedBySpecialHours': return t(locale, 'explainSkipsSpecialHours', { date: date(note.date) });
        case 'closedByDstGap': return t(locale, 'explainSkipsDstGap', { date: date(note.date) });
        case 'specialHours': return t(locale, 'explainSpecialHoursOn', { date: date(note.date) });
        case 'crossesDst': return t(locale, 'explainCrossesDst', {
            date: compactDate(note.at, zone, { year, locale }), before: formatOffset(note.offsetBefore), after: formatOffset(note.offsetAfter),
        });
        case 'wallClockShows': return t(locale, 'explainWallClockShows', { span: formatSpan(note.ms) });
    }
}

function header(examples: TargetExamples, locale: SupportedLocale): string {
    const { zone, reference } = examples;
    const week = compactDate(reference.weekStart, zone, { locale });
    const year = String(localYear(reference.weekStart, zone));
    const why = t(locale, reference.regularWeek ? 'explainRegularWeek' : 'explainFirstWeek');
    const counted = examples.calendar === undefined
        ? examples.momentsFrom ? t(locale, 'explainCountedWallOf', { zone, calendar: code(examples.momentsFrom) }) : t(locale, 'explainCountedWall', { zone })
        : t(locale, 'explainCountedTimes', { zone });
    return t(locale, 'explainWorkedExamples', { counted, week, year, why });
}

export interface ExamplesMarkdownOptions {
    /** The link that opens the full trace of a ticket opened at `opened` (ISO 8601 in the display zone). */
    readonly explainLink?: (opened: string) => string;
    /** The reader's locale: words, weekdays and months. */
    readonly locale?: SupportedLocale;
}

/**
 * The hover sections of a target's worked examples: a one-line reason when the contract has no term, none
 * when there is nothing to show. Throws what targetExamples throws.
 */
export function workedExamplesMarkdown(contract: Contract, categoryName: string, kind: TargetKind, options: ExamplesMarkdownOptions = {}): string[] {
    const locale = options.locale ?? DEFAULT_LOCALE;
    const duration = contract.categories.find((c) => c.name === categoryName)?.[kind];
    if (!duration) return [];
    if (!contract.term) return [t(locale, 'explainNeedsTerm')];
    const examples = targetExamples(contract, categoryName, kind);
    if (!examples || examples.examples.length === 0) return [];
    const { zone } = examples;
    const year = localYear(examples.reference.weekStart, zone);
    const rows = examples.examples.map(({ moment, due, notes }) => {
        const dueText = Number.isFinite(due) ? t(locale, 'explainDue', { due: compactInstant(due, zone, { year, locale }) }) : t(locale, 'explainNeverDue');
        const explain = options.explainLink
            ? ` [${t(locale, 'explainLink')}](${options.explainLink(formatInstant(moment.opened, zone))} "${t(locale, 'explainLinkTitle')}") |`
            : '';
        const noteText = notes.map((n) => noteWords(n, zone, year, locale)).join('; ');
        return `| ${cell(momentLabel(moment, zone, year, locale))} | ${compactInstant(moment.opened, zone, { year, locale })} → ${dueText} | ${cell(noteText)} |${explain}`;
    });
    const columns = [t(locale, 'explainTicketOpened'), t(locale, 'explainOpenedDue'), t(locale, 'explainNotes')];
    const head = options.explainLink
        ? [`| ${columns.join(' | ')} | |`, '|---|---|---|---|']
        : [`| ${columns.join(' | ')} |`, '|---|---|---|'];
    return [header(examples, locale), [...head, ...rows].join('\n')];
}
