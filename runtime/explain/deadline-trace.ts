/**
 * Everything about one ticket's deadlines, as data: when each target of its category is due, why (the
 * runtime's explainDeadline for business time; the changes of offset crossed for wall-clock time), when
 * each escalation step fires, and the zone to show it all in. The deadline preview renders it as Markdown
 * (preview-markdown.ts) and `pacto deadline` as text, so the two never compute a ticket differently.
 */
import { explainDeadline, type DeadlineExplanation } from '../calendar/explain.js';
import { calendarLookup } from '../clock/contract-calendars.js';
import { deadlines, type EscalationInstant } from '../clock/deadlines.js';
import { ALWAYS, type Category, type Contract, type Duration, type TargetKind } from '../model.js';
import type { Pauses } from '../time/pauses.js';
import { ZoneTimeline, type OffsetTransition } from '../time/zone-timeline.js';
import { displayZone, durationZone } from './display-zone.js';
import { deadlineAmount } from './worked-examples.js';

export type TargetTrace = {
    readonly kind: TargetKind;
    readonly duration: Duration;
    /** +∞ when the calendar never opens again. */
    readonly due: number;
    /** The zone the target's calendar reads local times in (the ticket's display zone for wall-clock time). */
    readonly zone: string;
} & (
    | { readonly clock: 'business'; readonly explanation: DeadlineExplanation }
    /** `dstChanges`: the changes of offset between the opening and the due instant. */
    | { readonly clock: 'wall'; readonly dstChanges: readonly OffsetTransition[] }
);

export interface EscalationTrace extends EscalationInstant {
    /** The zone of the target the step belongs to. */
    readonly zone: string;
}

export interface DeadlineTrace {
    readonly contract: Contract;
    readonly category: Category;
    readonly opened: number;
    /** The ticket's display zone (display-zone.ts). */
    readonly zone: string;
    /** The targets the category sets, response first. */
    readonly targets: readonly TargetTrace[];
    readonly escalations: readonly EscalationTrace[];
}

/**
 * The trace of a ticket of `categoryName` opened at `opened`, with `pauses`. Throws RangeError for an
 * unknown category (callers check first, to say which categories there are).
 */
export function deadlineTrace(contract: Contract, categoryName: string, opened: number, pauses?: Pauses): DeadlineTrace {
    const category = contract.categories.find((c) => c.name === categoryName);
    if (!category) throw new RangeError(`Contract ${contract.name} has no category "${categoryName}"`);
    const zone = displayZone(contract, category);
    const result = deadlines(contract, category.name, opened, pauses);
    const lookup = calendarLookup(contract);
    const targets = (['response', 'resolution'] as const).flatMap((kind): TargetTrace[] => {
        const duration = category[kind];
        const due = result[kind]?.due;
        if (!duration || due === undefined) return [];
        const targetZone = durationZone(contract, duration, zone);
        // Business time on `always` is wall-clock time: no calendar to explain.
        if (duration.kind === 'wall' || duration.calendar === ALWAYS) {
            const dstChanges = Number.isFinite(due) ? ZoneTimeline.of(targetZone).transitionsBetween(opened, due) : [];
            return [{ kind, duration, due, zone: targetZone, clock: 'wall', dstChanges }];
        }
        const explanation = explainDeadline(lookup(duration.calendar), opened, deadlineAmount(duration), pauses);
        return [{ kind, duration, due, zone: targetZone, clock: 'business', explanation }];
    });
    const escalations = result.escalations.map((e): EscalationTrace => ({ ...e, zone: durationZone(contract, category[e.target]!, zone) }));
    return { contract, category, opened, zone, targets, escalations };
}
