/**
 * Seeded garbage in the language's own alphabet: keywords, names, numbers, dates, times, texts and braces in
 * random order. A parser's error recovery is what such a file exercises (issue 13: 10 MB of it overflowed
 * the stack in Chevrotain's re-synchronisation), so it is built from tokens the lexer accepts, not bytes.
 */
import { random, type Random } from './random.js';

const KEYWORDS = [
    'contract', 'provider', 'customer', 'term', 'to', 'fee', 'monthly', 'yearly', 'locale', 'service', 'calendar', 'time', 'zone',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'every', 'day', 'holidays', 'of', 'holiday', 'on',
    'closed', 'default', 'always', 'channel', 'hours', 'business', 'hour', 'minutes', 'days', 'weeks', 'per', 'category', 'priority',
    'response', 'resolution', 'within', 'via', 'objective', 'escalation', 'at', 'penalties', 'when', 'cap', 'termination', 'notice',
    'reporting', 'weekly', 'quarterly', 'review', 'clause', 'definitions', 'scenario',
];
const PUNCTUATION = [',', '-', '%'];

export interface TokenMix {
    /** The share of braces among the tokens: rare braces leave one block open for long (deep recursion in recovery). */
    braces?: number;
}

function token(rng: Random, braces: number): string {
    if (rng.chance(braces)) return rng.chance(0.5) ? '{' : '}';
    const kind = rng.below(10);
    if (kind < 5) return rng.pick(KEYWORDS);
    if (kind < 6) return rng.pick(PUNCTUATION);
    if (kind === 6) return `N${rng.below(1000)}`;
    if (kind === 7) return String(rng.below(100_000));
    if (kind === 8) return rng.chance(0.5) ? `2026-0${1 + rng.below(9)}-1${rng.below(10)}` : `0${rng.below(10)}:${10 + rng.below(50)}`;
    return `"t${rng.below(100)}"`;
}

/** About `bytes` characters of random tokens, lines of about 60 characters, the same text for the same seed and mix. */
export function randomTokens(seed: number, bytes: number, mix: TokenMix = {}): string {
    const braces = mix.braces ?? 0.2;
    const rng = random(seed);
    const lines: string[] = [];
    let size = 0;
    let line: string[] = [];
    let lineSize = 0;
    while (size < bytes) {
        const t = token(rng, braces);
        line.push(t);
        lineSize += t.length + 1;
        size += t.length + 1;
        if (lineSize > 60) {
            lines.push(line.join(' '));
            line = [];
            lineSize = 0;
        }
    }
    if (line.length > 0) lines.push(line.join(' '));
    return `${lines.join('\n')}\n`;
}
