import { DateTime } from 'luxon';
import type { CalendarSpec, Category, Contract, Duration, LocalInterval, Weekday, WeeklyHours } from '../../runtime/model.js';

/** Shared calendars and contracts of the runtime tests, after examples/imolko.pacto and helpdesk-br.pacto. */

export function hm(text: string): number {
    const [h, m] = text.split(':').map(Number);
    return h! * 60 + m!;
}

export function interval(text: string): LocalInterval {
    const [start, end] = text.split('-');
    return { start: hm(start!), end: hm(end!) };
}

export function weekly(days: Weekday[], ...intervals: string[]): WeeklyHours[] {
    return days.flatMap((day) => intervals.map((text) => ({ day, ...interval(text) })));
}

export const MON_FRI: Weekday[] = [1, 2, 3, 4, 5];
export const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export const OFICINA: CalendarSpec = {
    name: 'Oficina',
    zone: 'America/Caracas',
    weekly: weekly(MON_FRI, '08:00-12:00', '13:00-17:00'),
    holidayRegions: [{ country: 'VE' }],
    holidays: [{ date: '2026-08-14', title: 'Aniversario de la empresa' }],
    specialHours: [],
};

export const COMERCIAL: CalendarSpec = {
    name: 'Comercial',
    zone: 'America/Sao_Paulo',
    weekly: [...weekly(MON_FRI, '09:00-18:00'), ...weekly([6], '09:00-13:00')],
    holidayRegions: [{ country: 'BR', region: 'SP' }],
    holidays: [{ date: '2026-12-31', title: 'Véspera de Ano Novo' }],
    specialHours: [{ date: '2026-12-24', intervals: [interval('09:00-12:00')] }],
};

export const PLANTAO: CalendarSpec = {
    name: 'Plantao',
    zone: 'America/Sao_Paulo',
    weekly: weekly(EVERY_DAY, '00:00-24:00'),
    holidayRegions: [],
    holidays: [],
    specialHours: [],
};

/** An instant from a local ISO date-time ("2026-03-02T11:30") in `zone`; "…:ss" and ".SSS" allowed. */
export function at(local: string, zone: string): number {
    const dt = DateTime.fromISO(local, { zone });
    if (!dt.isValid) throw new Error(`bad local time ${local}`);
    return dt.toMillis();
}

export const caracas = (local: string) => at(local, 'America/Caracas');
export const saoPaulo = (local: string) => at(local, 'America/Sao_Paulo');

export function business(hours: number, calendar = 'Oficina'): Duration {
    return { kind: 'business', minutes: hours * 60, calendar, text: `${hours} business hours` };
}

export function businessDays(days: number, calendar = 'Comercial'): Duration {
    return { kind: 'businessDays', days, calendar, text: `${days} business days` };
}

export function wall(minutes: number): Duration {
    return { kind: 'wall', minutes, text: `${minutes} minutes` };
}

function category(name: string, priority: number, response: Duration | null, resolution: Duration | null): Category {
    return { name, description: [], priority, response, resolution };
}

function contract(partial: Partial<Contract> & Pick<Contract, 'name' | 'calendars' | 'categories'>): Contract {
    return {
        provider: null,
        customer: null,
        term: null,
        fee: null,
        locale: 'en',
        services: [],
        defaultCalendar: partial.calendars[0]?.name ?? null,
        channels: [],
        objectives: [],
        escalations: [],
        customerObligations: null,
        breach: null,
        penalties: null,
        termination: null,
        reporting: [],
        scenarios: [],
        ...partial,
    };
}

export const IMOLKO: Contract = contract({
    name: 'ZenkiuSupport',
    term: { start: '2026-01-01', end: '2026-12-31' },
    calendars: [OFICINA],
    categories: [
        category('Critica', 1, business(1), business(4)),
        category('Grave', 2, business(2), business(20)),
        category('Menor', 3, null, business(112)),
        category('Informacion', 4, null, business(16)),
        category('Requerimiento', 5, null, business(240)),
    ],
    escalations: [
        {
            categories: ['Critica', 'Grave'],
            steps: [
                { percent: 50, target: 'resolution', notify: 'Líder de guardia', contact: 'guardia@imolko.example' },
                { percent: 100, target: 'resolution', notify: 'Gerente de soporte', contact: 'soporte@imolko.example' },
                { percent: 150, target: 'resolution', notify: 'Dirección', contact: 'direccion@imolko.example' },
            ],
        },
    ],
});

export const HELPDESK_BR: Contract = contract({
    name: 'CosmoDeskCRM',
    term: { start: '2026-03-01', end: '2027-02-28' },
    calendars: [COMERCIAL, PLANTAO],
    categories: [
        category('Indisponibilidade', 1, wall(15), wall(240)),
        category('Incidente', 2, business(1, 'Comercial'), business(8, 'Comercial')),
        category('Duvida', 3, business(4, 'Comercial'), businessDays(2)),
    ],
    escalations: [
        {
            categories: ['Indisponibilidade'],
            steps: [
                { percent: 25, target: 'resolution', notify: 'Coordenador de plantão', contact: 'plantao@exemplo.example' },
                { percent: 100, target: 'resolution', notify: 'Diretor de operações', contact: 'diretoria@exemplo.example' },
            ],
        },
    ],
    customerObligations: {
        contacts: [{ role: 'Analista de TI designado', hours: 'Comercial' }],
        reply: { within: businessDays(2), pausesClock: true },
        demandNotice: null,
        other: [],
    },
});
