/**
 * An ACCOUNT.json for `pacto conform`, from its text: the help desk's API answers, or the file `pacto export
 * --format zendesk|freshdesk` wrote (what Pacto would configure: comparing it says whether the contract has
 * changed since). Whatever is wrong is an AccountFileError at a line and column of the file (issue 13).
 */
import type { MessageKey } from '../i18n/catalogue.js';
import { t } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import type { SupportedLocale } from '../time/locales.js';
import { AccountShapeError, arr, obj, str } from './account-json.js';
import { readFreshdeskAccount, type FreshdeskAccount } from './conform-freshdesk.js';
import { readZendeskAccount, type ZendeskAccount } from './conform-zendesk.js';
import { JsonSyntaxError, memberPath, parseLocatedJson, placeOf, type JsonPlace, type LocatedJson } from './located-json.js';

export type AccountDesk = 'zendesk' | 'freshdesk';

const DESK_NAMES: Record<AccountDesk, string> = { zendesk: 'Zendesk', freshdesk: 'Freshdesk' };
const SHAPES: Record<AccountDesk, string> = {
    zendesk: '{"schedules": [...], "holidays": {...}, "sla_policies": [...]}',
    freshdesk: '{"business_hours": [...], "sla_policies": [...]}',
};

/** What is wrong with an account file, and where (1-based line and column). */
export class AccountFileError extends Error {
    constructor(
        readonly place: JsonPlace,
        readonly key: MessageKey,
        readonly args: MessageArgs,
        /** Arguments that are catalogue keys, said in the reader's language ("a list", "una lista"). */
        readonly worded: Readonly<Record<string, MessageKey>> = {},
    ) {
        super('');
        this.message = `${place.line}:${place.column}: ${this.problemIn('en')}`;
        this.name = 'AccountFileError';
    }

    /** The problem in `locale`, without the place (the caller puts file:line:column before it). */
    problemIn(locale: SupportedLocale): string {
        const words = Object.fromEntries(Object.entries(this.worded).map(([name, key]) => [name, t(locale, key)]));
        return t(locale, this.key, { ...this.args, ...words });
    }
}

/** Which member of the file a path of the account read from it stands for (identity for an API answer). */
type PathMap = (path: string) => string;

export function readAccountText(text: string, desk: 'zendesk'): ZendeskAccount;
export function readAccountText(text: string, desk: 'freshdesk'): FreshdeskAccount;
export function readAccountText(text: string, desk: AccountDesk): ZendeskAccount | FreshdeskAccount;
export function readAccountText(text: string, desk: AccountDesk): ZendeskAccount | FreshdeskAccount {
    let located: LocatedJson;
    try {
        located = parseLocatedJson(text);
    } catch (error) {
        if (error instanceof JsonSyntaxError) throw new AccountFileError(error.place, error.key, error.args);
        throw error;
    }
    const fail = (path: string, key: MessageKey, args: MessageArgs, worded: Record<string, MessageKey> = {}): never => {
        throw new AccountFileError(placeOf(located, path), key, args, worded);
    };
    let map: PathMap = (path) => path;
    try {
        let raw = located.value;
        const format = bundleFormat(raw);
        if (format !== undefined && format !== desk && format in DESK_NAMES) {
            fail('pacto.format', 'conformOtherDeskBundle', { desk: DESK_NAMES[format as AccountDesk], format });
        }
        if (format === desk) ({ account: raw, map } = desk === 'zendesk' ? zendeskBundleAccount(raw) : freshdeskBundleAccount(raw));
        return desk === 'zendesk' ? readZendeskAccount(raw) : readFreshdeskAccount(raw);
    } catch (error) {
        if (!(error instanceof AccountShapeError)) throw error;
        const path = map(error.path);
        const expected = { expected: error.expected };
        // At the top of the file the whole file is of another kind: say which file is expected and how to get one.
        if (!path.includes('.') && !path.includes('[')) return fail(path, 'conformNotAnAccount', { path, shape: SHAPES[desk], format: desk }, expected);
        return fail(path, 'conformConfigShape', { path }, expected);
    }
}

/** `pacto.format` of a Pacto export bundle, or undefined for anything else. */
function bundleFormat(raw: unknown): string | undefined {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    const pacto = (raw as Record<string, unknown>)['pacto'];
    if (typeof pacto !== 'object' || pacto === null) return undefined;
    const format = (pacto as Record<string, unknown>)['format'];
    return typeof format === 'string' ? format : undefined;
}

