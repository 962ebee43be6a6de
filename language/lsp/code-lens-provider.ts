import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { PreviewDeadlinesCommand, SimulateCommand, type PreviewDeadlinesCommandArgs, type SimulateCommandArgs } from '../protocol.js';
import { MessageLocale } from '../message-locale.js';
import { REQUEST_ENGINE_MS } from '../requests/handler.js';
import { FeatureBudget } from './inlay-hint-provider.js';

/**
 * "Preview deadlines…" above each category, "Simulate…" above each scenario, in document order, in the
 * reader's language. Within a request's budget (REQUEST_ENGINE_MS, as inlay hints): past it, the lenses of
 * the members walked so far are the answer.
 */
export class PactoCodeLensProvider implements CodeLensProvider {
    constructor(
        private readonly messageLocale: MessageLocale = new MessageLocale(),
        private readonly now: () => number = () => performance.now(),
    ) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const { t } = this.messageLocale.text();
        const lenses: CodeLens[] = [];
        const model = document.parseResult.value as ast.Model;
        const budget = new FeatureBudget(REQUEST_ENGINE_MS, this.now);
        for (const contract of model.contracts ?? []) {
            if (!contract.name) continue;
            for (const member of contract.members ?? []) {
                if (budget.spent()) return lenses;
                if (!ast.isCategory(member) && !ast.isScenario(member)) continue;
                if (!member.$cstNode || !member.name) continue;
                // The commands' argument lists (language/protocol.ts); the client skips its pickers with them.
                const args: PreviewDeadlinesCommandArgs & SimulateCommandArgs = [document.uri.toString(), contract.name, member.name];
                const lens = ast.isCategory(member)
                    ? { title: t('lensPreviewDeadlines'), command: PreviewDeadlinesCommand }
                    : { title: t('lensSimulate'), command: SimulateCommand };
                const name = GrammarUtils.findNodeForProperty(member.$cstNode, 'name') ?? member.$cstNode;
                lenses.push({ range: name.range, command: { ...lens, arguments: args } });
            }
        }
        return lenses;
    }
}
