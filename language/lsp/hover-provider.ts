import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
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
    downtimeShareMarkdown,
    formatHoursMinutes,
    holidayCountries,
    holidayRegions,
    onCallMarkdown,
    penaltiesMarkdown,
    penaltyClauseMarkdown,
    satisfactionShareMarkdown,
    timeOfDay,
    weeklyOpenMinutes,
    weeklySummary,
    type Contract,
    type Distribution,
    type Money,
    type PenaltyAmount,
    type PenaltyClauseModel,
    type Threshold,
} from '../../runtime/index.js';
import { durationWords, measureWords, targetSummary } from './plain-words.js';
import { deadlineExampleSections } from './deadline-hover.js';

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

function heading(keyword: string, name: string, title: string | undefined): string {
    return `**${keyword} ${name}**${title !== undefined ? ` — ${title}` : ''}`;
}

function bullets(lines: string[]): string {
    return lines.map((l) => `- ${l}`).join('\n');
}

/** "1 day", "3 days", otherwise "2 h 30 min". */
function span(minutes: number): string {
    if (minutes >= 1440 && minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
    return formatHoursMinutes(minutes);
}

function distributionWords(d: Distribution | undefined): string {
    if (!d) return 'unknown';
    switch (d.kind) {
        case 'exponential': return `exponential, mean ${span(d.meanMinutes)}`;
        case 'lognormal': return `lognormal, mean ${span(d.meanMinutes)}, sd ${span(d.sdMinutes)}`;
        case 'fixed': return `fixed ${span(d.minutes)}`;
        case 'uniform': return `uniform from ${span(d.minMinutes)} to ${span(d.maxMinutes)}`;
    }
}

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
    constructor(services: LangiumServices) {
        super(services);
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
        return [
            '**always** — built-in calendar',
            'Open at every instant: 24 hours a day, 7 days a week, no holidays. Business time counted on `always` equals wall-clock time.',
        ];
    }

    protected contractSections(contract: ast.Contract): HoverSections {
        const lines: string[] = [];
        const provider = contract.members.find(ast.isProvider);
        const customer = contract.members.find(ast.isCustomer);
        const term = contract.members.find(ast.isTerm);
        const fee = contract.members.find(ast.isFee);
        if (provider) lines.push(`Provider: ${provider.party}`);
        if (customer) lines.push(`Customer: ${customer.party}`);
        if (term) lines.push(`Term: ${term.start} to ${term.end}`);
        if (fee) lines.push(`Fee: ${fee.amount} ${fee.currency} ${fee.period}`);
        const defaultCalendar = defaultCalendarOf(contract)?.calendar.$refText;
        if (defaultCalendar) lines.push(`Default calendar: ${code(defaultCalendar)}`);
        const sections = [heading('contract', contract.name, contract.title)];
        if (lines.length > 0) sections.push(bullets(lines));
        return sections;
    }

    protected calendarSections(calendar: ast.Calendar): HoverSections {
        const spec = lowerCalendar(calendar);
        const declaredZone = calendar.rules.find(ast.isTimeZone);
        const sections = [heading('calendar', calendar.name, calendar.title)];
        sections.push(declaredZone?.zone !== undefined ? `Time zone: ${code(spec.zone)}` : 'Time zone: none declared');
        const week = weeklySummary(spec);
        const perWeek = weeklyOpenMinutes(spec);
        const day = averageOpenDayMinutes(spec);
        const totals = perWeek > 0
            ? `${formatHoursMinutes(perWeek)} open per week${day !== undefined ? `; an average open day has ${formatHoursMinutes(day)}` : ''}.`
            : 'Never open in a regular week.';
        sections.push(`Weekly hours:\n${bullets(week)}\n\n${totals}`);
        if (spec.holidayRegions.length > 0) {
            const countries = new Map(holidayCountries());
            const regions = spec.holidayRegions.map((r) => {
                const country = countries.get(r.country) ?? r.country;
                if (r.region === undefined) return `${country} (${r.country})`;
                const region = new Map(holidayRegions(r.country)).get(r.region) ?? r.region;
                return `${country}, ${region} (${r.country} ${r.region})`;
            });
            const types = [...new Set(spec.holidayRegions.flatMap((r) => r.types ?? []))];
            const including = types.length > 0 ? `, and on its ${types.join(', ').replace(/, ([^,]*)$/, ' and $1')} holidays` : '';
            sections.push(`Closed on the public holidays of ${regions.join('; ')}${including}.`);
        }
        sections.push(...this.calendarYearSections(calendar, spec));
        if (spec.holidays.length > 0) {
            sections.push(`Also closed on:\n${bullets(spec.holidays.map((h) => `${h.date}${h.title !== undefined ? ` — ${h.title}` : ''}`))}`);
        }
        if (spec.specialHours.length > 0) {
            sections.push(`Special hours:\n${bullets(spec.specialHours.map((s) => `${s.date}: ${s.intervals.length === 0 ? 'closed' : s.intervals.map((i) => `${timeOfDay(i.start)}-${timeOfDay(i.end)}`).join(', ')}`))}`);
        }
        const contract = enclosingContract(calendar);
        if (contract && defaultCalendarOf(contract)?.calendar.ref === calendar) {
            sections.push('This is the default calendar: `business` durations that name no calendar count on it.');
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
            return calendarHolidaysMarkdown(spec, year, "the term's first year");
        } catch {
            // A calendar the runtime cannot build (an unknown zone): validation says why.
            return [];
        }
    }

    protected categorySections(category: ast.Category): HoverSections {
        const sections = [heading('category', category.name, category.title)];
        const descriptions = category.members.filter(ast.isDescription).map((d) => d.text);
        if (descriptions.length > 0) sections.push(descriptions.join('\n\n'));
        const priority = category.members.find(ast.isPriority);
        if (priority) sections.push(`Priority ${priority.level} (a lower number is more urgent).`);
        const targets = category.members.filter(ast.isTarget);
        sections.push(targets.length > 0 ? `Targets:\n${bullets(targets.map(targetSummary))}` : 'No response or resolution target.');
        return sections;
    }

    protected objectiveSections(objective: ast.Objective): HoverSections {
        const sections = [heading('objective', objective.name, objective.title)];
        if (objective.measure) sections.push(measureWords(objective.measure));
        const measure = objective.measure;
        if (ast.isAvailabilityMeasure(measure)) {
            const maintenance = measure.maintenance && (measure.maintenance.always ? ALWAYS : measure.maintenance.calendar?.$refText);
            sections.push(...downtimeBudgetMarkdown(measure.percent, measure.period?.unit, maintenance));
        }
        if (ast.isDowntimeBudgetMeasure(measure) || ast.isSatisfactionShareMeasure(measure)) {
            const lowered = this.loweredOf(objective)?.objectives.find((o) => o.name === objective.name)?.measure;
            if (lowered?.kind === 'downtimeBudget') sections.push(...downtimeShareMarkdown(lowered.budget, lowered.period, lowered.maintenance));
            if (lowered?.kind === 'satisfactionShare') sections.push(...satisfactionShareMarkdown(lowered));
        }
        return sections;
    }

    protected targetSections(target: ast.Target): HoverSections {
        const category = categoryOfTarget(target);
        const via = ast.isChannelTargets(target.$container) ? ` for tickets via ${code(target.$container.channel?.$refText)}` : '';
        const sections = [
            `**${target.kind === 'response' ? 'Response' : 'Resolution'} target** of category ${code(category.name)}${category.title !== undefined ? ` — ${category.title}` : ''}${via}`,
            ...durationWords(target.duration),
        ];
        if (target.duration && !target.duration.business && target.calendar) {
            sections.push('The calendar named by `on` is not used: wall-clock time ignores calendars; write `business` to count on it.');
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
        return deadlineExampleSections(target);
    }

    protected durationSections(duration: ast.Duration): HoverSections {
        return durationWords(duration);
    }

    protected scenarioSections(scenario: ast.Scenario): HoverSections {
        const model = lowerScenario(scenario);
        const sections = [heading('scenario', scenario.name, scenario.title), 'A what-if simulation of ticket arrivals and handling, to test the contract before signing.'];
        const lines: string[] = [];
        if (model.extends) lines.push(`Extends ${code(model.extends)}: changes only what it names.`);
        if (model.period) lines.push(`Period: ${model.period.length.text} starting ${model.period.start}`);
        if (model.arrivals.length > 0) lines.push(`Arrivals: ${model.arrivals.map((a) => `${a.category} ${a.rate} per ${a.per}`).join(', ')}`);
        if (model.arrivalsFollow) lines.push(`Arrivals only while ${code(model.arrivalsFollow)} is open`);
        for (const team of model.teams) lines.push(`Team ${code(team.name)}: ${team.agents} agent${team.agents === 1 ? '' : 's'} on ${code(team.calendar)}, handles ${team.handles.join(', ') || 'nothing'}`);
        for (const h of model.handling) lines.push(`Handling of ${h.category}: ${distributionWords(h.distribution)}`);
        for (const w of model.customerReplies) lines.push(`${w.percent}% of ${w.category} wait for the customer: ${distributionWords(w.wait)}`);
        if (lines.length > 0) sections.push(bullets(lines));
        return sections;
    }

    protected teamSections(team: ast.Team): HoverSections {
        const sections = [heading('team', team.name, team.title)];
        const agents = team.members.find(ast.isAgents);
        const handles = team.members.filter(ast.isHandles).flatMap((h) => (h.categories ?? []).map((c) => code(c.ref?.name ?? c.$refText)));
        const lines: string[] = [];
        if (agents) {
            const calendar = this.openWords(agents.calendar);
            lines.push(`${agents.count ?? '?'} agent${agents.count === 1 ? '' : 's'}, working ${calendar}`);
        }
        lines.push(handles.length > 0 ? `Handles ${handles.join(', ')}` : 'Handles no category');
        const scenario = team.$container;
        sections.push(bullets(lines), `In scenario ${code(scenario.name)}. A free agent takes the waiting ticket of the best priority, oldest first.`);
        return sections;
    }

    protected channelSections(channel: ast.Channel): HoverSections {
        const sections = [heading('channel', channel.name, channel.title), `Open ${this.openWords(channel.hours)}.`];
        const hours = channel.hours?.calendar?.ref;
        if (hours) sections.push(`Its hours:\n${bullets(weeklySummary(lowerCalendar(hours)))}`);
        const contract = enclosingContract(channel);
        const own = (contract?.members ?? []).filter(ast.isCategory).flatMap((category) =>
            category.members.filter(ast.isChannelTargets).filter((b) => b.channel?.ref === channel)
                .flatMap((b) => b.targets.map((t) => `${code(category.name)}: ${targetSummary(t)}`)));
        if (own.length > 0) {
            sections.push(`Own targets of its tickets (they replace the category's own of the same kind):\n${bullets(own)}`);
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
        const category = block.$container;
        const channel = code(block.channel?.$refText);
        const kind = target.kind ?? 'response';
        const own = category.members.filter(ast.isTarget).find((t) => t.kind === kind);
        const replaced = own ? `the category's own ${kind} target (${targetSummary(own).replace(/^\S+( \S+)? within /, 'within ')})` : `the category, which has no ${kind} target of its own`;
        const otherKind = kind === 'response' ? 'resolution' : 'response';
        const otherHere = block.targets.some((t) => t.kind === otherKind);
        const otherOwn = category.members.filter(ast.isTarget).find((t) => t.kind === otherKind);
        const other = otherHere
            ? `its ${otherKind} target is this block's too.`
            : otherOwn
                ? `their ${otherKind} target stays the category's (${targetSummary(otherOwn).replace(/^\S+( \S+)? within /, 'within ')}).`
                : `the category sets no ${otherKind} target.`;
        const hours = block.channel?.ref ? ` The channel is open ${this.openWords(block.channel.ref.hours)}.` : '';
        return [`For tickets that come in through channel ${channel}, this replaces ${replaced}; ${other}${hours}`];
    }

    /** `via Phone { … }` itself: the channel, its hours and the targets it replaces. */
    protected channelTargetsSections(block: ast.ChannelTargets): HoverSections {
        const category = block.$container;
        const sections = [`**Targets via channel ${code(block.channel?.$refText)}** in category ${code(category.name)}`];
        if (block.targets.length === 0) {
            sections.push("No target: the channel's tickets keep the category's own targets.");
        } else {
            sections.push(`${bullets(block.targets.map(targetSummary))}

They replace the category's own targets of the same kind for the tickets of this channel; a kind not given here stays the category's.`);
        }
        if (block.channel?.ref) sections.push(`The channel is open ${this.openWords(block.channel.ref.hours)}; \`business\` targets here with no \`on CALENDAR\` count on its hours.`);
        return sections;
    }

    protected onCallSections(rotation: ast.OnCall): HoverSections {
        const sections = [heading('on call', rotation.name, rotation.title)];
        const lowered = this.loweredOf(rotation)?.onCall?.find((r) => r.name === rotation.name);
        if (lowered) sections.push(...onCallMarkdown(lowered));
        const contract = enclosingContract(rotation);
        const uses = (contract?.members ?? []).filter(ast.isEscalation).flatMap((e) =>
            e.steps.filter((step) => step.onCall && step.rotation?.ref === rotation)
                .map((step) => `escalation for ${(e.categories ?? []).map((c) => code(c.$refText)).join(', ')} at ${step.percent ?? '?'}% of ${step.target ?? '?'}`));
        if (uses.length > 0) sections.push(`Notified by:\n${bullets(uses)}`);
        return sections;
    }

    /** `notify on call Guard`: who is notified, when. */
    protected notifyOnCallSections(step: ast.EscalationStep): HoverSections {
        const name = step.rotation?.$refText;
        const sections = [
            `**Notify on call ${code(name)}** at ${step.percent ?? '?'}% of the ${step.target ?? '?'} target: whoever the rotation has on call at that instant is notified.`,
        ];
        const rotation = step.rotation?.ref;
        const lowered = rotation && this.loweredOf(step)?.onCall?.find((r) => r.name === rotation.name);
        if (lowered) sections.push(...onCallMarkdown(lowered));
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
        return penaltyClauseMarkdown(contract, model);
    }

    /** The `penalties` keyword: every clause in words and the combination rule. */
    protected penaltiesSections(penalties: ast.Penalties): HoverSections {
        const contract = this.loweredOf(penalties);
        return contract ? ['**penalties**', ...penaltiesMarkdown(contract)] : [];
    }

    /** "while calendar `Office` is open", "around the clock (`always`)". */
    protected openWords(ref: MaybeCalendarRef): string {
        if (ref?.always) return 'around the clock (the built-in calendar `always`)';
        return `while calendar ${code(ref?.calendar?.$refText)} is open`;
    }
}
