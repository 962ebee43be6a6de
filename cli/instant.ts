import { parseInstantText } from '../runtime/index.js';
import { usageError } from './errors.js';

/** Parses an instant given to `option` (runtime/time/instant.ts); a rejection is a one-line usage error naming the option. */
export function parseInstant(text: string, option: string, command: string): number {
    const parsed = parseInstantText(text);
    if (!parsed.ok) throw usageError(`${option} ${text}: ${parsed.reason}`, command);
    return parsed.ms;
}

/** A pause `START/END`: two instants, the end after the start. */
export function parsePause(text: string, command: string): readonly [number, number] {
    const parts = text.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
        throw usageError(`--pause ${text}: expected START/END, two instants such as 2026-03-02T10:00-03:00/2026-03-02T11:30-03:00`, command);
    }
    const start = parseInstant(parts[0], '--pause', command);
    const end = parseInstant(parts[1], '--pause', command);
    if (end <= start) throw usageError(`--pause ${text}: the pause must end after it starts`, command);
    return [start, end];
}
