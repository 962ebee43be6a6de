// The CLI's bundles in ASCII only, so that the launcher reads them as Latin-1, a plain copy (cli/compile-cache.ts):
// decoding pacto.cjs (2.4 MB) as UTF-8 cost ~3 ms more CPU at every start, a little more with one character outside
// ASCII. esbuild already writes every string, template and identifier in ASCII, but not regular expression literals
// (`/^hor[aá]rio\b/i` in the Portuguese catalogue); there a \uXXXX escape is the same character, with the `u` flag or
// without. Each such character becomes one, and the source map's columns after it on its line move with it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
            shift += 5;
        } else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
        }
    }
    return values;
}

function encodeVlq(values) {
    let out = '';
    for (const number of values) {
        let value = number < 0 ? (-number << 1) | 1 : number << 1;
        do {
            let digit = value & 31;
            value >>>= 5;
            if (value > 0) digit |= 32;
            out += BASE64[digit];
        } while (value > 0);
    }
    return out;
}

/** `line` in ASCII, and where it grew: [column in the old line, characters added there]. */
function asciiLine(line) {
    let out = '';
    const growth = [];
    for (let column = 0; column < line.length; column++) {
        const code = line.charCodeAt(column);
        if (code < 128) {
            out += line[column];
            continue;
        }
        const escape = `\\u${code.toString(16).padStart(4, '0')}`;
        // An identity escape of the character (`\á`, outside the `u` flag) is the character: its escape replaces both.
        let backslashes = 0;
        while (out[out.length - 1 - backslashes] === '\\') backslashes++;
        if (backslashes % 2 === 1) {
            out = out.slice(0, -1) + escape;
            growth.push([column, escape.length - 2]);
        } else {
            out += escape;
            growth.push([column, escape.length - 1]);
        }
    }
    return { out, growth };
}

/** Moves the generated columns of one line's mappings past each point where the line grew. */
function shiftMappings(mappings, growth) {
    let column = 0;
    let previous = 0;
    return mappings
        .split(',')
        .map((segment) => {
            if (segment === '') return segment;
            const fields = decodeVlq(segment);
            column += fields[0];
            let moved = column;
            for (const [at, added] of growth) if (at < column) moved += added;
            fields[0] = moved - previous;
            previous = moved;
            return encodeVlq(fields);
        })
        .join(',');
}

/** Rewrites the bundle `file` (and `file`.map) in ASCII; returns how many characters it escaped. */
export function asciiBundle(file) {
    const text = readFileSync(file, 'utf8');
    if (!/[^\x00-\x7f]/.test(text)) return 0;
    const lines = text.split('\n');
    const grown = new Map();
    const out = lines.map((line, index) => {
        if (!/[^\x00-\x7f]/.test(line)) return line;
        const ascii = asciiLine(line);
        grown.set(index, ascii.growth);
        return ascii.out;
    });
    writeFileSync(file, out.join('\n'));
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
        const map = JSON.parse(readFileSync(mapFile, 'utf8'));
        const mappings = map.mappings.split(';');
        for (const [index, growth] of grown) if (mappings[index] !== undefined) mappings[index] = shiftMappings(mappings[index], growth);
        map.mappings = mappings.join(';');
        writeFileSync(mapFile, JSON.stringify(map));
    }
    return [...grown.values()].reduce((sum, growth) => sum + growth.length, 0);
}
