/**
 * The runtime's refusals in the reader's language: the simulator's (SimulationError), the readers' of a whole
 * file (HistoryError), calibration's (CalibrationError), the bad rows of help-desk exports, outage logs and
 * event times (formatProblemIn), and the horizon's, which name the target in the reader's words. Each keeps
 * its English `message` for logs and JSON.
 */
import { describe, expect, it } from 'vitest';
import {
    BadRowsError,
    BeyondHorizon,
    CalibrationError,
    HistoryError,
    SimulationError,
    calibrate,
    complianceReport,
    deadlines,
    errorMessageIn,
    findScenario,
    formatProblemIn,
    parseEventTime,
    parseMapping,
    readOutages,
    simulateSync,
    wordedProblem,
    type Contract,
    type Mapping,
    type RowProblem,
} from '../../../runtime/index.js';
import { exampleContract } from '../export/examples.js';
import { business } from '../fixtures.js';

async function* text(s: string): AsyncGenerator<string> {
    yield s;
}

function mapping(json: unknown): Mapping {
    const m = parseMapping(json);
    if (m instanceof Error) throw m;
    return m;
}

async function thrown(run: () => unknown): Promise<unknown> {
    try {
        await run();
    } catch (error) {
        return error;
    }
    throw new Error('expected a refusal');
}

/** The message of `error` in en, es and pt-BR. */
const inEach = (error: unknown) => ({ en: errorMessageIn(error, 'en'), es: errorMessageIn(error, 'es'), 'pt-BR': errorMessageIn(error, 'pt-BR') });

/** The bad rows a refused history lists, each in en, es and pt-BR. */
async function badRows(run: () => unknown): Promise<{ en: string; es: string; 'pt-BR': string }[]> {
    const error = await thrown(run);
    expect(error).toBeInstanceOf(BadRowsError);
    return (error as BadRowsError).problems.map((p: RowProblem) => ({ en: formatProblemIn(p, 'en'), es: formatProblemIn(p, 'es'), 'pt-BR': formatProblemIn(p, 'pt-BR') }));
}

describe('the simulator refuses in the reader\'s language', () => {
    it('an unknown scenario, with the nearest name', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const error = await thrown(() => findScenario(contract, 'MesNormall'));
        expect(error).toBeInstanceOf(SimulationError);
        expect((error as Error).message).toBe("unknown scenario 'MesNormall' in contract CosmoDeskCRM; did you mean 'MesNormal'?");
        expect(inEach(error)).toEqual({
            en: "unknown scenario 'MesNormall' in contract CosmoDeskCRM; did you mean 'MesNormal'?",
            es: "el contrato CosmoDeskCRM no tiene el escenario 'MesNormall'; ¿quiso decir 'MesNormal'?",
            'pt-BR': "o contrato CosmoDeskCRM não tem o cenário 'MesNormall'; você quis dizer 'MesNormal'?",
        });
    });

    it('an unknown scenario with nothing near, listing the declared ones', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        expect(inEach(await thrown(() => findScenario(contract, 'Verano')))).toEqual({
            en: "unknown scenario 'Verano' in contract CosmoDeskCRM; declared: MesNormal, PorCanal, BlackFriday",
            es: "el contrato CosmoDeskCRM no tiene el escenario 'Verano'; sus escenarios son: MesNormal, PorCanal, BlackFriday",
            'pt-BR': "o contrato CosmoDeskCRM não tem o cenário 'Verano'; seus cenários são: MesNormal, PorCanal, BlackFriday",
        });
    });

    it('runs out of range, the number as given', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        expect(inEach(await thrown(() => simulateSync(contract, 'MesNormal', { runs: 0 })))).toEqual({
            en: 'runs must be a whole number from 1 to 1000000, not 0',
            es: 'la cantidad de ejecuciones debe ser un número entero de 1 a 1000000, no 0',
            'pt-BR': 'o número de execuções deve ser um inteiro de 1 a 1000000, não 0',
        });
    });

    it('a team with a fractional number of agents', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const team = contract.scenarios.find((s) => s.name === 'MesNormal')!.teams[0]!.name;
        const error = await thrown(() => simulateSync(contract, 'MesNormal', { runs: 1, agents: { [team]: 1.5 } }));
        expect(inEach(error)).toEqual({
            en: `team ${team}: agents must be a whole number ≥ 0`,
            es: `equipo ${team}: la cantidad de agentes debe ser un número entero ≥ 0`,
            'pt-BR': `equipe ${team}: o número de agentes deve ser um inteiro ≥ 0`,
        });
    });
});

