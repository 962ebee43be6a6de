import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { PactoServices } from '../pacto-module.js';
import { PactoCodeActionProvider } from './code-actions.js';
import { PactoCodeLensProvider } from './code-lens-provider.js';
import { PactoCompletionProvider } from './completion-provider.js';
import { PactoDocumentSymbolProvider } from './document-symbol-provider.js';
import { PactoFormatter } from './formatter.js';
import { PactoHoverProvider } from './hover-provider.js';
import { PactoInlayHintProvider } from './inlay-hint-provider.js';

/**
 * Pacto's editor features: hover, completion (including values inside strings), formatting, outline,
 * inlay hints (setting `pacto.inlayHints.enabled`), the "Simulate" and "Preview deadlines…" code lenses
 * and quick fixes (code-actions.ts).
 * Rename, go to definition and find references are Langium's defaults over Pacto's scope provider.
 */
export const PactoLspModule: Module<PactoServices, PartialLangiumServices> = {
    lsp: {
        HoverProvider: (services) => new PactoHoverProvider(services),
        CompletionProvider: (services) => new PactoCompletionProvider(services),
        Formatter: () => new PactoFormatter(),
        DocumentSymbolProvider: (services) => new PactoDocumentSymbolProvider(services),
        InlayHintProvider: (services) => new PactoInlayHintProvider(services),
        CodeLensProvider: (services) => new PactoCodeLensProvider(services.i18n.MessageLocale),
        CodeActionProvider: (services) => new PactoCodeActionProvider(services.i18n.MessageLocale),
    },
};
