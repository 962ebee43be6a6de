import Holidays from 'date-holidays';
import type { HolidayRegion } from './model.js';
import type { SupportedLocale } from './time/locales.js';

/**
 * Holidays from the date-holidays library (rule-based data, shipped with the package: no network).
 * Holidays of type "public" close a calendar; a contract may add the library's other types
 * (`holidays of "BR" "SP" including bank, optional`). A region adds to its country's holidays and never
 * removes one: the library's São Paulo rules, for one, leave out Dia da Consciência Negra, national since
 * 2024, and a contract that names a state means "the national holidays and the state's".
 */

export interface PublicHoliday {
    /** Local date "YYYY-MM-DD". */
    date: string;
    name: string;
}

let directory: Holidays | undefined;
function lib(): Holidays {
    directory ??= new Holidays();
    return directory;
}

/** Country codes and names, for completion: [["BR", "Brazil"], …]. */
export function holidayCountries(): [code: string, name: string][] {
    return Object.entries(lib().getCountries('en')).sort(([a], [b]) => a.localeCompare(b));
}

function statesOf(country: string): Record<string, string> {
    return (lib().getStates(country.toUpperCase(), 'en') as Record<string, string> | undefined) ?? {};
}

/** Region codes and names of a country, for completion and validation; empty when it has none. */
export function holidayRegions(country: string): [code: string, name: string][] {
    return Object.entries(statesOf(country)).sort(([a], [b]) => a.localeCompare(b));
}

let countryCodes: Set<string> | undefined;
const regionCodes = new Map<string, Set<string>>();

export function isKnownHolidayCountry(country: string): boolean {
    // The library rebuilds its country list on every call (~170 µs): keep the codes.
    countryCodes ??= new Set(Object.keys(lib().getCountries('en')));
    return countryCodes.has(country);
}

export function isKnownHolidayRegion(country: string, region: string): boolean {
    let codes = regionCodes.get(country);
    if (!codes) {
        // A set needs no order: sorting by localeCompare made ICU's collator (~3 ms) for a yes or no.
        codes = new Set(Object.keys(statesOf(country)));
        regionCodes.set(country, codes);
    }
    return codes.has(region);
}

const sources = new Map<string, Holidays>();
const perYear = new Map<string, PublicHoliday[]>();

/** date-holidays' language of each of Pacto's locales (its Brazilian names are under "pt"). */
const DATA_LANGUAGE: Readonly<Record<SupportedLocale, string>> = { en: 'en', es: 'es', 'pt-BR': 'pt' };

function source(country: string, region?: string, locale?: SupportedLocale): Holidays {
    const key = `${country}/${region ?? ''}${locale ? `/${locale}` : ''}`;
    let found = sources.get(key);
    if (!found) {
        if (locale) {
            // getHolidays(year, lang) prepends lang to the instance's languages for good (date-holidays 3.37),
            // so each language has its own instance, made with it; a name the data lacks in it stays the data's own.
            const options = { languages: [DATA_LANGUAGE[locale]] };
            found = region ? new Holidays(country, region, options) : new Holidays(country, options);
        } else {
            found = region ? new Holidays(country, region) : new Holidays(country);
        }
        // Only each holiday's date, name and type are read. With the country's zone set, date-holidays turns
        // every date into start and end instants through moment-timezone (most of a year's ~10 ms); without a
        // zone it makes plain Dates. The dates, names and types are the same (an all-countries comparison
        // showed it); only start and end, unread, differ.
        found.setTimezone(undefined as unknown as string);
        sources.set(key, found);
    }
    return found;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * localeCompare's order of two dates without ICU's collator (~3 ms to make, the only one a check needed): two
 * "YYYY-MM-DD" texts first differ at a digit, where the collator's order is the digits' own.
 */
function compareDates(a: string, b: string): number {
    if (!ISO_DATE.test(a) || !ISO_DATE.test(b)) return a.localeCompare(b);
    return a < b ? -1 : a > b ? 1 : 0;
}

/** The types a calendar closes on: always "public", plus those the contract names. */
function closingTypes(where: HolidayRegion): Set<string> {
    return new Set(['public', ...(where.types ?? [])]);
}

/**
 * The holidays that close a calendar for a country/region in one year, sorted by date, one per date (the
 * country's name when both lists hold the date). Named as the holiday data names them (the country's own
 * language), or in `locale` where the data has that language: the engine counts with the former, the
 * surfaces people read show the latter (holidayNamesIn).
 */
export function publicHolidays(where: HolidayRegion, year: number, locale?: SupportedLocale): PublicHoliday[] {
    const types = closingTypes(where);
    const key = `${where.country}/${where.region ?? ''}/${[...types].sort().join(',')}/${year}${locale ? `/${locale}` : ''}`;
    const cached = perYear.get(key);
    if (cached) return cached;
    const lists = [source(where.country, undefined, locale).getHolidays(year) ?? []];
    if (where.region) lists.push(source(where.country, where.region, locale).getHolidays(year) ?? []);
    const byDate = new Map<string, PublicHoliday>();
    for (const list of lists) {
        for (const h of list) {
            if (!types.has(h.type)) continue;
            const date = h.date.slice(0, 10);
            if (!byDate.has(date)) byDate.set(date, { date, name: h.name });
        }
    }
    const list = [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));
    perYear.set(key, list);
    return list;
}

