/**
 * The bundles' parsers take Chevrotain's grammar recording from data made at build time (language/parser/recorded-gast.ts,
 * record-grammar.ts, esbuild.mjs): the same productions as a recording parser, property for property, without
 * entering recording mode; the same rule types, decisions and trees; a recording that does not fit the parser's
 * grammar is not used.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createLangiumParser, type LangiumParser } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { computeRuleType, createBoundedParser } from '../../../language/parser/bounded-parser.js';
import { recordGrammar } from '../../../language/parser/record-grammar.js';
import type { RecordedGrammar } from '../../../language/parser/recorded-gast.js';
import { reachableRules } from '../../../language/parser/reachable-rules.js';
import { services } from '../pacto-test-services.js';
import { treeShape } from './tree-shape.js';

const pacto = services.Pacto;

interface Wrapper {
    gastProductionsCache: Record<string, object>;
    lookAheadFuncsCache: unknown[][];
    enableRecording(): void;
}

const wrapperOf = (parser: LangiumParser) => (parser as unknown as { wrapper: Wrapper }).wrapper;

/** A fresh copy of the recording of Pacto's grammar, as esbuild.mjs makes it. */
const recording = (): RecordedGrammar => JSON.parse(JSON.stringify(recordGrammar(pacto))) as RecordedGrammar;

/** Each production of two rule sets alike: class, own properties in order, token types and referenced rules by identity. */
function expectSameProductions(ours: Record<string, object>, theirs: Record<string, object>): number {
    let compared = 0;
    const same = (a: unknown, b: unknown, where: string): void => {
        if (typeof a !== 'object' || a === null) {
            expect(a, where).toBe(b);
            return;
        }
        expect(Object.getPrototypeOf(a), where).toBe(Object.getPrototypeOf(b));
        if (Array.isArray(a)) {
            expect((b as unknown[]).length, where).toBe(a.length);
            a.forEach((item, i) => same(item, (b as unknown[])[i], `${where}[${i}]`));
            return;
        }
        compared++;
        const x = a as Record<string, unknown>;
        const y = b as Record<string, unknown>;
        expect(Object.keys(x), where).toEqual(Object.keys(y));
        for (const key of Object.keys(x)) {
            if (key === 'referencedRule') {
                // Each parser's rule of that name: its own object, not the other's.
                const name = (x[key] as { name: string }).name;
                expect((y[key] as { name: string }).name, where).toBe(name);
                expect(x[key], where).toBe(ours[name]);
                expect(y[key], where).toBe(theirs[name]);
            } else if (key === 'terminalType' || key === 'separator') {
                expect(x[key], `${where}.${key}`).toBe(y[key]);
            } else {
                same(x[key], y[key], `${where}.${key}`);
            }
        }
    };
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    for (const name of Object.keys(ours)) same(ours[name], theirs[name], name);
    return compared;
}

function pactoFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? pactoFiles(file) : file.endsWith('.pacto') ? [file] : [];
    });
}

const mistakes = 'contract A {\n  provider\n  calendar { time zone }\n  category X { response within 4 business hours on Nope }\n  objective O { 95% of\n';

describe("the grammar's recording as data", () => {
    it('gives the productions a recording parser records, without recording', () => {
        // The parser is built with the token types of the services' lexer, which the recording names.
        const recorder = Object.getPrototypeOf(Object.getPrototypeOf(wrapperOf(pacto.parser.LangiumParser))) as Wrapper;
        const recordings = vi.spyOn(recorder, 'enableRecording');
        const replayed = createBoundedParser(pacto, recording());
        expect(recordings).not.toHaveBeenCalled();
        const recorded = createBoundedParser(pacto, undefined);
        expect(recordings).toHaveBeenCalledTimes(1);
        vi.restoreAllMocks();
        const compared = expectSameProductions(wrapperOf(replayed).gastProductionsCache, wrapperOf(recorded).gastProductionsCache);
        expect(compared).toBe(890);
        // The decisions performSelfAnalysis files are keyed by the productions' indices: the same ones.
        const keys = (parser: LangiumParser) => wrapperOf(parser).lookAheadFuncsCache.map((slots) => (slots === undefined ? [] : Object.keys(slots)));
        expect(keys(replayed)).toEqual(keys(recorded));
    });

    it("holds each reachable rule's type as computeRuleType answers it", () => {
        const { ruleTypes } = recording();
        const rules = reachableRules(pacto.Grammar).filter((rule) => rule.$type === 'ParserRule' || rule.$type === 'InfixRule');
        expect(Object.keys(ruleTypes)).toEqual(rules.map((rule) => rule.name));
        for (const rule of rules) {
            const type = computeRuleType(rule as Parameters<typeof computeRuleType>[0]);
            expect(ruleTypes[rule.name], rule.name).toEqual(typeof type === 'symbol' ? { datatype: true } : type ?? null);
        }
        expect(Object.values(ruleTypes).filter((type) => typeof type === 'object' && type !== null).length).toBeGreaterThan(5);
    });

    it('parses every example and fixture as a recording parser and as Langium do', () => {
        const replayed = createBoundedParser(pacto, recording());
        const recorded = createBoundedParser(pacto, undefined);
        const langium = createLangiumParser(pacto);
        const files = [...pactoFiles('examples'), ...pactoFiles('test/fixtures')];
        expect(files.length).toBeGreaterThan(50);
        for (const text of [mistakes, ...files.map((file) => readFileSync(file, 'utf8')), mistakes]) {
            const tree = treeShape(replayed.parse(text));
            expect(tree).toEqual(treeShape(recorded.parse(text)));
            expect(tree).toEqual(treeShape(langium.parse(text)));
        }
    });

    it('is not used for a grammar it does not fit: a rule missing, or a token the parser lacks', () => {
        const missing = recording();
        delete missing.rules[Object.keys(missing.rules)[3]!];
        const foreign = recording();
        const rule = JSON.stringify(foreign.rules).replace('{"token":"provider"}', '{"token":"no such token"}');
        foreign.rules = JSON.parse(rule) as RecordedGrammar['rules'];
        const recorded = createBoundedParser(pacto, undefined);
        const text = readFileSync('examples/helpdesk-br.pacto', 'utf8');
        for (const data of [missing, foreign]) {
            const parser = createBoundedParser(pacto, data);
            expectSameProductions(wrapperOf(parser).gastProductionsCache, wrapperOf(recorded).gastProductionsCache);
            expect(treeShape(parser.parse(text))).toEqual(treeShape(recorded.parse(text)));
        }
    });
});
