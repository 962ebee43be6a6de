import { describe, expect, it } from 'vitest';
import { dueAfter } from '../../../runtime/calendar/duration.js';
import { calendarLookup } from '../../../runtime/clock/contract-calendars.js';
import { simulateOnce, type SimEvent } from '../../../runtime/simulate/index.js';
import { contractOf } from './helpers.js';

/**
 * One agent on Comercial (Monday to Friday 09:00-18:00 UTC), ten minutes a ticket. WhatsApp is staffed on Zap
 * (every day 08:00-22:00), so its 15 business minutes count on Zap; the phone must answer in 30 seconds.
 * Pedido has no response target of its own, only one for the phone. 2026-03-02 is a Monday.
 */
const CANAIS = `
contract Canais {
  calendar Comercial {
    time zone "UTC"
    monday to friday 09:00-18:00
  }
  calendar Zap {
    time zone "UTC"
    every day 08:00-22:00
  }
  default calendar Comercial
  channel WhatsApp hours Zap
  channel Telefone hours always
  channel Email hours always
  category Duvida {
    response within 4 business hours
    resolution within 2 business days
    via Telefone { response within 30 seconds }
    via WhatsApp { response within 15 business minutes }
  }
  category Pedido {
    resolution within 1 business day
    via Telefone { response within 1 minute }
  }
  objective Respostas { 90% of responses on time per month }
  objective Fone { 90% of responses on time via Telefone per month }
  objective Escritos { 90% of responses on time for Duvida via WhatsApp, Email per month }
  scenario Semana {
    period 1 week starting 2026-03-02
    arrivals { Duvida 1 per day }
    team Suporte { agents 1 on Comercial  handles Duvida, Pedido }
    handling { Duvida fixed 10 minutes  Pedido fixed 10 minutes }
  }
}
`;

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('channel targets', () => {
    it('judge each ticket by its channel’s target, counted on the channel’s hours, and restrict objectives by via', async () => {
        const contract = await contractOf(CANAIS);
        const { events, results } = simulateOnce(contract, 'Semana', {
            arrivals: [
                { category: 'Duvida', channel: 'Telefone', at: at('2026-03-02T10:00:00Z') },
                { category: 'Duvida', channel: 'Telefone', at: at('2026-03-02T10:05:00Z') },
                { category: 'Duvida', channel: 'WhatsApp', at: at('2026-03-02T10:12:00Z') },
                { category: 'Duvida', channel: 'WhatsApp', at: at('2026-03-02T20:00:00Z') },
                { category: 'Duvida', channel: 'Email', at: at('2026-03-02T21:00:00Z') },
                { category: 'Duvida', at: at('2026-03-03T09:30:00Z') },
                { category: 'Pedido', channel: 'Telefone', at: at('2026-03-03T10:00:00Z') },
                { category: 'Pedido', at: at('2026-03-03T11:00:00Z') },
            ],
        });
        const starts = events.filter((e): e is SimEvent & { type: 'start' } => e.type === 'start');
        expect(starts.map((e) => [e.ticket, e.channel ?? null, iso(e.at), e.responseDue === null ? null : iso(e.responseDue!), e.responseOnTime])).toEqual([
            [0, 'Telefone', '2026-03-02T10:00:00Z', '2026-03-02T10:00:30Z', true],
            [1, 'Telefone', '2026-03-02T10:10:00Z', '2026-03-02T10:05:30Z', false],
            [2, 'WhatsApp', '2026-03-02T10:20:00Z', '2026-03-02T10:27:00Z', true],
            // 15 minutes of Zap's hours, not of Comercial's (which would give Tuesday 09:15, on time).
            [3, 'WhatsApp', '2026-03-03T09:00:00Z', '2026-03-02T20:15:00Z', false],
            // Email gives no target of its own: the category's 4 business hours.
            [4, 'Email', '2026-03-03T09:10:00Z', '2026-03-03T13:00:00Z', true],
            [5, null, '2026-03-03T09:30:00Z', '2026-03-03T13:30:00Z', true],
            [6, 'Telefone', '2026-03-03T10:00:00Z', '2026-03-03T10:01:00Z', true],
            // Pedido without a channel has no response target.
            [7, null, '2026-03-03T11:00:00Z', null, null],
        ]);
        // The due instants are the runtime's, from the channel target's duration.
        const calendars = calendarLookup(contract);
        const whatsapp = contract.categories[0]!.channels!.find((c) => c.channel === 'WhatsApp')!.response!;
        expect(whatsapp).toMatchObject({ kind: 'business', calendar: 'Zap' });
        expect(starts[3]!.responseDue).toBe(dueAfter(whatsapp, at('2026-03-02T20:00:00Z'), calendars));

        const perRun = (name: string) => {
            const o = results.objectives[name]!;
            return o.simulated ? o.perRun : null;
        };
        // Every response target: tickets 0 to 6, five on time. Via Telefone: 0, 1 and 6. Duvida via WhatsApp or Email: 2, 3, 4.
        expect(perRun('Respostas')).toEqual([Number((5 / 7).toFixed(6))]);
        expect(perRun('Fone')).toEqual([Number((2 / 3).toFixed(6))]);
        expect(perRun('Escritos')).toEqual([Number((2 / 3).toFixed(6))]);

        expect(results.categories['Duvida']).toMatchObject({
            tickets: 6,
            responseOnTime: Number((4 / 6).toFixed(6)),
            resolutionOnTime: 1,
            channels: {
                WhatsApp: { tickets: 2, responseOnTime: 0.5, resolutionOnTime: 1 },
                Telefone: { tickets: 2, responseOnTime: 0.5, resolutionOnTime: 1 },
                Email: { tickets: 1, responseOnTime: 1, resolutionOnTime: 1 },
            },
        });
        expect(results.categories['Pedido']).toMatchObject({ tickets: 2, responseOnTime: 1, channels: { Telefone: { tickets: 1, responseOnTime: 1, resolutionOnTime: 1 } } });
        expect(results.channels).toEqual({
            WhatsApp: { tickets: 2, responseOnTime: 0.5, resolutionOnTime: 1 },
            Telefone: { tickets: 3, responseOnTime: Number((2 / 3).toFixed(6)), resolutionOnTime: 1 },
            Email: { tickets: 1, responseOnTime: 1, resolutionOnTime: 1 },
        });
    });

    it('a period without a ticket of an objective’s channels meets it', async () => {
        const contract = await contractOf(CANAIS);
        const { results } = simulateOnce(contract, 'Semana', { arrivals: [{ category: 'Duvida', channel: 'Email', at: at('2026-03-02T10:00:00Z') }] });
        const fone = results.objectives['Fone']!;
        expect(fone.simulated && fone.perRun).toEqual([1]);
        expect(results.channels).toEqual({ Email: { tickets: 1, responseOnTime: 1, resolutionOnTime: 1 } });
    });
});
