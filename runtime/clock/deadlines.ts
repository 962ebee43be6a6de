import { dueAfter, percentOfDuration } from '../calendar/duration.js';
import { BeyondHorizon, horizonInstantText, HORIZON_YEARS } from '../calendar/horizon.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import type { Contract, TargetKind } from '../model.js';
import { contractHorizon } from '../term.js';
import type { Pauses } from '../time/pauses.js';
import { calendarLookup, calendarOf } from './contract-calendars.js';

/**
 * `compute()` within the contract's horizon: an instant past it, or the engine stopping at its own, becomes
 * one BeyondHorizon in the contract's words (`key`, `args`: which target or step of which category; the
 * target's kind is in the key, since an English word in `args` would stay English in every language).
 */
function withinHorizon(originMs: number, limitMs: number, key: MessageKey, args: MessageArgs, compute: () => number): number {
    const refuse = () => new BeyondHorizon('deadline', originMs, limitMs, {
        key,
        args: { ...args, years: String(HORIZON_YEARS), origin: horizonInstantText(originMs), limit: horizonInstantText(limitMs) },
    });
    let at: number;
    try {
        at = compute();
    } catch (error) {
        if (error instanceof BeyondHorizon) throw refuse();
        throw error;
    }
    if (Number.isFinite(at) && at > limitMs) throw refuse();
    return at;
}

export interface EscalationInstant {
    readonly at: number;
    readonly notify: string;
    readonly contact?: string;
    readonly target: TargetKind;
    readonly percent: number;
}

export interface TicketDeadlines {
    readonly response: { readonly due: number } | null;
    readonly resolution: { readonly due: number } | null;
    /** Sorted by instant; steps that can never be reached are left out. */
    readonly escalations: readonly EscalationInstant[];
}

/**
 * Due instants of a ticket of `categoryName` opened at `openedMs` with the given pauses (for the CLI and
 * the editor preview: no events, no category changes; see TicketClock for those). A target the category
 * does not set is null; one that can never fall due (a calendar that never opens again) has due +∞.
 */
export function deadlines(contract: Contract, categoryName: string, openedMs: number, pauses?: Pauses): TicketDeadlines {
    const category = contract.categories.find((c) => c.name === categoryName);
    if (!category) throw new RangeError(`Contract ${contract.name} has no category "${categoryName}"`);
    const calendars = calendarLookup(contract);
    const { originMs, limitMs } = contractHorizon(contract, openedMs);
    if (openedMs > limitMs) {
        throw new BeyondHorizon('deadline', originMs, limitMs, {
            key: 'openedBeyondHorizon',
            args: { opened: horizonInstantText(openedMs), years: String(HORIZON_YEARS), start: contract.term?.start ?? horizonInstantText(originMs) },
        });
    }
    const names = { contract: contract.name, category: categoryName };
    const escalations: EscalationInstant[] = [];
    for (const escalation of contract.escalations) {
        if (escalation.categories.length > 0 && !escalation.categories.includes(categoryName)) continue;
        for (const step of escalation.steps) {
            const duration = category[step.target];
            if (!duration) continue;
            const key = step.target === 'response' ? 'responseEscalationBeyondHorizon' : 'resolutionEscalationBeyondHorizon';
            const at = withinHorizon(originMs, limitMs, key, { ...names, percent: String(step.percent) }, () =>
                percentOfDuration(duration, step.percent, openedMs, calendars, pauses));
            if (!Number.isFinite(at)) continue;
            escalations.push({
                at,
                notify: step.notify,
                ...(step.contact !== undefined ? { contact: step.contact } : {}),
                target: step.target,
                percent: step.percent,
            });
        }
    }
    escalations.sort((a, b) => a.at - b.at || a.percent - b.percent);
    const due = (kind: TargetKind) => {
        const duration = category[kind];
        if (!duration) return null;
        const key = kind === 'response' ? 'responseBeyondHorizon' : 'resolutionBeyondHorizon';
        return { due: withinHorizon(originMs, limitMs, key, { ...names, duration: duration.text }, () =>
            dueAfter(duration, openedMs, calendars, pauses)) };
    };
    return { response: due('response'), resolution: due('resolution'), escalations };
}

/** Open, unpaused milliseconds of `calendarName` (or `always`) in [fromMs, toMs); BeyondHorizon past the contract's horizon. */
export function elapsed(contract: Contract, calendarName: string, fromMs: number, toMs: number, pauses?: Pauses): number {
    const { originMs, limitMs } = contractHorizon(contract, fromMs);
    const refuse = () => new BeyondHorizon('span', originMs, limitMs, {
        key: 'elapsedBeyondHorizon',
        args: { from: horizonInstantText(fromMs), to: horizonInstantText(toMs), years: String(HORIZON_YEARS) },
    });
    if (Math.max(fromMs, toMs) > limitMs) throw refuse();
    try {
        return calendarOf(contract, calendarName).elapsedBusiness(fromMs, toMs, pauses);
    } catch (error) {
        if (error instanceof BeyondHorizon) throw refuse();
        throw error;
    }
}
