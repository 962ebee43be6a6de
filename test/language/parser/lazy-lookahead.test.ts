/**
 * Chevrotain's lookahead functions are built when a decision is first taken (language/parser/lazy-lookahead.ts):
 * none when the parser is built, each at most once, the same decisions as Chevrotain's own construction files,
 * and the same trees as Langium's eager parser (test/language/parser/fast-construction.test.ts compares every
 * example and fixture, mistakes and recovery included).
 */
import { readFileSync } from 'node:fs';
import { createLangiumParser, type LangiumParser } from 'langium';
import { LLStarLookaheadStrategy } from 'chevrotain-allstar';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoundedParser } from '../../../language/parser/bounded-parser.js';
import { services } from '../pacto-test-services.js';
import { treeShape } from './tree-shape.js';

const pacto = services.Pacto;

/** Chevrotain's lookahead cache: per rule, the decision keys it filed. */
function decisions(parser: LangiumParser): string[] {
    const cache = (parser as unknown as { wrapper: { lookAheadFuncsCache: unknown[][] } }).wrapper.lookAheadFuncsCache;
    return cache.flatMap((slots, rule) => (slots === undefined ? [] : Object.keys(slots).map((key) => `${rule}/${key}`)));
}

function spyBuilds() {
    const alternation = vi.spyOn(LLStarLookaheadStrategy.prototype, 'buildLookaheadForAlternation');
    const optional = vi.spyOn(LLStarLookaheadStrategy.prototype, 'buildLookaheadForOptional');
    return () => alternation.mock.calls.length + optional.mock.calls.length;
}

describe('lookahead functions built on first use', () => {
    afterEach(() => {
        vi.restoreAllMocks();
    });

    it('are filed for the decisions Chevrotain files, and none is built with the parser', () => {
        const eager = spyBuilds();
        const langium = createLangiumParser(pacto);
        const all = eager();
        vi.restoreAllMocks();
        const lazy = spyBuilds();
        const ours = createBoundedParser(pacto);
        expect(lazy()).toBe(0);
        expect(decisions(ours)).toEqual(decisions(langium));
        expect(decisions(ours).length).toBe(all);
        expect(all).toBeGreaterThan(50);
    });

    it('are built once each, by the decisions a contract takes', () => {
        const builds = spyBuilds();
        const parser = createBoundedParser(pacto);
        const text = readFileSync('examples/helpdesk-br.pacto', 'utf8');
        parser.parse('contract C {\n  provider "z"\n}\n');
        const tiny = builds();
        expect(tiny).toBeGreaterThan(0);
        parser.parse(text);
        const helpdesk = builds();
        expect(helpdesk).toBeGreaterThan(tiny);
        expect(helpdesk).toBeLessThanOrEqual(decisions(parser).length);
        parser.parse(text);
        parser.parse('contract C {\n  provider "z"\n}\n');
        expect(builds()).toBe(helpdesk);
    });

    it("parse as Langium's eager parser after any order of first uses", () => {
        const langium = createLangiumParser(pacto);
        const texts = ['examples/imolko.pacto', 'test/fixtures/validation/syntax.pacto', 'examples/helpdesk-br.pacto'].map((file) => readFileSync(file, 'utf8'));
        // Mistakes first: recovery takes decisions (and holds their functions) before any valid contract does.
        const mistakes = 'contract A {\n  provider\n  calendar { time zone }\n  category X { response within 4 business hours on Nope }\n  objective O { 95% of\n';
        const parser = createBoundedParser(pacto);
        for (const text of [mistakes, ...texts, mistakes]) expect(treeShape(parser.parse(text))).toEqual(treeShape(langium.parse(text)));
    });
});
