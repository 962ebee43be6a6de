/**
 * Chevrotain's grammar recording as data (issue 14). performSelfAnalysis learns the grammar by running every
 * rule once in a recording mode, a third of its time and paid by every `pacto check`; the result (the GAST: one
 * tree of productions per rule) depends on the grammar only. esbuild.mjs records it once at build time
 * (`recordGast` on a parser built from the sources) and the bundles carry it (built-gast.ts); the parser then
 * restores each rule's tree instead of recording it. Everything but the token types (kept by name) is copied as
 * recorded, so the productions are the same objects, property for property
 * (test/language/parser/recorded-gast.test.ts).
 */
import type { RecordedLexer } from './recorded-lexer.js';
import { Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal, type TokenType } from 'chevrotain';

const KINDS = { Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal };
type Kind = keyof typeof KINDS;

/** A production: its class, its own properties (a token type as `{ token: name }`), and its definition's productions. */
export type RecordedProduction = [kind: Kind, properties: Record<string, unknown>, definition?: RecordedProduction[]];

/** What the parser builder would otherwise compute per rule, and each rule's recorded productions. */
export interface RecordedGrammar {
    /** Chevrotain's rule name → the recorded Rule. */
    rules: Record<string, RecordedProduction>;
    /** Langium's rule name → computeRuleType's answer: a type name, `{ datatype: true }`, or null (a fragment). */
    ruleTypes: Record<string, string | { datatype: true } | null>;
    /** The lexer's tokens and Chevrotain's analysis of them (recorded-lexer.ts). */
    lexer?: RecordedLexer;
}

interface Production {
    _definition?: Production[];
    constructor: { name: string };
}

const TOKEN_PROPERTIES = new Set(['terminalType', 'separator']);

function isTokenType(value: unknown): value is TokenType {
    return typeof value === 'object' && value !== null && typeof (value as { tokenTypeIdx?: unknown }).tokenTypeIdx === 'number';
}

function kindOf(production: Production): Kind {
    for (const [kind, constructor] of Object.entries(KINDS)) if (production.constructor === constructor) return kind as Kind;
    throw new Error(`recorded-gast: no such production class ${production.constructor.name}`);
}

/** One recorded production as data; throws on anything it could not restore as it was. */
export function recordProduction(production: object): RecordedProduction {
    const node = production as Production;
    const kind = kindOf(node);
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === '_definition' || key === 'referencedRule') continue;
        if (TOKEN_PROPERTIES.has(key) && isTokenType(value)) properties[key] = { token: value.name };
        else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) properties[key] = value;
        else throw new Error(`recorded-gast: ${kind}.${key} is neither plain data nor a token type`);
    }
    // A non-terminal's definition is its referenced rule's (resolveGrammar links it): nothing of its own.
    if (kind === 'NonTerminal' || kind === 'Terminal') return [kind, properties];
    return [kind, properties, (node._definition ?? []).map(recordProduction)];
}

/**
 * The production `recorded` describes, built by Chevrotain's own classes with the same options in the same order
 * (so the same properties); undefined when a token type it names is not in `tokens` (data of another grammar).
 */
export function restoreProduction(recorded: RecordedProduction, tokens: Readonly<Record<string, TokenType>>): object | undefined {
    const [kind, properties, definition] = recorded;
    const options: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(properties)) {
        if (TOKEN_PROPERTIES.has(key) && typeof value === 'object' && value !== null) {
            const token = tokens[(value as { token: string }).token];
            if (token === undefined) return undefined;
            options[key] = token;
        } else {
            options[key] = value;
        }
    }
    if (definition !== undefined) {
        const children: object[] = [];
        for (const child of definition) {
            const restored = restoreProduction(child, tokens);
            if (restored === undefined) return undefined;
            children.push(restored);
        }
        options.definition = children;
    }
    const Constructor = KINDS[kind] as unknown as new (options: Record<string, unknown>) => object;
    return new Constructor(options);
}

/** The parts of Chevrotain's parser that record the grammar (gast_recorder.js). */
interface Recorder {
    tokensMap: Record<string, TokenType>;
    definedRulesNames: string[];
    enableRecording(): void;
    disableRecording(): void;
    topLevelRuleRecord(name: string, implementation: unknown): object;
}

/** Every rule of `recorder` restored from `recorded`; undefined when one is missing or names a token the parser lacks. */
function restoreAll(recorder: Recorder, recorded: RecordedGrammar): Map<string, object> | undefined {
    const rules = new Map<string, object>();
    for (const name of recorder.definedRulesNames) {
        const rule = Object.hasOwn(recorded.rules, name) ? recorded.rules[name] : undefined;
        const restored = rule && restoreProduction(rule, recorder.tokensMap);
        if (restored === undefined) return undefined;
        rules.set(name, restored);
    }
    return rules;
}

/**
 * Has `recognizer`'s performSelfAnalysis take every rule's productions from `recorded` instead of running each rule
 * to record them, unless one is missing from it (then all are recorded as usual). Recording mode is then not entered
 * at all: leaving it deletes some eighty methods from the parser, as long as the recording itself.
 * To be called before performSelfAnalysis.
 */
export function replayRecording(recognizer: object, recorded: RecordedGrammar): void {
    const recorder = recognizer as Recorder;
    const { enableRecording, disableRecording, topLevelRuleRecord } = recorder;
    let rules: Map<string, object> | undefined;
    recorder.enableRecording = function (this: Recorder) {
        rules = restoreAll(this, recorded);
        if (rules === undefined) enableRecording.call(this);
    };
    recorder.disableRecording = function (this: Recorder) {
        if (rules === undefined) disableRecording.call(this);
    };
    recorder.topLevelRuleRecord = function (this: Recorder, name, implementation) {
        return rules?.get(name) ?? topLevelRuleRecord.call(this, name, implementation);
    };
}
