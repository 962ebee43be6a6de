/**
 * Pacto as a library for other programs (`import { loadContract, deadlines } from 'pacto'`): a contract from a
 * `.pacto` file (parsed and validated by the language's own services) or from the JSON export, and the
 * runtime's computations with plain dates in and out. No editor dependency: esbuild bundles this entry with
 * everything it uses into dist/api/index.cjs (dist/api/index.mjs re-exports it for ESM), so an installed
 * package loads nothing else at run time. Types: api/index.d.ts. Documented in docs/api.md.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Model } from './generated/ast.js';
import { hostAssets } from './assets.js';
import { lowerModel } from './lower.js';
import { createPactoServices } from './pacto-module.js';
import {
    type ContractJson,
    type Contract,
    type HistoryFormat,
    type Pauses,
    EXPORT_FORMATS,
    PERIOD_UNITS,
    complianceReport,
    contractFromJson,
    deadlines as runtimeDeadlines,
    elapsed as runtimeElapsed,
    findExportFormat,
    historyFormatOf,
    parseInstantText,
    renderReport,
    simulate as runtimeSimulate,
} from '../runtime/index.js';

/** A contract that cannot be loaded, or an argument the computation cannot take; `problems` lists where. */
export class PactoError extends Error {
    constructor(
        message: string,
        readonly problems: readonly { file: string; line: number; column: number; message: string }[] = [],
    ) {
        super(message);
        this.name = 'PactoError';
    }
}

export interface LoadOptions {
    /** The contract to take when the file declares several. */
    contract?: string;
}

function pick(contracts: readonly Contract[], wanted: string | undefined, where: string): Contract {
    if (wanted !== undefined) {
        const found = contracts.find((c) => c.name === wanted);
        if (!found) throw new PactoError(`${where} declares no contract '${wanted}' (it declares ${contracts.map((c) => c.name).join(', ') || 'none'})`);
        return found;
    }
    const [only, ...others] = contracts;
    if (!only) throw new PactoError(`${where} declares no contract`);
    if (others.length > 0) throw new PactoError(`${where} declares ${contracts.length} contracts (${contracts.map((c) => c.name).join(', ')}): choose one with { contract }`);
    return only;
}

/** A contract from Pacto source text; `file` names it in messages. Refuses a contract with errors. */
export async function parseContract(text: string, options: LoadOptions & { file?: string } = {}): Promise<Contract> {
    const file = options.file ?? 'contract.pacto';
    const { shared } = createPactoServices(NodeFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(path.resolve(file)));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const errors = [
        ...document.parseResult.lexerErrors.map((e) => ({ line: (e.line ?? 1), column: (e.column ?? 1), message: e.message })),
        ...document.parseResult.parserErrors.map((e) => ({ line: e.token.startLine ?? 1, column: e.token.startColumn ?? 1, message: e.message })),
        ...(document.diagnostics ?? []).filter((d) => (d.severity ?? 1) === 1).map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: typeof d.message === 'string' ? d.message : d.message.value })),
    ].map((e) => ({ file, ...e }));
    const [first] = errors;
    if (first) throw new PactoError(`${file}:${first.line}:${first.column}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`, errors);
    return pick(lowerModel(document.parseResult.value), options.contract, file);
}

/**
 * A contract from a `.pacto` file, from the JSON of `pacto export --format json` (a file ending in .json, or
 * the parsed object), or a contract model already loaded.
 */
export async function loadContract(source: string | ContractJson<undefined> | Contract, options: LoadOptions = {}): Promise<Contract> {
    if (typeof source !== 'string') return isJson(source) ? contractFromJsonChecked(source, 'the JSON contract') : source;
    let text: string;
    try {
        text = readFileSync(source, 'utf8');
    } catch (error) {
        throw new PactoError(`cannot read ${source}: ${(error as Error).message}`);
    }
    if (source.toLowerCase().endsWith('.json')) {
        let json: unknown;
        try {
            json = JSON.parse(text);
        } catch (error) {
            throw new PactoError(`${source}: not JSON (${(error as Error).message})`);
        }
        return contractFromJsonChecked(json as ContractJson<undefined>, source);
    }
    return parseContract(text, { ...options, file: source });
}

function isJson(value: object): value is ContractJson<undefined> {
    return '$schema' in value || 'pactoVersion' in value;
}

function contractFromJsonChecked(json: ContractJson<undefined>, where: string): Contract {
    try {
        return contractFromJson(json);
    } catch (error) {
        throw new PactoError(`${where}: not a Pacto contract export (${(error as Error).message})`);
    }
}

/** An instant: a Date, epoch milliseconds, or ISO 8601 text with an offset ("2026-03-06T17:30:00-03:00"). */
export type InstantInput = Date | number | string;

function ms(value: InstantInput, what: string): number {
    if (value instanceof Date) {
        const time = value.getTime();
        if (Number.isNaN(time)) throw new PactoError(`${what}: an invalid Date`);
        return time;
    }
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new PactoError(`${what}: ${value} is no instant`);
        return value;
    }
    const parsed = parseInstantText(value);
    if (!parsed.ok) throw new PactoError(`${what}: '${value}' is not an ISO 8601 instant with an offset, such as 2026-03-06T17:30:00-03:00`);
    return parsed.ms;
}

function pausesOf(pauses: readonly (readonly [InstantInput, InstantInput])[] | undefined): Pauses | undefined {
    return pauses?.map(([from, to], i) => [ms(from, `pause ${i + 1} start`), ms(to, `pause ${i + 1} end`)] as const) as Pauses | undefined;
}

