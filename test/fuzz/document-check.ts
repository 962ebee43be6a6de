/**
 * What `pacto check` does to one document, in process, with one service container for the whole run:
 * parse, link and validate it, lower it, and, when it checks clean, what the commands that compute do
 * with it (a deadline preview, the JSON export checked against its schema, the Markdown export). Returns what went wrong, never throws.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { EmptyFileSystem, URI } from 'langium';
import type { Model } from '../../language/generated/ast.js';
import { lowerModel } from '../../language/lower.js';
import { createPactoServices } from '../../language/pacto-module.js';
import { contractJsonText, contractMarkdown, previewMarkdown, termInstants, type Contract } from '../../runtime/index.js';
import type { Random } from './random.js';

/** The diagnostic Langium publishes when a check throws: always a bug. */
export const VALIDATION_CRASH = 'An error occurred during validation';

export interface DocumentOutcome {
    /** What went wrong: empty when the document passed. */
    failures: string[];
    /** Whether it checked without errors (and so went through the engine calls too). */
    clean: boolean;
    /** Engine calls refused with BeyondHorizon: the engine's documented refusal of work past its horizon. */
    refused: number;
}

/**
 * An error's message and first frames. The frames lose their "at ", so that vitest does not take a report of
 * hundreds of failures for stack traces and map each frame through the bundle's source map (minutes).
 */
const describeError = (error: unknown) =>
    (error instanceof Error ? (error.stack ?? error.message) : String(error))
        .split('\n')
        .slice(0, 6)
        .map((line) => line.replace(/^\s+at /, '    ← '))
        .join('\n');

/** Told before each step, so that whoever kills a stuck check can say where it was stuck. */
export type StepListener = (step: string) => Promise<void> | void;

/** The published schema of the JSON export (schema/pacto-contract.schema.json), compiled as its own test does. */
function contractSchema(root: string): ValidateFunction {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    return ajv.compile(JSON.parse(readFileSync(path.join(root, 'schema', 'pacto-contract.schema.json'), 'utf8')) as object);
}

export function documentChecker(root: string, onStep: StepListener = () => undefined): (text: string, name: string, rng: Random) => Promise<DocumentOutcome> {
    const { shared } = createPactoServices(EmptyFileSystem);
    const schema = contractSchema(root);
    const { LangiumDocumentFactory, LangiumDocuments } = shared.workspace;
    const builder = shared.workspace.DocumentBuilder;
    let serial = 0;

    return async (text, name, rng) => {
        const failures: string[] = [];
        const refusals = { count: 0 };
        const uri = URI.parse(`file:///fuzz/${serial++}/${name.replace(/[^\w.-]/g, '_')}`);
        let clean = false;
        try {
            await onStep('parse, link and validate');
            const document = LangiumDocumentFactory.fromString<Model>(text, uri);
            LangiumDocuments.addDocument(document);
            await builder.build([document], { validation: true });
            const diagnostics = document.diagnostics ?? [];
            for (const d of diagnostics) {
                const message = typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
                if (message.includes(VALIDATION_CRASH)) failures.push(`diagnostic at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${message.split('\n').slice(0, 6).join('\n')}`);
            }
            // Lowering is total: the CLI and the previews lower documents with errors too.
            await onStep('lowering');
            const contracts = step(failures, 'lowering', () => lowerModel(document.parseResult.value));
            clean = diagnostics.every((d) => d.severity !== 1);
            if (clean && contracts) for (const contract of contracts) await engineCalls(contract, rng, failures, refusals, onStep, schema);
        } catch (error) {
            failures.push(`exception: ${describeError(error)}`);
        } finally {
            await builder.update([], [uri]).catch((error: unknown) => failures.push(`exception while removing the document: ${describeError(error)}`));
        }
        return { failures, clean, refused: refusals.count };
    };
}

function step<T>(failures: string[], what: string, run: () => T, refusals?: { count: number }): T | undefined {
    try {
        return run();
    } catch (error) {
        if (refusals && error instanceof Error && error.name === 'BeyondHorizon') {
            refusals.count++;
            return undefined;
        }
        failures.push(`${what} threw: ${describeError(error)}`);
        return undefined;
    }
}

const MARCH_2026 = Date.UTC(2026, 2, 2, 12);

/**
 * A contract that checks clean must preview and export: `pacto deadline` and `pacto export` on it must not
 * fail, but for the engine's refusal of work past its horizon (BeyondHorizon, a plain located message).
 */
async function engineCalls(
    contract: Contract,
    rng: Random,
    failures: string[],
    refusals: { count: number },
    onStep: StepListener,
    schema: ValidateFunction,
): Promise<void> {
    const category = contract.categories.length > 0 ? rng.pick(contract.categories) : undefined;
    if (category) {
        const term = contract.term && termInstants(contract.term, 'UTC');
        const opened = term && term.endMs > term.startMs ? term.startMs + rng.below(Math.min(term.endMs - term.startMs, 400 * 86_400_000)) : MARCH_2026;
        const what = `deadline preview (previewMarkdown) of ${contract.name}/${category.name} opened ${new Date(opened).toISOString()}`;
        await onStep(what);
        step(failures, what, () => previewMarkdown(contract, category.name, opened), refusals);
    }
    await onStep(`JSON export of ${contract.name}`);
    const json = step(failures, `JSON export of ${contract.name}`, () => contractJsonText(contract, { pactoVersion: 'fuzz' }), refusals);
    // A clean contract's export must be what the schema promises other tools (no null for an infinite amount).
    if (json !== undefined && !schema(JSON.parse(json))) {
        failures.push(`JSON export of ${contract.name} fails schema/pacto-contract.schema.json: ${(schema.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
    }
    await onStep(`Markdown export of ${contract.name}`);
    step(failures, `Markdown export of ${contract.name}`, () => contractMarkdown(contract), refusals);
}
