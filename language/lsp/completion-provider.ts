import type { AstNodeDescription, LangiumDocument, LexerResult, ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionContext,
    type CompletionProviderOptions,
    type CompletionValueItem,
    type NodeKindProvider,
} from 'langium/lsp';
import { DateTime } from 'luxon';
import { CompletionItemKind, CompletionList, type CancellationToken, type CompletionItem, type CompletionParams, type Range } from 'vscode-languageserver';
import { holidayCountries, holidayRegions } from '../../runtime/index.js';
import { knownZones } from '../../runtime/index.js';
import { PactoNodeKindProvider } from './node-kind-provider.js';
import type { MessageKey } from '../../runtime/index.js';
import { countryName, type MessageLocale } from '../message-locale.js';
import type { PactoServices } from '../pacto-module.js';

type IToken = LexerResult['tokens'][number];

/** The string value a position stands for, found from the tokens before it. */
export type StringSlot = { kind: 'zone' } | { kind: 'country' } | { kind: 'region'; country: string };

/** A string literal around the cursor: the value's start offset and, when the string is closed, its end. */
interface StringAtCursor {
    slot: StringSlot | undefined;
    valueStart: number;
    closingQuote: number | undefined;
}

/**
 * True when `query` is a prefix of `candidate` or of one of its parts, ignoring case and treating spaces as
 * underscores: "america/sao", "sao" and "paulo" all match "America/Sao_Paulo"; "bra" matches "BR Brazil".
 */
export function matchesQuery(query: string, candidate: string): boolean {
    const q = query.toLowerCase().replace(/ /g, '_');
    const c = candidate.toLowerCase().replace(/ /g, '_');
    if (q === '' || c.startsWith(q)) return true;
    for (let i = 1; i < c.length; i++) {
        if (/[/_-]/.test(c[i - 1]!) && c.startsWith(q, i)) return true;
    }
    return false;
}

/** What a reference designates, in words. */
const REFERENCE_KINDS: Record<string, MessageKey> = {
    Calendar: 'completionKindCalendar',
    Category: 'completionKindCategory',
    Channel: 'completionKindChannel',
    Objective: 'completionKindObjective',
    OnCall: 'completionKindOnCall',
    Scenario: 'completionKindScenario',
};

function unquote(image: string): string {
    return image.length >= 2 && image.startsWith('"') && image.endsWith('"') ? image.slice(1, -1) : image;
}

/**
 * Keyword and reference completion are Langium's, from the grammar and the scopes (channels after `via`,
 * on-call rotations after `notify on call`, objectives and categories in penalty clauses, holiday types
 * after `including`). On top of them, values inside strings, which Langium
 * never completes (a STRING terminal has no known contents):
 * - `time zone "…"`: IANA zones (runtime/zones.ts), with their current UTC offset as detail;
 * - `holidays of "…"`: country codes of the holiday library, with the country name as detail;
 * - `holidays of "BR" "…"`: region codes of that country, with the region name as detail.
 * Works in a closed string (`"America/Sao|"`, the editor's auto-closed quote), in an unclosed one
 * (`"America/Sao|`, the closing quote is added) and before any quote (`time zone |`, quotes included).
 */
