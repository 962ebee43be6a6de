import { formatInstant } from '../runtime/index.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * An instant for people: "Mon 2026-03-09 12:30 -03:00" — the weekday first, since business time is
 * about which day it is; seconds only when not zero; the offset kept, so DST is never a guess.
 */
export function humanInstant(ms: number, zone: string): string {
    const iso = formatInstant(ms, zone);
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)(.*)$/.exec(iso);
    if (!match) return iso;
    const [, year, month, day, hoursMinutes, seconds, offset] = match;
    const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
    const secondsText = seconds === ':00' ? '' : seconds;
    return `${weekday} ${year}-${month}-${day} ${hoursMinutes}${secondsText} ${offset === 'Z' ? 'UTC' : offset}`;
}
