/** `pacto/previewDeadlines`: the due instants of a category's targets for a ticket opened at a given instant. */
import type { LangiumDocument } from 'langium';
import type { PreviewDeadlinesParams, PreviewDeadlinesResult } from '../protocol.js';
import { DEFAULT_LOCALE, INSTANT_EXAMPLE, instantReason, parseInstantText, previewMarkdown, t, type SupportedLocale } from '../../runtime/index.js';
import { invalid, known, requireContract, requireName, suggestion } from './handler.js';

/** Epoch ms of the opening instant (runtime/time/instant.ts syntax), or an InvalidParams error saying what is wrong. */
export function parseOpened(opened: unknown, locale: SupportedLocale = DEFAULT_LOCALE): number {
    if (typeof opened !== 'string') throw invalid(t(locale, 'requestMissingOpened', { example: INSTANT_EXAMPLE }));
    const parsed = parseInstantText(opened);
    if (!parsed.ok) throw invalid(t(locale, 'requestBadOpened', { value: opened, reason: instantReason(parsed, locale) }));
    return parsed.ms;
}

/** The cheap checks, before waiting for a build: names present, instant valid. */
export function checkPreviewParams(params: Partial<PreviewDeadlinesParams>, locale: SupportedLocale = DEFAULT_LOCALE): void {
    requireName(params.contract, 'contract', locale);
    requireName(params.category, 'category', locale);
    parseOpened(params.opened, locale);
}

/** The preview in `locale`, the reader's (services.i18n.MessageLocale). */
export function previewDeadlines(document: LangiumDocument, params: Partial<PreviewDeadlinesParams>, locale: SupportedLocale = DEFAULT_LOCALE): PreviewDeadlinesResult {
    const contract = requireContract(document, params.contract, 'previewDeadlines', locale);
    const category = requireName(params.category, 'category', locale);
    const categories = contract.categories.map((c) => c.name);
    if (!categories.includes(category)) {
        throw invalid(t(locale, 'requestNoCategory', { contract: contract.name, name: category }) + suggestion(category, categories, locale) + known('category', categories, locale));
    }
    return { markdown: previewMarkdown(contract, category, parseOpened(params.opened, locale), locale) };
}
