import {
    Cancellation, DefaultLinker, interruptAndCheck, isMultiReference, isReference,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type LinkingError, type ReferenceInfo, type Scope,
} from 'langium';
import { NameIndex, type MessageKey } from '../runtime/index.js';
import { isNode } from './ast-walk.js';
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

    /**
     * Langium's link, without a stream per node and a microtask per node: the references in the same order
     * (depth first, each node's own before its children's), cancellation honoured between nodes.
     */
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const references: ReferenceInfo[] = [];
        const ends: number[] = [];
        collectReferences(document.parseResult.value, references, ends);
        let next = 0;
        for (let node = 0; node < ends.length; node++) {
            if (node % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            else if (cancelToken.isCancellationRequested) await interruptAndCheck(cancelToken);
            for (const end = ends[node]!; next < end; next++) this.doLink(references[next]!, document);
        }
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

/** Nodes between two chances to yield to the event loop (Langium yields at most every 10 ms anyway). */
export const YIELD_EVERY = 64;

/**
 * The references of `node` and below, as Langium's link visits them (streamAst's order, each node's
 * references in property order); `ends[i]` is where the i-th node's references end in `into`.
 */
export function collectReferences(node: AstNode, into: ReferenceInfo[], ends: number[]): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property in record) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) into.push({ reference: value, container: node, property });
        else if (Array.isArray(value)) {
            value.forEach((element: unknown, index) => {
                if (isReference(element) || isMultiReference(element)) into.push({ reference: element, container: node, property, index });
            });
        }
    }
    ends.push(into.length);
    for (const property in record) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (isNode(value)) collectReferences(value, into, ends);
        else if (Array.isArray(value)) {
            for (const element of value) if (isNode(element)) collectReferences(element, into, ends);
        }
    }
}
