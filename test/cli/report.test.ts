import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tool } from '../runtime/export/pdf-tools.js';
import { IMOLKO_MARCH } from '../runtime/replay/imolko-march.js';
import { CLI, ROOT, pacto, scratch } from './pacto-process.js';

const IMOLKO = path.join(ROOT, 'examples', 'imolko.pacto');
const schema = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'schema', name), 'utf8')) as object;

const HISTORY = IMOLKO_MARCH;

const JSONL = HISTORY.trim()
    .split('\n')
    .slice(1)
    .map((line) => {
        const [ticket, at, event, category, channel] = line.split(',');
        return JSON.stringify({ ticket, at, event, ...(category ? { category } : {}), ...(channel ? { channel } : {}) });
    })
    .join('\n');

const BAD = `ticket,at,event,category
${Array.from({ length: 25 }, (_, i) => `X${i},2026-03-02T09:00-04:00,opened,Critcal`).join('\n')}
`;

describe('pacto report', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'h.csv': HISTORY, 'h.jsonl': JSONL, 'bad.csv': BAD, 'out/keep.txt': 'keep' });
    });
    afterAll(() => files.remove());

    it('prints exactly the issue\'s JSON shape, valid against its schema', () => {
        const run = pacto(['report', IMOLKO, '--tickets', 'h.csv', '--format', 'json'], files.dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as Record<string, any>;
        const ajv = new Ajv2020({ allErrors: true, strict: false });
        const validate = ajv.compile(schema('compliance-report.schema.json'));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json['contract']).toBe('ZenkiuSupport');
        expect(json['skippedRows']).toEqual([]);
        const [march] = json['periods'] as any[];
        expect(march.start).toBe('2026-03-01T00:00:00-04:00');
        expect(march.objectives.map((o: any) => ({ name: o.name, target: o.target, achieved: o.achieved, met: o.met, tickets: o.tickets }))).toEqual([
            { name: 'RespuestaATiempo', target: 0.95, achieved: 2 / 3, met: false, tickets: 3 },
            { name: 'ResolucionATiempo', target: 0.9, achieved: 0.75, met: false, tickets: 4 },
        ]);
        expect(march.breaches.map((b: any) => [b.ticket, b.category, b.target, b.due, b.at])).toEqual([
            ['T2', 'Grave', 'response', '2026-03-03T09:00:00-04:00', '2026-03-03T10:00:00-04:00'],
            ['T3', 'Critica', 'resolution', '2026-03-09T11:30:00-04:00', null],
        ]);
        expect(march.penalties).toMatchObject({ amount: 225, currency: 'USD', percentOfFee: 15 });
    });

    it('reads JSON Lines the same as CSV, and --period picks the month', () => {
        const csv = JSON.parse(pacto(['report', IMOLKO, '--tickets', 'h.csv', '--format', 'json', '--period', '2026-03'], files.dir).stdout) as { periods: unknown };
        const jsonl = JSON.parse(pacto(['report', IMOLKO, '--tickets', 'h.jsonl', '--format', 'json', '--period', '2026-03'], files.dir).stdout) as { periods: unknown };
        expect(jsonl.periods).toEqual(csv.periods);
    });

    it('--every week cuts the range into ISO weeks, titled by number in the contract\'s language; --period 2026-W11 is one week', () => {
        const text = pacto(['report', IMOLKO, '--tickets', 'h.csv', '--every', 'week', '--from', '2026-03-01', '--to', '2026-03-20'], files.dir);
        expect(text.status).toBe(0);
        expect(text.stdout.split('\n').filter((line) => /^\S/.test(line) && /2026/.test(line) && !/^(Del|Períodos) /.test(line))).toEqual([
            '1 de marzo de 2026 (período parcial)',
            'Semana 10 (2–8 de marzo de 2026)',
            'Semana 11 (9–15 de marzo de 2026)',
            '16–19 de marzo de 2026 (período parcial)',
        ]);
        const run = pacto(['report', IMOLKO, '--tickets', 'h.csv', '--period', '2026-W11', '--format', 'json'], files.dir);
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as { periods: { start: string; end: string; unit: string; partial: boolean; breaches: { ticket: string }[] }[] };
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema('compliance-report.schema.json'));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json.periods.map((p) => [p.start, p.end, p.unit, p.partial, p.breaches.map((b) => b.ticket)])).toEqual([
            ['2026-03-09T00:00:00-04:00', '2026-03-16T00:00:00-04:00', 'week', false, ['T3']],
        ]);
        const bad = pacto(['--lang', 'es', 'report', IMOLKO, '--tickets', 'h.csv', '--every', 'day'], files.dir);
        expect(bad.status).toBe(2);
        expect(bad.stderr.trimEnd()).toBe("pacto: la opción '--every' debe ser 'week', 'month' o 'quarter', no 'day' (véase 'pacto report --help')");
    });

    it('refuses bad rows with exit 1, listing the first 20 and a count', () => {
        const run = pacto(['report', IMOLKO, '--tickets', 'bad.csv'], files.dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        const lines = run.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(22);
        expect(lines[0]).toBe("bad.csv:2:4: unknown category 'Critcal'; did you mean 'Critica'?");
        expect(lines[20]).toBe('… and 5 more');
        expect(lines[21]).toBe('pacto: the history has 25 bad rows, nothing computed (--skip-bad-rows goes on without them and lists them in the report)');
    });

    it('--skip-bad-rows reports every skipped row', () => {
        const run = pacto(['report', IMOLKO, '--tickets', 'bad.csv', '--skip-bad-rows', '--format', 'json'], files.dir);
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as { skippedRows: { row: number; message: string }[]; periods: unknown[] };
        expect(json.skippedRows).toHaveLength(25);
        expect(json.skippedRows[24]).toEqual({ row: 26, message: "unknown category 'Critcal'; did you mean 'Critica'?", file: 'bad.csv', column: 4, key: 'historyUnknownCategoryNear', args: { category: 'Critcal', near: 'Critica' } });
        expect(json.periods).toEqual([]);
    });

    it('writes md and html atomically with -o', () => {
        for (const format of ['md', 'html']) {
            const out = path.join(files.dir, 'out', `r.${format}`);
            const run = pacto(['report', IMOLKO, '--tickets', 'h.csv', '--format', format, '-o', out], files.dir);
            expect(run.stderr).toBe('');
            expect(run.status).toBe(0);
            const text = readFileSync(out, 'utf8');
            expect(text).toContain('ResolucionATiempo');
            expect(text).toContain('09/03/2026 11:30');
        }
    });

    it('writes the PDF for -o report.pdf (inferred) in the contract\'s locale, atomically, the same bytes each time', () => {
        const out = path.join(files.dir, 'out', 'report.pdf');
        const run = pacto(['report', IMOLKO, '--tickets', 'h.csv', '-o', out], files.dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const bytes = readFileSync(out);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const text = tool('pdftotext', ['-enc', 'UTF-8', out, '-']).replace(/\s+/g, ' ');
        expect(text).toContain('Informe de cumplimiento del nivel de servicio');
        expect(text).toContain('Del 1 de marzo de 2026 al 31 de marzo de 2026');
        expect(text).toContain('Resoluciones a tiempo (ResolucionATiempo) ≥ 90 % 75 % 4 No');
        expect(text).toContain('T3 Critica Plazo de resolución 09/03/2026 11:30 sigue abierto');
        // No temporary file is left beside it, and a second run gives the same bytes.
        expect(readdirSync(path.join(files.dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        expect(pacto(['report', IMOLKO, '--tickets', 'h.csv', '--format', 'pdf', '-o', out], files.dir).status).toBe(0);
        expect(readFileSync(out).equals(bytes)).toBe(true);
    });

    it('writes the PDF to standard output when it is a pipe', () => {
        const piped = spawnSync(process.execPath, [CLI, 'report', IMOLKO, '--tickets', 'h.csv', '--format', 'pdf'], { cwd: files.dir, timeout: 20_000 });
        expect(piped.status).toBe(0);
        expect(piped.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('says what is wrong in one line for bad usage', () => {
        const cases: [string[], string][] = [
            [['report', IMOLKO], "pacto: 'report' needs --tickets (see 'pacto report --help')"],
            [['report', IMOLKO, '--tickets', 'nope.csv'], 'pacto: cannot read --tickets nope.csv: no such file or directory'],
            [['report', IMOLKO, '--tickets', 'h.csv', '--period', '2026-13'], "pacto: --period '2026-13' is not a period: a month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10) (see 'pacto report --help')"],
            [['report', IMOLKO, '--tickets', 'h.csv', '--zone', 'America/Caracs'], "pacto: --zone 'America/Caracs' is not an IANA time zone; did you mean 'America/Caracas'? (see 'pacto report --help')"],
        ];
        for (const [args, message] of cases) {
            const run = pacto(args, files.dir);
            expect(run.status).toBe(2);
            expect(run.stderr.trimEnd()).toBe(message);
        }
    });
});

describe('schema/ticket-events.schema.json', () => {
    it('accepts the log\'s lines and refuses an opened without a category', () => {
        const validate = new Ajv2020({ strict: false }).compile(schema('ticket-events.schema.json'));
        for (const line of JSONL.split('\n')) expect(validate(JSON.parse(line)), line).toBe(true);
        expect(validate({ ticket: 'A', at: '2026-03-02T09:00-04:00', event: 'opened' })).toBe(false);
        expect(validate({ ticket: 'A', at: '2026-03-02T09:00-04:00', event: 'closed' })).toBe(false);
    });
});

describe('targets in the JSON report', () => {
    it('are the contract\'s percentages as shares, without binary noise (99.9% is 0.999)', () => {
        const ex = (f: string) => path.join(ROOT, 'examples', f);
        const run = pacto(['report', ex('saas-hosting.pacto'), '--tickets', ex('history/saas-hosting.csv'), '--outages', ex('history/saas-hosting-outages.csv'), '--period', '2026-03', '--format', 'json']);
        expect(run.status).toBe(0);
        const [period] = JSON.parse(run.stdout).periods as { objectives: { name: string; target: number }[] }[];
        expect(period!.objectives.find((o) => o.name === 'Uptime')!.target).toBe(0.999);
    });
});
