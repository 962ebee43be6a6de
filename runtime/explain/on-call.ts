/**
 * Who an on-call rotation has on call, and when: its people take turns, one rotation period each (a day, a
 * week or a calendar month), from the rotation's start date, in the order listed, then start over. Turns are
 * whole local dates: a weekly rotation starting Monday 2026-01-05 gives its first person Monday 5 to Sunday 11
 * January. Computed from the rotation alone (no "now"): the hover of a rotation and of `notify on call`
 * shows the first turns with their dates.
 */
import type { OnCallPerson, OnCallRotation } from '../model.js';
import { addDays, addMonths, daysBetween, isRealDate } from '../util/dates.js';
import { weekdayLocalDate } from '../time/format.js';
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

const PERIOD_WORDS: Record<OnCallRotation['rotation'], { adjective: string; noun: string }> = {
    daily: { adjective: 'Daily', noun: 'a day' },
    weekly: { adjective: 'Weekly', noun: 'a week' },
    monthly: { adjective: 'Monthly', noun: 'a calendar month' },
};

/** "Ana Pérez (ana@example.com)". */
export function personWords(person: OnCallPerson): string {
    return person.contact !== undefined ? `${person.name} (${person.contact})` : person.name;
}

/** "Mon 2026-01-05 – Sun 2026-01-11", or one date for a daily turn. */
export function turnDates(turn: OnCallTurn): string {
    return turn.from === turn.to ? weekdayLocalDate(turn.from) : `${weekdayLocalDate(turn.from)} – ${weekdayLocalDate(turn.to)}`;
}

/** How many turns a hover shows: a whole round and the return of the first person, 3 to 8. */
export function shownTurns(rotation: OnCallRotation): number {
    return Math.min(Math.max(rotation.people.length + 1, 3), 8);
}

/**
 * The rotation in Markdown sections: how the turns go, who is on call in the first week, and the first turns
 * with their dates. Empty sections say why there is nothing to show (no people, no valid start date).
 */
export function onCallMarkdown(rotation: OnCallRotation): string[] {
    const words = PERIOD_WORDS[rotation.rotation];
    if (rotation.people.length === 0) return [`${words.adjective} rotation: nobody is listed, so nobody is on call.`];
    if (!isRealDate(rotation.start)) return [`${words.adjective} rotation: its start date is not a real date, so its turns cannot be told.`];
    const order = rotation.people.map((p) => p.name).join(', then ');
    const sections = [
        `**${words.adjective} rotation** from ${weekdayLocalDate(rotation.start)}: each person is on call for ${words.noun}, in the order listed (${order}), then the turns start over.`,
    ];
    const firstWeek = [...new Set(Array.from({ length: 7 }, (_, i) => onCallOn(rotation, addDays(rotation.start, i))!.person))];
    sections.push(`On call in the first week (from ${weekdayLocalDate(rotation.start)}): ${firstWeek.map((p) => `**${p.name}**`).join(', ')}.`);
    const rows = onCallTurns(rotation, shownTurns(rotation)).map((t) => `| ${turnDates(t)} | ${cell(personWords(t.person))} |`);
    sections.push(['| Turn | On call |', '|---|---|', ...rows].join('\n'));
    return sections;
}
