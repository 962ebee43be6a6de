import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * Symbol and completion kinds of Pacto's declarations and sections (editors pick icons from them).
 * Langium takes the NodeKindProvider from the shared services; Pacto's document symbol and completion
 * providers use this one directly.
 */
export class PactoNodeKindProvider implements NodeKindProvider {
    protected typeOf(node: AstNode | AstNodeDescription): string {
        return '$type' in node ? node.$type : node.type;
    }

    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        switch (this.typeOf(node)) {
            case ast.Contract.$type: return SymbolKind.Module;
            case ast.Service.$type: return SymbolKind.Package;
            case ast.Calendar.$type: return SymbolKind.Struct;
            case ast.Channel.$type: return SymbolKind.Interface;
            case ast.Category.$type: return SymbolKind.Class;
            case ast.Target.$type: return SymbolKind.Field;
            case ast.Objective.$type: return SymbolKind.Constant;
            case ast.Scenario.$type: return SymbolKind.Function;
            case ast.Team.$type: return SymbolKind.Object;
            case ast.ChannelTargets.$type: return SymbolKind.Interface;
            case ast.OnCall.$type: return SymbolKind.Event;
            case ast.OnCallPerson.$type: return SymbolKind.Variable;
            case ast.DefinedTerm.$type: return SymbolKind.Key;
            case ast.PeriodicReview.$type:
            case ast.Report.$type:
            case ast.Meeting.$type:
            case ast.BreachNotify.$type:
            case ast.BreachAct.$type:
            case ast.BreachReview.$type:
                return SymbolKind.Event;
            case ast.Escalation.$type:
            case ast.CustomerObligations.$type:
            case ast.ProviderObligations.$type:
            case ast.BreachProcedure.$type:
            case ast.Penalties.$type:
            case ast.Termination.$type:
            case ast.Reporting.$type:
            case ast.Clause.$type:
            case ast.Definitions.$type:
                return SymbolKind.Namespace;
            default: return SymbolKind.Field;
        }
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        switch (this.typeOf(node)) {
            case ast.Contract.$type: return CompletionItemKind.Module;
            case ast.Calendar.$type: return CompletionItemKind.Struct;
            case ast.Channel.$type: return CompletionItemKind.Interface;
            case ast.Category.$type: return CompletionItemKind.Class;
            case ast.Objective.$type: return CompletionItemKind.Constant;
            case ast.Scenario.$type: return CompletionItemKind.Function;
            case ast.Team.$type: return CompletionItemKind.Variable;
            case ast.OnCall.$type: return CompletionItemKind.Event;
            default: return CompletionItemKind.Reference;
        }
    }
}
