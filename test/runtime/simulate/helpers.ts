import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHelper } from 'langium/test';
import type { Model } from '../../../language/generated/ast.js';
import { lowerModel } from '../../../language/lower.js';
import type { Contract, Distribution, Duration, Objective } from '../../../runtime/model.js';
import { services } from '../../language/pacto-test-services.js';

const parse = parseHelper<Model>(services.Pacto);

export async function contractOf(text: string): Promise<Contract> {
    const document = await parse(text);
    const [contract] = lowerModel(document.parseResult.value);
    if (!contract) throw new Error('no contract');
    return contract;
}

export async function exampleContract(file: string): Promise<Contract> {
    return contractOf(readFileSync(join('examples', file), 'utf8'));
}

/**
 * A New York office's term and calendar for contract texts of the simulator's tests: a lunch break, a short
 * Saturday, US holidays, special hours and a closed day of its own, DST in March.
 */
export const NEW_YORK_OFFICE = `
  term 2026-01-01 to 2026-12-31
  calendar Office {
    time zone "America/New_York"
    monday to friday 08:00-12:00, 13:00-17:30
    saturday 09:00-11:00
    holidays of "US"
    on 2026-03-10 10:00-11:00
    holiday 2026-03-16 "Closed"
  }
  default calendar Office
`;

export const wall = (minutes: number): Duration => ({ kind: 'wall', minutes, text: `${minutes} minutes` });

/**
 * An M/M/c (or other) queue as a plain contract: one category Q on `always`, one team of `agents`, arrivals
 * `perHour`, a response target of `targetMinutes`, an objective of `percent` % of responses on time.
 */
export function queueContract(options: {
    perHour: number;
    handling: Distribution;
    agents: number;
    targetMinutes: number;
    weeks: number;
    percent?: number;
    resolutionMinutes?: number;
}): Contract {
    const objectives: Objective[] = [
        { name: 'Responses', measure: { kind: 'onTime', target: 'response', percent: options.percent ?? 80, period: 'month', categories: [] } },
    ];
    return {
        name: 'Queue',
        provider: null,
        customer: null,
        term: null,
        fee: { amount: 1000, currency: 'EUR', period: 'monthly' },
        locale: 'en',
        services: [],
        calendars: [],
        defaultCalendar: null,
        channels: [],
        categories: [{ name: 'Q', description: [], priority: 1, response: wall(options.targetMinutes), resolution: options.resolutionMinutes ? wall(options.resolutionMinutes) : null }],
        objectives,
        escalations: [],
        customerObligations: null,
        breach: null,
        penalties: { tiers: [{ objective: 'Responses', below: { kind: 'percent', value: options.percent ?? 80 }, creditPercent: 10 }], cap: { percent: 30, period: 'month' } },
        termination: null,
        reporting: [],
        scenarios: [
            {
                name: 'MMc',
                extends: null,
                period: { start: '2026-01-05', length: { kind: 'wall', minutes: options.weeks * 7 * 1440, text: `${options.weeks} weeks` } },
                arrivals: [{ category: 'Q', rate: options.perHour, per: 'hour' }],
                arrivalsFollow: null,
                teams: [{ name: 'Agents', agents: options.agents, calendar: 'always', handles: ['Q'] }],
                handling: [{ category: 'Q', distribution: options.handling }],
                customerReplies: [],
            },
        ],
    };
}