describe('the horizon names the target in the reader\'s words', () => {
    it('a resolution target beyond a hundred years', async () => {
        const contract: Contract = await exampleContract('imolko.pacto');
        const typo: Contract = {
            ...contract,
            escalations: [],
            categories: contract.categories.map((c) => (c.name === 'Critica' ? { ...c, response: null, resolution: business(99_999_999_999, contract.defaultCalendar ?? 'Oficina') } : c)),
        };
        const error = await thrown(() => deadlines(typo, 'Critica', Date.parse(`${contract.term!.start}T12:00:00Z`)));
        expect(error).toBeInstanceOf(BeyondHorizon);
        expect(inEach(error)).toEqual({
            en: 'ZenkiuSupport / Critica: the resolution target of 99999999999 business hours would fall due more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); Pacto computes no deadline beyond that horizon.',
            es: 'ZenkiuSupport / Critica: el plazo de resolución de 99999999999 business hours vencería más de 100 años después de 2026-01-01 00:00 UTC (después de 2126-01-01 00:00 UTC); Pacto no calcula plazos más allá de ese horizonte.',
            'pt-BR': 'ZenkiuSupport / Critica: o prazo de resolução de 99999999999 business hours venceria mais de 100 anos após 2026-01-01 00:00 UTC (depois de 2126-01-01 00:00 UTC); o Pacto não calcula prazos além desse horizonte.',
        });
    });

    it('an escalation step of such a resolution target, and a response target beyond it', async () => {
        const contract: Contract = await exampleContract('imolko.pacto');
        const typo = (category: Contract['categories'][number]) => ({ ...category, resolution: business(99_999_999_999, contract.defaultCalendar ?? 'Oficina') });
        const opened = Date.parse(`${contract.term!.start}T12:00:00Z`);
        const escalating: Contract = { ...contract, categories: contract.categories.map((c) => (c.name === 'Critica' ? typo(c) : c)) };
        expect(inEach(await thrown(() => deadlines(escalating, 'Critica', opened)))).toEqual({
            en: 'ZenkiuSupport / Critica: the escalation at 50% of resolution would fire more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); Pacto computes no instant beyond that horizon.',
            es: 'ZenkiuSupport / Critica: el escalamiento al 50% del plazo de resolución se dispararía más de 100 años después de 2026-01-01 00:00 UTC (después de 2126-01-01 00:00 UTC); Pacto no calcula instantes más allá de ese horizonte.',
            'pt-BR': 'ZenkiuSupport / Critica: o escalonamento a 50% do prazo de resolução dispararia mais de 100 anos após 2026-01-01 00:00 UTC (depois de 2126-01-01 00:00 UTC); o Pacto não calcula instantes além desse horizonte.',
        });
        const responding: Contract = {
            ...contract,
            escalations: [],
            categories: contract.categories.map((c) => (c.name === 'Critica' ? { ...c, resolution: null, response: business(99_999_999_999, contract.defaultCalendar ?? 'Oficina') } : c)),
        };
        expect(inEach(await thrown(() => deadlines(responding, 'Critica', opened)))).toEqual({
            en: 'ZenkiuSupport / Critica: the response target of 99999999999 business hours would fall due more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); Pacto computes no deadline beyond that horizon.',
            es: 'ZenkiuSupport / Critica: el tiempo de primera respuesta de 99999999999 business hours vencería más de 100 años después de 2026-01-01 00:00 UTC (después de 2126-01-01 00:00 UTC); Pacto no calcula plazos más allá de ese horizonte.',
            'pt-BR': 'ZenkiuSupport / Critica: o tempo de primeira resposta de 99999999999 business hours venceria mais de 100 anos após 2026-01-01 00:00 UTC (depois de 2126-01-01 00:00 UTC); o Pacto não calcula prazos além desse horizonte.',
        });
    });
});