/** A path of the account built from a bundle, back in the bundle: `prefixes[i]` is where account item i came from. */
function remapper(rules: readonly { pattern: RegExp; to: (match: RegExpExecArray) => string | undefined }[]): PathMap {
    return (path) => {
        for (const rule of rules) {
            const match = rule.pattern.exec(path);
            const to = match ? rule.to(match) : undefined;
            if (to !== undefined) return to;
        }
        return path;
    };
}

/**
 * The Zendesk account a bundle would configure: its schedules (POST …/schedules, with the workweek PUT to the
 * same ref), their holidays (keyed by the schedule's ref, as the account's by schedule id) and SLA policies.
 */
function zendeskBundleAccount(raw: unknown): { account: unknown; map: PathMap } {
    const requests = arr(obj(raw, '$')['requests'], 'requests');
    const schedules: { id: string; name: unknown; time_zone: unknown; intervals: unknown }[] = [];
    const schedulePaths: string[] = [];
    const workweekPaths = new Map<string, string>();
    const workweeks = new Map<string, unknown>();
    const holidays: Record<string, unknown[]> = {};
    const holidayPaths: Record<string, string[]> = {};
    const policies: unknown[] = [];
    const policyPaths: string[] = [];
    requests.forEach((request, i) => {
        const at = `requests[${i}]`;
        const r = obj(request, at);
        const path = str(r['path'], `${at}.path`);
        const body = obj(r['body'], `${at}.body`);
        const ref = /\{([^}]+)\}/.exec(path)?.[1];
        if (path === '/api/v2/business_hours/schedules') {
            const schedule = obj(body['schedule'], `${at}.body.schedule`);
            schedules.push({ id: str(r['ref'], `${at}.ref`), name: schedule['name'], time_zone: schedule['time_zone'], intervals: undefined });
            schedulePaths.push(`${at}.body.schedule`);
        } else if (ref !== undefined && path.endsWith('/workweek')) {
            workweeks.set(ref, obj(body['workweek'], `${at}.body.workweek`)['intervals']);
            workweekPaths.set(ref, `${at}.body.workweek`);
        } else if (ref !== undefined && path.endsWith('/holidays')) {
            (holidays[ref] ??= []).push(body['holiday']);
            (holidayPaths[ref] ??= []).push(`${at}.body.holiday`);
        } else if (path === '/api/v2/slas/policies') {
            policies.push(body['sla_policy']);
            policyPaths.push(`${at}.body.sla_policy`);
        }
    });
    for (const schedule of schedules) schedule.intervals = workweeks.get(schedule.id) ?? [];
    const map = remapper([
        { pattern: /^schedules\[(\d+)\]\.intervals(.*)$/, to: (m) => { const ref = schedules[Number(m[1])]?.id; const w = ref === undefined ? undefined : workweekPaths.get(ref); return w === undefined ? undefined : `${w}.intervals${m[2]}`; } },
        { pattern: /^schedules\[(\d+)\](.*)$/, to: (m) => schedulePaths[Number(m[1])]?.concat(m[2] ?? '') },
        { pattern: /^holidays\.([^[]+)\[(\d+)\](.*)$/, to: (m) => holidayPaths[m[1]!]?.[Number(m[2])]?.concat(m[3] ?? '') },
        { pattern: /^sla_policies\[(\d+)\](.*)$/, to: (m) => policyPaths[Number(m[1])]?.concat(m[2] ?? '') },
    ]);
    return { account: { schedules, holidays, sla_policies: policies }, map };
}

/** The Freshdesk account a bundle would configure: its business hours (for the admin pages) and SLA policies. */
function freshdeskBundleAccount(raw: unknown): { account: unknown; map: PathMap } {
    const root = obj(raw, '$');
    const hours = obj(root['businessHours'] ?? {}, 'businessHours');
    const names = Object.keys(hours);
    const requests = arr(root['requests'], 'requests');
    const policies: unknown[] = [];
    const policyPaths: string[] = [];
    requests.forEach((request, i) => {
        const at = `requests[${i}]`;
        const r = obj(request, at);
        const body = obj(r['body'], `${at}.body`);
        // The PUT replaces the account's default policy; the POSTs add one per ticket type.
        policies.push({ ...body, is_default: r['method'] === 'PUT' });
        policyPaths.push(`${at}.body`);
    });
    const map = remapper([
        { pattern: /^business_hours\[(\d+)\](.*)$/, to: (m) => { const name = names[Number(m[1])]; return name === undefined ? undefined : `${memberPath('businessHours', name)}${m[2]}`; } },
        { pattern: /^sla_policies\[(\d+)\](.*)$/, to: (m) => policyPaths[Number(m[1])]?.concat(m[2] ?? '') },
    ]);
    return { account: { business_hours: names.map((name) => hours[name]), sla_policies: policies }, map };
}
