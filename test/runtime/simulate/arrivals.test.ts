import { describe, expect, it } from 'vitest';
import { compileScenario, simulateOnce, simulateSync } from '../../../runtime/simulate/index.js';
import type { Contract } from '../../../runtime/model.js';
import { contractOf, exampleContract } from './helpers.js';

/**
 * Loja: Monday to Friday 09:00-18:00 and Saturday 09:00-13:00 in São Paulo, closed on Wednesday 2026-03-04.
 * The two weeks from Monday 2026-03-02 hold 11 open days (12 Mondays to Saturdays, less the holiday) and
 * 89 open hours (9 + 9 + 9 + 9 + 4 in the first week without the holiday's 9, 49 in the second).
 */
const LOJA = `
contract Loja {
  calendar Loja {
    time zone "America/Sao_Paulo"
    monday to friday 09:00-18:00
    saturday 09:00-13:00
    holiday 2026-03-04 "Fechado"
  }
  calendar Plantao {
    time zone "America/Sao_Paulo"
    every day 00:00-24:00
  }
  calendar Utc {
    time zone "UTC"
    every day 00:00-24:00
  }
  default calendar Loja
  channel Balcao hours Loja
  channel Telefone hours Plantao
  channel Global hours Utc
  category Q { response within 1 business hour }
  scenario PerBusinessDay {
    period 2 weeks starting 2026-03-02
    arrivals { Q 10 per business day }
    team T { agents 50 on Plantao  handles Q }
    handling { Q fixed 1 minute }
  }
  scenario PerBusinessHour extends PerBusinessDay {
    arrivals { Q 2 per business hour }
  }
  scenario FollowingPlantao extends PerBusinessDay {
    arrivals follow Plantao
  }
  scenario ThroughTelefone {
    period 2 weeks starting 2026-03-02
    arrivals { Q 10 per business day via Telefone }
    arrivals follow Loja
    team T { agents 50 on Plantao  handles Q }
    handling { Q fixed 1 minute }
  }
  scenario ThroughGlobal {
    period 2 weeks starting 2026-03-02
    arrivals { Q 10 per business day via Global }
    team T { agents 50 on Plantao  handles Q }
    handling { Q fixed 1 minute }
  }
  scenario PerDayFollowing extends PerBusinessDay {
    arrivals { Q 10 per day }
    arrivals follow Loja
  }
  scenario Mixed {
    period 2 weeks starting 2026-03-02
    arrivals { Q 10 per business day via Balcao  Q 3 per day via Telefone }
    team T { agents 50 on Plantao  handles Q }
    handling { Q fixed 1 minute }
  }
}
`;

const expected = (contract: Contract, scenario: string) => compileScenario(contract, scenario).sources.map((s) => s.expected);
/** The local date and hour (São Paulo, UTC−3 all year since 2019) of an instant. */
const local = (ms: number) => new Date(ms - 3 * 3_600_000).toISOString();

