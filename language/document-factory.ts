import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { Cancellation } from 'langium';
import { reparseMember, respaceBlanks } from './parser/member-reparse.js';

/**
 * Langium's document factory, with an edit of blanks between tokens moving positions without a parse, and an
 * edit inside one contract member re-parsing only that member (parser/member-reparse.ts); anything else is
 * parsed whole, as Langium does.
 */
export class PactoDocumentFactory extends DefaultLangiumDocumentFactory {
    /** Documents being updated, by URI: their parse result is still the one of the text before the edit. */
    private readonly updating = new Map<string, LangiumDocument>();

    override async update<T extends AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.updating.set(key, document);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.updating.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const document = this.updating.get(uri.toString());
        const old = document?.parseResult;
        const oldText = old?.value.$cstNode?.root.fullText;
        if (old && oldText !== undefined) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const partial = respaceBlanks(old, oldText, text) ?? reparseMember(parser, old, oldText, text);
            if (partial) return Promise.resolve(partial as unknown as ParseResult<T>);
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}
