/**
 * An edit inside one contract member re-parses that member alone (language/parser/member-reparse.ts): the
 * tree it leaves must be the tree a parse of the whole new text builds, AST and CST, positions included; and
 * whatever it cannot do safely it must decline, so that the whole text is parsed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isCompositeCstNode, type AstNode, type CstNode, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { isNode } from '../../../language/ast-walk.js';
import { reparseMember, respaceBlanks } from '../../../language/parser/member-reparse.js';
import { services } from '../pacto-test-services.js';
import { treeShape } from './tree-shape.js';
import { random } from '../../fuzz/random.js';

const parser = services.Pacto.parser.LangiumParser;

/** Every AST child points at its parent, every CST child at its container, every node's CST at the node. */
function linksOf(result: ParseResult): string[] {
    const wrong: string[] = [];
    const walkAst = (node: AstNode): void => {
        if (node.$cstNode && node.$cstNode.astNode !== node) wrong.push(`${node.$type}: its CST node belongs to ${node.$cstNode.astNode.$type}`);
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            for (const child of Array.isArray(value) ? value : [value]) {
                if (!isNode(child)) continue;
                if (child.$container !== node) wrong.push(`${child.$type} under ${node.$type}: $container is another node`);
                walkAst(child);
            }
        }
    };
    const walkCst = (node: CstNode): void => {
        if (!isCompositeCstNode(node)) return;
        for (const child of node.content) {
            if (child.container !== node) wrong.push(`CST node at ${child.offset}: container is another node`);
            walkCst(child);
        }
    };
    walkAst(result.value);
    if (result.value.$cstNode) walkCst(result.value.$cstNode.root);
    return wrong;
}

/** The re-parse of `after` from a parse of `before`, or undefined when it declines. */
function reparse(before: string, after: string): ParseResult | undefined {
    return reparseMember(parser, parser.parse(before), before, after);
}

function expectSameAsFresh(result: ParseResult | undefined, after: string): void {
    expect(result).toBeDefined();
    expect(treeShape(result!)).toEqual(treeShape(parser.parse(after)));
    expect(linksOf(result!)).toEqual([]);
    expect(result!.value.$cstNode!.root.fullText).toBe(after);
}

const SMALL = [
    'contract A "Title" {',
    '  // the provider',
    '  provider "Acme"',
    '  calendar Office { time zone "America/Sao_Paulo" monday to friday 09:00-18:00 /* hours */ }',
    '  category Major { response within 4 business hours on Office resolution within 2 days }',
    '  objective Quick { 95% of responses on time for Major per month }',
    '  review every 3 months',
    '}',
    '',
].join('\n');

describe('re-parsing the member an edit falls in', () => {
    it('builds the tree of a whole parse after a digit changes inside a member', () => {
        const after = SMALL.replace('within 4 business', 'within 5 business');
        expectSameAsFresh(reparse(SMALL, after), after);
    });

    it('moves what follows by the lines and columns the edit adds or removes', () => {
        const longer = SMALL.replace('hours on Office', 'hours on Office\n    via Web { response within 1 hour }\n ');
        expectSameAsFresh(reparse(SMALL, longer), longer);
        const shorter = SMALL.replace(' /* hours */', '');
        expectSameAsFresh(reparse(SMALL, shorter), shorter);
        // A member after the edited one on the same line: its columns move with the edit.
        const oneLine = 'contract A {\n  provider "x" customer "y"\n}\n';
        expectSameAsFresh(reparse(oneLine, oneLine.replace('"x"', '"x and y"')), oneLine.replace('"x"', '"x and y"'));
    });

    it('counts lines and columns as a whole parse does with CRLF line ends, tabs and characters beyond 16 bits', () => {
        const crlf = SMALL.replace(/\n/g, '\r\n').replace('provider "Acme"', '\tprovider "Acme 🏢"');
        const edited = crlf.replace('09:00-18:00', '08:00-18:00').replace('/* hours */', '/* hours\r\n   and more 🕘 */');
        expectSameAsFresh(reparse(crlf, edited), edited);
    });

    it('edits a member of the second contract of a file, and edits again the tree it built', () => {
        const two = `${SMALL}contract B {\n  category Minor { resolution within 10 days }\n}\n`;
        const first = two.replace('within 10 days', 'within 12 days');
        const once = reparse(two, first);
        expectSameAsFresh(once, first);
        const second = first.replace('category Major {', 'category Major { priority 1');
        const twice = reparseMember(parser, once!, first, second);
        expectSameAsFresh(twice, second);
    });

    it('gives a new root and a new contract, and keeps the other members', () => {
        const before = parser.parse(SMALL);
        const [contract] = (before.value as unknown as { contracts: Array<AstNode & { members: AstNode[] }> }).contracts;
        const members = contract!.members.slice();
        const after = reparseMember(parser, before, SMALL, SMALL.replace('95%', '96%'))!;
        const [newContract] = (after.value as unknown as { contracts: Array<AstNode & { members: AstNode[] }> }).contracts;
        expect(after.value).not.toBe(before.value);
        expect(newContract).not.toBe(contract);
        expect(newContract!.members.map((member, i) => member === members[i])).toEqual([true, true, true, false, true]);
    });

    it.each([
        ['the first character of a member', SMALL.replace('  category Major', '  xcategory Major')],
        ['the last character of a member', SMALL.replace('per month }', 'per month ]')],
        ['the text between members', SMALL.replace('  // the provider', '  // the provider of the service')],
        ['the contract\'s own header', SMALL.replace('"Title"', '"Other title"')],
        ['a member that no longer parses', SMALL.replace('within 4 business', 'within business')],
        ['a member that now holds a mistake of the lexer', SMALL.replace('09:00-18:00', '09:00-18:00 #')],
        ['a string left open to the end of the member', SMALL.replace('"America/Sao_Paulo"', '"America/Sao_Paulo')],
        ['a comment opened and not closed inside a member', SMALL.replace('/* hours */', '/* hours')],
        ['nothing at all', SMALL],
    ])('declines an edit of %s', (_, after) => {
        expect(reparse(SMALL, after)).toBeUndefined();
    });

    it('declines when the text before the edit has a mistake, or a member touches its neighbour', () => {
        const broken = SMALL.replace('provider "Acme"', 'provider');
        expect(reparse(broken, broken.replace('95%', '96%'))).toBeUndefined();
        const touching = 'contract A {\n  provider "x"}\n';
        expect(reparse(touching, touching.replace('"x"', '"xy"'))).toBeUndefined();
    });
});

