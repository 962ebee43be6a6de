import { AstUtils, interruptAndCheck, type AstNode, type ConfigurationProvider, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { CancellationToken, InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { singularUnit } from '../lower.js';
import { REQUEST_ENGINE_MS } from '../requests/handler.js';
import { ALWAYS, approximateBusinessDays, timeBudget, withWorkBudget, WorkCutShort, type WorkBudget } from '../../runtime/index.js';
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
 * A request's budget for an editor feature that walks the whole document (inlay hints, code lenses): the
 * engine work it does stops after REQUEST_ENGINE_MS like a request's, and so does the walk itself, so that a
 * 5 MB contract or a target of 10^14 business hours never holds the server. `spent()` says when to stop.
 */
export class FeatureBudget {
    private readonly engine: WorkBudget;
    private readonly start: number;

    constructor(
        readonly ms: number = REQUEST_ENGINE_MS,
        private readonly now: () => number = () => performance.now(),
    ) {
        this.start = now();
        this.engine = timeBudget(ms, now);
    }

    spent(): boolean {
        return this.now() - this.start > this.ms;
    }

    /** `body` with the engine budget in force; false when the engine was cut short (nothing more is asked of it). */
    run(body: () => void): boolean {
        try {
            withWorkBudget(this.engine, body);
            return true;
        } catch (error) {
            if (error instanceof WorkCutShort) return false;
            throw error;
        }
    }
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

    /** @param now the clock of the budget (tests inject one). */
    constructor(
        services: PactoServices,
        private readonly now: () => number = () => performance.now(),
    ) {
        super();
        this.configuration = services.shared.workspace.ConfigurationProvider;
        this.languageId = services.LanguageMetaData.languageId;
        this.messageLocale = services.i18n.MessageLocale;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        const settings: unknown = await this.configuration.getConfiguration(this.languageId, 'inlayHints');
        if (!inlayHintsEnabled(settings)) return [];
        // Langium's walk, within a request's budget: past it, the hints found so far are the answer (the
        // editor asks again for the visible range as the user scrolls).
        const budget = new FeatureBudget(REQUEST_ENGINE_MS, this.now);
        const hints: InlayHint[] = [];
        const acceptor: InlayHintAcceptor = (hint) => hints.push(hint);
        for (const node of AstUtils.streamAst(document.parseResult.value, { range: params.range })) {
            await interruptAndCheck(cancelToken ?? CancellationToken.None);
            if (budget.spent() || !budget.run(() => this.computeInlayHint(node, acceptor))) break;
        }
        return hints;
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
        // A number past 15 digits is an error of its own (number-too-large): no hint for it.
        if (!duration?.business || duration.unit === undefined || duration.value === undefined || !Number.isFinite(duration.value)) return undefined;
        const perUnit = MINUTES_PER_UNIT[singularUnit(duration.unit)];
        if (perUnit === undefined) return undefined;
        const calendar = countingCalendar(duration);
        if (!calendar || calendar.name === ALWAYS) return undefined;
        const day = businessDayMinutes(calendar);
        return day === undefined ? undefined : approximateBusinessDays(duration.value * perUnit, day, this.messageLocale.get());
    }
}
