/**
 * Each business calendar of the contract as iCalendar (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545),
 * written with ical-generator: one VCALENDAR per calendar, its weekly opening hours as weekly recurring
 * events in the calendar's zone (a VTIMEZONE built from the runtime's own offsets, so a reader converts local
 * times as the SLA clock does), closed dates as all-day transparent events, special hours as single events.
 *
 * A recurring event lasts the same exact time at every occurrence (RFC 5545 §3.8.5.3), but an opening such
 * as 00:00-24:00 is shorter on the day clocks go forward: the dates with an offset change, like the dates
 * with special hours or closed, are excluded from the recurrences and written as single events in UTC.
 * Events say what they are in X-PACTO-KIND (open, closed), for programs that read the file back.
 */
import ical, { ICalEventRepeatingFreq, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { BusinessCalendar } from '../calendar/business-calendar.js';
import { normalizeIntervals } from '../calendar/days.js';
import type { CalendarSpec, Contract, LocalInterval } from '../model.js';
import { slug } from '../integrations/help-desk.js';
import { holidayNamesOn } from '../holidays.js';
import { termDays } from '../integrations/term-days.js';
import { dayOfIso, wallOf } from '../time/local-date.js';
import { ZoneTimeline } from '../time/zone-timeline.js';
import { addDays } from '../util/dates.js';
import { t } from '../i18n/catalogue.js';
import { supportedLocale } from '../time/locales.js';

/** ical-generator adds the leading '-' of a non-registered PRODID (RFC 5545 §3.7.3). */
export const ICS_PRODID = '//Pacto//Pacto SLA calendars//EN';
/** Without a term the recurrences start on this Monday and never end (no clock is read). */
const NO_TERM_START = '2000-01-03';
const NO_TERM_LAST_YEAR = 2037;

function offsetText(minutes: number): string {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function localStamp(ms: number): string {
    return DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat("yyyyLLdd'T'HHmmss");
}

/**
 * A VTIMEZONE with one observance per offset change in [fromMs, toMs), each DTSTART the wall time before the
 * change (RFC 5545 §3.6.5): exactly the offsets the runtime uses, whatever tz data the reader has.
 */
export function vtimezone(zone: string, fromMs: number, toMs: number): string {
    const timeline = ZoneTimeline.of(zone);
    const first = timeline.offsetMinutesAt(fromMs);
    const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
    const observance = (kind: 'STANDARD' | 'DAYLIGHT', wallMs: number, from: number, to: number) =>
        lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(wallMs)}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`);
    observance('STANDARD', fromMs + first * 60_000, first, first);
    for (const change of timeline.transitionsBetween(fromMs, toMs)) {
        observance(change.offsetAfter > change.offsetBefore ? 'DAYLIGHT' : 'STANDARD', change.at + change.offsetBefore * 60_000, change.offsetBefore, change.offsetAfter);
    }
    lines.push('END:VTIMEZONE');
    return lines.join('\r\n');
}

function weeklyByDay(spec: CalendarSpec): LocalInterval[][] {
    const byDay: LocalInterval[][] = [[], [], [], [], [], [], [], []];
    for (const { day, start, end } of spec.weekly) byDay[day]!.push({ start, end });
    return byDay.map((intervals) => normalizeIntervals(intervals));
}

function calendarIcs(contract: Contract, spec: CalendarSpec): string {
    const locale = supportedLocale(contract.locale);
    const zone = spec.zone;
    const timeline = ZoneTimeline.of(zone);
    const calendar = BusinessCalendar.fromSpec(spec);
    const first = contract.term?.start ?? NO_TERM_START;
    const last = contract.term?.end;
    const instant = (date: string, minutes: number) => timeline.instantOf(wallOf(dayOfIso(date), minutes));
    const rangeStart = instant(first, 0);
    const rangeEnd = last !== undefined ? instant(addDays(last, 1), 0) : Date.UTC(NO_TERM_LAST_YEAR + 1, 0, 1);
    const stamp = new Date(Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, Number(first.slice(8, 10))));
    const prefix = `${slug(contract.name)}-${slug(spec.name)}`;
    const name = `${contract.title ?? contract.name} — ${spec.title ?? spec.name}`;
    const cal = ical({
        name,
        prodId: ICS_PRODID,
        // No calendar-wide zone: ical-generator would then write UTC values (DTSTAMP, UNTIL) as local times.
        timezone: { name: '', generator: (tz) => (tz === zone ? vtimezone(zone, rangeStart - 366 * 86_400_000, rangeEnd + 366 * 86_400_000) : null) },
    });

    // Dates written one by one: closed, special hours, or an offset change within the day.
    const single = new Set<string>();
    const days = termDays(spec, contract.term ?? null);
    for (const closed of days.closed) single.add(closed.date);
    for (const special of days.special) single.add(special.date);
    for (const change of timeline.transitionsBetween(rangeStart, rangeEnd)) {
        single.add(calendar.localDate(change.at - 1));
        single.add(calendar.localDate(change.at));
    }

    const weekly = weeklyByDay(spec);
    for (let day = 1; day <= 7; day++) {
        let date = first;
        while (DateTime.fromISO(date, { zone: 'UTC' }).weekday !== day) date = addDays(date, 1);
        if (last !== undefined && date > last) continue;
        for (const interval of weekly[day]!) {
            const exclude: string[] = [];
            for (const other of [...single].sort()) {
                if (DateTime.fromISO(other, { zone: 'UTC' }).weekday === day && other >= date) exclude.push(other);
            }
            cal.createEvent({
                id: `${prefix}-weekly-${day}-${interval.start}@pacto`,
                stamp,
                start: wallTime(date, interval.start, zone),
                end: interval.end === 1440 ? wallTime(addDays(date, 1), 0, zone) : wallTime(date, interval.end, zone),
                timezone: zone,
                summary: spec.title ?? spec.name,
                transparency: ICalEventTransparency.OPAQUE,
                repeating: {
                    freq: ICalEventRepeatingFreq.WEEKLY,
                    ...(last !== undefined ? { until: new Date(rangeEnd) } : {}),
                    ...(exclude.length > 0 ? { exclude: exclude.map((d) => wallTime(d, interval.start, zone)) } : {}),
                },
                x: { 'X-PACTO-KIND': 'open' },
            });
        }
    }

    // The contract's file: holidays named in its locale where the holiday data has that language.
    const closedNames = new Map(days.closed.map((c) => [c.date, c.names.map((name) => holidayNamesOn(spec.holidayRegions, c.date, name, locale))]));
    for (const date of [...single].sort()) {
        if (date < first || (last !== undefined && date > last)) continue;
        const plan = calendar.dayPlan(date);
        const names = closedNames.get(date);
        if (names !== undefined) {
            cal.createEvent({
                id: `${prefix}-closed-${date}@pacto`,
                stamp,
                start: DateTime.fromISO(date, { zone: 'UTC' }),
                allDay: true,
                summary: names.length > 0 ? names.join(' / ') : t(locale, 'conformClosedWord'),
                transparency: ICalEventTransparency.TRANSPARENT,
                x: { 'X-PACTO-KIND': 'closed' },
            });
            continue;
        }
        for (const interval of plan.intervals) {
            cal.createEvent({
                id: `${prefix}-on-${date}-${interval.start}@pacto`,
                stamp,
                start: new Date(instant(date, interval.start)),
                end: new Date(instant(date, interval.end)),
                summary: spec.title ?? spec.name,
                transparency: ICalEventTransparency.OPAQUE,
                x: { 'X-PACTO-KIND': 'open' },
            });
        }
    }
    return cal.toString();
}

/** A wall time of `zone` as luxon sees it: ical-generator writes its fields as given, with TZID. */
function wallTime(date: string, minutes: number, zone: string): DateTime {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return DateTime.fromObject({ year: y, month: m, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone });
}

/** Every calendar of the contract, one VCALENDAR each, in the contract's order. */
export function contractIcs(contract: Contract): string {
    // Every content line ends with CRLF (RFC 5545 §3.1), the last one too: ical-generator leaves it off.
    return contract.calendars.map((spec) => `${calendarIcs(contract, spec).replace(/(\r\n)?$/, '')}\r\n`).join('');
}
