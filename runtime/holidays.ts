import Holidays from 'date-holidays';
import type { HolidayRegion } from './model.js';

/**
 * Public holidays from the date-holidays library (rule-based data, shipped with the package: no network).
 * Only holidays of type "public" close a calendar; observances and optional days do not.
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

/** Region codes and names of a country, for completion and validation; empty when it has none. */
export function holidayRegions(country: string): [code: string, name: string][] {
    const states = lib().getStates(country.toUpperCase(), 'en') as Record<string, string> | undefined;
    return Object.entries(states ?? {}).sort(([a], [b]) => a.localeCompare(b));
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
        codes = new Set(holidayRegions(country).map(([code]) => code));
        regionCodes.set(country, codes);
    }
    return codes.has(region);
}

const perRegion = new Map<string, Holidays>();
const perYear = new Map<string, PublicHoliday[]>();

/** Public holidays of a country/region in one year, sorted by date, deduplicated by date. */
export function publicHolidays(where: HolidayRegion, year: number): PublicHoliday[] {
    const key = `${where.country}/${where.region ?? ''}/${year}`;
    const cached = perYear.get(key);
    if (cached) return cached;
    const regionKey = `${where.country}/${where.region ?? ''}`;
    let source = perRegion.get(regionKey);
    if (!source) {
        source = where.region ? new Holidays(where.country, where.region) : new Holidays(where.country);
        perRegion.set(regionKey, source);
    }
    const byDate = new Map<string, PublicHoliday>();
    for (const h of source.getHolidays(year) ?? []) {
        if (h.type !== 'public') continue;
        const date = h.date.slice(0, 10);
        if (!byDate.has(date)) byDate.set(date, { date, name: h.name });
    }
    const list = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
    perYear.set(key, list);
    return list;
}
