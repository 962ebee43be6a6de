/**
 * Where luxon or JSON.parse refuses a value, Pacto says why in the reader's language (they explain in
 * English only): a date that does not exist, a time that is no time of day, JSON that breaks at a column.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { complianceReport, formatProblemIn, parseMapping, type Mapping } from '../../../runtime/index.js';
import { errorMessageIn } from '../../../runtime/i18n/worded-error.js';
import { invalidTimeWords, parseEventTime } from '../../../runtime/replay/event-time.js';
import { wordsIn, type Words } from '../../../runtime/replay/problems.js';
import { exampleContract } from '../export/examples.js';

async function* text(s: string): AsyncGenerator<string> {
    yield s;
}

function refusal(time: ReturnType<typeof parseEventTime>): Words {
    if (time.ok) throw new Error('read');
    return time;
}

describe('reasons Pacto words itself', () => {
    it('a local time on a date that does not exist, or at no time of day', () => {
        const february = refusal(parseEventTime('2026-02-30T10:00', 'America/Caracas'));
        expect(wordsIn(february, 'en')).toBe("'2026-02-30T10:00' is not a time in America/Caracas: there is no such date");
        expect(wordsIn(february, 'es')).toBe("'2026-02-30T10:00' no es una hora de America/Caracas: esa fecha no existe");
        expect(wordsIn(february, 'pt-BR')).toBe("'2026-02-30T10:00' não é um horário de America/Caracas: essa data não existe");
        // 2024 is a leap year: 29 February is a date.
        expect(parseEventTime('2024-02-29T10:00', 'America/Caracas').ok).toBe(true);
        const late = refusal(parseEventTime('2026-03-02 24:30', 'America/Sao_Paulo'));
        expect(wordsIn(late, 'es')).toBe("'2026-03-02 24:30' no es una hora de America/Sao_Paulo: no es una hora del día (horas 00–23, minutos y segundos 00–59)");
        expect(wordsIn(late, 'pt-BR')).toBe("'2026-03-02 24:30' não é um horário de America/Sao_Paulo: não é um horário do dia (horas 00–23, minutos e segundos 00–59)");
    });

    it('a time that does not follow a mapping\'s format', () => {
        expect(invalidTimeWords(DateTime.fromFormat('02/03/2026 10h', 'dd/MM/yyyy HH:mm'))).toEqual({ key: 'timeUnparsable' });
        expect(invalidTimeWords(DateTime.fromFormat('31/02/2026 10:00', 'dd/MM/yyyy HH:mm'))).toEqual({ key: 'timeOutOfRange' });
    });

    it('a JSON Lines history row that is not JSON: the column, in the report\'s language', async () => {
        const contract = await exampleContract('imolko.pacto');
        const history = '{"ticket":"A","at":"2026-03-02T09:00-04:00","event":"opened","category":"Critica"}\n{"ticket":"B", at:"x"}\n{"ticket":"C"\n';
        const r = await complianceReport({ contract, history: { source: text(history), file: 'h.jsonl', format: 'jsonl' }, skipBadRows: true });
        expect(r.skippedRows.map((s) => s.message)).toEqual(['not a JSON object: not valid JSON at column 16', 'not a JSON object: the JSON stops before it is complete']);
        expect(r.skippedRows.map((s) => formatProblemIn(s, 'es'))).toEqual(['h.jsonl:2:1: no es un objeto JSON: no es JSON válido en la columna 16', 'h.jsonl:3:1: no es un objeto JSON: el JSON se corta antes de terminar']);
        expect(formatProblemIn(r.skippedRows[0]!, 'pt-BR')).toBe('h.jsonl:2:1: não é um objeto JSON: não é um JSON válido na coluna 16');
    });

    it('a Zendesk export that is not JSON', async () => {
        const contract = await exampleContract('imolko.pacto');
        const parsed = parseMapping({ format: 'zendesk', categories: { urgent: 'Critica' } });
        if (parsed instanceof Error) throw parsed;
        const mapping: Mapping = parsed;
        const refused = await complianceReport({ contract, history: { source: text('{"ticket_events": []}\n{"ticket_events": [}\n'), file: 'z.json', format: 'zendesk' }, mapping }).catch((e: unknown) => e);
        expect(errorMessageIn(refused, 'en')).toBe('z.json:2:0: not a Zendesk ticket events export (JSON): not valid JSON at column 20');
        expect(errorMessageIn(refused, 'es')).toBe('z.json:2:0: no es una exportación de eventos de tickets de Zendesk (JSON): no es JSON válido en la columna 20');
    });
});

describe('csv-parse\'s refusals in Pacto\'s words', () => {
    const read = async (csv: string) => {
        const contract = await exampleContract('imolko.pacto');
        return complianceReport({ contract, history: { source: text(csv), file: 'h.csv', format: 'csv' } }).catch((e: unknown) => e);
    };
    const HEADER = 'ticket,at,event,category,channel\n';

    it('a quote never closed, text after a closing quote, a quote inside a bare field', async () => {
        const open = await read(`${HEADER}A,2026-03-02T09:00-04:00,opened,"Critica,Correo\n`);
        expect(errorMessageIn(open, 'en')).toBe('h.csv: not a readable CSV file: a field in quotes opened on line 2 is never closed');
        expect(errorMessageIn(open, 'es')).toBe('h.csv: no es un archivo CSV legible: un campo entre comillas abierto en la línea 2 nunca se cierra');
        const after = await read(`${HEADER}A,2026-03-02T09:00-04:00,opened,"Critica"x,Correo\n`);
        expect(errorMessageIn(after, 'pt-BR')).toBe('h.csv: não é um arquivo CSV legível: linha 2: há texto depois das aspas que fecham um campo (aspas dentro de um campo entre aspas são escritas duas vezes)');
        const inside = await read(`${HEADER}A,2026-03-02T09:00-04:00,opened,Cri"tica,Correo\n`);
        expect(errorMessageIn(inside, 'es')).toBe('h.csv: no es un archivo CSV legible: línea 2: una comilla dentro de un campo que no empieza con comillas (ponga todo el campo entre comillas y escriba la comilla dos veces)');
    });
});
