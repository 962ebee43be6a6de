import Library, { type HolidaysTypes } from 'date-holidays';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './pacto-process.js';

// The CLI's date-holidays chunk (scripts/holidays-chunk.mjs) builds the library's data one country at a time and
// loads moment-timezone on the first zoned look-up: every answer must still be the library's own.
const CHUNK = path.join(ROOT, 'dist', 'cli', 'holidays.cjs');
type HolidaysClass = typeof Library;

function chunk(): HolidaysClass {
    if (!existsSync(CHUNK)) throw new Error(`${CHUNK} is missing: build it with \`npm run bundle\``);
    return (createRequire(import.meta.url)(CHUNK) as { default: HolidaysClass }).default;
}

describe("the CLI's date-holidays chunk", () => {
    const Chunk = chunk();
    const directory = new Library();
    const countries = Object.keys(directory.getCountries('en'));

    it('lists the countries, states and regions the library lists, in every language asked', () => {
        const ours = new Chunk();
        expect(countries.length).toBeGreaterThan(200);
        for (const lang of [undefined, 'en', 'es', 'pt']) expect(ours.getCountries(lang)).toEqual(directory.getCountries(lang));
        for (const country of countries) {
            expect(ours.getStates(country, 'en')).toEqual(directory.getStates(country, 'en'));
            for (const state of Object.keys(directory.getStates(country) ?? {})) {
                expect(ours.getRegions(country, state, 'es')).toEqual(directory.getRegions(country, state, 'es'));
            }
        }
    });

    it("gives each country's holidays of a year, and its states' for a few, as the library does, without a zone as Pacto asks", () => {
        const withStates = new Set(['BR', 'DE', 'ES']);
        for (const country of countries) {
            const states = withStates.has(country) ? Object.keys(directory.getStates(country) ?? {}) : [];
            for (const where of [[country], ...states.map((state) => [country, state])]) {
                const theirs = new Library(...(where as [string, string]));
                const ours = new Chunk(...(where as [string, string]));
                theirs.setTimezone(undefined as unknown as string);
                ours.setTimezone(undefined as unknown as string);
                expect([ours.getLanguages(), ours.getTimezones()], where.join('-')).toEqual([theirs.getLanguages(), theirs.getTimezones()]);
                expect(ours.getHolidays(2026), where.join('-')).toEqual(theirs.getHolidays(2026));
            }
        }
    });

    it('gives zoned holidays, equinoxes and lunar dates included, as the library does', () => {
        // Japan's equinox days and China's lunar ones ask moment-timezone, which the chunk loads on first use.
        for (const where of ['JP', 'CN', 'BR.SP', 'US.LA', 'VE', 'FR', 'YT', 'DE-BY']) {
            const optionSets: HolidaysTypes.Options[] = [{}, { languages: ['en'] }, { types: ['public', 'bank'] }];
            for (const opts of optionSets) {
                const theirs = new Library(where, opts);
                const ours = new Chunk(where, opts);
                for (const year of [2018, 2026]) expect(ours.getHolidays(year), `${where} ${year}`).toEqual(theirs.getHolidays(year));
                expect(ours.isHoliday(new Date('2026-01-01T12:00:00Z'))).toEqual(theirs.isHoliday(new Date('2026-01-01T12:00:00Z')));
            }
        }
        expect(new Chunk({ country: 'de', state: 'by' }).getHolidays(2026)).toEqual(new Library({ country: 'de', state: 'by' }).getHolidays(2026));
    });
});
