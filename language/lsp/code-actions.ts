/**
 * Quick fixes for the diagnostics that have an obvious repair, found by their codes
 * (language/validation/codes.ts):
 *
 * - `unknown-time-zone`: replace the zone by the closest known IANA zones (best first, preferred);
 * - `response-longer-than-resolution`: swap the response and resolution durations;
 * - `business-duration-without-calendar`: add `default calendar NAME` (one action per declared calendar)
 *   after the contract's last calendar block;
 * - `linking-error` with a "Did you mean 'X'?": replace the reference by X.
 */
import { CstUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { Codes } from '../validation/codes.js';
import { editDistance, knownZones, suggestZone } from '../../runtime/index.js';
import { MessageLocale, localeText, type LocaleText } from '../message-locale.js';

/** How many zones an unknown time zone offers at most. */
export const MAX_ZONE_FIXES = 3;

export class PactoCodeActionProvider implements CodeActionProvider {
    constructor(private readonly messageLocale: MessageLocale = new MessageLocale()) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        if (params.context.only && !params.context.only.some((kind) => kind === CodeActionKind.QuickFix || kind.startsWith(`${CodeActionKind.QuickFix}.`) || CodeActionKind.QuickFix.startsWith(kind))) {
            return undefined;
        }
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            actions.push(...quickFixes(document, diagnostic, this.messageLocale.text()));
        }
        return actions;
    }
}

/** The quick fixes for one diagnostic, titled in `text`'s language (exported for tests). */
export function quickFixes(document: LangiumDocument, diagnostic: Diagnostic, text: LocaleText = localeText('en')): CodeAction[] {
    switch (diagnosticCode(diagnostic)) {
        case Codes.timeZoneMustBeKnown:
            return zoneFixes(document, diagnostic, text);
        case Codes.responseMustNotExceedResolution:
            return swapFix(document, diagnostic, text);
        case Codes.businessDurationMustHaveCalendar:
            return defaultCalendarFixes(document, diagnostic, text);
        case Codes.unresolvedReference:
            return didYouMeanFix(document, diagnostic, text);
        default:
            return [];
    }
}

/** A diagnostic's code: Pacto's validators set `code`; Langium's linker puts it in `data.code`. */
export function diagnosticCode(diagnostic: Diagnostic): string | undefined {
    if (typeof diagnostic.code === 'string') return diagnostic.code;
    const data = diagnostic.data as { code?: unknown } | undefined;
    return typeof data?.code === 'string' ? data.code : undefined;
}

function fix(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: TextEdit[], isPreferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.uri.toString()]: edits } },
    };
}

/** The AST node of `type` that contains the start of `range`. */
function nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, is: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(range.start);
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    let node = leaf?.astNode;
    while (node) {
        if (is(node)) return node;
        node = node.$container;
    }
    return undefined;
}

/** The closest known zones to `zone`, best first: the validator's suggestion, then by edit distance. */
export function closestZones(zone: string, count = MAX_ZONE_FIXES): string[] {
    const zones = knownZones();
    const result: string[] = [];
    const suggested = suggestZone(zone);
    if (suggested) result.push(suggested);
    const lower = zone.toLowerCase().replace(/ /g, '_');
    const city = lower.split('/').pop() ?? lower;
    const scored = zones
        .filter((z) => z !== suggested)
        .map((z) => {
            const zl = z.toLowerCase();
            const zoneCity = zl.split('/').pop() ?? zl;
            return { z, d: Math.min(editDistance(lower, zl), editDistance(city, zoneCity) + (zl === zoneCity ? 0 : 1)) };
        })
        .sort((a, b) => a.d - b.d || a.z.localeCompare(b.z));
    // Only zones that are plausibly what was meant: at most about a third of the name wrong.
    const limit = Math.max(2, Math.ceil(city.length / 3));
    for (const { z, d } of scored) {
        if (result.length >= count || d > limit) break;
        result.push(z);
    }
    return result;
}

function zoneFixes(document: LangiumDocument, diagnostic: Diagnostic, { t }: LocaleText): CodeAction[] {
    const zone = nodeAt(document, diagnostic.range, ast.isTimeZone);
    if (!zone || zone.zone === undefined) return [];
    return closestZones(zone.zone).map((name, i) =>
        fix(document, diagnostic, t('fixChangeTimeZone', { zone: name }), [{ range: diagnostic.range, newText: JSON.stringify(name) }], i === 0),
    );
}

function swapFix(document: LangiumDocument, diagnostic: Diagnostic, { t }: LocaleText): CodeAction[] {
    const category = nodeAt(document, diagnostic.range, ast.isCategory);
    if (!category) return [];
    const targets = category.members.filter(ast.isTarget);
    const response = targets.find((t) => t.kind === 'response')?.duration?.$cstNode;
    const resolution = targets.find((t) => t.kind === 'resolution')?.duration?.$cstNode;
    if (!response || !resolution) return [];
    return [
        fix(document, diagnostic, t('fixSwapTargets', { response: response.text, resolution: resolution.text }), [
            { range: response.range, newText: resolution.text },
            { range: resolution.range, newText: response.text },
        ], true),
    ];
}

function defaultCalendarFixes(document: LangiumDocument, diagnostic: Diagnostic, { t }: LocaleText): CodeAction[] {
    const contract = nodeAt(document, diagnostic.range, ast.isContract);
    if (!contract) return [];
    const calendars = contract.members.filter(ast.isCalendar).filter((c) => c.name && c.$cstNode);
    const last = calendars.at(-1)?.$cstNode;
    if (!last) return [];
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', last.offset - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, last.offset))?.[0] ?? '';
    const position = last.range.end;
    return calendars.map((calendar, i) =>
        fix(document, diagnostic, t('fixAddDefaultCalendar', { calendar: calendar.name, contract: contract.name }), [
            { range: { start: position, end: position }, newText: `\n\n${indent}default calendar ${calendar.name}` },
        ], calendars.length === 1 && i === 0),
    );
}

/** The name the linker suggests, kept in the diagnostic's data (parser-messages.ts), whatever the message's language. */
function suggestedName(diagnostic: Diagnostic): string | undefined {
    const data = diagnostic.data as { suggestion?: unknown } | undefined;
    return typeof data?.suggestion === 'string' && data.suggestion !== '' ? data.suggestion : undefined;
}

function didYouMeanFix(document: LangiumDocument, diagnostic: Diagnostic, { t }: LocaleText): CodeAction[] {
    const name = suggestedName(diagnostic);
    if (!name) return [];
    return [fix(document, diagnostic, t('fixChangeTo', { name }), [{ range: diagnostic.range, newText: name }], true)];
}
