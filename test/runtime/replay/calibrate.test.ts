import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../../language/generated/ast.js';
import { lowerModel } from '../../../language/lower.js';
import { BadRowsError, calibrate, simulateOnce, simulateSync, type Calibration, type Contract, type SimEvent } from '../../../runtime/index.js';
import { services } from '../../language/pacto-test-services.js';

const parse = parseHelper<Model>(services.Pacto);

/**
 * The known truth: a quarter of three arrival lines (one per open office day without a channel, one on
 * a channel with the office's hours, one on a channel open always), lognormal handling and customer waits.
 * The team is large enough that tickets do not queue for days, so the period covers whole open days.
 */
const KNOWN = `
contract Desk {
  calendar Office {
    time zone "America/New_York"
    monday to friday 09:00-17:00
    holiday 2026-05-25 "Memorial Day"
  }
  default calendar Office
  channel Phone hours Office
  channel Email hours always
  category Urgent { priority 1  response within 1 business hour  resolution within 8 business hours }
  category Normal { priority 3  response within 4 business hours  resolution within 3 business days }
  objective Resolutions { 90% of resolutions on time per month }
  customer obligations {
    reply within 2 business days pauses clock
  }
  scenario Known {
    period 91 days starting 2026-04-01
    arrivals {
      Urgent 10 per business day
      Normal 30 per business day via Phone
      Normal 12 per business day via Email
    }
    team Support { agents 12 on Office  handles Urgent, Normal }
    handling { Urgent lognormal mean 90 minutes sd 45 minutes  Normal lognormal mean 40 minutes sd 20 minutes }
    customer replies { 30% of Normal wait lognormal mean 600 minutes sd 300 minutes }
  }
}
`;

async function contractOf(text: string): Promise<{ contract: Contract; problems: string[] }> {
    const document = await parse(text, { validation: true });
    const problems = (document.diagnostics ?? []).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    const [contract] = lowerModel(document.parseResult.value);
    if (!contract) throw new Error('no contract');
    return { contract, problems };
}

/** The simulator's event log of one replication as Pacto's event log CSV: what a help desk would have written. */
function historyCsv(events: readonly SimEvent[]): string {
    const rows = ['ticket,at,event,category,channel'];
    const done = new Map<number, number>();
    const iso = (ms: number) => new Date(ms).toISOString();
    for (const e of events) {
        const id = `S${e.ticket}`;
        if (e.type === 'arrival') rows.push(`${id},${iso(e.at)},opened,${e.category},${e.channel ?? ''}`);
        else if (e.type === 'start') rows.push(`${id},${iso(e.at)},responded,,`);
        else if (e.type === 'done') done.set(e.ticket, e.at);
        else if (e.type === 'resolved') {
            // The simulator's wait comes after the work: the agent asks, the customer answers, the ticket closes.
            const end = done.get(e.ticket)!;
            if (e.at > end) rows.push(`${id},${iso(end)},awaiting_customer,,`, `${id},${iso(e.at)},customer_replied,,`);
            rows.push(`${id},${iso(e.at)},resolved,,`);
        }
    }
    return `${rows.join('\n')}\n`;
}

const source = (text: string) => (async function* () {
    // Chunks that cut rows in two, as a file stream does.
    for (let i = 0; i < text.length; i += 4096) yield text.slice(i, i + 4096);
})();

/** The calibrated block inside the contract's braces, in place of nothing: the contract keeps its own scenario. */
const pasted = (contract: string, block: string) => {
    const close = contract.lastIndexOf('}');
    return `${contract.slice(0, close)}${block.replace(/^/gm, '  ')}${contract.slice(close)}`;
};

