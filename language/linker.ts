import { DefaultLinker, type AstNodeDescription, type LangiumCoreServices, type LinkingError, type ReferenceInfo, type Scope } from 'langium';
import { NameIndex, type MessageKey } from '../runtime/index.js';
import type { MessageLocale } from './message-locale.js';
import type { PactoServices } from './pacto-module.js';

/** What a reference designates, by the type it refers to, in the reader's words. */
const KIND_WORDS: Record<string, { kind: MessageKey; none: MessageKey }> = {
    Calendar: { kind: 'refKindCalendar', none: 'linkNoneCalendar' },
    Category: { kind: 'refKindCategory', none: 'linkNoneCategory' },
    Channel: { kind: 'refKindChannel', none: 'linkNoneChannel' },
    Objective: { kind: 'refKindObjective', none: 'linkNoneObjective' },
    OnCall: { kind: 'refKindOnCall', none: 'linkNoneOnCall' },
    Scenario: { kind: 'refKindScenario', none: 'linkNoneScenario' },
};

/** A linking error that knows the name it suggests: the "Change to 'X'" quick fix reads it, whatever the language. */
export interface PactoLinkingError extends LinkingError {
    suggestion?: string;
}

/** Linking errors in the contract's words, with the closest declared name as a suggestion. */
export class PactoLinker extends DefaultLinker {
    /** Candidate names per scope: a file with many dangling references asks the same scope many times. */
    private readonly indexes = new WeakMap<Scope, NameIndex>();
    private readonly messageLocale: MessageLocale;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.messageLocale = (services as PactoServices).i18n.MessageLocale;
    }

    private candidates(refInfo: ReferenceInfo, isCalendar: boolean): NameIndex {
        const scope = this.scopeProvider.getScope(refInfo);
        let index = this.indexes.get(scope);
        if (!index) {
            const names = scope.getAllElements().map((d) => d.name).toArray();
            // `always` is a keyword, not a declaration, yet it is the calendar a typo most often aims at.
            if (isCalendar) names.push('always');
            index = new NameIndex(names);
            this.indexes.set(scope, index);
        }
        return index;
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): PactoLinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const { t } = this.messageLocale.text();
        const referenceType = this.reflection.getReferenceType(refInfo);
        const words = KIND_WORDS[referenceType];
        const kind = words ? t(words.kind) : referenceType;
        const isCalendar = referenceType === 'Calendar';
        const name = refInfo.reference.$refText;
        const index = this.candidates(refInfo, isCalendar);
        const candidates = index.names;
        const suggestion = index.closest(name);
        if (suggestion) return { ...error, message: t('linkUnknownDidYouMean', { kind, name, suggestion }), suggestion };
        const count = candidates.length - (isCalendar ? 1 : 0);
        let message: string;
        if (count === 0 && words) message = t(words.none, { name });
        else if (count > 0 && count <= 8) message = t('linkUnknownKnown', { kind, name, names: candidates.filter((c) => !isCalendar || c !== 'always').join(', ') });
        else message = t('linkUnknown', { kind, name });
        return { ...error, message };
    }
}
