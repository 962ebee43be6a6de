import { describe, expect, it } from 'vitest';
import { simulateOnce, simulateSync, type SimEvent } from '../../../runtime/simulate/index.js';
import { dueAfter } from '../../../runtime/calendar/duration.js';
import { calendarLookup } from '../../../runtime/clock/contract-calendars.js';
import { TicketClock } from '../../../runtime/clock/ticket-clock.js';
import type { Contract } from '../../../runtime/model.js';
import { contractOf, queueContract } from './helpers.js';

/** Office: Monday to Friday 09:00-17:00 UTC. 2026-03-02 is a Monday. */
const OFFICE = `
contract Shop {
  calendar Office {
    time zone "UTC"
    monday to friday 09:00-17:00
  }
  default calendar Office
  category Urgent { priority 1  response within 1 business hour  resolution within 8 business hours }
  category Normal { priority 3  response within 1 business hour  resolution within 8 business hours }
  objective Responses { 90% of responses on time per month }
  objective Resolutions { 90% of resolutions on time per month }
  escalation for Normal {
    at 50% of response notify "Lead"
  }
  scenario Day {
    period 1 week starting 2026-03-02
    arrivals { Normal 1 per day }
    team Desk { agents 1 on Office  handles Urgent, Normal }
    handling { Urgent fixed 30 minutes  Normal fixed 3 hours }
  }
}
`;

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace(':00.000Z', 'Z');

function log(events: SimEvent[]): string[] {
    return events.map((e) => `${iso(e.at)} ${e.type} #${e.ticket} ${e.category}${e.type === 'start' ? ` response ${e.responseOnTime ? 'on time' : 'late'}, resolution ${e.resolutionOnTime ? 'on time' : 'late'}` : ''}`);
}

