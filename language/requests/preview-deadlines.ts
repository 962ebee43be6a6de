/** `pacto/previewDeadlines`: the due instants of a category's targets for a ticket opened at a given instant. */
import type { LangiumDocument } from 'langium';
import type { PreviewDeadlinesParams, PreviewDeadlinesResult } from '../protocol.js';
import { DEFAULT_LOCALE, parseInstantText, previewMarkdown, type SupportedLocale } from '../../runtime/index.js';
import { invalid, known, requireContract, requireName, suggestion } from './handler.js';

/** Epoch ms of the opening instant (runtime/time/instant.ts syntax), or an InvalidParams error saying what is wrong. */
export function parseOpened(opened: unknown): number {
    if (typeof opened !== 'string') throw invalid('Missing the opening instant (`opened`), e.g. 2026-03-06T17:30:00-03:00.');
    const parsed = parseInstantText(opened);
    if (!parsed.ok) throw invalid(`Invalid opening instant "${opened}": ${parsed.reason}.`);
    return parsed.ms;
}

/** The cheap checks, before waiting for a build: names present, instant valid. */
export function checkPreviewParams(params: Partial<PreviewDeadlinesParams>): void {
    requireName(params.contract, 'contract', 'contract');
    requireName(params.category, 'category', 'category');
    parseOpened(params.opened);
}

/** The preview in `locale`, the reader's (services.i18n.MessageLocale). */
export function previewDeadlines(document: LangiumDocument, params: Partial<PreviewDeadlinesParams>, locale: SupportedLocale = DEFAULT_LOCALE): PreviewDeadlinesResult {
    const contract = requireContract(document, params.contract, 'preview deadlines');
    const category = requireName(params.category, 'category', 'category');
    const categories = contract.categories.map((c) => c.name);
    if (!categories.includes(category)) {
        throw invalid(`Contract ${contract.name} has no category "${category}".${suggestion(category, categories)}${known('categories', categories)}`);
    }
    return { markdown: previewMarkdown(contract, category, parseOpened(params.opened), locale) };
}
