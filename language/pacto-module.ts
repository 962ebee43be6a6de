import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { PactoGeneratedModule, PactoGeneratedSharedModule, PactoLanguageMetaData } from './generated/module.js';
import { PactoLinker } from './linker.js';
import { PactoIndexManager, PactoReferenceDescriptionProvider } from './reference-index.js';
import { PactoDocumentUpdateHandler, PactoServiceRegistry } from './workspace.js';
import { PactoDocumentFactory } from './document-factory.js';
import { PactoLexerErrorMessageProvider, PactoParserErrorMessageProvider } from './parser-messages.js';
import { createBoundedCompletionParser, createBoundedParser } from './parser/bounded-parser.js';
import { BUILT_GAST } from './parser/built-gast.js';
import { grammarWords } from './parser/reachable-rules.js';
import { createPactoLexer } from './parser/recorded-lexer.js';
import { PactoScopeComputation } from './scope-computation.js';
import { PactoScopeProvider } from './scope-provider.js';
import { PactoTokenBuilder } from './token-builder.js';
import { PactoValueConverter } from './value-converter.js';
import { PactoValidator, registerValidationChecks } from './validation/pacto-validator.js';
import { PactoFastDocumentValidator, PactoValidationRegistry } from './validation/document-validator.js';
import { PactoLspModule } from './lsp/lsp-module.js';
import { PactoNodeKindProvider } from './lsp/node-kind-provider.js';
import { MessageLocale } from './message-locale.js';
import { PactoConfigurationProvider, PactoWorkspaceManager } from './lsp/client-language.js';

/** Services Pacto adds to Langium's. */
export type PactoAddedServices = {
    validation: {
        PactoValidator: PactoValidator;
    };
    i18n: {
        /** The language of every message people read; English by default (see message-locale.ts). */
        MessageLocale: MessageLocale;
    };
};

export type PactoServices = LangiumServices & PactoAddedServices;

export const PactoModule: Module<PactoServices, PartialLangiumServices & PactoAddedServices> = {
    // 'production' skips Chevrotain's analysis of the grammar (left recursion, ambiguities) each time a lexer and
    // parser are built, a third of `pacto check`'s start (issue 14); test/language/grammar-analysis.test.ts runs
    // that analysis once in the tests instead.
    LanguageMetaData: () => ({ ...PactoLanguageMetaData, mode: 'production' }),
    parser: {
        LangiumParser: (services) => createBoundedParser(services),
        CompletionParser: (services) => createBoundedCompletionParser(services),
        TokenBuilder: () => new PactoTokenBuilder(),
        // The tokens and Chevrotain's analysis of them from the build's recording (issue 14), when the bundle has one.
        Lexer: (services) => createPactoLexer(services, BUILT_GAST?.lexer),
        ValueConverter: () => new PactoValueConverter(),
        ParserErrorMessageProvider: (services) => new PactoParserErrorMessageProvider(grammarWords(services.Grammar), services.i18n.MessageLocale),
        LexerErrorMessageProvider: (services) => new PactoLexerErrorMessageProvider(services.i18n.MessageLocale),
    },
    references: {
        ScopeComputation: (services) => new PactoScopeComputation(services),
        ScopeProvider: (services) => new PactoScopeProvider(services),
        Linker: (services) => new PactoLinker(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new PactoReferenceDescriptionProvider(services),
    },
    validation: {
        // Each syntax mistake once, without the echoes of error recovery: the editor and `pacto check` alike.
        DocumentValidator: (services) => new PactoFastDocumentValidator(services),
        ValidationRegistry: (services) => new PactoValidationRegistry(services),
        PactoValidator: () => new PactoValidator(),
    },
    i18n: {
        MessageLocale: () => new MessageLocale(),
    },
};

/**
 * Shared services Pacto replaces: symbol kinds (the outline and workspace symbol search agree), the
 * handling of documents that only live in the editor (untitled buffers), and the workspace's first build and
 * settings, which follow the client's language (lsp/client-language.ts).
 */
export const PactoSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: (services) => new PactoServiceRegistry(services),
    workspace: {
        // An edit inside one contract member re-parses only that member (parser/member-reparse.ts).
        LangiumDocumentFactory: (services) => new PactoDocumentFactory(services),
        // References are described when first asked for, not on every keystroke's build (reference-index.ts).
        IndexManager: (services) => new PactoIndexManager(services),
        // The first build waits for the client's `pacto.language`; pulled settings are asked for again on change.
        WorkspaceManager: (services) => new PactoWorkspaceManager(services),
        ConfigurationProvider: (services) => new PactoConfigurationProvider(services),
    },
    lsp: {
        NodeKindProvider: () => new PactoNodeKindProvider(),
        DocumentUpdateHandler: (services) => new PactoDocumentUpdateHandler(services),
    },
};

/**
 * The one place services are assembled: Langium defaults, the generated module, then Pacto's own.
 * `context` chooses the file system (NodeFileSystem for the CLI and server, EmptyFileSystem in tests).
 */
export function createPactoServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Pacto: PactoServices;
} {
    const shared = inject(createDefaultSharedModule(context), PactoGeneratedSharedModule, PactoSharedModule);
    const Pacto = inject(createDefaultModule({ shared }), PactoGeneratedModule, PactoModule, PactoLspModule);
    shared.ServiceRegistry.register(Pacto);
    registerValidationChecks(Pacto);
    if (!context.connection) {
        // Without a language client nothing triggers configuration; documents must still be validated.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Pacto };
}