describe('event logs of hand-worked scenarios', () => {
    it('two tickets, one agent, fixed handling, a closing in between', async () => {
        const contract = await contractOf(OFFICE);
        const { events, results } = simulateOnce(contract, 'Day', {
            arrivals: [
                { category: 'Normal', at: at('2026-03-02T15:00:00Z') },
                { category: 'Normal', at: at('2026-03-02T15:30:00Z') },
            ],
        });
        // #0 starts at once and works 15:00-17:00 Monday, 09:00-10:00 Tuesday. Its resolution is due 8 business
        // hours after Monday 15:00: Tuesday 15:00. #1 waits for the agent until Tuesday 10:00: its response
        // was due Monday 16:30 (late, and the 50 % escalation at 16:00 fired); three hours of work end at 13:00,
        // before its resolution due Tuesday 15:30.
        expect(log(events)).toEqual([
            '2026-03-02T15:00Z arrival #0 Normal',
            '2026-03-02T15:00Z start #0 Normal response on time, resolution on time',
            '2026-03-02T15:30Z arrival #1 Normal',
            '2026-03-03T10:00Z done #0 Normal',
            '2026-03-03T10:00Z resolved #0 Normal',
            '2026-03-03T10:00Z start #1 Normal response late, resolution on time',
            '2026-03-03T13:00Z done #1 Normal',
            '2026-03-03T13:00Z resolved #1 Normal',
        ]);
        const start1 = events.find((e) => e.type === 'start' && e.ticket === 1)!;
        expect(iso(start1.responseDue!)).toBe('2026-03-02T16:30Z');
        expect(iso(start1.resolutionDue!)).toBe('2026-03-03T15:30Z');
        const normal = results.categories['Normal']!;
        expect(normal).toMatchObject({
            tickets: 2,
            responseOnTime: 0.5,
            resolutionOnTime: 1,
            // Business minutes: responses 0 and 90 + 60; resolutions 180 and 90 + 240.
            meanResponseMinutes: 75,
            meanResolutionMinutes: 255,
            breaches: 1,
            escalations: 1,
            unfinished: 0,
        });
        const responses = results.objectives['Responses']!;
        expect(responses.simulated && responses.perRun).toEqual([0.5]);
    });

    it('a ticket opened at night waits for the opening; the most urgent waiting ticket goes first', async () => {
        const contract = await contractOf(OFFICE);
        const { events } = simulateOnce(contract, 'Day', {
            arrivals: [
                { category: 'Normal', at: at('2026-03-02T20:00:00Z') },
                { category: 'Normal', at: at('2026-03-02T21:00:00Z') },
                { category: 'Urgent', at: at('2026-03-02T22:00:00Z') },
            ],
        });
        expect(log(events)).toEqual([
            '2026-03-02T20:00Z arrival #0 Normal',
            '2026-03-02T21:00Z arrival #1 Normal',
            '2026-03-02T22:00Z arrival #2 Urgent',
            // The clocks start at Tuesday's opening, so the Urgent ticket started then responds on time.
            '2026-03-03T09:00Z start #2 Urgent response on time, resolution on time',
            '2026-03-03T09:30Z done #2 Urgent',
            '2026-03-03T09:30Z resolved #2 Urgent',
            '2026-03-03T09:30Z start #0 Normal response on time, resolution on time',
            '2026-03-03T12:30Z done #0 Normal',
            '2026-03-03T12:30Z resolved #0 Normal',
            '2026-03-03T12:30Z start #1 Normal response late, resolution on time',
            '2026-03-03T15:30Z done #1 Normal',
            '2026-03-03T15:30Z resolved #1 Normal',
        ]);
    });

    it('takes due instants from the runtime SLA clock (TicketClock and dueAfter)', async () => {
        const contract = await contractOf(OFFICE);
        const { events } = simulateOnce(contract, 'Day', { seed: 7 });
        const starts = events.filter((e) => e.type === 'start');
        expect(starts.length).toBeGreaterThan(2);
        const calendars = calendarLookup(contract);
        for (const start of starts) {
            const opened = events.find((e) => e.type === 'arrival' && e.ticket === start.ticket)!.at;
            const resolved = events.find((e) => e.type === 'resolved' && e.ticket === start.ticket)!.at;
            const category = contract.categories.find((c) => c.name === start.category)!;
            expect(start.responseDue).toBe(dueAfter(category.response!, opened, calendars));
            const status = TicketClock.of(contract, [
                { type: 'opened', at: opened, category: start.category },
                { type: 'responded', at: start.at },
                { type: 'resolved', at: resolved },
            ] as never).at(resolved);
            expect(status.response!.due).toBe(start.responseDue);
            expect(status.resolution!.due).toBe(start.resolutionDue);
            expect(status.response!.state === 'met').toBe(start.responseOnTime);
            expect(status.resolution!.state === 'met').toBe(start.resolutionOnTime);
        }
    });

    it('a customer wait pauses the resolution clock only when the contract says so', () => {
        const base = queueContract({ perHour: 1, handling: { kind: 'fixed', minutes: 60 }, agents: 1, targetMinutes: 10, resolutionMinutes: 120, weeks: 1 });
        const scenario = { ...base.scenarios[0]!, customerReplies: [{ category: 'Q', percent: 100, wait: { kind: 'fixed' as const, minutes: 120 } }] };
        const reply = (pausesClock: boolean): Contract => ({
            ...base,
            customerObligations: { contacts: [], reply: { within: { kind: 'wall', minutes: 1440, text: '1 day' }, pausesClock }, demandNotice: null, other: [] },
            scenarios: [scenario],
        });
        const arrivals = [{ category: 'Q', at: at('2026-01-05T10:00:00Z') }];
        // Handling 10:00-11:00, then the customer is awaited until 13:00: resolved at 13:00.
        const paused = simulateOnce(reply(true), 'MMc', { arrivals }).events.find((e) => e.type === 'start')!;
        expect(iso(paused.resolutionDue!)).toBe('2026-01-05T14:00Z');
        expect(paused.resolutionOnTime).toBe(true);
        const running = simulateOnce(reply(false), 'MMc', { arrivals }).events.find((e) => e.type === 'start')!;
        expect(iso(running.resolutionDue!)).toBe('2026-01-05T12:00Z');
        expect(running.resolutionOnTime).toBe(false);
        expect(simulateOnce(reply(true), 'MMc', { arrivals }).results.categories['Q']!.meanResolutionMinutes).toBe(60);
    });

    it('is deterministic: the same seed gives the same results, another seed others', async () => {
        const contract = await contractOf(OFFICE);
        const a = JSON.stringify(simulateSync(contract, 'Day', { runs: 20, seed: 5 }));
        expect(JSON.stringify(simulateSync(contract, 'Day', { runs: 20, seed: 5 }))).toBe(a);
        expect(JSON.stringify(simulateSync(contract, 'Day', { runs: 20, seed: 6 }))).not.toBe(a);
    });
});

