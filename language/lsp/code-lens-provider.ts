import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Command the VS Code client implements: arguments [documentUri, contractName, categoryName]. */
export const PREVIEW_DEADLINES_COMMAND = 'pacto.previewDeadlines';
export const PREVIEW_DEADLINES_TITLE = 'Preview deadlines…';
/** Command the VS Code client implements: arguments [documentUri, contractName, scenarioName]. */
export const SIMULATE_COMMAND = 'pacto.simulate';
export const SIMULATE_TITLE = 'Simulate…';

/** "Preview deadlines…" above each category, "Simulate…" above each scenario, in document order. */
export class PactoCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const lenses: CodeLens[] = [];
        const model = document.parseResult.value as ast.Model;
        for (const contract of model.contracts ?? []) {
            if (!contract.name) continue;
            for (const member of contract.members ?? []) {
                if (!ast.isCategory(member) && !ast.isScenario(member)) continue;
                const lens = ast.isCategory(member)
                    ? { title: PREVIEW_DEADLINES_TITLE, command: PREVIEW_DEADLINES_COMMAND }
                    : { title: SIMULATE_TITLE, command: SIMULATE_COMMAND };
                if (!member.$cstNode || !member.name) continue;
                const name = GrammarUtils.findNodeForProperty(member.$cstNode, 'name') ?? member.$cstNode;
                lenses.push({ range: name.range, command: { ...lens, arguments: [document.uri.toString(), contract.name, member.name] } });
            }
        }
        return lenses;
    }
}
