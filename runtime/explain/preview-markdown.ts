/**
 * The deadline preview of a ticket as Markdown (the `pacto/previewDeadlines` answer): due instants,
 * escalation instants and, for each target, the trace of deadline-trace.ts in words: open intervals
 * counted, holidays and closed days skipped, special hours used, changes of UTC offset crossed.
 */
import type { DeadlineExplanation } from '../calendar/explain.js';
import { holidayNamesOn } from '../holidays.js';
import { t, tn } from '../i18n/catalogue.js';
import { ALWAYS, type Contract, type Duration, type HolidayRegion, type TargetKind } from '../model.js';
import { formatOffset, formatPercent, formatSpan, localTime, offsetInstant, sameLocalDate, timeOfDay, weekdayDate, weekdayLocalDate } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';
import { MINUTE_MS } from '../time/units.js';
import { ZoneTimeline, type OffsetTransition } from '../time/zone-timeline.js';
import { deadlineTrace, type TargetTrace } from './deadline-trace.js';
import { cell, code } from './markdown.js';
import { durationPhrase, kindWord } from './words.js';

function kindTitle(kind: TargetKind, locale: SupportedLocale): string {
    return t(locale, kind === 'response' ? 'wordResponseTitle' : 'wordResolutionTitle');
}

/**
 * "Sun 2026-03-08 03:00 (−04:00): clocks go forward 1 h (−05:00 → −04:00)": a change of offset, at its
 * first instant in the new offset.
 */
export function transitionWords(transition: OffsetTransition, zone: string, locale: SupportedLocale = DEFAULT_LOCALE): string {
    const shift = transition.offsetAfter - transition.offsetBefore;
    return t(locale, shift > 0 ? 'previewClocksForward' : 'previewClocksBack', {
        instant: offsetInstant(transition.at, zone, locale),
        span: formatSpan(Math.abs(shift) * MINUTE_MS),
        before: formatOffset(transition.offsetBefore),
        after: formatOffset(transition.offsetAfter),
    });
}

function within(duration: Duration, locale: SupportedLocale): string {
    const words = durationPhrase(duration, locale);
    if (duration.kind === 'wall') return t(locale, 'previewWithinWall', { duration: words });
    return duration.calendar === ALWAYS
        ? t(locale, 'previewWithinAlways', { duration: words })
        : t(locale, 'previewWithinCalendar', { duration: words, calendar: code(duration.calendar) });
}

function due(ms: number, zone: string, locale: SupportedLocale): string {
    return Number.isFinite(ms) ? `**${offsetInstant(ms, zone, locale)}**` : t(locale, 'previewNever');
}

/** "Fri 2026-03-06 17:30–18:00 (30 min)"; an interval past midnight names both dates. */
function intervalLine(start: number, end: number, zone: string, locale: SupportedLocale): string {
    const midnightEnd = !sameLocalDate(start, end, zone) && localTime(end, zone) === '00:00' && sameLocalDate(start, end - 1, zone);
    const span = sameLocalDate(start, end, zone) || midnightEnd
        ? `${weekdayDate(start, zone, locale)} ${localTime(start, zone)}–${midnightEnd ? '24:00' : localTime(end, zone)}`
        : `${weekdayDate(start, zone, locale)} ${localTime(start, zone)} – ${weekdayDate(end, zone, locale)} ${localTime(end, zone)}`;
    return `${span} (${formatSpan(end - start)})`;
}

/** The trace lines of a business deadline; `regions`: its calendar's, to name holidays for the reader. */
function businessTrace(e: DeadlineExplanation, regions: readonly HolidayRegion[], locale: SupportedLocale): string[] {
    const zone = e.zone;
    const lines: string[] = [];
    const calendar = e.calendar === ALWAYS ? t(locale, 'hoverTheAlwaysCalendar') : code(e.calendar);
    const opened = offsetInstant(e.start, zone, locale);
    if (e.clockStart === e.start) lines.push(t(locale, 'previewOpenedWhileOpen', { opened, calendar }));
    else if (Number.isFinite(e.clockStart)) lines.push(t(locale, 'previewOpenedWhileClosed', { opened, calendar, start: offsetInstant(e.clockStart, zone, locale) }));
    else lines.push(t(locale, 'previewOpenedNeverOpens', { opened, calendar }));
    if (e.counted.length > 0) {
        const list = e.counted.map((i) => `  - ${intervalLine(i.start, i.end, zone, locale)}`);
        lines.push(`${tn(locale, 'previewCounted', e.counted.length, { span: formatSpan(e.countedMs), count: String(e.counted.length), zone })}\n${list.join('\n')}`);
    }
    const date = (d: string) => weekdayLocalDate(d, locale);
    const holidays = e.closedDays.filter((d) => d.reason === 'holiday');
    if (holidays.length > 0) lines.push(t(locale, 'previewHolidaysSkipped', { holidays: holidays.map((d) => `${date(d.date)} ${cell(holidayNamesOn(regions, d.date, d.holidays.join(' / '), locale))}`).join('; ') }));
    const weekly = e.closedDays.filter((d) => d.reason === 'weekly');
    if (weekly.length > 0) lines.push(t(locale, 'previewClosedDaysSkipped', { days: weekly.map((d) => date(d.date)).join(', ') }));
    for (const d of e.closedDays.filter((c) => c.reason === 'specialHours' || c.reason === 'dstGap')) {
        lines.push(t(locale, d.reason === 'specialHours' ? 'previewClosedBySpecialHours' : 'previewClosedByDstGap', { date: date(d.date) }));
    }
    for (const s of e.specialDays) {
        const hours = s.intervals.length === 0 ? t(locale, 'wordClosed') : s.intervals.map((i) => `${timeOfDay(i.start)}–${timeOfDay(i.end)}`).join(', ');
        lines.push(s.overriddenHolidays.length > 0
            ? t(locale, 'previewSpecialHoursInstead', { date: date(s.date), hours, holiday: cell(s.overriddenHolidays.join(' / ')) })
            : t(locale, 'previewSpecialHours', { date: date(s.date), hours }));
    }
    lines.push(e.dstChanges.length > 0
        ? t(locale, 'previewDstCrossed', { changes: e.dstChanges.map((c) => transitionWords(c, zone, locale)).join('; ') })
        : t(locale, 'previewDstNone'));
    return lines;
}

