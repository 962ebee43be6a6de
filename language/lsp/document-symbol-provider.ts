import { CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider, type LangiumServices, type NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { durationTextOf } from './plain-words.js';
import { PactoNodeKindProvider } from './node-kind-provider.js';

interface Section {
    name: string;
    detail?: string;
    /** What the editor selects when the symbol is picked: the section's opening words. */
    selection: CstNode;
}

/**
 * The outline: contracts, and inside them calendars, channels, categories (with their targets),
 * objectives, scenarios (with their teams), plus the unnamed sections: service, escalation, customer
 * obligations, on breach, penalties, termination, reporting. Named symbols show their display title as detail.
 */
export class PactoDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override readonly nodeKindProvider: NodeKindProvider;

    constructor(services: LangiumServices) {
        super(services);
        this.nodeKindProvider = new PactoNodeKindProvider();
    }

    protected override getSymbol(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] {
        const section = astNode.$cstNode ? this.section(astNode, astNode.$cstNode) : undefined;
        if (section && astNode.$cstNode) {
            const symbol: DocumentSymbol = {
                kind: this.nodeKindProvider.getSymbolKind(astNode),
                name: section.name,
                range: astNode.$cstNode.range,
                selectionRange: section.selection.range,
                children: this.getChildSymbols(document, astNode),
            };
            if (section.detail !== undefined) symbol.detail = section.detail;
            return [symbol];
        }
        return super.getSymbol(document, astNode);
    }

    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = (astNode as { title?: unknown }).title;
        if (typeof title === 'string') symbol.detail = title;
        return symbol;
    }

    /** Opening words of a section, from its first token to the last one before `{` (at most `upTo` tokens). */
    protected openingWords(cst: CstNode): { text: string; node: CstNode } {
        const leaves = CstUtils.flattenCst(cst).filter((l) => !l.hidden).toArray();
        const brace = leaves.findIndex((l) => l.text === '{');
        const words = (brace < 0 ? leaves : leaves.slice(0, brace));
        return { text: words.map((l) => l.text).join(' ').replace(/ , /g, ', '), node: leaves[0] ?? cst };
    }

    protected section(node: AstNode, cst: CstNode): Section | undefined {
        if (ast.isTarget(node)) {
            return { name: node.kind ?? 'target', detail: durationTextOf(node.duration), selection: cst };
        }
        if (
            ast.isService(node) || ast.isEscalation(node) || ast.isCustomerObligations(node) || ast.isBreachProcedure(node)
            || ast.isPenalties(node) || ast.isTermination(node) || ast.isReporting(node)
        ) {
            const words = this.openingWords(cst);
            return { name: words.text, selection: words.node };
        }
        return undefined;
    }
}
