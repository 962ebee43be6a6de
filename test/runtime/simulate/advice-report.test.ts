import { describe, expect, it } from 'vitest';
import { simulate, simulateSync, simulationReportHtml, simulationReportWebviewHtml, staffingAdvice } from '../../../runtime/simulate/index.js';
import * as runtime from '../../../runtime/index.js';
import { exampleContract, queueContract } from './helpers.js';

describe('staffing advice', () => {
    it('finds the smallest team that makes the objective realistic', () => {
        // λ = 20/h, 10 min: 4 agents are needed for stability; 80 % answered within 5 minutes needs more.
        const contract = queueContract({ perHour: 20, handling: { kind: 'exponential', meanMinutes: 10 }, agents: 2, targetMinutes: 5, weeks: 2, percent: 80 });
        const advice = staffingAdvice(contract, 'MMc', { runs: 40 });
        expect(advice.feasible).toBe(true);
        expect(advice.current).toEqual({ Agents: 2 });
        const n = advice.agents!['Agents']!;
        expect(advice.results.verdict).toBe('realistic');
        // One agent fewer is not realistic, with the same seed and runs (common random numbers).
        const fewer = simulateSync(contract, 'MMc', { runs: 40, agents: { Agents: n - 1 } });
        expect(fewer.verdict).not.toBe('realistic');
        expect(n).toBeGreaterThanOrEqual(5);
        expect(n).toBeLessThanOrEqual(7);
    });

    it('keeps at least one agent in a team whose tickets arrive', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const advice = staffingAdvice(contract, 'MesNormal', { runs: 30 });
        expect(advice.feasible).toBe(true);
        expect(advice.agents!['Sobreaviso']).toBeGreaterThanOrEqual(1);
        expect(advice.agents!['Suporte']).toBeGreaterThan(4);
    });
});

describe('simulate (async)', () => {
    it('gives the synchronous results, reports progress, and can be cancelled', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const progress: number[] = [];
        const results = await simulate(contract, 'MesNormal', { runs: 12, seed: 4, onProgress: (done) => progress.push(done) });
        expect(results).toEqual(simulateSync(contract, 'MesNormal', { runs: 12, seed: 4 }));
        expect(progress.at(-1)).toBe(12);
        const controller = new AbortController();
        controller.abort();
        await expect(simulate(contract, 'MesNormal', { runs: 12, signal: controller.signal })).rejects.toThrow(/cancelled/);
        expect(runtime.simulate).toBe(simulate);
    });
});

describe('HTML report', () => {
    it('is self-contained, with nonce-bearing scripts for a webview', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const results = simulateSync(contract, 'MesNormal', { runs: 10 });
        const html = simulationReportHtml(results, { chartJs: '/* chart.js */ window.Chart = function () {};' });
        expect(html).toContain('<canvas id="compliance">');
        expect(html).toContain('PrimeiraResposta');
        expect(html).not.toMatch(/https?:\/\//);
        const webview = simulationReportWebviewHtml(results, { nonce: 'abc123', chartJs: '/* chart.js */', cspSource: 'vscode-resource:' });
        expect(webview).toContain("script-src 'nonce-abc123'");
        expect(webview.match(/<script nonce="abc123">/g)).toHaveLength(2);
        expect(webview).not.toContain('unsafe-inline');
        const bare = simulationReportHtml(results, { chartJs: null });
        expect(bare).toContain('Charts are not available');
        expect(bare).not.toContain('<script');
    });

    it('shows the channels and the penalties per year', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const html = simulationReportHtml(simulateSync(contract, 'PorCanal', { runs: 12 }), { chartJs: null });
        expect(html).toContain('<h2>Channels</h2>');
        expect(html).toMatch(/<tr><td>Telefone<\/td><td>\d+(\.\d)?<\/td>/);
        expect(html).toMatch(/Per year of 12 periods \(1 year simulated, capped at R\$12,000\.00\): expected R\$[\d,]+\.\d\d/);
        expect(simulationReportHtml(simulateSync(contract, 'MesNormal', { runs: 2 }), { chartJs: null })).not.toContain('<h2>Channels</h2>');
    });

    it('escapes what the contract says', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const results = simulateSync(contract, 'MesNormal', { runs: 2 });
        const html = simulationReportHtml({ ...results, title: '<script>alert(1)</script>' }, { chartJs: null });
        expect(html).not.toContain('<script>alert(1)');
    });
});
