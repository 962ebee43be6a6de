/**
 * JSON with the place of every value, so that a help desk's account file that is not JSON, or not of the
 * shape expected, is reported as `file:line:column: …` (issue 13). JSON.parse says neither line nor column
 * (and words its reasons differently in each Node version), hence this small parser of RFC 8259 JSON.
 * Places are keyed by the paths AccountShapeError names: `$`, `schedules`, `schedules[0].time_zone`.
 */
import type { MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';

export interface JsonPlace {
    /** 1-based, as editors count. */
    line: number;
    column: number;
}

/** Text that is not JSON: what is wrong (a catalogue key) and where. */
export class JsonSyntaxError extends Error {
    constructor(
        readonly key: Extract<MessageKey, `json${string}`>,
        readonly args: MessageArgs,
        readonly place: JsonPlace,
    ) {
        super(`${key} at ${place.line}:${place.column}`);
        this.name = 'JsonSyntaxError';
    }
}

export interface LocatedJson {
    value: unknown;
    /** Where each value starts (for an object member, its key), by path. */
    places: ReadonlyMap<string, JsonPlace>;
}

/** The path of member `key` of the value at `path`, as AccountShapeError writes it. */
export function memberPath(path: string, key: string): string {
    return path === '$' ? key : `${path}.${key}`;
}

/** The place of `path`, or of its nearest ancestor that has one (a missing member is reported at its object). */
export function placeOf(located: LocatedJson, path: string): JsonPlace {
    for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) {
        const place = located.places.get(p);
        if (place) return place;
    }
    return { line: 1, column: 1 };
}

function parentPath(path: string): string | undefined {
    if (path === '$') return undefined;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? '$' : path.slice(0, cut);
}

/** Deeper than any help desk's answer; the parser recurses per level and must not overflow the stack. */
const MAX_DEPTH = 512;

export function parseLocatedJson(text: string): LocatedJson {
    const places = new Map<string, JsonPlace>();
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let lineStart = 0;

    const here = (): JsonPlace => ({ line, column: i - lineStart + 1 });
    const fail = (key: Extract<MessageKey, `json${string}`>, args: MessageArgs = {}): never => {
        throw new JsonSyntaxError(key, args, here());
    };
    const unexpected = (): never => {
        if (i >= text.length) fail('jsonUnexpectedEnd');
        return fail('jsonUnexpectedCharacter', { character: JSON.stringify(text[i]) });
    };
    const blanks = () => {
        for (; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x0a) {
                line++;
                lineStart = i + 1;
            } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
        }
    };
    const literal = (word: string, value: unknown) => {
        if (text.startsWith(word, i)) {
            i += word.length;
            return value;
        }
        return strayWord();
    };
    /** `tru`, `nul`, `True`, `undefined`: said as written, not as its first letter. */
    const strayWord = (): never => {
        const found = /^[A-Za-z_]+/.exec(text.slice(i, i + 40))?.[0] ?? text[i] ?? '';
        return fail('jsonUnexpectedCharacter', { character: JSON.stringify(found) });
    };
    const string = (): string => {
        const start = here();
        i++;
        let out = '';
        let from = i;
        for (;;) {
            if (i >= text.length) throw new JsonSyntaxError('jsonUnclosedText', {}, start);
            const c = text.charCodeAt(i);
            if (c === 0x22) break;
            if (c < 0x20) throw new JsonSyntaxError('jsonUnclosedText', {}, start);
            if (c === 0x5c) {
                out += text.slice(from, i);
                const e = text[i + 1];
                const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e !== undefined && e in simple) {
                    out += simple[e];
                    i += 2;
                } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                    out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
                    i += 6;
                } else {
                    fail('jsonBadEscape');
                }
                from = i;
                continue;
            }
            i++;
        }
        out += text.slice(from, i);
        i++;
        return out;
    };
    const number = (): number => {
        const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!match) return unexpected();
        i += match[0].length;
        return Number(match[0]);
    };
    const value = (path: string, depth: number): unknown => {
        blanks();
        if (!places.has(path)) places.set(path, here());
        if (depth > MAX_DEPTH) fail('jsonTooDeep', { depth: String(MAX_DEPTH) });
        const c = text[i];
        if (c === '{') {
            i++;
            const result: Record<string, unknown> = {};
            blanks();
            if (text[i] === '}') {
                i++;
                return result;
            }
            for (;;) {
                blanks();
                if (text[i] !== '"') fail('jsonExpectedKey');
                const keyPlace = here();
                const key = string();
                const member = memberPath(path, key);
                places.set(member, keyPlace);
                blanks();
                if (text[i] !== ':') fail('jsonExpected', { expected: "':'" });
                i++;
                // An own member, whatever its name (`__proto__` too), as JSON.parse makes it.
                Object.defineProperty(result, key, { value: value(member, depth + 1), enumerable: true, writable: true, configurable: true });
                blanks();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return result;
                }
                if (i >= text.length) fail('jsonUnexpectedEnd');
                fail('jsonExpected', { expected: "',' or '}'" });
            }
        }
        if (c === '[') {
            i++;
            const result: unknown[] = [];
            blanks();
            if (text[i] === ']') {
                i++;
                return result;
            }
            for (;;) {
                result.push(value(`${path}[${result.length}]`, depth + 1));
                blanks();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return result;
                }
                if (i >= text.length) fail('jsonUnexpectedEnd');
                fail('jsonExpected', { expected: "',' or ']'" });
            }
        }
        if (c === '"') return string();
        if (c === 't') return literal('true', true);
        if (c === 'f') return literal('false', false);
        if (c === 'n') return literal('null', null);
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
        if (c !== undefined && /[A-Za-z_]/.test(c)) return strayWord();
        return unexpected();
    };

    const result = value('$', 0);
    blanks();
    if (i < text.length) fail('jsonAfterEnd');
    return { value: result, places };
}
