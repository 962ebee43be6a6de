/**
 * The requests the LSP fuzzer sends at random positions: every editor feature the server offers and every
 * custom request of language/protocol.ts, with names taken from the document when it has them.
 */
import * as path from 'node:path';
import {
    CodeLensRequest,
    CompletionRequest,
    DocumentFormattingRequest,
    DocumentSymbolRequest,
    HoverRequest,
    InlayHintRequest,
    type Position,
} from 'vscode-languageserver-protocol';
import {
    ComplianceReportRequest,
    ContractPreviewRequest,
    CUSTOM_METHODS,
    ExportRequest,
    ListCategoriesRequest,
    ListExportFormatsRequest,
    ListScenariosRequest,
    PreviewDeadlinesRequest,
    ProgressNotification,
    SimulateRequest,
    type ListCategoriesResult,
    type ListScenariosResult,
} from '../../language/protocol.js';
import { tokens } from './mutations.js';
import type { Random } from './random.js';
import { positionAt } from './text-edits.js';

export interface PlannedRequest {
    method: string;
    params: unknown;
    /** Custom requests refuse bad documents and names with InvalidParams or RequestFailed, as documented. */
    custom: boolean;
}

/** What the fuzzer knows of the document's names (from pacto/listCategories and pacto/listScenarios). */
export interface KnownNames {
    categories?: ListCategoriesResult;
    scenarios?: ListScenariosResult;
}

const OPENINGS = [
    '2026-03-06T17:30:00-03:00', '2026-01-01T00:00Z', '2026-12-31T23:59Z', '2026-03-08T02:30-04:00', '2026-06-15T12:00:00+02:00',
    '9999-12-30T12:00Z', '0001-01-01T00:00Z', '2026-02-30T10:00Z', 'tomorrow', '',
];
// The server reads the history itself; the test runs from the repository root, as the server does.
const HISTORIES = ['examples/history/imolko.csv', 'examples/history/helpdesk-br.csv', 'examples/history/saas-hosting.csv', 'no/such/history.csv'].map((f) =>
    path.join(process.cwd(), f),
);

/** Mostly inside a token (where hovers and completions have something to say), else anywhere, past the end too. */
function randomPosition(text: string, rng: Random): Position {
    const all = tokens(text);
    if (all.length > 0 && rng.chance(0.75)) {
        const token = rng.pick(all);
        return positionAt(text, rng.between(token.start, token.end));
    }
    const lines = text.split('\n');
    const line = rng.below(lines.length + 1);
    return { line, character: rng.below((lines[line]?.length ?? 0) + 3) };
}

function names(known: KnownNames, rng: Random): { contract: string; category: string; scenario: string } {
    const contracts = known.categories?.contracts ?? [];
    const contract = contracts.length > 0 && rng.chance(0.9) ? rng.pick(contracts) : undefined;
    const categories = contract?.categories ?? [];
    const scenarioContract = known.scenarios?.contracts.find((c) => c.name === contract?.name);
    const scenarios = scenarioContract?.scenarios ?? [];
    return {
        contract: contract?.name ?? rng.pick(['Nope', '']),
        category: categories.length > 0 && rng.chance(0.9) ? rng.pick(categories).name : 'Nope',
        scenario: scenarios.length > 0 && rng.chance(0.9) ? rng.pick(scenarios).name : 'Nope',
    };
}

type Planner = (uri: string, text: string, known: KnownNames, rng: Random) => PlannedRequest;

const standard = (method: string, params: unknown): PlannedRequest => ({ method, params, custom: false });
const custom = (method: string, params: unknown): PlannedRequest => ({ method, params, custom: true });

const PLANNERS: Record<string, Planner> = {
    [HoverRequest.method]: (uri, text, _, rng) => standard(HoverRequest.method, { textDocument: { uri }, position: randomPosition(text, rng) }),
    [CompletionRequest.method]: (uri, text, _, rng) => standard(CompletionRequest.method, { textDocument: { uri }, position: randomPosition(text, rng) }),
    [DocumentSymbolRequest.method]: (uri) => standard(DocumentSymbolRequest.method, { textDocument: { uri } }),
    [DocumentFormattingRequest.method]: (uri, _, __, rng) =>
        standard(DocumentFormattingRequest.method, { textDocument: { uri }, options: { tabSize: rng.pick([2, 4]), insertSpaces: rng.chance(0.8) } }),
    [CodeLensRequest.method]: (uri) => standard(CodeLensRequest.method, { textDocument: { uri } }),
    [InlayHintRequest.method]: (uri, text, _, rng) => {
        const a = randomPosition(text, rng);
        const whole = rng.chance(0.5);
        return standard(InlayHintRequest.method, {
            textDocument: { uri },
            range: whole ? { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } } : { start: a, end: { line: a.line + rng.below(30), character: 0 } },
        });
    },
    [PreviewDeadlinesRequest.method]: (uri, _, known, rng) => {
        const { contract, category } = names(known, rng);
        return custom(PreviewDeadlinesRequest.method, { textDocument: { uri }, contract, category, opened: rng.pick(OPENINGS) });
    },
    [ListCategoriesRequest.method]: (uri) => custom(ListCategoriesRequest.method, { textDocument: { uri } }),
    [ListScenariosRequest.method]: (uri) => custom(ListScenariosRequest.method, { textDocument: { uri } }),
    [SimulateRequest.method]: (uri, _, known, rng) => {
        const { contract, scenario } = names(known, rng);
        return custom(SimulateRequest.method, { textDocument: { uri }, contract, scenario, runs: rng.between(1, 4), seed: rng.below(1000), nonce: 'fuzz', progressToken: 'fuzz' });
    },
    [ListExportFormatsRequest.method]: () => custom(ListExportFormatsRequest.method, null),
    [ExportRequest.method]: (uri, _, known, rng) =>
        custom(ExportRequest.method, { textDocument: { uri }, contract: names(known, rng).contract, format: rng.pick(['json', 'markdown', 'md', 'html', 'pdf', 'docx']) }),
    [ContractPreviewRequest.method]: (uri, _, known, rng) => custom(ContractPreviewRequest.method, { textDocument: { uri }, contract: names(known, rng).contract, nonce: 'fuzz' }),
    [ComplianceReportRequest.method]: (uri, _, known, rng) =>
        custom(ComplianceReportRequest.method, {
            textDocument: { uri },
            contract: names(known, rng).contract,
            tickets: rng.pick(HISTORIES),
            skipBadRows: rng.chance(0.5),
            format: rng.chance(0.2) ? 'pdf' : 'html',
        }),
};

/** Every method the fuzzer sends: a new custom request of protocol.ts fails the test until it is planned here. */
export const FUZZED_METHODS = Object.keys(PLANNERS);
export const UNFUZZED_CUSTOM_METHODS = CUSTOM_METHODS.filter((m) => m !== ProgressNotification.method && !(m in PLANNERS));

export function planRequest(uri: string, text: string, known: KnownNames, rng: Random): PlannedRequest {
    return PLANNERS[rng.pick(FUZZED_METHODS)]!(uri, text, known, rng);
}

/**
 * The features that walk the whole document, over all of it: after a value edit (a huge number, a digit typed
 * many times) every sequence asks them, so that their budget meets 10^11 business hours and 1e308, not only
 * when the draw picks them.
 */
export function wholeDocumentRequests(uri: string, text: string): PlannedRequest[] {
    return [
        standard(InlayHintRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } } }),
        standard(CodeLensRequest.method, { textDocument: { uri } }),
    ];
}
