import { Cancellation, DefaultScopeComputation, MultiMap, interruptAndCheck, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { collectDescendants } from './ast-walk.js';
import { YIELD_EVERY } from './linker.js';

/**
 * Langium's local symbols (every named node, under its container) without a stream and an awaited
 * cancellation check per node: the same descriptions in the same order (streamAllContents' order: depth first,
 * each node before its children, properties in order), cancellation honoured between nodes. Collecting the
 * symbols of 10,000 lines took as long as linking them (issue 14).
 */
export class PactoScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const nodes: AstNode[] = [];
        collectDescendants(document.parseResult.value, nodes);
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (let i = 0; i < nodes.length; i++) {
            if (i % YIELD_EVERY === 0 || cancelToken.isCancellationRequested) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[i]!, document, symbols);
        }
        return symbols;
    }
}
