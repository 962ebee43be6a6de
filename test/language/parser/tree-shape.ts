/**
 * A parse result as plain data, for comparing two parses node for node and CST node for CST node: what each
 * AST node holds (references by their text), where it stands in its container, and every CST node's
 * positions, grammar element and AST node. Shared by the tests of the parser's own construction and of the
 * member re-parse.
 */
import { isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type CstNode, type ParseResult } from 'langium';

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

export function treeShape(result: ParseResult): unknown {
    return {
        ast: ast(result.value),
        cst: result.value.$cstNode ? cst(result.value.$cstNode) : undefined,
        lexerErrors: result.lexerErrors,
        parserErrors: result.parserErrors.map((e) => [e.message, e.token.startOffset]),
    };
}
