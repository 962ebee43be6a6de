import {
    Cancellation, DefaultIndexManager, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type AstNode, type LangiumDocument, type ReferenceDescription, type ReferenceInfo, type Stream, type URI,
} from 'langium';
import { YIELD_EVERY, collectReferences } from './linker.js';

/**
 * The index of references (find references, rename): Langium's, without a stream and a microtask per node.
 * The same descriptions in the same order; cancellation honoured between nodes.
 */
export class PactoReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const references: ReferenceInfo[] = [];
        const ends: number[] = [];
        collectReferences(document.parseResult.value, references, ends);
        const descriptions: ReferenceDescription[] = [];
        let next = 0;
        for (let node = 0; node < ends.length; node++) {
            if (node % YIELD_EVERY === 0 || cancelToken.isCancellationRequested) await interruptAndCheck(cancelToken);
            for (const end = ends[node]!; next < end; next++) this.describe(references[next]!, descriptions);
        }
        return descriptions;
    }

    /** The same descriptions at once, for a document that is linked (its links do not change until it is reset). */
    descriptionsOf(document: LangiumDocument): ReferenceDescription[] {
        const references: ReferenceInfo[] = [];
        collectReferences(document.parseResult.value, references, []);
        const descriptions: ReferenceDescription[] = [];
        for (const info of references) this.describe(info, descriptions);
        return descriptions;
    }

    private describe(info: ReferenceInfo, into: ReferenceDescription[]): void {
        if (!info.reference.error) into.push(...this.createInfoDescriptions(info));
    }
}

/**
 * Langium's index, with each document's references described when first asked for (find references, rename,
 * or whether an edit elsewhere affects it) instead of on every build: a keystroke rebuilds the document, and
 * nobody asks before the next one (a tenth of a build at 20,000 lines, and 7,500 descriptions kept alive).
 * A document is described from its links as they were at the build: resetting it (an edit, a relink) drops
 * the pending description with the index entry, as Langium drops the entry.
 */
export class PactoIndexManager extends DefaultIndexManager {
    private readonly pending = new Map<string, LangiumDocument>();

    override async updateReferences(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        if (!(provider instanceof PactoReferenceDescriptionProvider)) return super.updateReferences(document, cancelToken);
        await interruptAndCheck(cancelToken);
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.pending.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        this.pending.delete(uri.toString());
        super.removeReferences(uri);
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        for (const uri of [...this.pending.keys()]) this.describe(uri);
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        this.describe(document.uri.toString());
        return super.isAffected(document, changedUris);
    }

    private describe(uri: string): void {
        const document = this.pending.get(uri);
        if (!document) return;
        this.pending.delete(uri);
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider as PactoReferenceDescriptionProvider;
        this.referenceIndex.set(uri, provider.descriptionsOf(document));
    }
}
