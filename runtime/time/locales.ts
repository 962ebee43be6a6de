/**
 * The locales Pacto writes in. Documents, the CLI's help and the language's locale check all read this one
 * list, so a new locale is added here and in the document labels, and nowhere else.
 */
export const SUPPORTED_LOCALES = ['en', 'es', 'pt-BR'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Editor explanations and the CLI are written in it; a contract in an unsupported locale falls back to it. */
export const DEFAULT_LOCALE: SupportedLocale = 'en';

export function isSupportedLocale(locale: string): locale is SupportedLocale {
    return (SUPPORTED_LOCALES as readonly string[]).includes(locale);
}

/** The locale a text is written in for a contract's `locale` (English when it is not supported). */
export function supportedLocale(locale: string | null | undefined): SupportedLocale {
    return locale !== null && locale !== undefined && isSupportedLocale(locale) ? locale : DEFAULT_LOCALE;
}