/**
 * The names in `locale` of the public holidays of `regions` in `year`, keyed by holidayNameKey(date, the
 * data's own name): what a calendar's day plans hold (the data's own names) looked up for a reader.
 */
export function holidayNamesIn(regions: readonly HolidayRegion[], year: number, locale: SupportedLocale): ReadonlyMap<string, string> {
    const names = new Map<string, string>();
    // The data files a holiday under the year its rule belongs to, as the day plans read it: the neighbours too.
    for (const where of regions) {
        for (const y of [year - 1, year, year + 1]) {
            const read = new Map(publicHolidays(where, y, locale).map((h) => [h.date, h.name]));
            for (const h of publicHolidays(where, y)) {
                const name = read.get(h.date);
                const key = holidayNameKey(h.date, h.name);
                if (name !== undefined && !names.has(key)) names.set(key, name);
            }
        }
    }
    return names;
}

/** holidayNamesIn's answers by calendar (its regions array) and "year/locale": a document names the same eve for each of thousands of categories. */
const namesByRegions = new WeakMap<readonly HolidayRegion[], Map<string, ReadonlyMap<string, string>>>();

/**
 * `names` as the day plan of a calendar closing on the holidays of `regions` holds them on `date` (the data's
 * own names, " / " between two) in `locale` where the holiday data has that language; a name the contract
 * declares, or one the data does not know, as it is. The regions matter: the data's "Carnaval" of 17 February
 * 2026 is "Shrove Tuesday" in Venezuela and "Carnival" in Brazil.
 */
export function holidayNamesOn(regions: readonly HolidayRegion[], date: string, names: string, locale: SupportedLocale): string {
    if (regions.length === 0) return names;
    let cached = namesByRegions.get(regions);
    if (!cached) namesByRegions.set(regions, (cached = new Map()));
    const key = `${date.slice(0, 4)}/${locale}`;
    const named = cached.get(key) ?? holidayNamesIn(regions, Number(date.slice(0, 4)), locale);
    cached.set(key, named);
    return names.split(' / ').map((name) => named.get(holidayNameKey(date, name)) ?? name).join(' / ');
}

export function holidayNameKey(date: string, name: string): string {
    return `${date}\u0000${name}`;
}

/** Every list publicHolidays has resolved so far: a simulation worker gets them instead of the library. */
export function resolvedHolidays(): [key: string, list: PublicHoliday[]][] {
    return [...perYear];
}

/** Lists resolved by another thread (resolvedHolidays): publicHolidays answers them without the library. */
export function preloadHolidays(lists: readonly (readonly [key: string, list: PublicHoliday[]])[]): void {
    for (const [key, list] of lists) if (!perYear.has(key)) perYear.set(key, list);
}
