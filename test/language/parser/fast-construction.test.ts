/**
 * The parser builds its tree without Langium's per-node arrays (language/parser/fast-construction.ts): the same
 * tree as Langium's own parser, node for node and CST node for CST node, for valid contracts, contracts with
 * comments and contracts full of mistakes (error recovery builds partial nodes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLangiumParser, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type CstNode, type LangiumParser, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { services } from '../pacto-test-services.js';

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

function cst(node: CstNode): unknown {
    const own = { offset: node.offset, length: node.length, range: node.range, hidden: node.hidden, grammar: node.grammarSource?.$type, type: node.astNode.$type };
    return isCompositeCstNode(node) ? { ...own, content: node.content.map(cst) } : { ...own, token: isLeafCstNode(node) ? node.tokenType.name : undefined, text: node.text };
}

function ast(node: AstNode): unknown {
    const out: Record<string, unknown> = { $type: node.$type, $containerProperty: node.$containerProperty, $containerIndex: node.$containerIndex, $container: node.$container?.$type };
    out.$cst = node.$cstNode ? [node.$cstNode.offset, node.$cstNode.length] : undefined;
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        const one = (v: unknown): unknown => (isReference(v) ? { ref: v.$refText } : typeof v === 'object' && v !== null && '$type' in v ? ast(v as AstNode) : v);
        out[key] = Array.isArray(value) ? value.map(one) : one(value);
    }
    return out;
}

function shape(result: ParseResult): unknown {
    return {
        ast: ast(result.value),
        cst: result.value.$cstNode ? cst(result.value.$cstNode) : undefined,
        lexerErrors: result.lexerErrors,
        parserErrors: result.parserErrors.map((e) => [e.message, e.token.startOffset]),
    };
}

describe('the parser', () => {
    it.each([...texts(), ...handWritten])('builds the tree of %s as Langium does', (_, text) => {
        expect(shape(pacto.parser.LangiumParser.parse(text))).toEqual(shape(langiumParser.parse(text)));
    });
});
