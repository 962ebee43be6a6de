import {
    DEFAULT_LOCALE,
    SUPPORTED_LOCALES,
    chosenLocale,
    localeFromEnvironment,
    t,
    tn,
    type MessageArgs,
    type MessageKey,
    type PluralKey,
    type SupportedLocale,
} from '../runtime/index.js';
import { usageError } from './errors.js';

/**
 * The language of one `pacto` run. A process runs one command in one language, chosen once by run() before
 * anything is printed; the messages are looked up when they are written (help pages and errors included),
 * so no text is frozen at import time in the wrong language.
 */
let current: SupportedLocale = DEFAULT_LOCALE;

export function cliLocale(): SupportedLocale {
    return current;
}

export function setCliLocale(locale: SupportedLocale): void {
    current = locale;
}

/** A message of the catalogue in the run's language. */
export function m(key: MessageKey, args?: MessageArgs): string {
    return t(current, key, args);
}

/** The plural form for `count` in the run's language. */
export function mn(key: PluralKey, count: number, args?: MessageArgs): string {
    return tn(current, key, count, args);
}

/** "'a', 'b', or 'c'" / "'a', 'b' o 'c'" in the run's language (ICU's lists), for the values an option accepts. */
export function alternatives(values: readonly string[]): string {
    return new Intl.ListFormat(current, { type: 'disjunction' }).format(values.map((value) => `'${value}'`));
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The run's language and the arguments without `--lang`: the language the environment names (LC_ALL, then
 * LC_MESSAGES, then LANG, as gettext reads them), unless `--lang en|es|pt-BR|auto` says otherwise. `--lang`
 * may stand anywhere before `--`, so that an alias `pacto --lang es` works with every command. An unknown
 * value is refused in the environment's language, which is the best guess of what the user reads.
 */
export function takeLanguage(argv: readonly string[], env: Environment): { locale: SupportedLocale; argv: string[] } {
    const fallback = localeFromEnvironment(env);
    let choice: string | undefined;
    const rest: string[] = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        if (arg === '--') {
            rest.push(...argv.slice(i));
            break;
        }
        if (arg === '--lang') {
            const value = argv[i + 1];
            if (value === undefined || value.startsWith('-')) {
                setCliLocale(fallback);
                throw usageError(m('cliOptionNeedsValue', { option: '--lang' }));
            }
            choice = value;
            i++;
        } else if (arg.startsWith('--lang=')) {
            choice = arg.slice('--lang='.length);
        } else {
            rest.push(arg);
        }
    }
    // `auto` and an explicit tag go through the same negotiation as the editor's `pacto.language`, but only
    // the three names the help lists (and auto) are accepted: `--lang fr` is a mistake, not English.
    const locale = choice === undefined ? fallback : chosenLocale(choice, fallback);
    const listed = choice === undefined || choice.toLowerCase() === 'auto' || SUPPORTED_LOCALES.some((l) => l.toLowerCase() === choice!.toLowerCase());
    if (locale === undefined || !listed) {
        setCliLocale(fallback);
        throw usageError(m('cliUnknownLanguage', { value: choice ?? '', languages: alternatives([...SUPPORTED_LOCALES, 'auto']) }));
    }
    return { locale, argv: rest };
}
