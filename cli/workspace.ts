import { TextDocument, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Model } from '../language/generated/ast.js';
import { PactoLanguageMetaData } from '../language/generated/module.js';
import { createPactoServices } from '../language/pacto-module.js';
import type { SourceFile } from './files.js';
import { cliLocale } from './i18n.js';
import type { SupportedLocale } from '../runtime/index.js';

export interface CheckedSource {
    source: SourceFile;
    document: LangiumDocument<Model>;
}

/**
 * Parses, links and validates the sources together, in one workspace, as the language server would see them
 * open side by side: a reference may resolve into another file given on the same command line. The
 * diagnostics are written in `locale`; their codes never change with it.
 */
export async function buildSources(sources: readonly SourceFile[], locale: SupportedLocale = cliLocale()): Promise<CheckedSource[]> {
    const { shared, Pacto } = createPactoServices(NodeFileSystem);
    Pacto.i18n.MessageLocale.set(locale);
    const documents = sources.map((source) => {
        const uri = URI.file(source.absolutePath);
        // The service registry picks a language by file extension, or by the language id of an open text
        // document: registering each source as an open Pacto document lets `pacto check notes.txt` work.
        shared.workspace.TextDocuments?.set(TextDocument.create(uri.toString(), PactoLanguageMetaData.languageId, 0, source.text));
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(source.text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        return { source, document };
    });
    await shared.workspace.DocumentBuilder.build(documents.map((d) => d.document), { validation: true });
    return documents;
}
