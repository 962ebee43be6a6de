import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { closest } from '../runtime/util/similar.js';

const KIND_WORDS: Record<string, string> = {
    Calendar: 'calendar',
    Category: 'category',
    Objective: 'objective',
    Scenario: 'scenario',
};

/** Linking errors in the contract's words, with the closest declared name as a suggestion. */
export class PactoLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const referenceType = this.reflection.getReferenceType(refInfo);
        const kind = KIND_WORDS[referenceType] ?? referenceType;
        const name = refInfo.reference.$refText;
        const candidates = this.scopeProvider.getScope(refInfo).getAllElements().map((d) => d.name).toArray();
        // `always` is a keyword, not a declaration, yet it is the calendar a typo most often aims at.
        const suggestion = closest(name, kind === 'calendar' ? [...candidates, 'always'] : candidates);
        let message = `Unknown ${kind} '${name}'.`;
        if (suggestion) message += ` Did you mean '${suggestion}'?`;
        else if (candidates.length > 0 && candidates.length <= 8) message += ` Known: ${candidates.join(', ')}.`;
        else if (candidates.length === 0) message += ` No ${kind} is declared in this contract.`;
        return { ...error, message };
    }
}
