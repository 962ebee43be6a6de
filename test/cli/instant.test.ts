import { describe, expect, it } from 'vitest';
import { parseInstant, parsePause } from '../../cli/instant.js';
import { CliError } from '../../cli/errors.js';

const at = (text: string) => parseInstant(text, '--opened', 'deadline');
const rejection = (text: string) => {
    try {
        at(text);
    } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        return (error as CliError).message;
    }
    throw new Error(`${text} was accepted`);
};

describe('command-line instants', () => {
    it('reads extended and basic ISO 8601 with any offset', () => {
        const expected = Date.parse('2026-03-02T12:30:00Z');
        for (const text of [
            '2026-03-02T12:30Z', '2026-03-02T12:30:00Z', '2026-03-02t12:30:00z', '2026-03-02T09:30-03:00', '2026-03-02T09:30:00-0300',
            '2026-03-02T09:30-03', '20260302T093000-0300', '20260302T1230Z', '2026-03-02T18:00+05:30', '2026-03-02T12:30:00.000Z',
        ]) {
            expect(at(text), text).toBe(expected);
        }
    });

    it('keeps fractional seconds to the millisecond', () => {
        expect(at('2026-03-02T12:30:00.25Z')).toBe(Date.parse('2026-03-02T12:30:00.250Z'));
        expect(at('2026-03-02T12:30:00,5Z')).toBe(Date.parse('2026-03-02T12:30:00.500Z'));
    });

    it('accepts 24:00 as the end of the day and leap days', () => {
        expect(at('2026-03-02T24:00Z')).toBe(Date.parse('2026-03-03T00:00:00Z'));
        expect(at('2028-02-29T00:00Z')).toBe(Date.parse('2028-02-29T00:00:00Z'));
    });

    it('refuses years outside the range Pacto computes with, in words (years below 100 are not read as 19xx)', () => {
        expect(rejection('0050-01-01T00:00Z')).toBe(
            "--opened 0050-01-01T00:00Z: year 0050 is outside the years Pacto computes with (1900 to 2200) (see 'pacto deadline --help')",
        );
    });

    it('explains every rejection in one line', () => {
        expect(rejection('2026-03-02T09:00')).toBe(
            "--opened 2026-03-02T09:00: no UTC offset; add one, e.g. -03:00, +01:00 or Z, so the instant is not ambiguous (see 'pacto deadline --help')",
        );
        expect(rejection('2026-03-02 09:00Z')).toBe(
            "--opened 2026-03-02 09:00Z: not an ISO 8601 instant such as 2026-03-02T09:00-03:00 or 2026-03-02T12:00Z (see 'pacto deadline --help')",
        );
        expect(rejection('2026-03-02T09:00 UTC')).toBe("--opened 2026-03-02T09:00 UTC: ' UTC' is not a UTC offset such as -03:00, +0530 or Z (see 'pacto deadline --help')");
        expect(rejection('2026-13-02T09:00Z')).toBe("--opened 2026-13-02T09:00Z: month 13 does not exist (see 'pacto deadline --help')");
        expect(rejection('2026-04-31T09:00Z')).toBe("--opened 2026-04-31T09:00Z: day 31 does not exist in 2026-04 (see 'pacto deadline --help')");
        expect(rejection('2026-03-02T24:30Z')).toBe("--opened 2026-03-02T24:30Z: not a time of day (see 'pacto deadline --help')");
        expect(rejection('2026-03-02T09:60Z')).toBe("--opened 2026-03-02T09:60Z: not a time of day (see 'pacto deadline --help')");
        expect(rejection('2026-03-02T09:00+25:00')).toBe("--opened 2026-03-02T09:00+25:00: '+25:00' is not a UTC offset (see 'pacto deadline --help')");
        expect(rejection('yesterday')).toBe(
            "--opened yesterday: not an ISO 8601 instant such as 2026-03-02T09:00-03:00 or 2026-03-02T12:00Z (see 'pacto deadline --help')",
        );
    });

    it('reads pauses as START/END with the end after the start', () => {
        expect(parsePause('2026-03-02T10:00Z/2026-03-02T11:00Z', 'deadline')).toEqual([Date.parse('2026-03-02T10:00Z'), Date.parse('2026-03-02T11:00Z')]);
        expect(() => parsePause('2026-03-02T10:00Z', 'deadline')).toThrow(
            "--pause 2026-03-02T10:00Z: expected START/END, two instants such as 2026-03-02T10:00-03:00/2026-03-02T11:30-03:00 (see 'pacto deadline --help')",
        );
        expect(() => parsePause('2026-03-02T10:00Z/2026-03-02T10:00Z', 'deadline')).toThrow('the pause must end after it starts');
    });
});
