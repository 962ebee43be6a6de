import { AstNodeHoverProvider } from 'langium/lsp';
import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { categoryOfTarget } from '../ast-queries.js';
import { loweredContract, lowerCalendar, lowerScenario } from '../lower.js';
import { defaultCalendarOf, enclosingContract } from '../ast-queries.js';
import {
    ALWAYS,
    averageOpenDayMinutes,
    calendarHolidaysMarkdown,
    code,
    downtimeBudgetMarkdown,
    escapeMarkdown,
    formatPercent,
    downtimeShareMarkdown,
    formatHoursMinutes,
    holidayCountries,
    holidayRegions,
    onCallMarkdown,
    penaltiesMarkdown,
    penaltyClauseMarkdown,
    satisfactionShareMarkdown,
    durationPhrase,
    kindWord,
    periodWord,
    timeOfDay,
    weeklyOpenMinutes,
    weeklySummary,
    type Contract,
    type Distribution,
    type MessageKey,
    type Money,
    type PenaltyAmount,
    type PenaltyClauseModel,
    type Threshold,
} from '../../runtime/index.js';
import { durationWords, measureWords, targetSummary, targetWithin } from './plain-words.js';
import { deadlineExampleSections } from './deadline-hover.js';
import { countryName, type LocaleText, type MessageLocale } from '../message-locale.js';
import type { PactoServices } from '../pacto-module.js';

type MaybeCalendarRef = ast.CalendarRef | undefined;

type PenaltyClauseNode = ast.PenaltyTier | ast.PenaltyFine | ast.PerBreachPenalty | ast.DowntimePenalty | ast.PenaltyCap;
const PENALTY_CLAUSES: ((node: unknown) => boolean)[] = [ast.isPenaltyTier, ast.isPenaltyFine, ast.isPerBreachPenalty, ast.isDowntimePenalty, ast.isPenaltyCap];

/** A threshold, money or penalty amount as the model holds it (only read from the AST, for the explanations). */
function thresholdOf(threshold: ast.Threshold | undefined): Threshold {
    return threshold?.percent !== undefined ? { kind: 'percent', value: threshold.percent } : { kind: 'score', value: threshold?.score ?? NaN };
}

function moneyOf(money: ast.Money | undefined): Money {
    return { amount: money?.amount ?? NaN, currency: money?.currency ?? '?' };
}

function penaltyAmountOf(amount: ast.PenaltyAmount | undefined): PenaltyAmount {
    return amount?.amount ? { kind: 'pay', amount: moneyOf(amount.amount) } : { kind: 'credit', percent: amount?.credit ?? NaN };
}

function refName(ref: { ref?: { name: string }; $refText: string } | undefined): string {
    return ref?.ref?.name ?? ref?.$refText ?? '?';
}

/** A markdown hover: sections are joined by blank lines. */
export type HoverSections = string[];

/** Contract text (a title, a description, a party) shown literally in the hover. */
function inert(text: string): string {
    return escapeMarkdown(text, { inline: true });
}

function heading(keyword: string, name: string, title: string | undefined): string {
    return `**${keyword} ${inert(name)}**${title !== undefined ? ` — ${inert(title)}` : ''}`;
}

function bullets(lines: string[]): string {
    return lines.map((l) => `- ${l}`).join('\n');
}

/** "1 day", "3 days", otherwise "2 h 30 min". */
function span(minutes: number, { tn }: LocaleText): string {
    if (minutes >= 1440 && minutes % 1440 === 0) return tn('hoverDays', minutes / 1440, { count: String(minutes / 1440) });
    return formatHoursMinutes(minutes);
}

function distributionWords(d: Distribution | undefined, text: LocaleText): string {
    const { t } = text;
    if (!d) return t('wordUnknown');
    switch (d.kind) {
        case 'exponential': return t('hoverExponential', { mean: span(d.meanMinutes, text) });
        case 'lognormal': return t('hoverLognormal', { mean: span(d.meanMinutes, text), sd: span(d.sdMinutes, text) });
        case 'fixed': return t('hoverFixed', { value: span(d.minutes, text) });
        case 'uniform': return t('hoverUniform', { min: span(d.minMinutes, text), max: span(d.maxMinutes, text) });
    }
}