describe('pacto calibrate: a scenario fitted to a history', () => {
    let calibration: Calibration;
    let sampled: SimEvent[];

    it('recovers a known scenario from a history the simulator sampled from it', async () => {
        const { contract } = await contractOf(KNOWN);
        sampled = simulateOnce(contract, 'Known', { seed: 11 }).events;
        const csv = historyCsv(sampled);
        calibration = await calibrate({ contract, history: { source: source(csv), file: 'sampled.csv', format: 'csv' } });
        const arrivals = sampled.filter((e) => e.type === 'arrival');
        expect(calibration.tickets).toBe(arrivals.length);
        expect(calibration.period).toEqual({ start: '2026-04-01', days: 91, zone: 'America/New_York' });
        expect(calibration.text).toContain('  period 91 days starting 2026-04-01\n');

        // Rates within 10 % (each line has some 600 to 1900 tickets: one standard error is 2.3 to 4 %).
        const rate = (category: string, channel: string | null) => calibration.arrivals.find((a) => a.category === category && a.channel === channel)!;
        expect(calibration.arrivals.map((a) => [a.category, a.channel])).toEqual([['Urgent', null], ['Normal', 'Phone'], ['Normal', 'Email']]);
        // The simulator's own open days: 64 office days (Memorial Day closed), 91 days of the always-open channel.
        expect(rate('Urgent', null).openDays).toBeCloseTo(64, 6);
        expect(rate('Normal', 'Phone').openDays).toBeCloseTo(64, 6);
        expect(rate('Normal', 'Email').openDays).toBeCloseTo(91, 6);
        expect(rate('Urgent', null).perBusinessDay).toBeGreaterThan(10 * 0.9);
        expect(rate('Urgent', null).perBusinessDay).toBeLessThan(10 * 1.1);
        expect(Math.abs(rate('Normal', 'Phone').perBusinessDay / 30 - 1)).toBeLessThan(0.1);
        expect(Math.abs(rate('Normal', 'Email').perBusinessDay / 12 - 1)).toBeLessThan(0.1);

        // Means within 15 % and sds within 25 % (a few hundred to three thousand tickets, coefficient of variation 0.5).
        const near = (actual: number, expected: number, tolerance: number) => expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThan(tolerance);
        near(calibration.handling['Urgent']!.meanMinutes, 90, 0.15);
        near(calibration.handling['Normal']!.meanMinutes, 40, 0.15);
        near(calibration.handling['Urgent']!.sdMinutes, 45, 0.25);
        near(calibration.handling['Normal']!.sdMinutes, 20, 0.25);
        // The share of waits within 3 points (about 900 of 3000 tickets: one standard error is under 1 point).
        expect(Math.abs(calibration.waits['Normal']!.share - 0.3)).toBeLessThan(0.03);
        near(calibration.waits['Normal']!.fit.meanMinutes, 600, 0.15);
        expect(calibration.waits['Urgent']).toBeUndefined();
        expect(calibration.skipped).toEqual([]);

        // What is printed is what was fitted, rounded: rates to 0.1, minutes whole.
        const urgent = calibration.scenario.arrivals.find((a) => a.category === 'Urgent')!;
        expect(urgent.rate).toBe(Math.round(rate('Urgent', null).perBusinessDay * 10) / 10);
        expect(calibration.text).toContain(`    Urgent ${urgent.rate} per business day  // `);
        expect(calibration.text).toMatch(/\n {4}Normal \d+(\.\d)? per business day via Phone {2}\/\/ /);
        expect(calibration.text).toMatch(/\n {4}Urgent lognormal mean \d+ minutes sd \d+ minutes {2}\/\/ /);
        expect(calibration.text).toMatch(/\n {4}\d+% of Normal wait lognormal mean \d+ minutes sd \d+ minutes {2}\/\/ /);
        expect(calibration.text).toContain('minus the pauses awaiting the customer');
    });

    it('prints a block that, pasted into the contract, has no diagnostics and simulates like the history', async () => {
        const text = pasted(KNOWN, calibration.text);
        const { contract, problems } = await contractOf(text);
        expect(problems).toEqual([]);
        const scenario = contract.scenarios.find((s) => s.name === 'Calibrated')!;
        expect(scenario.arrivals).toEqual(calibration.scenario.arrivals);
        expect(scenario.handling).toEqual(calibration.scenario.handling);
        expect(scenario.customerReplies).toEqual(calibration.scenario.customerReplies);
        expect(scenario.period).toEqual(calibration.scenario.period);
        expect(scenario.teams).toEqual([{ name: 'Desk', agents: expect.any(Number), calendar: 'Office', handles: ['Urgent', 'Normal'] }]);
        const results = simulateSync(contract, 'Calibrated', { runs: 20, seed: 3 });
        const history = (category: string) => sampled.filter((e) => e.type === 'arrival' && e.category === category).length;
        // Played back, the fitted scenario expects as many tickets as the history had, within rounding and 4 %.
        expect(Math.abs(results.categories['Urgent']!.tickets / history('Urgent') - 1)).toBeLessThan(0.04);
        expect(Math.abs(results.categories['Normal']!.tickets / history('Normal') - 1)).toBeLessThan(0.04);
        expect(results.categories['Normal']!.unfinished).toBe(0);
    });

    it('gives a name that the contract does not use, or the one asked for', async () => {
        const { contract } = await contractOf(pasted(KNOWN, calibration.text));
        const csv = historyCsv(sampled.slice(0, 400));
        const again = await calibrate({ contract, history: { source: source(csv), file: 'h.csv', format: 'csv' } });
        expect(again.scenario.name).toBe('Calibrated2');
        expect(again.text.startsWith('scenario Calibrated2 "Calibrated from h.csv" {\n')).toBe(true);
        const named = await calibrate({ contract, name: 'March', history: { source: source(csv), file: 'h.csv', format: 'csv' } });
        expect(named.text.startsWith('scenario March ')).toBe(true);
    });

    it('measures worked time on the calendar, without waits or time resolved before a reopening', async () => {
        const { contract } = await contractOf(KNOWN);
        // Urgent works on Office (its resolution is in business hours). Friday 2026-04-03 16:00 responded,
        // 16:30 awaiting, Monday 09:00 reply, 10:00 resolved, 11:00 reopened, 11:30 resolved: 30 + 60 + 30 minutes.
        const csv = `ticket,at,event,category,channel
A,2026-04-03T15:50-04:00,opened,Urgent,
A,2026-04-03T16:00-04:00,responded,,
A,2026-04-03T16:30-04:00,awaiting_customer,,
A,2026-04-06T09:00-04:00,customer_replied,,
A,2026-04-06T10:00-04:00,resolved,,
A,2026-04-06T11:00-04:00,reopened,,
A,2026-04-06T11:30-04:00,resolved,,
B,2026-04-06T09:00-04:00,opened,Normal,Email
B,2026-04-06T09:10-04:00,category_changed,Urgent,
B,2026-04-06T09:20-04:00,responded,,
B,2026-04-06T09:50-04:00,resolved,,
`;
        const c = await calibrate({ contract, history: { source: source(csv), file: 'h.csv', format: 'csv' } });
        // B is counted where it ended: an Urgent ticket that came by Email.
        expect(c.arrivals.map((a) => [a.category, a.channel, a.tickets])).toEqual([['Urgent', null, 1], ['Urgent', 'Email', 1]]);
        expect(c.handling['Urgent']).toMatchObject({ n: 2, meanMinutes: 75 });
        expect(c.handling['Urgent']!.sdMinutes).toBeCloseTo(Math.sqrt((120 - 75) ** 2 + (30 - 75) ** 2), 6);
        expect(c.waits['Urgent']!.share).toBe(0.5);
        expect(c.waits['Urgent']!.fit.meanMinutes).toBe(3 * 1440 - 7.5 * 60);
        expect(c.period).toEqual({ start: '2026-04-03', days: 4, zone: 'America/New_York' });
    });

    it('refuses bad rows with the same located messages as pacto report', async () => {
        const { contract } = await contractOf(KNOWN);
        const csv = `ticket,at,event,category,channel
A,2026-04-03T15:50-04:00,opened,Urgnet,
B,2026-04-03 16:00,opened,Normal,
C,2026-04-03T16:00-04:00,responded,,
`;
        const error = await calibrate({ contract, history: { source: source(csv), file: 'h.csv', format: 'csv' } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BadRowsError);
        expect((error as BadRowsError).problems.map((p) => `${p.file}:${p.row}:${p.column}: ${p.message}`)).toEqual([
            "h.csv:2:4: unknown category 'Urgnet'; did you mean 'Urgent'?",
            "h.csv:3:2: '2026-04-03 16:00' has no UTC offset; add one (-03:00, Z) or give --zone with the zone the times were written in",
            "h.csv:4:3: 'responded' of ticket C before its 'opened' (or after its resolution was counted: the reopen window is 30 days)",
        ]);
    });
});
