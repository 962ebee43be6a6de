// The source of the CLI's date-holidays chunk (dist/cli/holidays.cjs, scripts/lazy-chunks.mjs), digested at
// build time from the library's data (issue 14). date-holidays ships the rules of every country as one object
// that the library builds whole on load (~800 KB, with moment-timezone's zone data beside it: most of the
// chunk's start), while a contract names one or two countries. Here each country's rules are a function of
// their own, built on first use (V8 compiles a function only when it is called: the others are never parsed
// past a scan), the country list and the regions are a digest without any rules, and moment-timezone is
// loaded by the first look-up that asks for a zone (an equinox rule; Pacto's own look-ups have no zone).
// The engine is the library's own (date-holidays-parser), given the same data for the countries it is asked
// about, so every answer is the library's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const data = JSON.parse(readFileSync(new URL('../node_modules/date-holidays/data/holidays.json', import.meta.url), 'utf8'));
const RULES = new Set(['days', '_days']);

/** A country, state or region without its rules: what the country and region lists read. */
function digest(entry) {
    const out = {};
    for (const [key, value] of Object.entries(entry)) {
        if (RULES.has(key)) continue;
        out[key] = (key === 'states' || key === 'regions') && value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, digest(v)])) : value;
    }
    return out;
}

/** The countries whose rules a country's rules borrow (`_days: "FR"` or `["DE", "states", "BY", …]`), transitively, itself first. */
function borrowed(country) {
    const found = [country];
    for (let i = 0; i < found.length; i++) {
        const visit = (node) => {
            if (!node || typeof node !== 'object') return;
            if (node._days !== undefined) {
                const from = [].concat(node._days)[0];
                if (!found.includes(from)) found.push(from);
            }
            for (const value of Object.values(node)) visit(value);
        };
        visit(data.holidays[found[i]]);
    }
    return found;
}

/** esbuild's stdin for the chunk: the library's constructor, over data that is built one country at a time. */
export function holidaysChunkSource() {
    const countries = Object.keys(data.holidays);
    const rules = countries.map((c) => `    ${JSON.stringify(c)}: () => (${JSON.stringify(data.holidays[c])}),`).join('\n');
    const borrows = Object.fromEntries(countries.map((c) => [c, borrowed(c)]).filter(([, list]) => list.length > 1));
    const directory = Object.fromEntries(countries.map((c) => [c, digest(data.holidays[c])]));
    return `import HolidaysParser from 'date-holidays-parser';

const RULES = {
${rules}
};
const BORROWS = ${JSON.stringify(borrows)};
const meta = { version: ${JSON.stringify(data.version)}, license: ${JSON.stringify(data.license)} };
let names;
const NAMES = () => (names ??= ${JSON.stringify(data.names)});
let directory;
const DIRECTORY = () => (directory ??= ${JSON.stringify(directory)});

const built = new Map();
function rulesOf(country) {
    let found = built.get(country);
    if (!found) built.set(country, (found = RULES[country]()));
    return found;
}

const byCountry = new Map();
/** The library's data as a country sees it: every country's entry, with the rules of this one and those it borrows. */
function dataFor(country) {
    if (country === undefined || !Object.hasOwn(RULES, country)) return { ...meta, names: NAMES(), holidays: DIRECTORY() };
    let found = byCountry.get(country);
    if (!found) {
        const holidays = { ...DIRECTORY() };
        for (const c of BORROWS[country] ?? [country]) holidays[c] = rulesOf(c);
        byCountry.set(country, (found = { ...meta, names: NAMES(), holidays }));
    }
    return found;
}

/** The country an init() call names, as date-holidays reads it (Data.splitName): "BR", "br.sp", { country: "BR" }. */
function countryOf(country) {
    const code = typeof country === 'object' && country !== null ? country.country : typeof country === 'string' ? country.split(/[.-]/)[0] : undefined;
    return typeof code === 'string' ? code.toUpperCase() : undefined;
}

/** date-holidays' Holidays (its constructor's arguments, its methods), each country's data built when first named. */
export default class Holidays extends HolidaysParser {
    constructor(country, state, region, opts) {
        super(meta, country, state, region, opts);
    }

    init(country, state, region, opts) {
        this._data = dataFor(countryOf(country));
        return super.init(country, state, region, opts);
    }
}
`;
}

// moment-timezone (code and every zone's data) is required by the chunk's first use of a moment, which only a
// zoned look-up makes (caldate's toTimezone/fromTimezone with a zone, an equinox rule): until then the chunk
// loads without it. caldate and date-holidays-parser each carry a copy of moment-timezone: both get this one.
const momentTimezone = fileURLToPath(new URL('../node_modules/date-holidays-parser/node_modules/moment-timezone/index.js', import.meta.url));
const LAZY_MOMENT = `let real;
const load = () => (real ??= require(${JSON.stringify(momentTimezone)}));
function moment(...args) {
    return load()(...args);
}
Object.defineProperty(moment, 'tz', { get: () => load().tz });
module.exports = moment;
`;

/** The chunk's moment-timezone: the stand-in above for the library's imports, the real one behind it. */
export const lazyMomentTimezone = {
    name: 'lazy-moment-timezone',
    setup(build) {
        build.onResolve({ filter: /^moment-timezone$/ }, () => ({ path: 'lazy-moment-timezone', namespace: 'lazy-moment-timezone' }));
        build.onLoad({ filter: /.*/, namespace: 'lazy-moment-timezone' }, () => ({ contents: LAZY_MOMENT, loader: 'js', resolveDir: fileURLToPath(new URL('..', import.meta.url)) }));
    },
};
