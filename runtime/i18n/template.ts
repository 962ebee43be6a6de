/**
 * Message templates: `{name}` placeholders, filled with strings as given (a contract's numbers and names are
 * shown exactly as written) or numbers formatted in the reader's locale. A template never holds markup: the
 * surface that shows it escapes it.
 */
import type { SupportedLocale } from '../time/locales.js';

export type MessageArg = string | number;
export type MessageArgs = Readonly<Record<string, MessageArg>>;

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The placeholder names a template uses, sorted and unique: the catalogue test compares them across languages. */
export function placeholdersOf(template: string): string[] {
    return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

const numberFormats = new Map<SupportedLocale, Intl.NumberFormat>();

function formatArg(locale: SupportedLocale, value: MessageArg): string {
    if (typeof value === 'string') return value;
    let format = numberFormats.get(locale);
    if (format === undefined) {
        format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
        numberFormats.set(locale, format);
    }
    return format.format(value);
}

/** Fills a template; a missing argument stays visible as `{name}` rather than turning into "undefined". */
export function fill(locale: SupportedLocale, template: string, args: MessageArgs = {}): string {
    return template.replace(PLACEHOLDER, (whole, name: string) => {
        const value = args[name];
        return value === undefined ? whole : formatArg(locale, value);
    });
}

/** A language's version of a domain: every key of the English one, each a template. */
export type Messages<T> = { readonly [K in keyof T]: string };