describe('a file that cannot be read at all', () => {
    it('an empty history', async () => {
        const contract = await exampleContract('imolko.pacto');
        const error = await thrown(() => complianceReport({ contract, history: { source: text(''), file: 'h.csv', format: 'csv' } }));
        expect(error).toBeInstanceOf(HistoryError);
        expect(inEach(error)).toEqual({
            en: 'h.csv: empty file: a ticket history needs a header (ticket,at,event,category,channel)',
            es: 'h.csv: archivo vacío: un historial de tickets necesita un encabezado (ticket,at,event,category,channel)',
            'pt-BR': 'h.csv: arquivo vazio: um histórico de chamados precisa de um cabeçalho (ticket,at,event,category,channel)',
        });
    });

    it('an outage log without its header', async () => {
        const error = await thrown(() => readOutages(text('desde,hasta\n2026-03-02T10:00Z,2026-03-02T11:00Z\n'), { file: 'o.csv', zone: null }));
        expect(inEach(error)).toEqual({
            en: "o.csv:1:0: an outage log needs a header 'start,end' (and optionally 'planned'); found: desde, hasta",
            es: "o.csv:1:0: un registro de caídas necesita un encabezado 'start,end' (y, si se quiere, 'planned'); encabezado leído: desde, hasta",
            'pt-BR': "o.csv:1:0: um registro de indisponibilidades precisa de um cabeçalho 'start,end' (e, se quiser, 'planned'); cabeçalho lido: desde, hasta",
        });
    });

    it('a Zendesk export without ticket events', async () => {
        const contract = await exampleContract('imolko.pacto');
        const error = await thrown(() => complianceReport({ contract, history: { source: text('{"tickets": []}'), file: 'z.json', format: 'zendesk' }, mapping: mapping({ format: 'zendesk' }) }));
        expect(inEach(error)).toEqual({
            en: 'z.json: not a Zendesk ticket events export: a page has no "ticket_events" array',
            es: 'z.json: no es una exportación de eventos de tickets de Zendesk: una página no tiene el arreglo "ticket_events"',
            'pt-BR': 'z.json: não é uma exportação de eventos de chamados do Zendesk: uma página não tem o array "ticket_events"',
        });
    });
});

describe('calibration', () => {
    it('a history with no ticket', async () => {
        const contract = await exampleContract('imolko.pacto');
        const error = await thrown(() => calibrate({ contract, history: { source: text('ticket,at,event,category,channel\n'), file: 'h.csv', format: 'csv' } }));
        expect(error).toBeInstanceOf(CalibrationError);
        expect(inEach(error)).toEqual({
            en: 'h.csv: no ticket was opened: nothing to calibrate',
            es: 'h.csv: no se abrió ningún ticket: no hay nada que calibrar',
            'pt-BR': 'h.csv: nenhum chamado foi aberto: não há nada a calibrar',
        });
    });

    it('the simulator\'s refusal inside it is said in the same language', () => {
        const error = new CalibrationError('calibrateCannot', {}, new SimulationError('simPeriodNeverEnds', { scenario: 'Calibrado' }));
        expect(error.message).toBe('the history cannot be calibrated: scenario Calibrado: its period never ends');
        expect(inEach(error)).toEqual({
            en: 'the history cannot be calibrated: scenario Calibrado: its period never ends',
            es: 'no se puede calibrar con este historial: escenario Calibrado: su período no termina nunca',
            'pt-BR': 'não é possível calibrar com este histórico: cenário Calibrado: o período nunca termina',
        });
    });
});