/** "5 agents", "1 agent", "? agents". */
function agentsWords(count: number | undefined, { t, tn }: LocaleText): string {
    return typeof count === 'number' ? tn('hoverAgents', count, { count: String(count) }) : t('hoverAgentsUnknown');
}

const HOLIDAY_TYPES: Record<string, MessageKey> = {
    bank: 'holidayTypeBank', school: 'holidayTypeSchool', optional: 'holidayTypeOptional', observance: 'holidayTypeObservance',
};

/**
 * Hovers in plain words on declarations and references (contracts, calendars, categories, objectives,
 * scenarios, teams, channels), on targets and other durations (what they count and on which calendar),
 * on objective measures and on the built-in calendar `always`.
 *
 * Each kind has its own `…Sections` method returning markdown sections; subclasses extend a hover by
 * overriding one. Target hovers end with `targetHoverSections(target)`, the extension point for deadline
 * previews (worked examples computed by the runtime).
 */
export class PactoHoverProvider extends AstNodeHoverProvider {
    protected readonly messageLocale: MessageLocale;

    constructor(services: PactoServices) {
        super(services);
        this.messageLocale = services.i18n.MessageLocale;
    }

    /** The catalogue in the reader's locale, as it is now (the setting may change between two hovers). */
    protected get text(): LocaleText {
        return this.messageLocale.text();
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.hidden) return undefined;
        const sections: HoverSections = [];
        try {
            const declarations = this.references.findDeclarations(leaf);
            if (declarations.length > 0) {
                for (const declaration of declarations) {
                    const content = await this.getAstNodeHoverContent(declaration);
                    if (content) sections.push(content);
                }
            } else {
                sections.push(...this.contextSections(leaf));
            }
        } catch {
            // A document being typed may lack parts the grammar requires; no hover beats a failed request.
            return undefined;
        }
        if (sections.length === 0) return undefined;
        return { contents: { kind: 'markdown', value: sections.join('\n\n') } };
    }

    /** Hover of a declaration (reached from its name or from a reference to it). */
    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const sections = this.declarationSections(node);
        return sections.length > 0 ? sections.join('\n\n') : undefined;
    }

    protected declarationSections(node: AstNode): HoverSections {
        if (ast.isContract(node)) return this.contractSections(node);
        if (ast.isCalendar(node)) return this.calendarSections(node);
        if (ast.isCategory(node)) return this.categorySections(node);
        if (ast.isObjective(node)) return this.objectiveSections(node);
        if (ast.isScenario(node)) return this.scenarioSections(node);
        if (ast.isTeam(node)) return this.teamSections(node);
        if (ast.isChannel(node)) return this.channelSections(node);
        if (ast.isOnCall(node)) return this.onCallSections(node);
        return [];
    }

    /** Hover where the cursor is not on a name: keywords and values of targets, durations, measures, `always`. */
    protected contextSections(leaf: LeafCstNode): HoverSections {
        const node = leaf.astNode;
        if (!node) return [];
        if (ast.isCalendarRef(node) && node.always && leaf.text === ALWAYS) return this.alwaysSections();
        if (leaf.text === '{' || leaf.text === '}' || leaf.text === ',') return [];
        // A target: anywhere in `response within 4 business hours on Office`.
        const target = ast.isTarget(node) ? node : ast.isTarget(node.$container) ? node.$container : undefined;
        if (target) return this.targetSections(target);
        // The budget of `availability at most 4 hours down per month` is read as its objective.
        if (ast.isDuration(node) && ast.isDowntimeBudgetMeasure(node.$container) && ast.isObjective(node.$container.$container)) {
            return this.objectiveSections(node.$container.$container);
        }
        if (ast.isDuration(node)) return this.durationSections(node);
        if (ast.isMeasure(node)) return ast.isObjective(node.$container) ? this.objectiveSections(node.$container) : [];
        if (ast.isPeriod(node) && ast.isMeasure(node.$container) && ast.isObjective(node.$container.$container)) {
            return this.objectiveSections(node.$container.$container);
        }
        // `via Phone { … }`: its keyword.
        if (ast.isChannelTargets(node)) return this.channelTargetsSections(node);
        // `at 50% of resolution notify on call Guard`.
        if (ast.isEscalationStep(node) && node.onCall) return this.notifyOnCallSections(node);
        // Anywhere in a penalty clause but its references (`cap 30% of fee per month`, `pay 2000 BRL`).
        const clause = AstUtils.getContainerOfType(node, (n): n is PenaltyClauseNode => PENALTY_CLAUSES.some((is) => is(n)));
        if (clause) return this.penaltyClauseSections(clause);
        if (ast.isPenalties(node)) return this.penaltiesSections(node);
        // The keyword or title of a declaration: `calendar Office "Office hours" {`.
        return this.declarationSections(node);
    }

    protected alwaysSections(): HoverSections {
        const { t } = this.text;
        return [`**always** — ${t('hoverAlwaysTitle')}`, t('hoverAlways')];
    }

    protected contractSections(contract: ast.Contract): HoverSections {
        const { t, num } = this.text;
        const lines: string[] = [];
        const provider = contract.members.find(ast.isProvider);
        const customer = contract.members.find(ast.isCustomer);
        const term = contract.members.find(ast.isTerm);
        const fee = contract.members.find(ast.isFee);
        if (provider) lines.push(t('hoverProvider', { party: inert(provider.party ?? '?') }));
        if (customer) lines.push(t('hoverCustomer', { party: inert(customer.party ?? '?') }));
        if (term) lines.push(t('hoverTerm', { start: term.start ?? '?', end: term.end ?? '?' }));
        if (fee) {
            const period = fee.period === 'yearly' ? t('hoverFeeYearly') : fee.period === 'monthly' ? t('hoverFeeMonthly') : String(fee.period);
            lines.push(t('hoverFee', { amount: typeof fee.amount === 'number' ? num(fee.amount) : '?', currency: fee.currency ?? '?', period }));
        }
        const defaultCalendar = defaultCalendarOf(contract)?.calendar.$refText;
        if (defaultCalendar) lines.push(t('hoverDefaultCalendar', { calendar: code(defaultCalendar) }));
        const sections = [heading(t('hoverKindContract'), contract.name, contract.title)];
        if (lines.length > 0) sections.push(bullets(lines));
        return sections;
    }

    protected calendarSections(calendar: ast.Calendar): HoverSections {
        const { t, locale } = this.text;
        const spec = lowerCalendar(calendar);
        const declaredZone = calendar.rules.find(ast.isTimeZone);
        const sections = [heading(t('hoverKindCalendar'), calendar.name, calendar.title)];
        sections.push(declaredZone?.zone !== undefined ? t('hoverTimeZone', { zone: code(spec.zone) }) : t('hoverNoTimeZone'));
        const week = weeklySummary(spec, locale);
        const perWeek = weeklyOpenMinutes(spec);
        const day = averageOpenDayMinutes(spec);
        const totals = perWeek > 0
            ? day !== undefined
                ? t('hoverOpenPerWeekAverage', { hours: formatHoursMinutes(perWeek), day: formatHoursMinutes(day) })
                : t('hoverOpenPerWeek', { hours: formatHoursMinutes(perWeek) })
            : t('hoverNeverOpenInWeek');
        sections.push(`${t('hoverWeeklyHours')}\n${bullets(week)}\n\n${totals}`);
        if (spec.holidayRegions.length > 0) {
            const countries = new Map(holidayCountries());
            const regions = spec.holidayRegions.map((r) => {
                const country = countryName(r.country, locale, countries.get(r.country) ?? r.country);
                if (r.region === undefined) return `${country} (${r.country})`;
                const region = new Map(holidayRegions(r.country)).get(r.region) ?? r.region;
                return `${country}, ${region} (${r.country} ${r.region})`;
            });
            const types = [...new Set(spec.holidayRegions.flatMap((r) => r.types ?? []))].map((type) => (HOLIDAY_TYPES[type] ? t(HOLIDAY_TYPES[type]) : type));
            const list = types.join(', ').replace(/, ([^,]*)$/, ` ${t('wordAnd')} $1`);
            sections.push(types.length > 0
                ? t('hoverClosedOnHolidaysIncluding', { regions: regions.join('; '), types: list })
                : t('hoverClosedOnHolidays', { regions: regions.join('; ') }));
        }
        sections.push(...this.calendarYearSections(calendar, spec));
        if (spec.holidays.length > 0) {
            sections.push(`${t('hoverAlsoClosedOn')}\n${bullets(spec.holidays.map((h) => `${h.date}${h.title !== undefined ? ` — ${inert(h.title)}` : ''}`))}`);
        }
        if (spec.specialHours.length > 0) {
            const hours = (s: (typeof spec.specialHours)[number]) => (s.intervals.length === 0 ? t('wordClosed') : s.intervals.map((i) => `${timeOfDay(i.start)}-${timeOfDay(i.end)}`).join(', '));
            sections.push(`${t('hoverSpecialHours')}\n${bullets(spec.specialHours.map((s) => `${s.date}: ${hours(s)}`))}`);
        }
        const contract = enclosingContract(calendar);
        if (contract && defaultCalendarOf(contract)?.calendar.ref === calendar) {
            sections.push(t('hoverIsDefaultCalendar'));
        }
        return sections;
    }

    /**
     * The holidays the calendar holds in the year its contract's term starts, as the clock counts them
     * (runtime/explain); without a term, no year to show.
     */
    protected calendarYearSections(calendar: ast.Calendar, spec: ReturnType<typeof lowerCalendar>): HoverSections {
        if (spec.holidayRegions.length === 0 && spec.holidays.length === 0) return [];
        const term = enclosingContract(calendar)?.members.find(ast.isTerm);
        const year = Number(term?.start?.slice(0, 4));
        if (!Number.isInteger(year)) return [];
        try {
            return calendarHolidaysMarkdown(spec, year, this.text.locale);
        } catch {
            // A calendar the runtime cannot build (an unknown zone): validation says why.
            return [];
        }
    }

    protected categorySections(category: ast.Category): HoverSections {
        const text = this.text;
        const { t, num } = text;
        const sections = [heading(t('hoverKindCategory'), category.name, category.title)];
        const descriptions = category.members.filter(ast.isDescription).map((d) => escapeMarkdown(d.text));
        if (descriptions.length > 0) sections.push(descriptions.join('\n\n'));
        const priority = category.members.find(ast.isPriority);
        if (priority) sections.push(t('hoverPriority', { level: typeof priority.level === 'number' ? num(priority.level) : '?' }));
        const targets = category.members.filter(ast.isTarget);
        sections.push(targets.length > 0 ? `${t('hoverTargets')}\n${bullets(targets.map((target) => targetSummary(target, text)))}` : t('hoverNoTargets'));
        return sections;
    }

    protected objectiveSections(objective: ast.Objective): HoverSections {
        const text = this.text;
        const sections = [heading(text.t('hoverKindObjective'), objective.name, objective.title)];
        if (objective.measure) sections.push(measureWords(objective.measure, text));
        const measure = objective.measure;
        if (ast.isAvailabilityMeasure(measure)) {
            const maintenance = measure.maintenance && (measure.maintenance.always ? ALWAYS : measure.maintenance.calendar?.$refText);
            sections.push(...downtimeBudgetMarkdown(measure.percent, measure.period?.unit, maintenance, text.locale));
        }
        if (ast.isDowntimeBudgetMeasure(measure) || ast.isSatisfactionShareMeasure(measure)) {
            const lowered = this.loweredOf(objective)?.objectives.find((o) => o.name === objective.name)?.measure;
            if (lowered?.kind === 'downtimeBudget') sections.push(...downtimeShareMarkdown(lowered.budget, lowered.period, lowered.maintenance, text.locale));
            if (lowered?.kind === 'satisfactionShare') sections.push(...satisfactionShareMarkdown(lowered, text.locale));
        }
        return sections;
    }

    protected targetSections(target: ast.Target): HoverSections {
        const text = this.text;
        const { t } = text;
        const category = categoryOfTarget(target);
        const via = ast.isChannelTargets(target.$container) ? ` ${t('hoverForTicketsVia', { channel: code(target.$container.channel?.$refText) })}` : '';
        const title = category.title !== undefined ? ` — ${inert(category.title)}` : '';
        const sections = [
            `**${t(target.kind === 'response' ? 'hoverResponseTarget' : 'hoverResolutionTarget')}** ${t('hoverOfCategory', { category: code(category.name) })}${title}${via}`,
            ...durationWords(target.duration, text),
        ];
        if (target.duration && !target.duration.business && target.calendar) {
            sections.push(t('hoverCalendarIgnored'));
        }
        if (ast.isChannelTargets(target.$container)) sections.push(...this.replacementSections(target, target.$container));
        sections.push(...this.targetHoverSections(target));
        return sections;
    }

    /**
     * Sections appended to a target's hover: worked examples computed by the runtime for tickets opened
     * at telling moments of the contract's first weeks (deadline-hover.ts). Subclasses may add more.
     */
    protected targetHoverSections(target: ast.Target): HoverSections {
        return deadlineExampleSections(target, this.text.locale);
    }

    protected durationSections(duration: ast.Duration): HoverSections {
        return durationWords(duration, this.text);
    }

    protected scenarioSections(scenario: ast.Scenario): HoverSections {
        const text = this.text;
        const { t, locale } = text;
        const model = lowerScenario(scenario);
        const sections = [heading(t('hoverKindScenario'), scenario.name, scenario.title), t('hoverScenarioIntro')];
        const lines: string[] = [];
        const unit = (per: string) => (per === 'hour' ? t('wordHour') : periodWord(per, locale));
        if (model.extends) lines.push(t('hoverExtends', { scenario: code(model.extends) }));
        if (model.period) lines.push(t('hoverScenarioPeriod', { length: durationPhrase(model.period.length, locale), start: model.period.start }));
        if (model.arrivals.length > 0) {
            const list = model.arrivals.map((a) => t('hoverArrivalRate', { category: inert(a.category), rate: text.num(a.rate), unit: unit(a.per) }));
            lines.push(t('hoverArrivals', { list: list.join(', ') }));
        }
        if (model.arrivalsFollow) lines.push(t('hoverArrivalsFollow', { calendar: code(model.arrivalsFollow) }));
        for (const team of model.teams) {
            lines.push(t('hoverScenarioTeam', {
                team: code(team.name), agents: agentsWords(team.agents, text), calendar: code(team.calendar),
                categories: team.handles.map(inert).join(', ') || t('wordNothing'),
            }));
        }
        for (const h of model.handling) lines.push(t('hoverHandlingOf', { category: inert(h.category), distribution: distributionWords(h.distribution, text) }));
        for (const w of model.customerReplies) {
            lines.push(t('hoverCustomerWait', { percent: formatPercent(w.percent, locale), category: inert(w.category), distribution: distributionWords(w.wait, text) }));
        }
        if (lines.length > 0) sections.push(bullets(lines));
        return sections;
    }

    protected teamSections(team: ast.Team): HoverSections {
        const text = this.text;
        const { t } = text;
        const sections = [heading(t('hoverKindTeam'), team.name, team.title)];
        const agents = team.members.find(ast.isAgents);
        const handles = team.members.filter(ast.isHandles).flatMap((h) => (h.categories ?? []).map((c) => code(c.ref?.name ?? c.$refText)));
        const lines: string[] = [];
        if (agents) lines.push(t('hoverTeamAgents', { agents: agentsWords(agents.count, text), calendar: this.openWords(agents.calendar) }));
        lines.push(handles.length > 0 ? t('hoverHandles', { categories: handles.join(', ') }) : t('hoverHandlesNothing'));
        const scenario = team.$container;
        sections.push(bullets(lines), t('hoverInScenario', { scenario: code(scenario.name) }));
        return sections;
    }

    protected channelSections(channel: ast.Channel): HoverSections {
        const text = this.text;
        const { t } = text;
        const sections = [heading(t('hoverKindChannel'), channel.name, channel.title), t('hoverChannelOpen', { open: this.openWords(channel.hours) })];
        const hours = channel.hours?.calendar?.ref;
        if (hours) sections.push(`${t('hoverItsHours')}\n${bullets(weeklySummary(lowerCalendar(hours), text.locale))}`);
        const contract = enclosingContract(channel);
        const own = (contract?.members ?? []).filter(ast.isCategory).flatMap((category) =>
            category.members.filter(ast.isChannelTargets).filter((b) => b.channel?.ref === channel)
                .flatMap((b) => b.targets.map((target) => `${code(category.name)}: ${targetSummary(target, text)}`)));
        if (own.length > 0) {
            sections.push(`${t('hoverChannelOwnTargets')}\n${bullets(own)}`);
        }
        return sections;
    }

    /** The lowered contract around `node` (undefined when the runtime cannot build it). */
    protected loweredOf(node: AstNode): Contract | undefined {
        const contract = enclosingContract(node);
        if (!contract) return undefined;
        try {
            return loweredContract(contract);
        } catch {
            return undefined;
        }
    }

    /**
     * What a channel's target means for its tickets: it replaces the category's own target of its kind;
     * the other kind stays the category's unless the block gives one too.
     */
    protected replacementSections(target: ast.Target, block: ast.ChannelTargets): HoverSections {
        const text = this.text;
        const { t } = text;
        const category = block.$container;
        const channel = code(block.channel?.$refText);
        const kind = target.kind ?? 'response';
        const own = category.members.filter(ast.isTarget).find((other) => other.kind === kind);
        const replaced = own
            ? t('hoverReplacesOwn', { kind: kindWord(kind, text.locale), within: targetWithin(own, text) })
            : t('hoverReplacesNone', { kind: kindWord(kind, text.locale) });
        const otherKind = kind === 'response' ? 'resolution' : 'response';
        const otherWord = kindWord(otherKind, text.locale);
        const otherHere = block.targets.some((other) => other.kind === otherKind);
        const otherOwn = category.members.filter(ast.isTarget).find((other) => other.kind === otherKind);
        const other = otherHere
            ? t('hoverOtherHere', { kind: otherWord })
            : otherOwn
                ? t('hoverOtherStays', { kind: otherWord, within: targetWithin(otherOwn, text) })
                : t('hoverOtherNone', { kind: otherWord });
        const hours = block.channel?.ref ? ` ${t('hoverChannelIsOpen', { open: this.openWords(block.channel.ref.hours) })}` : '';
        return [`${t('hoverReplacement', { channel, replaced, other })}${hours}`];
    }

    /** `via Phone { … }` itself: the channel, its hours and the targets it replaces. */
    protected channelTargetsSections(block: ast.ChannelTargets): HoverSections {
        const text = this.text;
        const { t } = text;
        const category = block.$container;
        const sections = [t('hoverTargetsVia', { channel: code(block.channel?.$refText), category: code(category.name) })];
        if (block.targets.length === 0) {
            sections.push(t('hoverTargetsViaNone'));
        } else {
            sections.push(`${bullets(block.targets.map((target) => targetSummary(target, text)))}\n\n${t('hoverTargetsViaReplace')}`);
        }
        if (block.channel?.ref) sections.push(t('hoverTargetsViaHours', { open: this.openWords(block.channel.ref.hours) }));
        return sections;
    }

    /** "50%" of an escalation step, "?%" while it is being typed. */
    protected stepPercent(step: ast.EscalationStep): string {
        return typeof step.percent === 'number' ? formatPercent(step.percent, this.text.locale) : '?%';
    }

    protected onCallSections(rotation: ast.OnCall): HoverSections {
        const text = this.text;
        const { t } = text;
        const sections = [heading(t('hoverKindOnCall'), rotation.name, rotation.title)];
        const lowered = this.loweredOf(rotation)?.onCall?.find((r) => r.name === rotation.name);
        if (lowered) sections.push(...onCallMarkdown(lowered, text.locale));
        const contract = enclosingContract(rotation);
        const uses = (contract?.members ?? []).filter(ast.isEscalation).flatMap((e) =>
            e.steps.filter((step) => step.onCall && step.rotation?.ref === rotation)
                .map((step) => t('hoverNotifiedByStep', {
                    categories: (e.categories ?? []).map((c) => code(c.$refText)).join(', '),
                    percent: this.stepPercent(step),
                    kind: step.target ? kindWord(step.target, text.locale) : '?',
                })));
        if (uses.length > 0) sections.push(`${t('hoverNotifiedBy')}\n${bullets(uses)}`);
        return sections;
    }

    /** `notify on call Guard`: who is notified, when. */
    protected notifyOnCallSections(step: ast.EscalationStep): HoverSections {
        const text = this.text;
        const name = step.rotation?.$refText;
        const sections = [
            text.t('hoverNotifyOnCall', { rotation: code(name), percent: this.stepPercent(step), kind: step.target ? kindWord(step.target, text.locale) : '?' }),
        ];
        const rotation = step.rotation?.ref;
        const lowered = rotation && this.loweredOf(step)?.onCall?.find((r) => r.name === rotation.name);
        if (lowered) sections.push(...onCallMarkdown(lowered, text.locale));
        return sections;
    }

    protected penaltyClauseSections(clause: PenaltyClauseNode): HoverSections {
        const contract = this.loweredOf(clause);
        if (!contract) return [];
        let model: PenaltyClauseModel;
        if (ast.isPenaltyTier(clause)) {
            model = { kind: 'tier', tier: { objective: refName(clause.objective), below: thresholdOf(clause.threshold), creditPercent: clause.credit } };
        } else if (ast.isPenaltyFine(clause)) {
            model = { kind: 'fine', fine: { objective: refName(clause.objective), below: thresholdOf(clause.threshold), amount: moneyOf(clause.amount) } };
        } else if (ast.isPerBreachPenalty(clause)) {
            model = { kind: 'perBreach', penalty: { category: refName(clause.category), target: (clause.target ?? 'resolution') as 'response' | 'resolution', penalty: penaltyAmountOf(clause.penalty) } };
        } else if (ast.isDowntimePenalty(clause)) {
            model = { kind: 'downtime', penalty: { objective: refName(clause.objective), per: (clause.unit ?? 'hour') as 'hour' | 'minute', penalty: penaltyAmountOf(clause.penalty) } };
        } else {
            model = { kind: 'cap', cap: { percent: clause.percent, period: (clause.period?.unit ?? 'month') as 'month' } };
        }
        return penaltyClauseMarkdown(contract, model, this.text.locale);
    }

    /** The `penalties` keyword: every clause in words and the combination rule. */
    protected penaltiesSections(penalties: ast.Penalties): HoverSections {
        const contract = this.loweredOf(penalties);
        const { t, locale } = this.text;
        return contract ? [`**${t('hoverKindPenalties')}**`, ...penaltiesMarkdown(contract, locale)] : [];
    }

    /** "while calendar `Office` is open", "around the clock (`always`)". */
    protected openWords(ref: MaybeCalendarRef): string {
        const { t } = this.text;
        if (ref?.always) return t('hoverOpenAlways');
        return t('hoverOpenWhile', { calendar: code(ref?.calendar?.$refText) });
    }
}
