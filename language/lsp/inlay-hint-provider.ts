import type { AstNode, ConfigurationProvider, LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type CancellationToken, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { singularUnit } from '../lower.js';
import { ALWAYS, approximateBusinessDays } from '../../runtime/index.js';
import { businessDayMinutes, countingCalendar } from './plain-words.js';
import type { MessageLocale } from '../message-locale.js';
import type { PactoServices } from '../pacto-module.js';

const MINUTES_PER_UNIT: Record<string, number> = { second: 1 / 60, minute: 1, hour: 60 };

/** `pacto.inlayHints.enabled`, as VS Code sends it (nested) or flattened. */
export function inlayHintsEnabled(section: unknown): boolean {
    if (section && typeof section === 'object') {
        const value = (section as Record<string, unknown>).enabled;
        if (typeof value === 'boolean') return value;
    }
    return true;
}

/**
 * After each target counted in business minutes or hours, its approximate length in business days of
 * the calendar it counts on: `resolution within 12 business hours` on an 8-hour-day calendar shows
 * `≈ 1.5 business days`. Wall-clock targets, targets already in days and targets on `always` get none.
 * Switched off by the setting `pacto.inlayHints.enabled: false` (read through the ConfigurationProvider).
 */
export class PactoInlayHintProvider extends AbstractInlayHintProvider {
    protected readonly configuration: ConfigurationProvider;
    protected readonly languageId: string;
    protected readonly messageLocale: MessageLocale;

    constructor(services: PactoServices) {
        super();
        this.configuration = services.shared.workspace.ConfigurationProvider;
        this.languageId = services.LanguageMetaData.languageId;
        this.messageLocale = services.i18n.MessageLocale;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        const settings: unknown = await this.configuration.getConfiguration(this.languageId, 'inlayHints');
        if (!inlayHintsEnabled(settings)) return [];
        return super.getInlayHints(document, params, cancelToken);
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!ast.isTarget(node) || !node.$cstNode) return;
        const label = this.businessDaysLabel(node.duration);
        if (!label) return;
        acceptor({
            position: node.$cstNode.range.end,
            label,
            kind: InlayHintKind.Parameter,
            paddingLeft: true,
            tooltip: this.messageLocale.text().t('inlayBusinessDaysTooltip'),
        });
    }

    /** "≈ 1.5 business days", or undefined when the duration is not business minutes or hours on a declared calendar. */
    protected businessDaysLabel(duration: ast.Duration | undefined): string | undefined {
        if (!duration?.business || duration.unit === undefined || duration.value === undefined) return undefined;
        const perUnit = MINUTES_PER_UNIT[singularUnit(duration.unit)];
        if (perUnit === undefined) return undefined;
        const calendar = countingCalendar(duration);
        if (!calendar || calendar.name === ALWAYS) return undefined;
        const day = businessDayMinutes(calendar);
        return day === undefined ? undefined : approximateBusinessDays(duration.value * perUnit, day, this.messageLocale.get());
    }
}
