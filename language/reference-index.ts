import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription, type ReferenceInfo } from 'langium';
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
            for (const end = ends[node]!; next < end; next++) {
                const info = references[next]!;
                if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
            }
        }
        return descriptions;
    }
}
