/**
 * Who an on-call rotation has on call, and when: its people take turns, one rotation period each (a day, a
 * week or a calendar month), from the rotation's start date, in the order listed, then start over. Turns are
 * whole local dates: a weekly rotation starting Monday 2026-01-05 gives its first person Monday 5 to Sunday 11
 * January. Computed from the rotation alone (no "now"): the hover of a rotation and of `notify on call`
 * shows the first turns with their dates.
 */
import { t } from '../i18n/catalogue.js';
import type { OnCallPerson, OnCallRotation } from '../model.js';
import { addDays, addMonths, daysBetween, isRealDate } from '../util/dates.js';
import { weekdayLocalDate } from '../time/format.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';
import { cell } from './markdown.js';

export interface OnCallTurn {
    /** 0 for the rotation's first turn. */
    readonly index: number;
    /** First and last local date of the turn ("YYYY-MM-DD"), both included. */
    readonly from: string;
    readonly to: string;
    readonly person: OnCallPerson;
}

/** The first local date of turn `index`. */
function turnStart(rotation: OnCallRotation, index: number): string {
    switch (rotation.rotation) {
        case 'daily': return addDays(rotation.start, index);
        case 'weekly': return addDays(rotation.start, 7 * index);
        // Counted from the start each time, so the 31st of a short month does not drift to the 28th.
        case 'monthly': return addMonths(rotation.start, index);
    }
}

function turn(rotation: OnCallRotation, index: number): OnCallTurn {
    return {
        index,
        from: turnStart(rotation, index),
        to: addDays(turnStart(rotation, index + 1), -1),
        person: rotation.people[index % rotation.people.length]!,
    };
}

function usable(rotation: OnCallRotation): boolean {
    return rotation.people.length > 0 && isRealDate(rotation.start);
}

/** The first `count` turns of the rotation; none without people or a real start date. */
export function onCallTurns(rotation: OnCallRotation, count: number): OnCallTurn[] {
    if (!usable(rotation)) return [];
    return Array.from({ length: Math.max(0, count) }, (_, i) => turn(rotation, i));
}

/** The turn that holds the local date `date`; undefined before the rotation starts (or without people). */
export function onCallOn(rotation: OnCallRotation, date: string): OnCallTurn | undefined {
    if (!usable(rotation) || !isRealDate(date) || date < rotation.start) return undefined;
    const days = daysBetween(rotation.start, date);
    if (rotation.rotation === 'daily') return turn(rotation, days);
    if (rotation.rotation === 'weekly') return turn(rotation, Math.floor(days / 7));
    // A calendar month has 28 to 31 days: start from an estimate that cannot overshoot and step on.
    let index = Math.max(0, Math.floor(days / 31));
    while (turnStart(rotation, index + 1) <= date) index++;
    return turn(rotation, index);
}

const PERIOD_WORDS = {
    daily: { adjective: 'explainRotationDaily', noun: 'explainTurnDay' },
    weekly: { adjective: 'explainRotationWeekly', noun: 'explainTurnWeek' },
    monthly: { adjective: 'explainRotationMonthly', noun: 'explainTurnMonth' },
} as const satisfies Record<OnCallRotation['rotation'], { adjective: string; noun: string }>;

/** "Ana Pérez (ana@example.com)". */
export function personWords(person: OnCallPerson): string {
    return person.contact !== undefined ? `${person.name} (${person.contact})` : person.name;
}

/** "Mon 2026-01-05 – Sun 2026-01-11", or one date for a daily turn. */
export function turnDates(turn: OnCallTurn, locale: SupportedLocale = DEFAULT_LOCALE): string {
    const date = (d: string) => weekdayLocalDate(d, locale);
    return turn.from === turn.to ? date(turn.from) : `${date(turn.from)} – ${date(turn.to)}`;
}

/** How many turns a hover shows: a whole round and the return of the first person, 3 to 8. */
export function shownTurns(rotation: OnCallRotation): number {
    return Math.min(Math.max(rotation.people.length + 1, 3), 8);
}

/**
 * The rotation in Markdown sections: how the turns go, who is on call in the first week, and the first turns
 * with their dates. Empty sections say why there is nothing to show (no people, no valid start date).
 */
export function onCallMarkdown(rotation: OnCallRotation, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    const words = PERIOD_WORDS[rotation.rotation];
    const adjective = t(locale, words.adjective);
    if (rotation.people.length === 0) return [t(locale, 'explainRotationNobody', { rotation: adjective })];
    if (!isRealDate(rotation.start)) return [t(locale, 'explainRotationBadStart', { rotation: adjective })];
    const order = rotation.people.map((p) => cell(p.name)).join(`, ${t(locale, 'wordThen')} `);
    const start = weekdayLocalDate(rotation.start, locale);
    const sections = [t(locale, 'explainRotation', { rotation: adjective, start, turn: t(locale, words.noun), order })];
    const firstWeek = [...new Set(Array.from({ length: 7 }, (_, i) => onCallOn(rotation, addDays(rotation.start, i))!.person))];
    sections.push(t(locale, 'explainOnCallFirstWeek', { start, people: firstWeek.map((p) => `**${cell(p.name)}**`).join(', ') }));
    const rows = onCallTurns(rotation, shownTurns(rotation)).map((turn) => `| ${turnDates(turn, locale)} | ${cell(personWords(turn.person))} |`);
    sections.push([`| ${t(locale, 'explainTurn')} | ${t(locale, 'explainOnCall')} |`, '|---|---|', ...rows].join('\n'));
    return sections;
}
