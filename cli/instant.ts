import { instantReason, parseInstantText } from '../runtime/index.js';
import { usageError } from './errors.js';
import { cliLocale, m } from './i18n.js';

/** Parses an instant given to `option` (runtime/time/instant.ts); a rejection is a one-line usage error naming the option. */
export function parseInstant(text: string, option: string, command: string): number {
    const parsed = parseInstantText(text);
    if (!parsed.ok) throw usageError(m('cliBadOptionValue', { option, value: text, reason: instantReason(parsed, cliLocale()) }), command);
    return parsed.ms;
}

/** A pause `START/END`: two instants, the end after the start. */
export function parsePause(text: string, command: string): readonly [number, number] {
    const parts = text.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw usageError(m('cliPauseExpected', { value: text }), command);
    const start = parseInstant(parts[0], '--pause', command);
    const end = parseInstant(parts[1], '--pause', command);
    if (end <= start) throw usageError(m('cliPauseEndsBeforeStart', { value: text }), command);
    return [start, end];
}
