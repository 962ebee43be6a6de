/**
 * Questions asked of the AST itself (which contract holds a node, which calendar a duration counts on,
 * a scenario's `extends` chain): scoping, validation, hovers and the lowering all ask them. They read the
 * syntax tree only; turning it into the runtime's model is language/lower.ts's job.
 */
import { AstUtils, type AstNode } from 'langium';
import * as ast from './generated/ast.js';
import { ALWAYS } from '../runtime/index.js';

/**
 * Calls `visit` on `node` and every node below it, in streamAst's order (depth first, properties in order),
 * without the streams and iterators streamAst builds per node: checks that read the whole tree use it.
 */
export function walkAst(node: AstNode, visit: (node: AstNode) => void): void {
    visit(node);
    const record = node as unknown as Record<string, unknown>;
    for (const property in record) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (isNode(value)) walkAst(value, visit);
        else if (Array.isArray(value)) {
            for (const element of value) if (isNode(element)) walkAst(element, visit);
        }
    }
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/** The contract that holds `node` (undefined for a node outside any contract). */
export function enclosingContract(node: AstNode): ast.Contract | undefined {
    return AstUtils.getContainerOfType(node, ast.isContract);
}

const calendarsByName = new WeakMap<ast.Contract, Map<string, ast.Calendar>>();

/** The first calendar of `contract` called `name` (a later one of the same name is a duplicate), indexed once per AST. */
export function calendarNamed(contract: ast.Contract, name: string): ast.Calendar | undefined {
    let byName = calendarsByName.get(contract);
    if (!byName) {
        byName = new Map();
        for (const member of contract.members) {
            if (ast.isCalendar(member) && !byName.has(member.name)) byName.set(member.name, member);
        }
        calendarsByName.set(contract, byName);
    }
    return byName.get(name);
}

export function defaultCalendarOf(contract: ast.Contract): ast.DefaultCalendar | undefined {
    return contract.members.find(ast.isDefaultCalendar);
}

/** Name of the calendar a reference designates ("always" for the built-in), or undefined if unresolved. */
export function calendarName(ref: ast.CalendarRef | undefined): string | undefined {
    if (!ref) return undefined;
    if (ref.always) return ALWAYS;
    return ref.calendar?.ref?.name;
}

/**
 * The calendar `business` durations count on where `node` stands: an explicit `on CALENDAR` of a target,
 * the designated contact's calendar for customer obligations, else the contract's default calendar.
 */
export function calendarInScope(duration: ast.Duration): { name: string; source: 'explicit' | 'channel' | 'contact' | 'default' } | undefined {
    // Parts of a half-typed document are missing; every lookup below tolerates that.
    const container = duration.$container;
    if (ast.isTarget(container) && container.calendar) {
        const name = calendarName(container.calendar);
        return name ? { name, source: 'explicit' } : undefined;
    }
    // A target of `via CHANNEL { … }` counts on the channel's hours.
    if (ast.isTarget(container) && ast.isChannelTargets(container.$container)) {
        const name = calendarName(container.$container.channel?.ref?.hours);
        if (name) return { name, source: 'channel' };
    }
    if (ast.isReplyObligation(container) || ast.isDemandNotice(container)) {
        const contact = container.$container.obligations.find(ast.isContactObligation);
        const name = calendarName(contact?.hours);
        if (name) return { name, source: 'contact' };
    }
    const contract = enclosingContract(duration);
    const fallback = contract && defaultCalendarOf(contract)?.calendar?.ref?.name;
    return fallback ? { name: fallback, source: 'default' } : undefined;
}

/** The category a target belongs to, also when it stands in a `via CHANNEL { … }` block. */
export function categoryOfTarget(target: ast.Target): ast.Category {
    const container = target.$container;
    return ast.isChannelTargets(container) ? container.$container : container;
}

/** The free-text clauses of a list of members, in order. */
export function texts(members: readonly unknown[]): string[] {
    return members.filter(ast.isFreeText).map((t) => t.text).filter((t): t is string => typeof t === 'string');
}

/** The chain of a scenario and its ancestors, nearest first; stops at a cycle. */
export function scenarioChain(scenario: ast.Scenario): ast.Scenario[] {
    const chain: ast.Scenario[] = [];
    for (let s: ast.Scenario | undefined = scenario; s && !chain.includes(s); s = s.base?.ref) chain.push(s);
    return chain;
}

