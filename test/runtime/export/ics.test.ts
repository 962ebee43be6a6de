import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, contractIcs, findExportFormat, type Contract } from '../../../runtime/index.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';
import { DateTime } from 'luxon';

type Span = { start: number; end: number };

function merge(spans: Span[]): Span[] {
    const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    const out: Span[] = [];
    for (const s of sorted) {
        const last = out[out.length - 1];
        if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
        else out.push({ ...s });
    }
    return out;
}

/** The VCALENDARs of an .ics stream as ical.js reads them, their zones registered for conversions. */
function readBack(text: string): ICAL.Component[] {
    const parsed = ICAL.parse(text);
    const calendars = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    return calendars.map((jcal) => {
        const component = new ICAL.Component(jcal as never);
        for (const zone of component.getAllSubcomponents('vtimezone')) {
            ICAL.TimezoneService.register(new ICAL.Timezone(zone));
        }
        return component;
    });
}

/** Every opening interval of a calendar read back in [from, to): recurrences expanded with their exclusions. */
function openingsOf(calendar: ICAL.Component, from: number, to: number): Span[] {
    const spans: Span[] = [];
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
        if (vevent.getFirstPropertyValue('x-pacto-kind') !== 'open') continue;
        const event = new ICAL.Event(vevent);
        if (!event.isRecurring()) {
            spans.push({ start: event.startDate.toUnixTime() * 1000, end: event.endDate.toUnixTime() * 1000 });
            continue;
        }
        const iterator = event.iterator();
        for (let next = iterator.next(); next; next = iterator.next()) {
            const details = event.getOccurrenceDetails(next);
            const start = details.startDate.toUnixTime() * 1000;
            if (start >= to) break;
            spans.push({ start, end: details.endDate.toUnixTime() * 1000 });
        }
    }
    return merge(spans.map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) })));
}

function monthRange(zone: string, month: string): { from: number; to: number } {
    const start = DateTime.fromISO(`${month}-01T00:00`, { zone });
    return { from: start.toMillis(), to: start.plus({ months: 1 }).toMillis() };
}

async function compare(contract: Contract, months: readonly string[]) {
    const calendars = readBack(contractIcs(contract));
    expect(calendars.length).toBe(contract.calendars.length);
    contract.calendars.forEach((spec, i) => {
        const runtime = BusinessCalendar.fromSpec(spec);
        for (const month of months) {
            const { from, to } = monthRange(spec.zone, month);
            const expected = merge(runtime.openIntervals(from, to).map((o) => ({ start: o.start, end: o.end })));
            expect(openingsOf(calendars[i]!, from, to), `${contract.name} ${spec.name} ${month}`).toEqual(expected);
        }
    });
}

describe('ics export', () => {
    it('is byte-identical twice for every example and names its producer', async () => {
        const format = findExportFormat('ics')!;
        for (const file of EXAMPLE_FILES) {
            const contract = await exampleContract(file);
            const text = (await format.render(contract, { pactoVersion: '0.0.0' })) as string;
            expect(await format.render(contract, { pactoVersion: '0.0.0' })).toBe(text);
            expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pacto//Pacto SLA calendars//EN\r\n')).toBe(true);
            expect(text).not.toMatch(/DTSTAMP:\d{8}T\d{6}\r/);
        }
    });

    it("reads back with ical.js to every opening interval of the runtime's calendars, month by month", async () => {
        // Months with clocks going forward and back (Europe, New York), holidays, special days and the term's edges.
        await compare(await exampleContract('saas-hosting.pacto'), ['2026-01', '2026-03', '2026-10', '2026-12']);
        await compare(await exampleContract('internal-it.pacto'), ['2026-03', '2026-04', '2026-11', '2026-12']);
        await compare(await exampleContract('helpdesk-br.pacto'), ['2026-03', '2026-12', '2027-02']);
        await compare(await exampleContract('imolko.pacto'), ['2026-08', '2026-12']);
    });

    it('writes an opening that spans the clocks going forward as it is that day, not the recurrence\'s exact length', async () => {
        const contract = await exampleContract('saas-hosting.pacto');
        // London goes from 01:00 to 02:00 on Sunday 2026-03-29: 00:30-03:00 lasts 1 h 30 min that day, 2 h 30 min on others.
        const night: Contract = { ...contract, calendars: contract.calendars.map((c) => ({ ...c, weekly: [{ day: 7, start: 30, end: 180 }] })) };
        await compare(night, ['2026-03', '2026-10']);
    });

    it('without a term, repeats the weekly hours with no end and closes the dates the calendar declares', async () => {
        const contract = await exampleContract('imolko.pacto');
        const open: Contract = { ...contract, term: null, calendars: contract.calendars.map((c) => ({ ...c, holidayRegions: [], holidays: [{ date: '2030-05-06', title: 'Cierre' }] })) };
        const text = contractIcs(open);
        expect(text).not.toContain('UNTIL=');
        await compare(open, ['2030-05']);
    });

    it('writes closed dates as all-day transparent events with their names', async () => {
        const [calendar] = readBack(contractIcs(await exampleContract('helpdesk-br.pacto')));
        const closed = calendar!
            .getAllSubcomponents('vevent')
            .filter((e) => e.getFirstPropertyValue('x-pacto-kind') === 'closed')
            .map((e) => [String(e.getFirstPropertyValue('dtstart')), e.getFirstPropertyValue('summary'), e.getFirstPropertyValue('transp')]);
        expect(closed.slice(-3)).toEqual([
            ['2026-12-25', 'Natal', 'TRANSPARENT'],
            ['2026-12-31', 'Véspera de Ano Novo', 'TRANSPARENT'],
            ['2027-01-01', 'Ano Novo', 'TRANSPARENT'],
        ]);
        expect(closed.length).toBe(14);
    });
});