export class PactoCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['"', '/'] };
    protected override readonly nodeKindProvider: NodeKindProvider;
    protected readonly messageLocale: MessageLocale;

    constructor(services: PactoServices) {
        super(services);
        this.nodeKindProvider = new PactoNodeKindProvider();
        this.messageLocale = services.i18n.MessageLocale;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const inString = this.stringAt(text, offset);
        if (inString) {
            // Inside a string only values make sense; keywords and names would break the string.
            if (!inString.slot) return CompletionList.create([], false);
            const query = text.slice(inString.valueStart, offset);
            const end = inString.closingQuote ?? offset;
            const range = { start: document.textDocument.positionAt(inString.valueStart), end: document.textDocument.positionAt(end) };
            const suffix = inString.closingQuote === undefined ? '"' : '';
            return CompletionList.create(this.slotItems(inString.slot, query, range, '', suffix), false);
        }
        const list = await super.getCompletion(document, params, cancelToken);
        const bare = this.bareSlotAt(text, offset);
        if (!bare) return list;
        const range = { start: document.textDocument.positionAt(bare.start), end: params.position };
        const items = this.slotItems(bare.slot, text.slice(bare.start, offset), range, '"', '"');
        return CompletionList.create([...items, ...(list?.items ?? [])], true);
    }

    /** Non-hidden tokens of `text`; lexing errors (an unclosed string elsewhere) only drop characters. */
    protected tokensOf(text: string): IToken[] {
        return this.lexer.tokenize(text).tokens;
    }

    /** The value slot a string after `tokens[0..end)` fills, from the keywords before it. */
    protected slotBefore(tokens: IToken[], end: number): StringSlot | undefined {
        const image = (back: number) => tokens[end - back]?.image;
        if (image(2) === 'time' && image(1) === 'zone') return { kind: 'zone' };
        if (image(2) === 'holidays' && image(1) === 'of') return { kind: 'country' };
        const country = tokens[end - 1];
        if (image(3) === 'holidays' && image(2) === 'of' && country?.tokenType.name === 'STRING') {
            return { kind: 'region', country: unquote(country.image) };
        }
        return undefined;
    }

    /**
     * The string literal the cursor is in, if any: lexing the text before the cursor with a quote appended
     * ends in a STRING token exactly when an opening quote (outside comments) precedes the cursor unclosed.
     */
    protected stringAt(text: string, offset: number): StringAtCursor | undefined {
        const probe = text.slice(0, offset) + '"';
        const tokens = this.tokensOf(probe);
        const last = tokens[tokens.length - 1];
        if (!last || last.tokenType.name !== 'STRING' || last.startOffset + last.image.length !== probe.length) return undefined;
        let closingQuote: number | undefined;
        for (let i = offset; i < text.length; i++) {
            const c = text[i];
            if (c === '\\') {
                i++;
                continue;
            }
            if (c === '"') {
                closingQuote = i;
                break;
            }
            if (c === '\n' || c === '\r') break;
        }
        return { slot: this.slotBefore(tokens, tokens.length - 1), valueStart: last.startOffset + 1, closingQuote };
    }

    /** A value slot at the cursor before any quote: `time zone |` or `holidays of "BR" S|`. */
    protected bareSlotAt(text: string, offset: number): { slot: StringSlot; start: number } | undefined {
        const tokens = this.tokensOf(text.slice(0, offset));
        const last = tokens[tokens.length - 1];
        // A word being typed (`time zone Ame|`) is replaced; otherwise the items are inserted at the cursor.
        const typing = last !== undefined && last.startOffset + last.image.length === offset && /^\w+$/u.test(last.image) && last.tokenType.name !== 'STRING';
        if (!typing && offset > 0 && !/\s/.test(text[offset - 1]!)) return undefined;
        const end = typing ? tokens.length - 1 : tokens.length;
        const slot = this.slotBefore(tokens, end);
        return slot ? { slot, start: typing ? last!.startOffset : offset } : undefined;
    }

    protected slotCandidates(slot: StringSlot): { value: string; detail: string; filter: string }[] {
        switch (slot.kind) {
            case 'zone':
                return knownZones().map((zone) => ({ value: zone, detail: '', filter: zone }));
            case 'country':
                return holidayCountries().map(([value, name]) => {
                    const detail = countryName(value, this.messageLocale.get(), name);
                    // Found by its code, its English name and its name in the reader's language.
                    return { value, detail, filter: detail === name ? `${value} ${name}` : `${value} ${name} ${detail}` };
                });
            case 'region':
                return holidayRegions(slot.country).map(([value, name]) => ({ value, detail: name, filter: `${value} ${name}` }));
        }
    }

    protected zoneDetail(zone: string): string {
        const { t } = this.messageLocale.text();
        const now = DateTime.now().setZone(zone);
        return now.isValid ? t('completionZoneNow', { offset: now.toFormat('ZZ') }) : t('completionZone');
    }

    protected slotItems(slot: StringSlot, query: string, range: Range, prefix: string, suffix: string): CompletionItem[] {
        const bareQuery = query.replace(/^"/, '');
        return this.slotCandidates(slot)
            .filter((c) => matchesQuery(bareQuery, c.filter))
            .map((c) => {
                const label = `${prefix}${c.value}${prefix}`;
                const startsWith = c.value.toLowerCase().startsWith(bareQuery.toLowerCase());
                return {
                    label,
                    kind: CompletionItemKind.Value,
                    detail: slot.kind === 'zone' ? this.zoneDetail(c.value) : c.detail,
                    filterText: `${prefix}${c.filter}`,
                    sortText: `${startsWith ? '0' : '1'}${c.value}`,
                    textEdit: { range, newText: `${prefix}${c.value}${suffix}` },
                };
            });
    }

    /** Reference items show what the name designates: "category — Falla crítica", "on-call rotation — Guardia semanal". */
    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node as { title?: unknown } | undefined;
        const key = REFERENCE_KINDS[nodeDescription.type];
        const kind = key ? this.messageLocale.text().t(key) : nodeDescription.type.toLowerCase();
        const title = typeof node?.title === 'string' ? ` — ${node.title}` : '';
        return { ...item, detail: `${kind}${title}` };
    }
}
