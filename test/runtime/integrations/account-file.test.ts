/**
 * ACCOUNT.json of `pacto conform`, read from its text (issue 13): malformed JSON and wrong shapes are located
 * at a line and column, in the reader's language; Pacto's own export bundle is an account description too.
 */
import { describe, expect, it } from 'vitest';
import { AccountFileError, conformFreshdesk, conformZendesk, freshdeskExport, parseLocatedJson, placeOf, readAccountText, zendeskExport, type Contract } from '../../../runtime/index.js';
import { JsonSyntaxError } from '../../../runtime/integrations/located-json.js';
import { IMOLKO } from '../fixtures.js';

function failure(body: () => unknown): AccountFileError {
    try {
        body();
    } catch (error) {
        expect(error).toBeInstanceOf(AccountFileError);
        return error as AccountFileError;
    }
    throw new Error('expected AccountFileError');
}

const where = (error: AccountFileError) => `${error.place.line}:${error.place.column}: ${error.problemIn('en')}`;

describe('located JSON', () => {
    it('parses what JSON.parse parses, with the place of every value and member', () => {
        const text = '\uFEFF{\n  "a": [1, -2.5e3, "x\\n\\u00e9"],\n  "b": {"c": null, "d": true},\n  "__proto__": false\n}';
        const located = parseLocatedJson(text);
        expect(located.value).toEqual(JSON.parse(text.slice(1)));
        expect(Object.getPrototypeOf(located.value)).toBe(Object.prototype);
        expect(placeOf(located, 'a')).toEqual({ line: 2, column: 3 });
        expect(placeOf(located, 'a[2]')).toEqual({ line: 2, column: 20 });
        expect(placeOf(located, 'b.d')).toEqual({ line: 3, column: 20 });
        // A member that is not there is reported at its object.
        expect(placeOf(located, 'b.e.f')).toEqual({ line: 3, column: 3 });
        expect(placeOf(located, 'zzz')).toEqual({ line: 1, column: 2 });
    });

    it.each([
        ['{"a": [', 1, 8, 'jsonUnexpectedEnd'],
        ['{"a": 1,\n "b": tru}', 2, 7, 'jsonUnexpectedCharacter'],
        ['{"a": "open\n"}', 1, 7, 'jsonUnclosedText'],
        ['{"a": "\\q"}', 1, 8, 'jsonBadEscape'],
        ['{a: 1}', 1, 2, 'jsonExpectedKey'],
        ['{"a" 1}', 1, 6, 'jsonExpected'],
        ['[1 2]', 1, 4, 'jsonExpected'],
        ['{} {}', 1, 4, 'jsonAfterEnd'],
        [`${'['.repeat(600)}${']'.repeat(600)}`, 1, 514, 'jsonTooDeep'],
    ])('locates %j at %i:%i (%s)', (text, line, column, key) => {
        try {
            parseLocatedJson(text);
        } catch (error) {
            expect(error).toBeInstanceOf(JsonSyntaxError);
            expect({ ...(error as JsonSyntaxError).place, key: (error as JsonSyntaxError).key }).toEqual({ line, column, key });
            return;
        }
        throw new Error('expected JsonSyntaxError');
    });
});

describe('an account file', () => {
    it('that is not JSON says where and why, in each language', () => {
        const error = failure(() => readAccountText('{"schedules": [\n  {"name": tru', 'zendesk'));
        expect(where(error)).toBe('2:12: not JSON: unexpected "tru"');
        expect(error.problemIn('es')).toBe('no es JSON: "tru" inesperado');
        expect(error.problemIn('pt-BR')).toBe('não é JSON: "tru" inesperado');
    });

    it('of the wrong shape says where, at the member that is wrong', () => {
        const text = '{\n  "schedules": [\n    {"name": "A", "time_zone": "UTC", "intervals": [{"start_time": "9", "end_time": 600}]}\n  ]\n}\n';
        const error = failure(() => readAccountText(text, 'zendesk'));
        expect(where(error)).toBe('3:54: expected a number at schedules[0].intervals[0].start_time');
        expect(error.problemIn('es')).toBe('se esperaba un número en schedules[0].intervals[0].start_time');
        expect(error.problemIn('pt-BR')).toBe('esperado um número em schedules[0].intervals[0].start_time');
    });

    it('of another kind altogether says what file is expected and how to get one', () => {
        expect(where(failure(() => readAccountText('{"schedules": {}}', 'zendesk')))).toBe(
            `1:2: expected a list at schedules: ACCOUNT.json is the help desk's API answers ({"schedules": [...], "holidays": {...}, "sla_policies": [...]}), or the file 'pacto export --format zendesk' writes; docs/integrations.md shows how to fetch them`,
        );
        expect(where(failure(() => readAccountText('[]', 'freshdesk')))).toBe(
            `1:1: expected an object at $: ACCOUNT.json is the help desk's API answers ({"business_hours": [...], "sla_policies": [...]}), or the file 'pacto export --format freshdesk' writes; docs/integrations.md shows how to fetch them`,
        );
    });
});

describe("Pacto's export bundle as the account", () => {
    const contract: Contract = IMOLKO;
    const zendesk = JSON.stringify(zendeskExport(contract).bundle, null, 2);
    const freshdesk = JSON.stringify(freshdeskExport(contract).bundle, null, 2);

    it('matches the contract it was exported from, for Zendesk and for Freshdesk', () => {
        const z = conformZendesk(contract, readAccountText(zendesk, 'zendesk'));
        expect(z.differences).toEqual([]);
        expect(z.checked).toBeGreaterThan(0);
        const f = conformFreshdesk(contract, readAccountText(freshdesk, 'freshdesk'));
        expect(f.differences).toEqual([]);
        expect(f.checked).toBeGreaterThan(0);
    });

    it('and shows what changed in the contract since', () => {
        const changed: Contract = { ...contract, calendars: contract.calendars.map((c, i) => (i === 0 ? { ...c, zone: 'Europe/Madrid' } : c)) };
        const differences = conformZendesk(changed, readAccountText(zendesk, 'zendesk')).differences;
        expect(differences.length).toBeGreaterThan(0);
        expect(differences.some((d) => JSON.stringify(d).includes('Madrid'))).toBe(true);
    });

    it('given for the other help desk says so, at its format', () => {
        const error = failure(() => readAccountText(freshdesk, 'zendesk'));
        expect(where(error)).toBe("3:5: this is Pacto's Freshdesk export (pacto export --format freshdesk); compare it with --freshdesk");
        expect(error.problemIn('es')).toBe('esta es la exportación de Pacto para Freshdesk (pacto export --format freshdesk); compárela con --freshdesk');
    });

    it('of the wrong shape is located in the bundle, not in the account built from it', () => {
        const bundle = JSON.parse(zendesk) as { requests: { path: string; body: Record<string, any> }[] };
        const workweek = bundle.requests.findIndex((r) => r.path.endsWith('/workweek'));
        bundle.requests[workweek]!.body.workweek.intervals[0].end_time = 'noon';
        const error = failure(() => readAccountText(JSON.stringify(bundle), 'zendesk'));
        expect(error.problemIn('en')).toBe(`expected a number at requests[${workweek}].body.workweek.intervals[0].end_time`);
    });
});