/** Wall-clock time needs no calendar: only a change of offset makes the wall clock show another span. */
function wallTrace(opened: number, dueMs: number, zone: string, changes: readonly OffsetTransition[], locale: SupportedLocale): string[] {
    const lines = [t(locale, 'previewWallOpened', { opened: offsetInstant(opened, zone, locale) })];
    if (changes.length === 0) lines.push(t(locale, 'previewWallDstNone', { zone }));
    else {
        const timeline = ZoneTimeline.of(zone);
        lines.push(t(locale, 'previewWallDst', {
            zone,
            changes: changes.map((c) => transitionWords(c, zone, locale)).join('; '),
            shown: formatSpan(timeline.wallOf(dueMs) - timeline.wallOf(opened)),
            real: formatSpan(dueMs - opened),
        }));
    }
    return lines;
}

function targetSection(contract: Contract, trace: TargetTrace, opened: number, locale: SupportedLocale): string {
    const regions = (e: DeadlineExplanation) => contract.calendars.find((c) => c.name === e.calendar)?.holidayRegions ?? [];
    const lines = trace.clock === 'wall' ? wallTrace(opened, trace.due, trace.zone, trace.dstChanges, locale) : businessTrace(trace.explanation, regions(trace.explanation), locale);
    lines.push(t(locale, 'previewDue', { due: due(trace.due, trace.zone, locale) }));
    return `#### ${kindTitle(trace.kind, locale)}: ${within(trace.duration, locale)}\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
}

/** The whole preview, in the reader's locale. Throws RangeError for an unknown category (callers check first). */
export function previewMarkdown(contract: Contract, categoryName: string, opened: number, locale: SupportedLocale = DEFAULT_LOCALE): string {
    const trace = deadlineTrace(contract, categoryName, opened);
    const { category, zone } = trace;
    const title = category.title !== undefined ? ` — ${cell(category.title)}` : '';
    const contractTitle = contract.title !== undefined ? ` — ${cell(contract.title)}` : '';
    const parts = [
        `### ${t(locale, 'previewDeadlinesOf', { category: code(category.name) })}${title}`,
        t(locale, 'previewContract', { contract: code(contract.name), title: contractTitle, opened: offsetInstant(opened, zone, locale), zone }),
    ];
    if (trace.targets.length === 0) {
        parts.push(t(locale, 'previewNoTargets'));
        return parts.join('\n\n');
    }
    parts.push([
        `| ${t(locale, 'previewTarget')} | ${t(locale, 'previewWithin')} | ${t(locale, 'previewDueColumn')} |`,
        '|---|---|---|',
        ...trace.targets.map((target) => `| ${kindTitle(target.kind, locale)} | ${within(target.duration, locale)} | ${due(target.due, target.zone, locale)} |`),
    ].join('\n'));
    if (trace.escalations.length > 0) {
        const rows = trace.escalations.map((e) => {
            const who = `${cell(e.notify)}${e.contact !== undefined ? ` (${cell(e.contact)})` : ''}`;
            const step = t(locale, 'previewStepOf', { percent: formatPercent(e.percent, locale), kind: kindWord(e.target, locale) });
            return `| ${offsetInstant(e.at, e.zone, locale)} | ${step} | ${who} |`;
        });
        const head = `| ${t(locale, 'previewWhen')} | ${t(locale, 'previewStep')} | ${t(locale, 'previewNotify')} |`;
        parts.push([`**${t(locale, 'previewEscalations')}**`, '', head, '|---|---|---|', ...rows].join('\n'));
    }
    for (const target of trace.targets) parts.push(targetSection(contract, target, opened, locale));
    return parts.join('\n\n');
}
