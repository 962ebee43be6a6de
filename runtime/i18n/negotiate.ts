/**
 * Which supported locale a reader's language tag or environment asks for. VS Code sends `pt-br`, `es`,
 * `en-us`; POSIX environments say `pt_BR.UTF-8`, `es_ES.UTF-8@euro`, `C`. Any Spanish is `es`; any Portuguese
 * is `pt-BR` (the closest we write); anything else is English.
 */
import { DEFAULT_LOCALE, type SupportedLocale } from '../time/locales.js';

/** The supported locale of a BCP 47 or POSIX tag, or undefined when the tag names no language we write. */
export function localeFromTag(tag: string | null | undefined): SupportedLocale | undefined {
    if (tag === null || tag === undefined) return undefined;
    const language = tag.trim().split(/[-_.@]/)[0]?.toLowerCase() ?? '';
    switch (language) {
        case 'en': return 'en';
        case 'es': return 'es';
        case 'pt': return 'pt-BR';
        default: return undefined;
    }
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The locale of a POSIX environment, read as gettext does: LC_ALL, then LC_MESSAGES, then LANG; the first one
 * set decides (so `LC_ALL=C` means English even when LANG is Spanish). Defaults to English.
 */
export function localeFromEnvironment(env: Environment): SupportedLocale {
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
        const value = env[name];
        if (value !== undefined && value !== '') return localeFromTag(value) ?? DEFAULT_LOCALE;
    }
    return DEFAULT_LOCALE;
}

/**
 * A user's explicit choice (`--lang`, the `pacto.language` setting): `auto` or nothing defers to the
 * fallback (the environment, the editor's display language); anything else must name a supported locale.
 */
export function chosenLocale(choice: string | null | undefined, fallback: SupportedLocale): SupportedLocale | undefined {
    if (choice === null || choice === undefined || choice === '' || choice.toLowerCase() === 'auto') return fallback;
    return localeFromTag(choice);
}
