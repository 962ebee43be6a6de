/**
 * The language the server speaks: the client's display language (the `locale` of `initialize`, e.g. VS Code's
 * `pt-br`), overridden by the setting `pacto.language` (`auto`, `en`, `es`, `pt-BR`; `auto` defers to the
 * client; anything else unknown means English). It sets services.i18n.MessageLocale, and when that changes
 * every document is parsed and validated again, so syntax errors and diagnostics switch language too (their
 * messages are written when they are found).
 */
import {
    DefaultConfigurationProvider,
    DefaultWorkspaceManager,
    type ConfigurationInitializedParams,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type WorkspaceFolder,
} from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { DidChangeConfigurationParams, InitializeParams } from 'vscode-languageserver';
import { DEFAULT_LOCALE, chosenLocale, localeFromTag, type SupportedLocale } from '../../runtime/index.js';
import type { MessageLocale } from '../message-locale.js';
import type { PactoServices } from '../pacto-module.js';

/** The name of the setting inside the language's section (`pacto.language`). */
export const LANGUAGE_SETTING = 'language';

/** How long the first build waits for the client's settings before it starts in the client's display language. */
const SETTINGS_WAIT_MS = 3000;

/** `pacto.language` as a client sends it: inside the section (`{ language: 'es' }`) or flattened. */
export function languageSetting(section: unknown): string | undefined {
    if (section && typeof section === 'object') {
        const value = (section as Record<string, unknown>)[LANGUAGE_SETTING];
        if (typeof value === 'string') return value;
    }
    return undefined;
}

/** The locale of the client's display language and the setting: the setting wins unless it is `auto`; English when unknown. */
export function messageLocaleOf(clientLocale: string | undefined, setting: string | undefined): SupportedLocale {
    return chosenLocale(setting, localeFromTag(clientLocale) ?? DEFAULT_LOCALE) ?? DEFAULT_LOCALE;
}

/**
 * Makes `pacto`'s services follow the client: call once, before the server starts listening
 * (language/server.ts). Returns the promise the first build waits for (the client's settings, or a timeout).
 */
export function followClientLanguage(shared: LangiumSharedServices, pacto: PactoServices): Promise<void> {
    const locale = pacto.i18n.MessageLocale;
    const languageId = pacto.LanguageMetaData.languageId;
    const configuration = shared.workspace.ConfigurationProvider;
    let clientLocale: string | undefined;
    let setting: string | undefined;
    const apply = () => locale.set(messageLocaleOf(clientLocale, setting));

    shared.lsp.LanguageServer.onInitialize((params: InitializeParams) => {
        clientLocale = params.locale;
        apply();
    });
    configuration.onConfigurationSectionUpdate(({ section, configuration: values }) => {
        if (section !== languageId) return;
        setting = languageSetting(values);
        apply();
    });
    locale.onDidChange(() => rebuildAll(shared));

    // The settings pulled at `initialized` (Langium stores them without an update event).
    const settled = configuration.ready
        .then(async () => {
            const value: unknown = await configuration.getConfiguration(languageId, LANGUAGE_SETTING);
            if (typeof value === 'string') setting = value;
            apply();
        })
        .catch(() => undefined);
    const bounded = Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, SETTINGS_WAIT_MS).unref?.())]);
    locale.expect(bounded);
    return bounded;
}

/** Every document parsed and validated again (their messages are written in the locale of the moment). */
function rebuildAll(shared: LangiumSharedServices): void {
    const workspace = shared.workspace;
    void workspace.WorkspaceManager.ready.then(() =>
        workspace.WorkspaceLock.write((token) => {
            const uris = workspace.LangiumDocuments.all.map((document: LangiumDocument) => document.uri).toArray();
            return workspace.DocumentBuilder.update(uris, [], token);
        }),
    ).catch((error: unknown) => console.error('Could not validate the documents again in the new language:', error));
}

/**
 * Langium's workspace manager, whose first build waits until the message locale is known (the client's
 * settings arrive just after `initialized`), so a workspace opens with its diagnostics in the right language.
 */
export class PactoWorkspaceManager extends DefaultWorkspaceManager {
    private readonly locales: () => MessageLocale[];

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.locales = () => services.ServiceRegistry.all.flatMap((language) => {
            const locale = (language as Partial<PactoServices>).i18n?.MessageLocale;
            return locale ? [locale] : [];
        });
    }

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(this.locales().map((locale) => locale.whenKnown()));
        return super.loadAdditionalDocuments(folders, collector);
    }
}

/**
 * Langium's configuration provider, which also follows clients that pull their settings: their
 * `workspace/didChangeConfiguration` carries no settings, so the changed sections are asked for again.
 */
export class PactoConfigurationProvider extends DefaultConfigurationProvider {
    private fetchConfiguration: ConfigurationInitializedParams['fetchConfiguration'];

    override initialized(params: ConfigurationInitializedParams): Promise<void> {
        this.fetchConfiguration = params.fetchConfiguration;
        return super.initialized(params);
    }

    override updateConfiguration(change: DidChangeConfigurationParams): void {
        if (typeof change.settings === 'object' && change.settings !== null) {
            super.updateConfiguration(change);
            return;
        }
        const fetch = this.fetchConfiguration;
        if (!fetch || !this.workspaceConfig) return;
        const sections = this.serviceRegistry.all.map((language) => this.toSectionName(language.LanguageMetaData.languageId));
        fetch(sections.map((section) => ({ section })))
            .then((values: unknown[]) => {
                const settings = Object.fromEntries(sections.map((section, i) => [section, values[i] ?? {}]));
                super.updateConfiguration({ settings });
            })
            .catch((error: unknown) => console.error('Could not read the settings again:', error));
    }
}
