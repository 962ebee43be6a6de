/**
 * The parser builds its tree without Langium's per-node arrays (language/parser/fast-construction.ts): the same
 * tree as Langium's own parser, node for node and CST node for CST node, for valid contracts, contracts with
 * comments and contracts full of mistakes (error recovery builds partial nodes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLangiumParser, type LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { services } from '../pacto-test-services.js';
import { treeShape } from './tree-shape.js';

const pacto = services.Pacto;
const langiumParser: LangiumParser = createLangiumParser(pacto);

function texts(): Array<[string, string]> {
    const dirs = ['examples', 'test/fixtures/validation'];
    return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.pacto')).map((f): [string, string] => [`${dir}/${f}`, readFileSync(path.join(dir, f), 'utf8')]));
}

/** Contracts with comments in every place a comment may stand, and with mistakes for recovery to skip. */
const handWritten: Array<[string, string]> = [
    ['comments', '// head\ncontract A /* after the name */ {\n  /* before a member */ provider "x" // after it\n  calendar C { /* inside */ time zone "UTC" }\n  // last\n}\n// end\n'],
    ['mistakes', 'contract A {\n  provider\n  calendar { time zone }\n  category X { response within 4 business hours on Nope }\n  objective O { 95% of\n'],
];

describe('the parser', () => {
    it.each([...texts(), ...handWritten])('builds the tree of %s as Langium does', (_, text) => {
        expect(treeShape(pacto.parser.LangiumParser.parse(text))).toEqual(treeShape(langiumParser.parse(text)));
    });
});
