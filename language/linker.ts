import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo, type Scope } from 'langium';
import { NameIndex } from '../runtime/index.js';

const KIND_WORDS: Record<string, string> = {
    Calendar: 'calendar',
    Category: 'category',
    Objective: 'objective',
    Scenario: 'scenario',
};

/** Linking errors in the contract's words, with the closest declared name as a suggestion. */
export class PactoLinker extends DefaultLinker {
    /** Candidate names per scope: a file with many dangling references asks the same scope many times. */
    private readonly indexes = new WeakMap<Scope, NameIndex>();

    private candidates(refInfo: ReferenceInfo, kind: string): NameIndex {
        const scope = this.scopeProvider.getScope(refInfo);
        let index = this.indexes.get(scope);
        if (!index) {
            const names = scope.getAllElements().map((d) => d.name).toArray();
            // `always` is a keyword, not a declaration, yet it is the calendar a typo most often aims at.
            if (kind === 'calendar') names.push('always');
            index = new NameIndex(names);
            this.indexes.set(scope, index);
        }
        return index;
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const referenceType = this.reflection.getReferenceType(refInfo);
        const kind = KIND_WORDS[referenceType] ?? referenceType;
        const name = refInfo.reference.$refText;
        const index = this.candidates(refInfo, kind);
        const candidates = index.names;
        const suggestion = index.closest(name);
        let message = `Unknown ${kind} '${name}'.`;
        if (suggestion) message += ` Did you mean '${suggestion}'?`;
        else {
            const count = candidates.length - (kind === 'calendar' ? 1 : 0);
            if (count === 0) message += ` No ${kind} is declared in this contract.`;
            else if (count <= 8) message += ` Known: ${candidates.filter((c) => kind !== 'calendar' || c !== 'always').join(', ')}.`;
        }
        return { ...error, message };
    }
}
