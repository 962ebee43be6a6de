import type { Disposable } from 'langium';
import { DEFAULT_LOCALE, type SupportedLocale } from '../runtime/index.js';

/**
 * The language people read Pacto's messages in: diagnostics, hovers, inlay hints, code lenses, completion
 * details and quick-fix titles. One per set of services (`services.i18n.MessageLocale`): the language server
 * sets it from the client's display language and the `pacto.language` setting, `pacto check` from the CLI's
 * language. Diagnostic codes never depend on it. English until someone says otherwise.
 */
export class MessageLocale {
    private locale: SupportedLocale = DEFAULT_LOCALE;
    private readonly listeners = new Set<(locale: SupportedLocale) => void>();

    /** The current locale. */
    get(): SupportedLocale {
        return this.locale;
    }

    /** The same, as a property. */
    get current(): SupportedLocale {
        return this.locale;
    }

    /** Chooses the locale; listeners hear of it only when it actually changes. */
    set(locale: SupportedLocale): void {
        if (locale === this.locale) return;
        this.locale = locale;
        for (const listener of [...this.listeners]) listener(locale);
    }

    /** Calls `listener` with the new locale after each change; dispose the result to stop. */
    onDidChange(listener: (locale: SupportedLocale) => void): Disposable {
        this.listeners.add(listener);
        return { dispose: () => this.listeners.delete(listener) };
    }
}
