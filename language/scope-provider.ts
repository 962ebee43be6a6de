import { AstUtils, DefaultScopeProvider, MapScope, type AstNodeDescription, type AstNode, type ReferenceInfo, type Scope } from 'langium';

/**
 * Langium's default scope provider wraps each container's local symbols in a StreamScope, which scans
 * them linearly on every lookup: linking a large contract is then quadratic. This one indexes each
 * container's symbols by name once per (container, reference type) and reuses it for every reference.
 */
export class PactoScopeProvider extends DefaultScopeProvider {
    /** Per container node: its local symbol table (to notice a recomputation) and scopes by reference type. */
    private readonly cache = new WeakMap<AstNode, { symbols: unknown; byType: Map<string, { global: Scope; scope: Scope }> }>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        let node: AstNode | undefined = context.container;
        if (localSymbols) {
            while (node && !localSymbols.has(node)) node = node.$container;
        } else {
            node = undefined;
        }
        return node ? this.scopeOf(node, referenceType, context) : this.getGlobalScope(referenceType, context);
    }

    private scopeOf(node: AstNode, referenceType: string, context: ReferenceInfo): Scope {
        const symbols = AstUtils.getDocument(node).localSymbols!;
        let entry = this.cache.get(node);
        if (!entry || entry.symbols !== symbols) {
            entry = { symbols, byType: new Map() };
            this.cache.set(node, entry);
        }
        // The global scope is rebuilt when other documents change; a scope built on an old one is stale.
        const global = this.getGlobalScope(referenceType, context);
        const cached = entry.byType.get(referenceType);
        if (cached && cached.global === global) return cached.scope;
        let outerNode = node.$container;
        while (outerNode && !symbols.has(outerNode)) outerNode = outerNode.$container;
        const outer = outerNode ? this.scopeOf(outerNode, referenceType, context) : global;
        // MapScope keeps the last of equal names; the first declaration must win (later ones are duplicates).
        const own = symbols.getStream(node)
            .filter((desc: AstNodeDescription) => this.reflection.isSubtype(desc.type, referenceType))
            .toArray()
            .reverse();
        const scope = new MapScope(own, outer);
        entry.byType.set(referenceType, { global, scope });
        return scope;
    }
}
