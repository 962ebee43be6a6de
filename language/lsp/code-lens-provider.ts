import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Command the VS Code client implements: arguments [documentUri, contractName, categoryName]. */
export const PREVIEW_DEADLINES_COMMAND = 'pacto.previewDeadlines';
export const PREVIEW_DEADLINES_TITLE = 'Preview deadlines…';

/** A "Preview deadlines…" lens above each category. */
export class PactoCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const lenses: CodeLens[] = [];
        for (const category of AstUtils.streamAllContents(document.parseResult.value).filter(ast.isCategory)) {
            const contract = category.$container;
            if (!category.$cstNode || !category.name || !contract.name) continue;
            const name = GrammarUtils.findNodeForProperty(category.$cstNode, 'name') ?? category.$cstNode;
            lenses.push({
                range: name.range,
                command: {
                    title: PREVIEW_DEADLINES_TITLE,
                    command: PREVIEW_DEADLINES_COMMAND,
                    arguments: [document.uri.toString(), contract.name, category.name],
                },
            });
        }
        return lenses;
    }
}
