import type { Disposable, LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { DEFAULT_LOCALE, formatNumber, t, tn, type MessageArgs, type PluralKey, type SupportedLocale, type Translate } from '../runtime/index.js';

/** The catalogue (runtime/i18n) bound to one locale, for code that writes many messages. */
export interface LocaleText {
    readonly locale: SupportedLocale;
    readonly t: Translate;
    readonly tn: (key: PluralKey, count: number, args?: MessageArgs) => string;
    /** A number the contract wrote, as the reader writes numbers: every decimal kept, no thousands separator. */
    readonly num: (value: number) => string;
}

const texts = new Map<SupportedLocale, LocaleText>();

/** The LocaleText of `locale` (one object per locale, shared). */
export function localeText(locale: SupportedLocale): LocaleText {
    let text = texts.get(locale);
    if (!text) {
        text = {
            locale,
            t: (key, args) => t(locale, key, args),
            tn: (key, count, args) => tn(locale, key, count, args),
            num: (value) => (Number.isFinite(value) ? formatNumber(value, locale, { grouping: false, maximumFractionDigits: 20 }) : String(value)),
        };
        texts.set(locale, text);
    }
    return text;
}

const regionNames = new Map<SupportedLocale, Intl.DisplayNames>();

/**
 * A country's name in the reader's language (Intl's region names: "Brasil", "Colombia"); `fallback` (the
 * holiday data's English name) in English, or when Intl does not know the code.
 */
export function countryName(code: string, locale: SupportedLocale, fallback: string): string {
    if (locale === DEFAULT_LOCALE) return fallback;
    let names = regionNames.get(locale);
    if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })));
    try {
        return names.of(code.toUpperCase()) ?? fallback;
    } catch {
        return fallback;
    }
}

/** The message locale of the language `document` is in (English when its services have none). */
export function readerLocale(shared: LangiumSharedCoreServices, document: LangiumDocument): SupportedLocale {
    const services = shared.ServiceRegistry.getServices(document.uri) as { i18n?: { MessageLocale?: MessageLocale } };
    return services.i18n?.MessageLocale?.get() ?? DEFAULT_LOCALE;
}

/**
 * The language people read Pacto's messages in: diagnostics, hovers, inlay hints, code lenses, completion
 * details and quick-fix titles. One per set of services (`services.i18n.MessageLocale`): the language server
 * sets it from the client's display language and the `pacto.language` setting, `pacto check` from the CLI's
 * language. Diagnostic codes never depend on it. English until someone says otherwise.
 */
export class MessageLocale {
    private locale: SupportedLocale = DEFAULT_LOCALE;
    private readonly listeners = new Set<(locale: SupportedLocale) => void>();
    private known: Promise<void> = Promise.resolve();

    /** The current locale. */
    get(): SupportedLocale {
        return this.locale;
    }

    /** The same, as a property. */
    get current(): SupportedLocale {
        return this.locale;
    }

    /** The catalogue in the current locale. */
    text(): LocaleText {
        return localeText(this.locale);
    }

    /** Chooses the locale; listeners hear of it only when it actually changes. */
    set(locale: SupportedLocale): void {
        if (locale === this.locale) return;
        this.locale = locale;
        for (const listener of [...this.listeners]) listener(locale);
    }

    /**
     * Until `known` settles, whenKnown() waits for it: the language server's first build waits for the
     * client's settings this way (language/lsp/client-language.ts). Known at once otherwise.
     */
    expect(known: Promise<unknown>): void {
        this.known = known.then(() => undefined, () => undefined);
    }

    /** Resolves once the locale is known. */
    whenKnown(): Promise<void> {
        return this.known;
    }

    /** Calls `listener` with the new locale after each change; dispose the result to stop. */
    onDidChange(listener: (locale: SupportedLocale) => void): Disposable {
        this.listeners.add(listener);
        return { dispose: () => this.listeners.delete(listener) };
    }
}
