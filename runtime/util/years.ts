/**
 * The years Pacto computes with. Holiday rules, zone data and the engine's tables are meant for dates people
 * sign contracts for; year 0001 or 9999 only ever comes from a typo, and would make every engine call slow or
 * its libraries fail. Apart from dates.ts so the editor's client bundle can read them without luxon.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
