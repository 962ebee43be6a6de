import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import { CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { categoryOfTarget } from '../ast-queries.js';
import { lowerCalendar, lowerScenario } from '../lower.js';
import { defaultCalendarOf, enclosingContract } from '../ast-queries.js';
import {
    ALWAYS,
    averageOpenDayMinutes,
    code,
    downtimeBudgetMarkdown,
    formatHoursMinutes,
    holidayCountries,
    holidayRegions,
    timeOfDay,
    weeklyOpenMinutes,
    weeklySummary,
    type Distribution,
} from '../../runtime/index.js';
import { durationWords, measureWords, targetSummary } from './plain-words.js';
import { deadlineExampleSections } from './deadline-hover.js';

type MaybeCalendarRef = ast.CalendarRef | undefined;

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
        if (ast.isDuration(node)) return this.durationSections(node);
        if (ast.isMeasure(node)) return ast.isObjective(node.$container) ? this.objectiveSections(node.$container) : [];
        if (ast.isPeriod(node) && ast.isMeasure(node.$container) && ast.isObjective(node.$container.$container)) {
            return this.objectiveSections(node.$container.$container);
        }
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
            sections.push(`Closed on the public holidays of ${regions.join('; ')}.`);
        }
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
        return [heading('channel', channel.name, channel.title), `Open ${this.openWords(channel.hours)}.`];
    }

    /** "while calendar `Office` is open", "around the clock (`always`)". */
    protected openWords(ref: MaybeCalendarRef): string {
        if (ref?.always) return 'around the clock (the built-in calendar `always`)';
        return `while calendar ${code(ref?.calendar?.$refText)} is open`;
    }
}