const dateOf = (value: number): Date | null => (Number.isFinite(value) ? new Date(value) : null);

export interface Deadlines {
    /** null: the category sets no such target. `due` null: it can never fall due (the calendar never opens again). */
    response: { due: Date | null } | null;
    resolution: { due: Date | null } | null;
    escalations: { at: Date; notify: string; contact?: string; target: 'response' | 'resolution'; percent: number }[];
}

/** When a ticket of `category` opened at `opened` is due, with the contract's escalations, on its calendars. */
export function deadlines(contract: Contract, category: string, opened: InstantInput, options: { pauses?: readonly (readonly [InstantInput, InstantInput])[] } = {}): Deadlines {
    if (!contract.categories.some((c) => c.name === category)) {
        throw new PactoError(`contract ${contract.name} has no category '${category}' (it has ${contract.categories.map((c) => c.name).join(', ') || 'none'})`);
    }
    const result = runtimeDeadlines(contract, category, ms(opened, 'opened'), pausesOf(options.pauses));
    return {
        response: result.response ? { due: dateOf(result.response.due) } : null,
        resolution: result.resolution ? { due: dateOf(result.resolution.due) } : null,
        escalations: result.escalations.map((e) => ({ at: new Date(e.at), notify: e.notify, ...(e.contact !== undefined ? { contact: e.contact } : {}), target: e.target, percent: e.percent })),
    };
}

/** Open (business) milliseconds of `calendar` (a calendar's name, or "always") in [from, to). */
export function elapsed(contract: Contract, calendar: string, from: InstantInput, to: InstantInput, options: { pauses?: readonly (readonly [InstantInput, InstantInput])[] } = {}): number {
    if (calendar !== 'always' && !contract.calendars.some((c) => c.name === calendar)) {
        throw new PactoError(`contract ${contract.name} has no calendar '${calendar}' (it has ${contract.calendars.map((c) => c.name).join(', ') || 'none'})`);
    }
    return runtimeElapsed(contract, calendar, ms(from, 'from'), ms(to, 'to'), pausesOf(options.pauses));
}

export interface ReplayOptions {
    /** jsonl (Pacto's ticket events), zendesk (an incremental ticket export) or csv; default from the file name. */
    format?: HistoryFormat;
    /** The zone of times written without an offset; default: such times are bad rows. */
    zone?: string;
    /** Report bad rows instead of refusing the history. */
    skipBadRows?: boolean;
    /** The name of the history in messages when it is given as text. */
    file?: string;
    /** The periods: weeks (Monday to Sunday), months or quarters; default: those of the contract's reports to the customer. */
    every?: 'week' | 'month' | 'quarter';
}

/**
 * The compliance report of a ticket history (a file name, or its text with `{ text }`): what `pacto report
 * --format json` prints, described by schema/compliance-report.schema.json.
 */
export async function replay(contract: Contract, history: string | { text: string }, options: ReplayOptions = {}): Promise<unknown> {
    const file = typeof history === 'string' ? history : (options.file ?? 'history.jsonl');
    if (options.every !== undefined && !PERIOD_UNITS.includes(options.every)) {
        throw new PactoError(`every must be ${PERIOD_UNITS.map((u) => `'${u}'`).join(', ')}, not '${String(options.every)}'`);
    }
    let text: string;
    try {
        text = typeof history === 'string' ? readFileSync(history, 'utf8') : history.text;
    } catch (error) {
        throw new PactoError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const source = (async function* () {
        yield text;
    })();
    const report = await complianceReport({
        contract,
        history: { source, file, format: options.format ?? historyFormatOf(file) },
        zone: options.zone ?? null,
        skipBadRows: options.skipBadRows ?? false,
        every: options.every ?? null,
    });
    return JSON.parse(renderReport(report, 'json'));
}

/** A scenario of the contract simulated `runs` times (default 200) with `seed` (default 1): what `pacto simulate --format json` prints. */
export async function simulate(contract: Contract, scenario: string, options: { runs?: number; seed?: number } = {}): Promise<unknown> {
    if (!contract.scenarios.some((s) => s.name === scenario)) {
        throw new PactoError(`contract ${contract.name} has no scenario '${scenario}' (it has ${contract.scenarios.map((s) => s.name).join(', ') || 'none'})`);
    }
    return JSON.parse(JSON.stringify(await runtimeSimulate(contract, scenario, { ...options, workers: 1 })));
}

/** The formats exportContract takes: json, markdown, html, pdf, zendesk, freshdesk, openslo, ics. */
export const EXPORT_FORMAT_IDS: readonly string[] = EXPORT_FORMATS.map((f) => f.id);

/** The contract in one of the export formats: text, or bytes for a PDF. */
export async function exportContract(contract: Contract, format: string, options: { categoryMap?: 'priority' | 'tag' } = {}): Promise<string | Uint8Array> {
    const found = findExportFormat(format);
    if (!found) throw new PactoError(`unknown export format '${format}': one of ${EXPORT_FORMAT_IDS.join(', ')}`);
    const fontsDir = hostAssets(__dirname).fontsDir;
    return found.render(contract, { pactoVersion: PACTO_VERSION, ...(fontsDir !== undefined ? { fontsDir } : {}), ...(options.categoryMap !== undefined ? { categoryMap: options.categoryMap } : {}) });
}

export const VERSION: string = PACTO_VERSION;