describe('arrival rates per business day and hour', () => {
    it('count open days and open hours of the calendar the arrivals follow', async () => {
        const contract = await contractOf(LOJA);
        // The default calendar: 11 open days, 89 open hours.
        expect(expected(contract, 'PerBusinessDay')).toEqual([110]);
        expect(expected(contract, 'PerBusinessHour')[0]).toBeCloseTo(178, 9);
        // `arrivals follow` wins over the default calendar; a channel's hours win over both.
        expect(expected(contract, 'FollowingPlantao')).toEqual([140]);
        expect(expected(contract, 'ThroughTelefone')).toEqual([140]);
        // Open days are dates of the calendar's zone: the period (from midnight in São Paulo, 03:00 UTC) holds
        // 21/24 of the first UTC date and 3/24 of the fifteenth.
        expect(expected(contract, 'ThroughGlobal')).toEqual([140]);
        // `per day` is per calendar day, whatever the calendar the arrivals follow (v1's meaning).
        expect(expected(contract, 'PerDayFollowing')[0]).toBeCloseTo(140, 9);
        expect(expected(contract, 'Mixed')[0]).toBe(110);
        expect(expected(contract, 'Mixed')[1]).toBeCloseTo(42, 9);
    });

    it('gives every open day the stated rate on average, a Saturday half day as a full day, and no ticket on closed days', async () => {
        const contract = await contractOf(LOJA);
        const runs = 400;
        const perDate = new Map<string, number>();
        for (let index = 0; index < runs; index++) {
            for (const e of simulateOnce(contract, 'PerBusinessDay', { index }).events) {
                if (e.type !== 'arrival') continue;
                const at = local(e.at);
                const hour = Number(at.slice(11, 13));
                const saturday = new Date(at).getUTCDay() === 6;
                expect(hour).toBeGreaterThanOrEqual(9);
                expect(hour).toBeLessThan(saturday ? 13 : 18);
                perDate.set(at.slice(0, 10), (perDate.get(at.slice(0, 10)) ?? 0) + 1);
            }
        }
        const open = ['02', '03', '05', '06', '07', '09', '10', '11', '12', '13', '14'].map((d) => `2026-03-${d}`);
        expect([...perDate.keys()].sort()).toEqual(open);
        // Poisson with mean 10 per day: the mean of 400 days has a standard error of √(10/400) ≈ 0.16; 4 of them.
        for (const date of open) expect(Math.abs(perDate.get(date)! / runs - 10)).toBeLessThan(0.64);
        const results = simulateSync(contract, 'PerBusinessDay', { runs });
        expect(Math.abs(results.categories['Q']!.tickets - 110)).toBeLessThan(4 * Math.sqrt(110 / runs));
    });

    it('per business hour spreads the rate evenly over open time', async () => {
        const contract = await contractOf(LOJA);
        const runs = 300;
        let saturday = 0;
        for (let index = 0; index < runs; index++) {
            for (const e of simulateOnce(contract, 'PerBusinessHour', { index }).events) {
                if (e.type === 'arrival' && new Date(local(e.at)).getUTCDay() === 6) saturday++;
            }
        }
        // Two Saturdays of 4 open hours at 2 an hour: 16 per period (standard error √(16/300) ≈ 0.23).
        expect(Math.abs(saturday / runs - 16)).toBeLessThan(0.93);
    });

    it('tickets of a channel follow its hours and carry it', async () => {
        const contract = await contractOf(LOJA);
        const { events, results } = simulateOnce(contract, 'Mixed', { index: 3 });
        const arrivals = events.filter((e) => e.type === 'arrival');
        expect(new Set(arrivals.map((e) => e.channel))).toEqual(new Set(['Balcao', 'Telefone']));
        const night = arrivals.filter((e) => {
            const hour = Number(local(e.at).slice(11, 13));
            return hour < 9 || hour >= 18;
        });
        expect(night.length).toBeGreaterThan(0);
        expect(night.every((e) => e.channel === 'Telefone')).toBe(true);
        expect(events.filter((e) => e.type === 'start').every((e) => e.channel !== undefined)).toBe(true);
        const q = results.categories['Q']!;
        expect(Object.keys(q.channels)).toEqual(['Balcao', 'Telefone']);
        expect(q.channels['Balcao']!.tickets + q.channels['Telefone']!.tickets).toBe(q.tickets);
        expect(Object.keys(results.channels)).toEqual(['Balcao', 'Telefone']);
    });

    it('April 2026 of the help desk: 24 open days on Comercial, calendar days on the channels open all day', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const model = compileScenario(contract, 'PorCanal');
        // Good Friday (3 April) and Tiradentes (21 April) are closed, so are the four Sundays.
        const byChannel = model.sources.map((s) => [model.categories[s.category]!.name, s.channel === 0 ? null : model.channels[s.channel - 1], s.expected]);
        expect(byChannel).toEqual([
            ['Incidente', null, 72],
            ['Duvida', 'WhatsApp', 480],
            ['Duvida', 'Email', expect.closeTo(150, 9)],
            ['Duvida', 'Telefone', expect.closeTo(60, 9)],
        ]);
        expect(model.periodsPerYear).toBe(12);
    });

    it('a model of Pacto 0.1 (rates without business or channel) simulates exactly as before', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const old: Contract = {
            ...contract,
            scenarios: contract.scenarios.map((s) => ({ ...s, arrivals: s.arrivals.map(({ category, rate, per }) => ({ category, rate, per })) })),
        };
        expect(JSON.stringify(simulateSync(old, 'MesNormal', { runs: 6, seed: 2 }))).toBe(JSON.stringify(simulateSync(contract, 'MesNormal', { runs: 6, seed: 2 })));
    });

    it('refuses a business rate in other units and a channel the contract does not declare', async () => {
        const contract = await contractOf(LOJA);
        const scenario = contract.scenarios[0]!;
        const weekly: Contract = { ...contract, scenarios: [{ ...scenario, arrivals: [{ category: 'Q', rate: 3, per: 'week', business: true }] }] };
        expect(() => compileScenario(weekly, 'PerBusinessDay')).toThrow("'3 per business week' for Q has no meaning; say per business day or per business hour");
        const unknown: Contract = { ...contract, scenarios: [{ ...scenario, arrivals: [{ category: 'Q', rate: 3, per: 'day', channel: 'Fax' }] }] };
        expect(() => compileScenario(unknown, 'PerBusinessDay')).toThrow('channel Fax, which the contract does not declare');
    });
});