describe('bad rows', () => {
    it('a time with no offset (Freshdesk without --zone)', async () => {
        const contract = await exampleContract('imolko.pacto');
        const freshdesk = '"Ticket ID","Priority","Source","Created time"\n2,"Medium","Email","2026-03-02 16:00:00"\n';
        const rows = await badRows(() => complianceReport({ contract, history: { source: text(freshdesk), file: 'f.csv', format: 'csv' }, mapping: mapping({ format: 'freshdesk', categories: { Medium: 'Grave' } }) }));
        expect(rows).toEqual([
            {
                en: "f.csv:2:4: '2026-03-02 16:00:00' has no UTC offset; add one (-03:00, Z) or give --zone with the zone the times were written in",
                es: "f.csv:2:4: '2026-03-02 16:00:00' no tiene desfase respecto de UTC; agréguelo (-03:00, Z) o indique con --zone la zona en que se escribieron las horas",
                'pt-BR': "f.csv:2:4: '2026-03-02 16:00:00' não tem deslocamento em relação ao UTC; acrescente um (-03:00, Z) ou informe com --zone o fuso em que os horários foram escritos",
            },
        ]);
    });

    it('a status the mapping does not know, with the nearest one', async () => {
        const contract = await exampleContract('imolko.pacto');
        const jira = 'Issue key,Status,Priority,Changed\nSD-1,Waiting for suport,Highest,2026-03-02T09:00-04:00\n';
        const rows = await badRows(() =>
            complianceReport({
                contract,
                history: { source: text(jira), file: 'j.csv', format: 'csv' },
                mapping: mapping({ rows: 'events', columns: { ticket: 'Issue key', at: 'Changed', status: 'Status', category: 'Priority' }, categories: { Highest: 'Critica' }, statuses: { 'Waiting for support': 'open' } }),
            }),
        );
        expect(rows).toEqual([
            {
                en: `j.csv:2:2: status 'Waiting for suport' is not in the mapping's "statuses"; did you mean 'Waiting for support'?`,
                es: `j.csv:2:2: el estado 'Waiting for suport' no está en los "statuses" del mapeo; ¿quiso decir 'Waiting for support'?`,
                'pt-BR': `j.csv:2:2: o status 'Waiting for suport' não está nos "statuses" do mapeamento; você quis dizer 'Waiting for support'?`,
            },
        ]);
    });

    it('an outage that ends before it starts', async () => {
        const log = await readOutages(text('start,end\n2026-03-02T11:00Z,2026-03-02T10:00Z\n'), { file: 'o.csv', zone: null });
        expect(log.problems.map((p) => [formatProblemIn(p, 'en'), formatProblemIn(p, 'es'), formatProblemIn(p, 'pt-BR')])).toEqual([
            ['o.csv:2:2: the outage ends before it starts', 'o.csv:2:2: la caída termina antes de empezar', 'o.csv:2:2: a indisponibilidade termina antes de começar'],
        ]);
        expect(log.problems[0]!.message).toBe('the outage ends before it starts');
    });

    it('a date without a time: the instant\'s own reason is said in the same language', () => {
        const time = parseEventTime('2026-03-02', null);
        expect(time.ok).toBe(false);
        if (time.ok) return;
        const p = wordedProblem('h.csv', 5, 2, time.key, time.args, time.reason);
        expect(p.message).toBe("'2026-03-02': a date is not an instant; give a time and a UTC offset, e.g. 2026-03-02T09:00-03:00");
        expect(formatProblemIn(p, 'es')).toBe("h.csv:5:2: '2026-03-02': una fecha no es un instante; indique también la hora y el desfase respecto de UTC, p. ej. 2026-03-02T09:00-03:00");
        expect(formatProblemIn(p, 'pt-BR')).toBe("h.csv:5:2: '2026-03-02': uma data não é um instante; informe também o horário e o deslocamento em relação ao UTC, por exemplo 2026-03-02T09:00-03:00");
    });
});