describe('scenario semantics', () => {
    it('applies extends: the derived scenario overrides only what it names', async () => {
        const { compileScenario } = await import('../../../runtime/simulate/index.js');
        const { exampleContract } = await import('./helpers.js');
        const contract = await exampleContract('helpdesk-br.pacto');
        const normal = compileScenario(contract, 'MesNormal');
        const peak = compileScenario(contract, 'BlackFriday');
        expect(peak.teams.map((t) => [t.name, t.agents])).toEqual(normal.teams.map((t) => [t.name, t.agents]));
        expect(peak.start).toBe(normal.start);
        const rate = (m: typeof normal, name: string) => m.categories.find((c) => c.name === name)!.expected;
        expect(rate(peak, 'Duvida') / rate(normal, 'Duvida')).toBeCloseTo(60 / 25, 12);
        expect(rate(peak, 'Incidente')).toBe(rate(normal, 'Incidente'));
    });

    it('keeps the expected number of arrivals when they follow a calendar', async () => {
        // Normal: 1 per day over one week, arriving only in office hours: 7 expected per period.
        const contract = await contractOf(OFFICE.replace('arrivals { Normal 1 per day }', 'arrivals { Normal 10 per day }\n    arrivals follow Office'));
        const results = simulateSync(contract, 'Day', { runs: 200 });
        // 70 per period, Poisson: the mean of 200 periods has a standard error of √(70/200) ≈ 0.6.
        expect(Math.abs(results.categories['Normal']!.tickets - 70)).toBeLessThan(2.5);
        const { events } = simulateOnce(contract, 'Day');
        for (const e of events.filter((x) => x.type === 'arrival')) {
            const d = new Date(e.at);
            expect(d.getUTCDay()).toBeGreaterThanOrEqual(1);
            expect(d.getUTCDay()).toBeLessThanOrEqual(5);
            expect(d.getUTCHours()).toBeGreaterThanOrEqual(9);
            expect(d.getUTCHours()).toBeLessThan(17);
        }
    });

    it('draws handling times with the stated means', async () => {
        const { Random, sampler } = await import('../../../runtime/simulate/random.js');
        const r = new Random(42, 1);
        const check = (dist: Parameters<typeof sampler>[0], mean: number, sd: number) => {
            const draw = sampler(dist);
            const n = 200_000;
            let sum = 0;
            let sq = 0;
            for (let i = 0; i < n; i++) {
                const x = draw(r) / 60_000;
                sum += x;
                sq += x * x;
            }
            const m = sum / n;
            // 5 standard errors of the sample mean.
            expect(Math.abs(m - mean)).toBeLessThanOrEqual((5 * sd) / Math.sqrt(n) + 1e-9);
            expect(Math.sqrt(sq / n - m * m)).toBeCloseTo(sd, sd > 10 ? 0 : 1);
        };
        check({ kind: 'exponential', meanMinutes: 30 }, 30, 30);
        check({ kind: 'lognormal', meanMinutes: 40, sdMinutes: 20 }, 40, 20);
        check({ kind: 'uniform', minMinutes: 10, maxMinutes: 20 }, 15, 10 / Math.sqrt(12));
        check({ kind: 'fixed', minutes: 7 }, 7, 0);
    });
});
