/**
 * The catalogue: one folder per language (en/, es/, pt-BR/), each holding every message domain and the
 * documents' labels. English defines the keys; the other languages are typed against it, and
 * test/runtime/i18n/catalogue.test.ts fails when a key is missing or its placeholders differ.
 *
 * Messages are written as a contract manager of the field writes (horas hábiles, tiempo de primera respuesta,
 * plazo de resolución; horas úteis, tempo de primeira resposta, prazo de resolução), never word for word.
 */
import type { SupportedLocale } from '../time/locales.js';
import * as en from './en/index.js';
import * as es from './es/index.js';
import * as ptBR from './pt-BR/index.js';
import { fill, type MessageArgs } from './template.js';

type EnglishDomains = typeof en.domains;
type Flatten<D> = { [N in keyof D]: D[N] }[keyof D];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type EnglishMessages = UnionToIntersection<Flatten<EnglishDomains>>;

export type MessageKey = Extract<keyof EnglishMessages, string>;
/** Keys with plural forms (`foo_one`, `foo_other`, maybe `foo_many`), used through tn() by their base `foo`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

export type DomainName = keyof EnglishDomains;
export const DOMAINS: Readonly<Record<SupportedLocale, Readonly<Record<DomainName, Readonly<Record<string, string>>>>>> = {
    en: en.domains,
    es: es.domains,
    'pt-BR': ptBR.domains,
};

function merge(domains: Readonly<Record<string, Readonly<Record<string, string>>>>): ReadonlyMap<string, string> {
    const all = new Map<string, string>();
    for (const domain of Object.values(domains)) for (const [key, text] of Object.entries(domain)) all.set(key, text);
    return all;
}

const MERGED: Readonly<Record<SupportedLocale, ReadonlyMap<string, string>>> = {
    en: merge(en.domains),
    es: merge(es.domains),
    'pt-BR': merge(ptBR.domains),
};

/** The message `key` in `locale`, its placeholders filled; English when a language lacks it (the test forbids that). */
export function t(locale: SupportedLocale, key: MessageKey, args?: MessageArgs): string {
    const template = MERGED[locale].get(key) ?? MERGED.en.get(key) ?? key;
    return fill(locale, template, args);
}

const pluralRules = new Map<SupportedLocale, Intl.PluralRules>();

/**
 * The plural form of `key` for `count` by the locale's rules (`key_one`, `key_other`, and `key_many` where a
 * language has it); `{count}` is available to the template.
 */
export function tn(locale: SupportedLocale, key: PluralKey, count: number, args: MessageArgs = {}): string {
    let rules = pluralRules.get(locale);
    if (rules === undefined) {
        rules = new Intl.PluralRules(locale);
        pluralRules.set(locale, rules);
    }
    const form = `${key}_${rules.select(count)}`;
    const chosen = MERGED[locale].has(form) ? form : `${key}_other`;
    return fill(locale, MERGED[locale].get(chosen) ?? MERGED.en.get(chosen) ?? key, { count, ...args });
}

/** A message function bound to one locale, for code that writes many messages. */
export type Translate = (key: MessageKey, args?: MessageArgs) => string;

export function translator(locale: SupportedLocale): Translate {
    return (key, args) => t(locale, key, args);
}
