import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate, simulateSync } from '../../runtime/simulate/index.js';
import { exampleContract } from '../runtime/simulate/helpers.js';
import { pacto, ROOT, scratch } from './pacto-process.js';

const HELPDESK = 'examples/helpdesk-br.pacto';
/** The worker bundle the CLI passes to the simulator (built by esbuild.mjs next to dist/cli). */
const WORKER = path.join(ROOT, 'dist', 'simulate-worker.cjs');

describe('pacto simulate', () => {
    it('prints the results as one JSON object', () => {
        const run = pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', '--runs', '40', '--seed', '3', '--json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout);
        expect(json).toMatchObject({ scenario: 'MesNormal', runs: 40, seed: 3, contract: 'CosmoDeskCRM' });
        for (const name of ['Indisponibilidade', 'Incidente', 'Duvida']) {
            const c = json.categories[name];
            expect(Object.keys(c)).toEqual(expect.arrayContaining(['tickets', 'responseOnTime', 'resolutionOnTime', 'meanResponseMinutes', 'meanResolutionMinutes']));
            expect(c.responseOnTime).toBeGreaterThanOrEqual(0);
            expect(c.responseOnTime).toBeLessThanOrEqual(1);
        }
        expect(json.categories.Duvida.tickets).toBeGreaterThan(500);
        const response = json.objectives.PrimeiraResposta;
        expect(response).toMatchObject({ simulated: true, target: 0.95 });
        expect(['realistic', 'at risk', 'unrealistic']).toContain(response.verdict);
        expect(response.probabilityMet).toBeGreaterThanOrEqual(0);
        expect(response.perRun).toHaveLength(40);
        expect(json.objectives.Disponibilidade).toMatchObject({ simulated: false, target: 0.995, mean: null, probabilityMet: null, verdict: 'not simulated' });
        expect(json.objectives.Satisfacao).toMatchObject({ simulated: false, target: 0.84, verdict: 'not simulated' });
        expect(json.penalties).toMatchObject({ currency: 'BRL' });
        expect(Object.keys(json.penalties)).toEqual(expect.arrayContaining(['expected', 'p95', 'worst']));
        expect(['realistic', 'at risk', 'unrealistic']).toContain(json.verdict);
    });

    it('gives byte-identical results whatever the number of worker threads', () => {
        const args = ['simulate', HELPDESK, '--scenario', 'BlackFriday', '--runs', '30', '--seed', '11', '--json'];
        const one = pacto([...args, '--workers', '1']);
        const three = pacto([...args, '--workers', '3']);
        expect(one.status).toBe(0);
        expect(three.stderr).toBe('');
        expect(three.stdout).toBe(one.stdout);
    });

    it('simulates the stated calendar month, with arrivals and results per channel (issue 10: it simulated January)', () => {
        const run = pacto(['simulate', HELPDESK, '--scenario', 'PorCanal', '--runs', '12', '--json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout);
        expect(json.period).toEqual({ start: '2026-04-01T00:00:00-03:00', end: '2026-05-01T00:00:00-03:00', zone: 'America/Sao_Paulo' });
        expect(Object.keys(json.categories.Duvida.channels)).toEqual(['WhatsApp', 'Email', 'Telefone']);
        expect(json.categories.Incidente.channels).toEqual({});
        expect(Object.keys(json.channels)).toEqual(['WhatsApp', 'Email', 'Telefone']);
        // 20 per business day on 24 open days, 5 and 2 per day on 30 days: 690 expected.
        const duvida = json.categories.Duvida;
        expect(Math.abs(duvida.tickets - 690)).toBeLessThan(4 * Math.sqrt(690 / 12));
        expect(duvida.channels.WhatsApp.tickets + duvida.channels.Email.tickets + duvida.channels.Telefone.tickets).toBeCloseTo(duvida.tickets, 5);
        // The phone must answer in 30 seconds: a fixed fine, owed every month of the year, inside the caps.
        expect(json.objectives.AtendeTelefone).toMatchObject({ simulated: true, verdict: 'unrealistic' });
        expect(json.penalties).toMatchObject({ currency: 'BRL', beforeCaps: { fines: 1000 }, perYear: { periods: 12, years: 1, cap: 12000 } });
        expect(json.penalties.perRun).toHaveLength(12);
    });

    it('gives byte-identical results for any number of worker threads with several arrival sources per category', () => {
        const args = ['simulate', HELPDESK, '--scenario', 'PorCanal', '--runs', '9', '--seed', '4', '--json'];
        const one = pacto([...args, '--workers', '1']);
        const three = pacto([...args, '--workers', '3']);
        expect(one.status).toBe(0);
        expect(three.stdout).toBe(one.stdout);
    });

    it('prints a readable summary without a progress bar when stderr is not a terminal', () => {
        const run = pacto(['simulate', 'examples/saas-hosting.pacto', '--scenario', 'TypicalMonth', '--runs', '20']);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(/^Scenario TypicalMonth "A typical month" of contract \w+: 20 runs, seed 1\n/);
        expect(run.stdout).toMatch(/\nVerdict: (realistic|at risk|unrealistic)/);
    });

    it('writes a self-contained HTML report atomically', () => {
        const dir = scratch({});
        try {
            const out = path.join(dir.dir, 'report.html');
            const run = pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', '--runs', '10', '--html', out]);
            expect(run.status).toBe(0);
            expect(run.stdout).toContain(`Report written to ${out}`);
            const html = readFileSync(out, 'utf8');
            expect(html).toMatch(/^<!DOCTYPE html>/);
            expect(html).toContain('<canvas id="compliance">');
            expect(html).toContain('<canvas id="queue">');
            expect(html).toContain('<canvas id="histogram">');
            // chart.js is inlined: no script or stylesheet from the network.
            expect(html).toContain('Chart.js');
            expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
            expect(readdirSync(dir.dir)).toEqual(['report.html']);
        } finally {
            dir.remove();
        }
    });

    it('suggests the closest scenario name', () => {
        const run = pacto(['simulate', HELPDESK, '--scenario', 'MesNorml']);
        expect(run).toEqual({ status: 2, stdout: '', stderr: "pacto: unknown scenario 'MesNorml' in contract CosmoDeskCRM; did you mean 'MesNormal'?\n" });
    });

    it('rejects bad --runs and --seed in one line', () => {
        for (const [option, value] of [['--runs', '0'], ['--runs', 'many'], ['--seed', '-1'], ['--seed', '1.5']] as const) {
            const run = pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', option, value]);
            expect(run.status).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr.trim().split('\n')).toHaveLength(1);
            expect(run.stderr).toMatch(/^pacto: (--runs|--seed|option '--seed' needs a value)/);
        }
    });

    it('refuses a contract with errors and a missing --scenario', () => {
        const dir = scratch({ 'bad.pacto': 'contract Bad {\n  category X { response within 3 parsecs }\n}\n' });
        try {
            const bad = pacto(['simulate', path.join(dir.dir, 'bad.pacto'), '--scenario', 'S']);
            expect(bad.status).toBe(1);
            expect(bad.stderr).toMatch(/^pacto: the contract has errors, nothing computed: /);
            const missing = pacto(['simulate', HELPDESK]);
            expect(missing.status).toBe(2);
            expect(missing.stderr).toBe("pacto: 'simulate' needs --scenario (see 'pacto simulate --help')\n");
            expect(existsSync(path.join(dir.dir, 'report.html'))).toBe(false);
        } finally {
            dir.remove();
        }
    });

    it('runs worker threads from the built worker bundle with the results of the calling thread, and cancels them', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const progress: [done: number, byWorkers: number][] = [];
        // A job this small stays on the calling thread unless told otherwise: workersOnly leaves every
        // replication to the two workers, so these results can only have come from them.
        const threaded = await simulate(contract, 'BlackFriday', { runs: 24, seed: 9, workers: 2, workersOnly: true, workerScript: WORKER, onProgress: (done, _, byWorkers) => progress.push([done, byWorkers]) });
        expect(threaded).toEqual(simulateSync(contract, 'BlackFriday', { runs: 24, seed: 9 }));
        expect(progress.at(-1)).toEqual([24, 24]);
        const controller = new AbortController();
        const cancelled = simulate(contract, 'BlackFriday', { runs: 5000, workers: 2, workerScript: WORKER, signal: controller.signal, onProgress: () => controller.abort() });
        await expect(cancelled).rejects.toThrow(/cancelled/);
    });

    it('adds staffing advice with --staffing', () => {
        const run = pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', '--runs', '30', '--staffing', '--json']);
        expect(run.status).toBe(0);
        const { staffing } = JSON.parse(run.stdout);
        expect(staffing).toMatchObject({ feasible: true, current: { Suporte: 4, Sobreaviso: 1 } });
        expect(staffing.agents.Suporte).toBeGreaterThan(4);
        expect(staffing.agents.Sobreaviso).toBeGreaterThanOrEqual(1);
    });

    it('reports an HTML file it cannot write in one line', () => {
        const run = pacto(['simulate', HELPDESK, '--scenario', 'MesNormal', '--runs', '2', '--html', '/nonexistent-dir/report.html']);
        expect(run).toEqual({ status: 2, stdout: '', stderr: 'pacto: cannot write /nonexistent-dir/report.html: no such directory\n' });
    });
});
