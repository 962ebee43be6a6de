import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractFromJson, contractJson, contractJsonText, type ContractJson } from '../../../runtime/export/index.js';
import type { Contract } from '../../../runtime/model.js';
import { contractOf, queueContract, wall as wallModel } from '../simulate/helpers.js';
import { EXAMPLE_FILES, exampleContract } from './examples.js';

const schema = JSON.parse(readFileSync('schema/pacto-contract.schema.json', 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validate = ajv.compile(schema);
const OPTIONS = { pactoVersion: '0.1.0' };

/** The `pacto` blocks of the language reference, by contract name: together they use every construct. */
const DOC_TEXTS = [...readFileSync('docs/language.md', 'utf8').matchAll(/```pacto\n([\s\S]*?)```/g)].map((m) => m[1]!);
const DOC_BLOCKS = new Map(DOC_TEXTS.map((text) => [/contract (\w+)/.exec(text)![1]!, text]));
const docContract = (name: string): Promise<Contract> => contractOf(DOC_BLOCKS.get(name)!);
const docJson = async (name: string): Promise<ContractJson> => contractJson(await docContract(name), OPTIONS);

const wall = (minutes: number, text: string) => ({ minutes, clock: 'wall', text });
const brl = (amount: number) => ({ amount, currency: 'BRL' });

function expectRoundTrip(contract: Contract): void {
    const text = contractJsonText(contract, OPTIONS);
    const json = JSON.parse(text) as ContractJson;
    const valid = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(contractJsonText(contractFromJson(json), OPTIONS)).toBe(text);
    expect(contractFromJson(json)).toEqual(contract);
}

describe('JSON export', () => {
    it('covers the four examples and the reference', () => {
        expect(EXAMPLE_FILES.length).toBeGreaterThanOrEqual(4);
        expect(DOC_BLOCKS.size).toBeGreaterThanOrEqual(12);
        expect(DOC_BLOCKS.size).toBe(DOC_TEXTS.length);
    });

    for (const file of EXAMPLE_FILES) {
        it(`${file}: valid against the schema, and export → read back → export gives the same bytes`, async () => {
            expectRoundTrip(await exampleContract(file));
        });
    }

    for (const name of DOC_BLOCKS.keys()) {
        it(`docs/language.md, contract ${name}: valid against the schema, and the round trip gives the same bytes`, async () => {
            expectRoundTrip(await docContract(name));
        });
    }

    it('writes units explicitly: durations with their clock, money with its currency, holidays of the term', async () => {
        const json = contractJson(await exampleContract('imolko.pacto'), OPTIONS);
        expect(json.$schema).toBe('https://pacto.dev/schema/pacto-contract.schema.json');
        expect(json.pactoVersion).toBe('0.1.0');
        expect(json.term).toEqual({ start: '2026-01-01', end: '2026-12-31' });
        expect(json.fee).toEqual({ amount: { amount: 1500, currency: 'USD' }, period: 'monthly' });
        const critica = json.categories.find((c) => c.name === 'Critica')!;
        expect(critica.resolution).toEqual({ minutes: 240, clock: 'business', calendar: 'Oficina', text: '4 business hours' });
        const oficina = json.calendars[0]!;
        expect(oficina.weekly[0]).toEqual({ day: 'monday', start: '08:00', end: '12:00' });
        const dates = oficina.holidaysInTerm!.map((h) => h.date);
        expect(dates).toContain('2026-01-01');
        expect(dates).toContain('2026-07-05'); // Independence Day of Venezuela
        expect(oficina.holidaysInTerm!.find((h) => h.date === '2026-08-14')).toEqual({ date: '2026-08-14', name: 'Aniversario de la empresa', source: 'declared' });
        expect(dates.every((d) => d >= '2026-01-01' && d <= '2026-12-31')).toBe(true);
        expect(json.penalties!.tiers[0]!.credit).toEqual({ amount: 75, currency: 'USD' });
        expect(json.penalties!.cap).toEqual({ percent: 20, period: 'month', amount: { amount: 300, currency: 'USD' } });
    });

    it('business days and wall-clock durations', async () => {
        const json = contractJson(await exampleContract('helpdesk-br.pacto'), OPTIONS);
        const duvida = json.categories.find((c) => c.name === 'Duvida')!;
        expect(duvida.resolution).toEqual({ days: 2, clock: 'business', calendar: 'Comercial', text: '2 business days' });
        const down = json.categories.find((c) => c.name === 'Indisponibilidade')!;
        expect(down.response).toEqual({ minutes: 15, clock: 'wall', text: '15 minutes' });
        expect(json.termination!.notice).toEqual({ minutes: 43200, clock: 'wall', text: '30 days' });
    });

    it('the schema rejects what it does not describe', async () => {
        const json = contractJson(await exampleContract('imolko.pacto'), OPTIONS) as unknown as Record<string, unknown>;
        expect(validate({ ...json, extra: 1 })).toBe(false);
        const categories = (json['categories'] as Record<string, unknown>[]).map((c) => ({ ...c, response: { minutes: 60, clock: 'business' } }));
        expect(validate({ ...json, categories })).toBe(false);
    });
});

describe('JSON export of language v2', () => {
    it('penalties: tiers, fixed fines, per-breach and downtime penalties with money in the fee currency, every cap', async () => {
        const json = await docJson('Money');
        expect(json.penalties).toEqual({
            tiers: [
                { objective: 'Resolucao', below: { kind: 'percent', value: 90 }, creditPercent: 5, credit: brl(400) },
                { objective: 'Resolucao', below: { kind: 'percent', value: 80 }, creditPercent: 15, credit: brl(1200) },
            ],
            cap: { percent: 30, period: 'month', amount: brl(2400) },
            caps: [
                { percent: 30, period: 'month', amount: brl(2400) },
                { percent: 150, period: 'year', amount: brl(12000) },
            ],
            fines: [{ objective: 'Disponibilidade', below: { kind: 'percent', value: 99 }, amount: brl(2000) }],
            perBreach: [{ category: 'Queda', target: 'resolution', penalty: { kind: 'pay', amount: brl(500) } }],
            downtime: [{ objective: 'Disponibilidade', per: 'hour', penalty: { kind: 'credit', percent: 1, amount: brl(80) } }],
            notes: ['As multas não excluem a indenização por perdas e danos.'],
        });
    });

    it('a credit without a fee has no amount; a payment keeps its own', async () => {
        const contract = await docContract('Money');
        const json = contractJson({ ...contract, fee: null }, OPTIONS);
        expect(json.penalties!.downtime[0]!.penalty).toEqual({ kind: 'credit', percent: 1, amount: null });
        expect(json.penalties!.perBreach[0]!.penalty).toEqual({ kind: 'pay', amount: brl(500) });
        expect(json.penalties!.caps[1]).toEqual({ percent: 150, period: 'year', amount: null });
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    });

    it('on-call rotations, and escalation steps that notify them', async () => {
        const json = await docJson('Escalations');
        expect(json.onCall).toEqual([
            {
                name: 'Guardia',
                title: 'Guardia semanal',
                rotation: 'weekly',
                start: '2026-01-05',
                people: [
                    { name: 'Ana Pérez', contact: 'ana@imolko.example' },
                    { name: 'Luis Gómez', contact: 'luis@imolko.example' },
                ],
                notes: [],
            },
        ]);
        expect(json.escalations).toEqual([
            {
                categories: ['Critica'],
                steps: [
                    { percent: 50, target: 'resolution', notify: 'Guardia semanal', contact: null, onCall: 'Guardia' },
                    { percent: 100, target: 'resolution', notify: 'Gerente de soporte', contact: 'soporte@imolko.example', onCall: null },
                ],
                notes: ['La guardia confirma la recepción en 15 minutos.'],
            },
        ]);
    });

    it('the whole breach procedure, steps in the contract order with texts', async () => {
        const json = await docJson('Breach');
        const review = { days: 5, clock: 'business', calendar: 'Office', text: '5 business days' };
        expect(json.breach).toEqual({
            notifyTeam: wall(30, '30 minutes'),
            notifyCustomer: wall(120, '2 hours'),
            review,
            act: wall(240, '4 hours'),
            notifyResolution: wall(60, '1 hour'),
            steps: [
                { kind: 'notifyTeam', within: wall(30, '30 minutes') },
                { kind: 'text', text: 'Identificar el responsable y el ajuste necesario.' },
                { kind: 'notifyCustomer', within: wall(120, '2 hours') },
                { kind: 'act', within: wall(240, '4 hours') },
                { kind: 'notifyResolution', within: wall(60, '1 hour') },
                { kind: 'review', within: review },
            ],
        });
    });

    it('channel targets of a category', async () => {
        const json = await docJson('Channels');
        expect(json.categories[0]!.channels).toEqual([
            { channel: 'Telefone', response: wall(0.5, '30 seconds'), resolution: null },
            { channel: 'WhatsApp', response: { minutes: 15, clock: 'business', calendar: 'Comercial', text: '15 business minutes' }, resolution: null },
        ]);
    });

    it('objectives: on time via channels, downtime budgets, CSAT shares, and their clauses', async () => {
        const json = await docJson('Objectives');
        const measure = (name: string) => json.objectives.find((o) => o.name === name)!.measure;
        expect(measure('CriticalOnTime')).toEqual({ kind: 'onTime', target: 'response', percent: 95, period: 'month', categories: ['Critical'], channels: ['Phone'] });
        expect(measure('OnTime')).toEqual({ kind: 'onTime', target: 'resolution', percent: 90, period: 'month', categories: [], channels: [] });
        expect(measure('Budget')).toEqual({ kind: 'downtimeBudget', budget: wall(240, '4 hours'), period: 'month', maintenance: null });
        expect(measure('CsatShare')).toEqual({ kind: 'satisfactionShare', percent: 85, mark: 4, scale: 5, period: 'month' });
        expect(json.objectives.find((o) => o.name === 'OnTime')!.notes).toEqual(['Measured on tickets closed in the month.']);
        expect(json.objectives.find((o) => o.name === 'Uptime')!.notes).toEqual([]);
    });

    it('scenarios: arrivals per business day and via a channel, the period with its end', async () => {
        const json = await docJson('Scenarios');
        const [normal, peak] = json.scenarios;
        expect(normal!.period).toEqual({ start: '2026-04-01', length: wall(43200, '1 month'), end: '2026-05-01' });
        expect(normal!.arrivals).toEqual([
            { category: 'Major', rate: 3, per: 'day', business: true, channel: null },
            { category: 'Question', rate: 20, per: 'day', business: true, channel: 'WhatsApp' },
            { category: 'Question', rate: 5, per: 'day', business: false, channel: 'Email' },
        ]);
        expect(peak!.arrivals[1]).toEqual({ category: 'Question', rate: 60, per: 'day', business: true, channel: 'WhatsApp' });
    });

    it('calendars: holiday types and clauses', async () => {
        const [comercial, plantao] = (await docJson('Calendars')).calendars;
        expect(comercial!.holidayRegions).toEqual([{ country: 'BR', region: 'SP', types: ['bank'] }]);
        expect(comercial!.notes).toEqual(['Nos feriados municipais de São Paulo o atendimento é feito pelo plantão.']);
        expect(plantao!.notes).toEqual([]);
    });

    it('termination, reporting, meetings and reviews with their clauses', async () => {
        const json = await docJson('Governance');
        expect(json.termination!.notes).toEqual(['Incumplimiento reiterado da derecho a rescindir sin penalidad.']);
        expect(json.reporting).toEqual([{ frequency: 'monthly', audience: 'customer', objectives: ['Uptime'] }]);
        expect(json.meetings).toEqual([{ frequency: 'quarterly', audience: 'customer' }]);
        expect(json.reportingNotes).toEqual(['El informe se envía en los primeros cinco días hábiles del mes.']);
        expect(json.reviews).toEqual([{ every: 6, unit: 'month', text: 'Revisión de objetivos y penalidades.' }]);
    });

    it('definitions, free clauses and provider obligations', async () => {
        const clauses = await docJson('Clauses');
        expect(clauses.definitions).toEqual([
            { term: 'Incidente', text: 'Interrupción no planificada del servicio o reducción de su calidad.' },
            { term: 'Horas hábiles', text: 'Las horas del calendario Oficina.' },
        ]);
        expect(clauses.clauses).toEqual([{ title: 'Ley aplicable', texts: ['Este acuerdo se rige por las leyes de la República Bolivariana de Venezuela.'] }]);
        expect((await docJson('Duties')).providerObligations).toEqual([
            'Manter a infraestrutura monitorada 24 horas por dia.',
            'Informar manutenções com 48 horas de antecedência.',
        ]);
    });

    it('a contract without v2 constructs writes every v2 field as none', async () => {
        const json = await docJson('Header');
        expect(json).toMatchObject({
            definitions: [], clauses: [], onCall: [], providerObligations: [], meetings: [], reportingNotes: [], reviews: [],
            breach: null, penalties: null, termination: null,
        });
    });

    it('the schema describes the v2 fields exactly', async () => {
        const json = (await docJson('Money')) as unknown as { penalties: Record<string, unknown> };
        const penalties = json.penalties;
        expect(validate({ ...json, penalties: { ...penalties, fines: [{ objective: 'X', below: { kind: 'percent', value: 1 }, amount: 5 }] } })).toBe(false);
        expect(validate({ ...json, penalties: { ...penalties, perBreach: [{ category: 'X', target: 'resolution', penalty: { kind: 'pay', amount: null } }] } })).toBe(false);
        const { caps: _caps, ...withoutCaps } = penalties;
        expect(validate({ ...json, penalties: withoutCaps })).toBe(false);
        const scenarios = (await docJson('Scenarios')).scenarios.map((s) => ({ ...s, arrivals: s.arrivals.map((a) => ({ ...a, business: 'yes' })) }));
        expect(validate({ ...(await docJson('Scenarios')), scenarios })).toBe(false);
    });
});

/**
 * An export as Pacto 0.1 wrote it (its schema had none of the v2 fields): tools keep such files, and
 * `contractFromJson` must still read them.
 */
const EXPORT_01 = {
    $schema: 'https://pacto.dev/schema/pacto-contract.schema.json',
    pactoVersion: '0.1.0',
    name: 'Legacy',
    title: 'Legacy SLA',
    provider: 'Provider Ltd',
    customer: null,
    term: null,
    fee: { amount: { amount: 1000, currency: 'EUR' }, period: 'monthly' },
    locale: 'en',
    services: [],
    calendars: [
        {
            name: 'Office',
            title: null,
            zone: 'Europe/Madrid',
            weekly: [{ day: 'monday', start: '09:00', end: '18:00' }],
            holidayRegions: [{ country: 'ES', region: null }],
            holidays: [],
            specialHours: [],
            holidaysInTerm: null,
        },
    ],
    defaultCalendar: 'Office',
    channels: [],
    categories: [
        { name: 'Major', title: null, description: [], priority: 1, response: null, resolution: { minutes: 480, clock: 'business', calendar: 'Office', text: '8 business hours' } },
    ],
    objectives: [{ name: 'OnTime', title: null, measure: { kind: 'onTime', target: 'resolution', percent: 90, period: 'month', categories: [] } }],
    escalations: [{ categories: ['Major'], steps: [{ percent: 50, target: 'resolution', notify: 'Lead', contact: 'lead@example.com' }] }],
    customerObligations: null,
    breach: { notifyTeam: { minutes: 30, clock: 'wall', text: '30 minutes' }, notifyCustomer: null, review: { days: 5, clock: 'business', calendar: 'Office', text: '5 business days' } },
    penalties: {
        tiers: [{ objective: 'OnTime', below: { kind: 'percent', value: 90 }, creditPercent: 5, credit: { amount: 50, currency: 'EUR' } }],
        cap: { percent: 20, period: 'month', amount: { amount: 200, currency: 'EUR' } },
    },
    termination: { conditions: [], notice: { minutes: 43200, clock: 'wall', text: '30 days' } },
    reporting: [],
    scenarios: [
        {
            name: 'Normal',
            title: null,
            extends: null,
            period: { start: '2026-01-05', length: { minutes: 40320, clock: 'wall', text: '4 weeks' } },
            arrivals: [{ category: 'Major', rate: 3, per: 'day' }],
            arrivalsFollow: null,
            teams: [{ name: 'Support', title: null, agents: 2, calendar: 'Office', handles: ['Major'] }],
            handling: [{ category: 'Major', distribution: { kind: 'exponential', mean: { minutes: 120, clock: 'wall', text: '120 minutes' } } }],
            customerReplies: [],
        },
    ],
} as const;

describe('JSON of Pacto 0.1', () => {
    let contract: Contract;
    beforeAll(() => {
        contract = contractFromJson(structuredClone(EXPORT_01) as unknown as ContractJson<undefined>);
    });

    it('reads back as a contract with none of the v2 constructs, its single cap and its breach steps filled in', () => {
        const business = (minutes: number, text: string) => ({ kind: 'business', minutes, calendar: 'Office', text });
        const fiveDays = { kind: 'businessDays', days: 5, calendar: 'Office', text: '5 business days' };
        expect(contract).toEqual({
            name: 'Legacy',
            title: 'Legacy SLA',
            provider: 'Provider Ltd',
            customer: null,
            term: null,
            fee: { amount: 1000, currency: 'EUR', period: 'monthly' },
            locale: 'en',
            services: [],
            calendars: [{ name: 'Office', zone: 'Europe/Madrid', weekly: [{ day: 1, start: 540, end: 1080 }], holidayRegions: [{ country: 'ES' }], holidays: [], specialHours: [], notes: [] }],
            defaultCalendar: 'Office',
            channels: [],
            categories: [{ name: 'Major', description: [], priority: 1, response: null, resolution: business(480, '8 business hours'), channels: [] }],
            objectives: [{ name: 'OnTime', measure: { kind: 'onTime', target: 'resolution', percent: 90, period: 'month', categories: [], channels: [] }, notes: [] }],
            escalations: [{ categories: ['Major'], steps: [{ percent: 50, target: 'resolution', notify: 'Lead', contact: 'lead@example.com' }], notes: [] }],
            customerObligations: null,
            breach: {
                notifyTeam: { kind: 'wall', minutes: 30, text: '30 minutes' },
                notifyCustomer: null,
                review: fiveDays,
                act: null,
                notifyResolution: null,
                steps: [
                    { kind: 'notifyTeam', within: { kind: 'wall', minutes: 30, text: '30 minutes' } },
                    { kind: 'review', within: fiveDays },
                ],
            },
            penalties: {
                tiers: [{ objective: 'OnTime', below: { kind: 'percent', value: 90 }, creditPercent: 5 }],
                cap: { percent: 20, period: 'month' },
                caps: [{ percent: 20, period: 'month' }],
                fines: [],
                perBreach: [],
                downtime: [],
                notes: [],
            },
            termination: { conditions: [], notice: { kind: 'wall', minutes: 43200, text: '30 days' }, notes: [] },
            reporting: [],
            scenarios: [
                {
                    name: 'Normal',
                    extends: null,
                    period: { start: '2026-01-05', length: { kind: 'wall', minutes: 40320, text: '4 weeks' } },
                    arrivals: [{ category: 'Major', rate: 3, per: 'day', business: false, channel: null }],
                    arrivalsFollow: null,
                    teams: [{ name: 'Support', agents: 2, calendar: 'Office', handles: ['Major'] }],
                    handling: [{ category: 'Major', distribution: { kind: 'exponential', meanMinutes: 120 } }],
                    customerReplies: [],
                },
            ],
            providerObligations: [],
            onCall: [],
            meetings: [],
            reportingNotes: [],
            reviews: [],
            clauses: [],
            definitions: [],
        });
    });

    it('exports again as the same document plus the v2 fields, valid against the schema', () => {
        const json = contractJson(contract, OPTIONS);
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json).toMatchObject(EXPORT_01);
        expect(json.scenarios[0]!.period!.end).toBeNull();
        expect(json.penalties!.caps).toEqual([EXPORT_01.penalties.cap]);
    });

    it('a model written for 0.1, without the optional v2 fields, exports valid JSON with them as none', () => {
        const model = queueContract({ perHour: 2, handling: { kind: 'fixed', minutes: 20 }, agents: 1, targetMinutes: 60, weeks: 1 });
        const json = contractJson(model, OPTIONS);
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json.penalties!.caps).toEqual([{ percent: 30, period: 'month', amount: { amount: 300, currency: 'EUR' } }]);
        expect(json.scenarios[0]!.period).toEqual({ start: '2026-01-05', length: wall(10080, '1 weeks'), end: null });
        expect(json.scenarios[0]!.arrivals).toEqual([{ category: 'Q', rate: 2, per: 'hour', business: false, channel: null }]);
        expect(json.categories[0]!.channels).toEqual([]);
        expect(json.objectives[0]).toEqual({
            name: 'Responses', title: null, measure: { kind: 'onTime', target: 'response', percent: 80, period: 'month', categories: [], channels: [] }, notes: [],
        });
        const withBreach = contractJson({ ...model, breach: { notifyTeam: wallModel(30), notifyCustomer: wallModel(60), review: null } }, OPTIONS);
        expect(withBreach.breach!.steps).toEqual([
            { kind: 'notifyTeam', within: wall(30, '30 minutes') },
            { kind: 'notifyCustomer', within: wall(60, '60 minutes') },
        ]);
    });
});
