// The judge decides most targets from the time their clock ran, without the due instant (judge.ts). Against
// the judge that computes every due instant (the event log's mode, the rule itself), ticket by ticket: the same
// on-time counts, minutes, histograms and escalations, for tickets at random and for stops a millisecond or
// less either side of their due instants, over DST changes, half days, holidays and customer pauses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../../runtime/clock/contract-calendars.js';
import type { Contract } from '../../../runtime/model.js';
import { Accumulator } from '../../../runtime/simulate/counters.js';
import { TicketJudge } from '../../../runtime/simulate/judge.js';
import { compile, TABLES_SLACK_MS, type SimModel } from '../../../runtime/simulate/model.js';
import { OpenDates } from '../../../runtime/simulate/open-dates.js';
import { propertyRuns } from '../random-calendars.js';
import { contractOf, exampleContract, NEW_YORK_OFFICE, queueContract } from './helpers.js';

const runs = propertyRuns(1414);

const NEW_YORK = `
contract Judged "Judged" {${NEW_YORK_OFFICE}  channel Chat hours Office
  category Urgent { priority 1 response within 30 business minutes resolution within 1 business day }
  category Normal {
    priority 2
    response within 2 business hours
    resolution within 3 business days
    via Chat { response within 90 seconds resolution within 6 business hours }
  }
  category Slow { priority 3 response within 4 hours resolution within 10 business days }
  objective Answers { 90% of responses on time per month }
  escalation for Normal { at 50% of resolution notify "Lead" "lead@example.example" }
  customer obligations { reply within 2 business days pauses clock }
  scenario March "March" {
    period 4 weeks starting 2026-03-02
    arrivals { Urgent 2 per day Normal 10 per day Slow 3 per day Normal 4 per day via Chat }
    team Desk { agents 3 on Office handles Urgent, Normal, Slow }
    handling { Urgent exponential mean 1 hour Normal exponential mean 30 minutes Slow exponential mean 2 hours }
    customer replies { 40% of Normal wait exponential mean 1 day }
  }
}
`;

interface Ticket {
    c: number;
    channel: number;
    opened: number;
    at: number;
    end: number;
    wait: number;
}

/** Both judges' counters after each ticket: the fast one must never differ from the exact one. */
function judgeBoth(model: SimModel, tickets: readonly Ticket[]): void {
    const slots = model.categories.length * (model.channels.length + 1);
    const judges = [false, true].map((exact) => {
        const acc = Accumulator.of(model);
        const runCat = new Float64Array(acc.cat.length);
        const runSlots = new Float64Array(slots * 5);
        const judge = new TicketJudge(model, runCat, runSlots);
        judge.begin(acc.respHist, acc.resHist, exact);
        return { judge, acc, runCat, runSlots };
    });
    for (const t of tickets) {
        for (const { judge } of judges) {
            judge.add(t.c, t.channel, t.opened, t.at, t.end, t.wait);
        }
        const [fast, exact] = judges;
        if (fast!.runSlots.join() !== exact!.runSlots.join() || fast!.runCat.join() !== exact!.runCat.join()) {
            expect({ ticket: t, slots: [...fast!.runSlots], cat: [...fast!.runCat] }).toEqual({ ticket: t, slots: [...exact!.runSlots], cat: [...exact!.runCat] });
        }
    }
    expect([...judges[0]!.acc.respHist]).toEqual([...judges[1]!.acc.respHist]);
    expect([...judges[0]!.acc.resHist]).toEqual([...judges[1]!.acc.resHist]);
}

/** Random tickets of the model, and for each a second one stopped within a millisecond of a due instant. */
function ticketsOf(contract: Contract, model: SimModel) {
    const span = model.horizon - model.start;
    const ticket = fc
        .record({
            c: fc.nat({ max: model.categories.length - 1 }),
            channel: fc.nat({ max: model.channels.length }),
            opened: fc.double({ min: 0, max: 1, noNaN: true }),
            queue: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2 * 86_400_000, noNaN: true })),
            handling: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 86_400_000, noNaN: true })),
            wait: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5 * 86_400_000, noNaN: true })),
            near: fc.oneof(fc.constant(null), fc.record({ which: fc.constantFrom('response', 'resolution'), by: fc.double({ min: -1.5, max: 1.5, noNaN: true }), date: fc.boolean() })),
        })
        .map(({ c, channel, opened, queue, handling, wait, near }): Ticket => {
            const cat = model.categories[c]!;
            const o = model.start + opened * span * 0.6;
            let at = Math.min(model.horizon, o + queue);
            let end = at + handling;
            let w = wait;
            if (near) {
                // Stop a millisecond or less from the due instant the rule gives.
                const rule = near.which === 'response' ? cat.byChannel[channel]!.response : cat.byChannel[channel]!.resolution;
                if (rule) {
                    // Or from the first opening of a target of business days' due date (OpenDates, the judge's bound).
                    const d = rule.duration;
                    const dates = near.date && d.kind === 'businessDays' ? new OpenDates(rule.calendar, rule.calendar.zone, model.start, model.horizon + TABLES_SLACK_MS) : null;
                    const floor = dates && d.kind === 'businessDays' ? dates.dueFloor(o, d.days) : NaN;
                    const due = floor === floor ? floor : rule.due(o);
                    if (near.which === 'response') {
                        at = Math.max(o, Math.min(model.horizon, due + near.by));
                        end = Math.max(at, end);
                    } else if (w === 0) end = Math.max(at, due + near.by);
                    else w = Math.max(0, due + near.by - end);
                }
            }
            void contract;
            return { c, channel, opened: o, at, end, wait: w };
        });
    return fc.array(ticket, { minLength: 1, maxLength: 40 });
}

describe('the judge', () => {
    it('judges as the due instants do, on a calendar with DST, half days, holidays and pauses', async () => {
        const contract = await contractOf(NEW_YORK);
        const model = compile(contract, 'March');
        expect(model.pausesClock).toBe(true);
        fc.assert(fc.property(ticketsOf(contract, model), (tickets) => judgeBoth(model, tickets)), runs(300));
    });

    it('judges as the due instants do on helpdesk-br (business days, always, channels)', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        for (const scenario of ['MesNormal', 'PorCanal']) {
            const model = compile(contract, scenario);
            fc.assert(fc.property(ticketsOf(contract, model), (tickets) => judgeBoth(model, tickets)), runs(150));
        }
    });

    it('judges a queue with a wall-time response only (judged without a call) as the due instants do', () => {
        const contract = queueContract({ perHour: 20, handling: { kind: 'exponential', meanMinutes: 10 }, agents: 4, targetMinutes: 5, weeks: 1 });
        const model = compile(contract, contract.scenarios[0]!.name);
        fc.assert(fc.property(ticketsOf(contract, model), (tickets) => judgeBoth(model, tickets)), runs(100));
    });

    it('knows the least open time two business days grant on helpdesk-br: a Saturday of 4 hours', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const model = compile(contract, 'MesNormal');
        const comercial = calendarOf(contract, 'Comercial');
        // Every ticket of Duvida (2 business days) gets at least the open time of one whole open date between.
        const floor = (new TicketJudge(model, new Float64Array(100), new Float64Array(100)) as unknown as { resFloor: Float64Array }).resFloor;
        const duvida = model.categories.find((c) => c.name === 'Duvida')!.index * (model.channels.length + 1);
        expect(floor[duvida]).toBe(4 * 3_600_000);
        expect(comercial.elapsedBusiness(Date.parse('2026-03-07T12:00:00Z'), Date.parse('2026-03-07T16:00:00Z'))).toBe(4 * 3_600_000);
    });
});
