/**
 * The server's simulate and report requests say the runtime's refusals in the client's language: the
 * simulator's (SimulationError through asResponseError), a history that cannot be read (HistoryError) and the
 * bad rows a report refuses, each row in the reader's words.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { CancellationToken, ResponseError } from 'vscode-languageserver';
import { simulateDocument } from '../../../language/requests/contract.js';
import { asResponseError } from '../../../language/requests/handler.js';
import { complianceReportOf } from '../../../language/requests/report.js';
import { services } from '../pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];
let dir: string;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pacto-requests-'));
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'f.csv'), '"Ticket ID","Priority","Source","Created time"\n2,"Medium","Email","2026-03-02 16:00:00"\n');
    writeFileSync(join(dir, 'f.json'), '{"format": "freshdesk", "categories": {"Medium": "Grave"}, "channels": {"Email": "Correo"}}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
    await clearDocuments(pacto, opened.splice(0));
});

async function example(file: string): Promise<LangiumDocument> {
    const document = await parse(readFileSync(join(process.cwd(), 'examples', file), 'utf8'), { validation: true });
    opened.push(document);
    return document;
}

async function thrown(run: () => unknown): Promise<unknown> {
    try {
        await run();
    } catch (error) {
        return error;
    }
    throw new Error('expected a refusal');
}

describe('runtime refusals in the client\'s language', () => {
    it('pacto/simulate: the simulator\'s refusal of the runs', async () => {
        const document = await example('helpdesk-br.pacto');
        const error = await thrown(() => simulateDocument(document, { contract: 'CosmoDeskCRM', scenario: 'MesNormal', runs: 0 }, CancellationToken.None, () => {}, { chartJs: () => null }, 'es'));
        expect(asResponseError(error, 'simulate', undefined, 'es').message).toBe('No se puede simular: la cantidad de ejecuciones debe ser un número entero de 1 a 1000000, no 0');
        expect(asResponseError(error, 'simulate', undefined, 'pt-BR').message).toBe('Não é possível simular: o número de execuções deve ser um inteiro de 1 a 1000000, não 0');
        expect(asResponseError(error, 'simulate').message).toBe('Cannot simulate: runs must be a whole number from 1 to 1000000, not 0');
    });

    it('pacto/complianceReport: an empty history, and a bad row', async () => {
        const document = await example('imolko.pacto');
        const empty = join(dir, 'empty.csv');
        const refusal = await thrown(() => complianceReportOf(document, { contract: 'ZenkiuSupport', tickets: empty }, CancellationToken.None, () => {}, {}, 'pt-BR'));
        expect(refusal).toBeInstanceOf(ResponseError);
        expect((refusal as Error).message).toBe(`${empty}: arquivo vazio: um histórico de chamados precisa de um cabeçalho (ticket,at,event,category,channel)`);
        const history = join(dir, 'f.csv');
        const bad = await thrown(() => complianceReportOf(document, { contract: 'ZenkiuSupport', tickets: history, mapping: join(dir, 'f.json') }, CancellationToken.None, () => {}, {}, 'es'));
        expect((bad as Error).message).toBe(
            `El historial tiene 1 fila con errores y no se calculó nada (con skipBadRows se continúa sin ella): ${history}:2:4: '2026-03-02 16:00:00' no tiene desfase respecto de UTC; agréguelo (-03:00, Z) o indique con --zone la zona en que se escribieron las horas`,
        );
    });
});