describe('moving positions when only blanks between tokens changed', () => {
    const respace = (before: string, after: string) => respaceBlanks(parser.parse(before), before, after);

    it.each([
        ['a line break between members', SMALL.replace('  provider "Acme"\n', '  provider "Acme"\n\n\n')],
        ['a blank line removed', SMALL.replace('  provider "Acme"\n  calendar', '  provider "Acme"  calendar')],
        ['an indentation inside a member', SMALL.replace('{ response within', '{\n      response within')],
        ['blanks after the last brace', `${SMALL}\n\n`],
        ['blanks before the first token', `\n  ${SMALL}`],
        ['a line break after a line comment kept', SMALL.replace('// the provider\n', '// the provider\r\n\n')],
    ])('gives the tree of a whole parse after %s', (_, after) => {
        expectSameAsFresh(respace(SMALL, after), after);
    });

    it.each([
        ['blanks inside a string', SMALL.replace('"Acme"', '"Ac me"')],
        ['blanks inside a comment', SMALL.replace('/* hours */', '/*  hours */')],
        ['the only blank between two tokens', SMALL.replace('review every', 'reviewevery')],
        ['the line break that ends a line comment', SMALL.replace('// the provider\n  ', '// the provider ')],
        ['anything but blanks', SMALL.replace('95%', '96%')],
    ])('declines %s', (_, after) => {
        expect(respace(SMALL, after)).toBeUndefined();
    });
});

function sources(): Array<[string, string]> {
    const dirs = ['examples', 'test/fixtures/validation'];
    return dirs.flatMap((dir) =>
        readdirSync(dir)
            .filter((f) => f.endsWith('.pacto'))
            .map((f): [string, string] => [`${dir}/${f}`, readFileSync(path.join(dir, f), 'utf8').replace(/[»«]/g, '')]),
    );
}

const INSERTED = ['1', '0', ' ', 'a', '}', '{', '\n', '\n  ', '\r\n', '\t', '"', '/', '*', '-', '%', 'x', ' hours', ' "text" '];

describe('seeded random edits of the examples and fixtures', () => {
    const clean = sources().filter(([, text]) => {
        const result = parser.parse(text);
        const members = (result.value as unknown as { contracts: Array<{ members: unknown[] }> }).contracts.flatMap((contract) => contract.members);
        return result.lexerErrors.length === 0 && result.parserErrors.length === 0 && members.length >= 3;
    });

    it('walks every example and the fixtures without syntax mistakes that have members', () => {
        expect(clean.length).toBeGreaterThanOrEqual(14);
    });

    it.each(clean)('%s: each re-parsed member gives the tree of a whole parse', (_, original) => {
        const next = random(original.length).next;
        const pick = (n: number) => Math.floor(next() * n);
        let text = original;
        let current = parser.parse(text);
        let reparsed = 0;
        let declined = 0;
        for (let i = 0; i < 60; i++) {
            const at = pick(text.length);
            const kind = pick(3);
            const edited = kind === 0
                ? text.slice(0, at) + text.slice(at + 1 + pick(3))
                : kind === 1
                  ? text.slice(0, at) + INSERTED[pick(INSERTED.length)]! + text.slice(at)
                  : text.replace(/\d/g, (digit, offset: number) => (offset >= at && offset < at + 40 ? String((Number(digit) + 1) % 10) : digit));
            const partial = respaceBlanks(current, text, edited) ?? reparseMember(parser, current, text, edited);
            const fresh = parser.parse(edited);
            if (partial) {
                reparsed++;
                expect(treeShape(partial), `edit ${i + 1} at ${at}`).toEqual(treeShape(fresh));
                expect(linksOf(partial)).toEqual([]);
            } else declined++;
            // The walk goes on from clean texts only (a mistake anywhere turns the re-parse off), and from the
            // re-parsed tree when there is one: re-parses of re-parses.
            if (fresh.lexerErrors.length === 0 && fresh.parserErrors.length === 0) {
                text = edited;
                current = partial ?? fresh;
            }
        }
        // Both paths were taken: the comparisons above compared re-parsed trees.
        expect(reparsed).toBeGreaterThan(3);
        expect(declined).toBeGreaterThan(0);
    });
});
