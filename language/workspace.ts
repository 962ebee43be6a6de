import { existsSync } from 'node:fs';
import { DefaultServiceRegistry, URI, type LangiumCoreServices } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import { FileChangeType, type DidChangeWatchedFilesParams, type TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'langium';

/**
 * This server hosts one language. A document whose language cannot be told from its URI (an untitled
 * buffer, once the client has closed it and forgotten its language id) still belongs to Pacto: without
 * this fallback Langium throws "no services for the extension ''" and the server dies.
 */
export class PactoServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            const only = [...this.languageIdMap.values()];
            if (only.length === 1) return only[0]!;
            throw error;
        }
    }

    /**
     * Without the fallback: Langium asks this to decide which workspace files to load, and the fallback
     * would make every file (README.md, an exported contract.html) a Pacto document.
     */
    override hasServices(uri: URI): boolean {
        try {
            super.getServices(uri);
            return true;
        } catch {
            return false;
        }
    }
}

/**
 * A closed document that does not exist on disk (an untitled buffer, a diff view) is gone for good:
 * remove it from the workspace, so its symbols and diagnostics do not outlive it.
 */
export class PactoDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    /**
     * Langium watches every file (`**\/*`, for folder deletions) and would load any changed file; with the
     * one-language fallback above, an exported `contract.html` or `.json` next to a contract would be parsed
     * as Pacto (and flood the Problems panel). Only changes to `.pacto` files are loaded; deletions pass.
     */
    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const extensions = this.serviceRegistry.all.flatMap((services) => services.LanguageMetaData.fileExtensions);
        const changes = params.changes.filter((change) => change.type === FileChangeType.Deleted || extensions.some((ext) => URI.parse(change.uri).path.endsWith(ext)));
        if (changes.length > 0) super.didChangeWatchedFiles({ ...params, changes });
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // A file deleted while it was open (an edit after the deletion brought it back) is gone for good too.
        if (uri.scheme !== 'file' || !existsSync(uri.fsPath)) this.fireDocumentUpdate([], [uri]);
    }
}
