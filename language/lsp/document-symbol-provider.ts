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
 * The outline: contracts, and inside them calendars, channels, categories (with their targets and their
 * `via CHANNEL` blocks), objectives, on-call rotations (with their people), scenarios (with their teams),
 * plus the unnamed sections: service, escalation, customer and provider obligations, on breach (with its
 * steps), penalties, termination, reporting (with its reports and meetings), periodic reviews, clauses
 * and definitions (with their terms). Named symbols show their display title as detail.
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
        // A person on call shows their contact; a defined term, nothing more (its text is long).
        if (ast.isOnCallPerson(astNode) && astNode.contact !== undefined) symbol.detail = astNode.contact;
        return symbol;
    }

    /**
     * Opening words of a section, from its first token to the last one before `{`, or before the first
     * token that `stop` accepts (`within` of a breach step, the text of a review).
     */
    protected openingWords(cst: CstNode, stop: (leaf: CstNode) => boolean = () => false): { text: string; node: CstNode } {
        const leaves = CstUtils.flattenCst(cst).filter((l) => !l.hidden).toArray();
        const end = leaves.findIndex((l) => l.text === '{' || stop(l));
        const words = (end < 0 ? leaves : leaves.slice(0, end));
        return { text: words.map((l) => l.text).join(' ').replace(/ , /g, ', '), node: leaves[0] ?? cst };
    }

    /** A section named by its opening words. */
    protected opening(cst: CstNode, detail?: string, stop?: (leaf: CstNode) => boolean): Section {
        const words = this.openingWords(cst, stop);
        return { name: words.text, selection: words.node, ...(detail !== undefined ? { detail } : {}) };
    }

    protected section(node: AstNode, cst: CstNode): Section | undefined {
        if (ast.isTarget(node)) {
            return { name: node.kind ?? 'target', detail: durationTextOf(node.duration), selection: cst };
        }
        if (
            ast.isService(node) || ast.isEscalation(node) || ast.isCustomerObligations(node) || ast.isProviderObligations(node)
            || ast.isBreachProcedure(node) || ast.isPenalties(node) || ast.isTermination(node) || ast.isReporting(node)
            || ast.isClause(node) || ast.isDefinitions(node) || ast.isChannelTargets(node)
        ) {
            return this.opening(cst);
        }
        const isText = (leaf: CstNode) => ast.isPeriodicReview(leaf.astNode) && leaf.text.startsWith('"');
        if (ast.isPeriodicReview(node)) return this.opening(cst, node.text, isText);
        // The breach procedure's steps: "notify customer of resolution" within "1 hour".
        if (ast.isBreachNotify(node) || ast.isBreachAct(node) || ast.isBreachReview(node)) {
            return this.opening(cst, durationTextOf(node.duration), (leaf) => leaf.text === 'within');
        }
        // Reporting: "monthly report to customer" with its objectives; "quarterly meeting with customer".
        if (ast.isReport(node)) {
            const objectives = (node.objectives ?? []).map((o) => o.$refText).join(', ');
            return this.opening(cst, objectives || undefined, (leaf) => leaf.text === 'with');
        }
        if (ast.isMeeting(node)) return this.opening(cst);
        return undefined;
    }
}
