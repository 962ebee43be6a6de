import type { AstNode } from 'langium';

/** An AST node, as Langium's isAstNode tells one (the tree walks of the build test every property with it). */
export function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/** The nodes below `node` (not itself), as Langium's streamAllContents yields them: depth first, each node before its children, properties in order. */
export function collectDescendants(node: AstNode, into: AstNode[]): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property in record) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (Array.isArray(value)) {
            for (const element of value) {
                if (isNode(element)) {
                    into.push(element);
                    collectDescendants(element, into);
                }
            }
        } else if (isNode(value)) {
            into.push(value);
            collectDescendants(value, into);
        }
    }
}
