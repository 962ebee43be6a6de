/**
 * Mutations of a contract's text: the typos and accidents an editor sees (a token deleted, typed twice,
 * two swapped, a digit repeated, a file cut short) and the hostile inputs a file may hold (stray Unicode,
 * numbers far past any sensible contract). Each mutation says what it did, so a failure can be read and
 * reproduced by hand.
 */
import type { Random } from './random.js';

export interface Token {
    start: number;
    end: number;
    text: string;
}

// Strings, comments, dates, numbers, words and single symbols: what a person would select and retype.
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\d{4}-\d{2}-\d{2}|\d+(?:[.:,]\d+)*%?|[\p{L}_][\p{L}\p{N}_-]*|\S/gu;
const NUMBER = /^\d+(?:[.:,]\d+)*%?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function tokens(text: string): Token[] {
    return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Characters that break naive text handling: combining marks, bidi controls, NUL, lone surrogates, BOM, zero width. */
export const STRAY_UNICODE: readonly string[] = [
    '\u0301', // combining acute accent
    '\u0338\u20DD', // combining long solidus + enclosing circle
    '\u202E', // right-to-left override
    '\u200F', // right-to-left mark
    '\u2067', // right-to-left isolate
    '\u0000', // NUL
    '\uD800', // lone high surrogate
    '\uDFFF', // lone low surrogate
    '\uFEFF', // byte order mark mid-file
    '\u200B', // zero width space
    '\u2028', // line separator
    '\u00A0', // no-break space
    '\u001B[2J', // terminal escape (clear screen)
    '\uFFFD',
    '😀',
    'ñ',
];

/** Numbers past any contract: the digit typed many times, 1e308 and beyond, and the calendar's edges. */
export const HUGE_NUMBERS: readonly string[] = [
    '99999999999',
    '9'.repeat(25),
    `1${'0'.repeat(308)}`,
    `1${'0'.repeat(400)}`,
    '1000000000',
    '0.000000001',
    '4294967297',
    '9007199254740993',
];
export const EDGE_DATES: readonly string[] = ['9999-12-31', '9999-12-30', '0001-01-01', '0000-02-29', '2026-02-29', '1899-12-31', '2201-01-01'];

/** Bits of the language spliced in, as half-typed edits produce them. */
export const FRAGMENTS: readonly string[] = [
    '{', '}', ',', '-', '%', '"', '0', '24:00', '00:00', '99.9%', '100%', '0%', '150%',
    'calendar', 'category', 'objective', 'scenario', 'extends', 'business', 'hours', 'days', 'always', 'on', 'per',
    'response within 1 business hour', 'resolution within 99999999999 business hours',
    'at 1000000000% of resolution notify "x"', 'time zone "Nowhere/City"', 'holidays of "ZZ"',
    'monday to friday 08:00-09:00', 'term 0001-01-01 to 0001-12-31', 'term 9999-01-01 to 9999-12-31',
    'fee 1' + '0'.repeat(400) + ' USD monthly', 'exponential mean 99999999999 hours', '/*', '//',
];

export interface Mutant {
    text: string;
    /** What was done, in order, e.g. `repeat-digits at 312: "240" → "240240"`. */
    mutations: string[];
}

const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}…` : s);

type Mutation = (text: string, rng: Random) => { text: string; what: string } | undefined;

function pickToken(text: string, rng: Random, filter: (t: Token) => boolean = () => true): Token | undefined {
    const candidates = tokens(text).filter(filter);
    return candidates.length === 0 ? undefined : rng.pick(candidates);
}

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

const MUTATIONS: Record<string, Mutation> = {
    'delete-token': (text, rng) => {
        const t = pickToken(text, rng);
        return t && { text: splice(text, t.start, t.end, ''), what: `delete-token at ${t.start}: ${show(t.text)}` };
    },
    'duplicate-token': (text, rng) => {
        const t = pickToken(text, rng);
        const glue = rng.pick(['', ' ', '\n']);
        return t && { text: splice(text, t.end, t.end, glue + t.text), what: `duplicate-token at ${t.start}: ${show(t.text)} glued by ${show(glue)}` };
    },
    'swap-tokens': (text, rng) => {
        const all = tokens(text);
        if (all.length < 2) return undefined;
        const i = rng.below(all.length - 1);
        const j = rng.chance(0.7) ? i + 1 : rng.between(i + 1, all.length - 1);
        const a = all[i]!;
        const b = all[j]!;
        const swapped = text.slice(0, a.start) + b.text + text.slice(a.end, b.start) + a.text + text.slice(b.end);
        return { text: swapped, what: `swap-tokens at ${a.start} and ${b.start}: ${show(a.text)} ⇄ ${show(b.text)}` };
    },
    'repeat-digits': (text, rng) => {
        const t = pickToken(text, rng, (x) => NUMBER.test(x.text) || DATE.test(x.text));
        if (!t) return undefined;
        const digits = t.text.replace(/%$/, '');
        const repeated = rng.chance(0.5)
            ? digits + digits.replace(/[^\d]/g, '') // "240" → "240240", as the typo
            : digits.replace(/\d/, (d) => d.repeat(rng.between(2, 12)));
        const replacement = repeated + (t.text.endsWith('%') ? '%' : '');
        return { text: splice(text, t.start, t.end, replacement), what: `repeat-digits at ${t.start}: ${show(t.text)} → ${show(replacement)}` };
    },
    truncate: (text, rng) => {
        const at = rng.below(text.length + 1);
        return { text: text.slice(0, at), what: `truncate at ${at}` };
    },
    'stray-unicode': (text, rng) => {
        const at = rng.below(text.length + 1);
        const c = rng.pick(STRAY_UNICODE);
        return { text: splice(text, at, at, c), what: `stray-unicode at ${at}: ${JSON.stringify(c)}` };
    },
    'huge-number': (text, rng) => {
        const dates = rng.chance(0.3);
        const t = pickToken(text, rng, (x) => (dates ? DATE : NUMBER).test(x.text));
        if (!t) return undefined;
        const replacement = dates ? rng.pick(EDGE_DATES) : rng.pick(HUGE_NUMBERS) + (t.text.endsWith('%') ? '%' : '');
        return { text: splice(text, t.start, t.end, replacement), what: `huge-number at ${t.start}: ${show(t.text)} → ${show(replacement)}` };
    },
    'unicode-in-string': (text, rng) => {
        const t = pickToken(text, rng, (x) => x.text.length >= 2 && x.text.startsWith('"') && x.text.endsWith('"'));
        if (!t) return undefined;
        const at = rng.between(t.start + 1, t.end - 1);
        const c = rng.pick([...STRAY_UNICODE, '[click](https://attacker.example/p)', '<img src=x onerror=alert(1)>', '</script>', ']]>', '|', '\\n', '${x}']);
        return { text: splice(text, at, at, c), what: `unicode-in-string at ${at}: ${JSON.stringify(c)}` };
    },
    fragment: (text, rng) => {
        const at = rng.below(text.length + 1);
        const f = rng.pick(FRAGMENTS);
        return { text: splice(text, at, at, ` ${f} `), what: `fragment at ${at}: ${show(f)}` };
    },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Mutations that keep the syntax, so the document often still checks clean and reaches the engine. */
const VALUE_MUTATIONS = ['repeat-digits', 'huge-number', 'unicode-in-string'];

/** One mutation that keeps the syntax (a number, a date or a string changed). */
export function mutateValue(text: string, rng: Random): Mutant {
    const result = MUTATIONS[rng.pick(VALUE_MUTATIONS)]!(text, rng);
    return result ? { text: result.text, mutations: [result.what] } : { text, mutations: [] };
}

/**
 * One to three mutations of `text` (truncation at most once, and last, so the other edits stay visible);
 * a third of the cases get one value mutation only, to reach the engine calls that clean documents get.
 */
export function mutate(text: string, rng: Random): Mutant {
    if (rng.chance(1 / 3)) {
        const name = rng.pick(VALUE_MUTATIONS);
        const result = MUTATIONS[name]!(text, rng);
        if (result) return { text: result.text, mutations: [result.what] };
    }
    const count = rng.between(1, 3);
    const mutations: string[] = [];
    let current = text;
    const names = MUTATION_NAMES.filter((n) => n !== 'truncate');
    for (let i = 0; i < count; i++) {
        const last = i === count - 1;
        const name = last && rng.chance(0.12) ? 'truncate' : rng.pick(names);
        const result = MUTATIONS[name]!(current, rng);
        if (!result) continue;
        current = result.text;
        mutations.push(result.what);
    }
    return { text: current, mutations };
}
