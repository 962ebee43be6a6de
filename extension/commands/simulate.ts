// `pacto.simulate [uri, contract, scenario, {runs, seed}?]`: a code lens passes the first three; from the
// palette the scenario is picked. Runs and seed come from the settings unless given (scripts and tests).
import * as vscode from 'vscode';
import { ListScenariosRequest, SimulateRequest, type SimulateResult } from '../../language/protocol.js';
import { readConfig } from '../config.js';
import type { CommandFactory, Ctx } from '../ctx.js';
import { documentUri, ensureOpen } from '../documents.js';
import { makeNonce } from '../panel-html.js';
import { Panel } from '../panels.js';
import { withServerProgress } from '../progress.js';

async function pickScenario(ctx: Ctx, uri: string): Promise<{ contract: string; scenario: string } | undefined> {
    const listed = await ctx.sendRequest(ListScenariosRequest, { textDocument: { uri } });
    const items = (listed?.contracts ?? []).flatMap((c) =>
        c.scenarios.map((s) => ({ label: s.name, description: s.title, detail: vscode.l10n.t('contract {0}', c.name), contract: c.name, scenario: s.name })),
    );
    if (items.length === 0) throw new Error(vscode.l10n.t('This document declares no scenario: add one (snippet "scenario") to simulate it.'));
    return items.length === 1 ? items[0] : vscode.window.showQuickPick(items, { title: vscode.l10n.t('Simulate scenario…'), matchOnDescription: true });
}

export const simulate: CommandFactory = (ctx) => {
    // The report draws its charts with chart.js, run under the page's nonce.
    const report = new Panel(ctx, { viewType: 'pacto.simulation', scripts: true });
    return async (uriArg?: unknown, contractArg?: unknown, scenarioArg?: unknown, optionsArg?: unknown): Promise<SimulateResult | undefined> => {
        ctx.requireClient();
        const uri = documentUri(uriArg, vscode.l10n.t('Open a .pacto file to simulate a scenario.'));
        await ensureOpen(uri);
        let contract = typeof contractArg === 'string' ? contractArg : undefined;
        let scenario = typeof scenarioArg === 'string' ? scenarioArg : undefined;
        if (!contract || !scenario) {
            const picked = await pickScenario(ctx, uri);
            if (!picked) return undefined;
            ({ contract, scenario } = picked);
        }
        const config = readConfig(vscode.workspace, vscode.Uri.parse(uri)).simulation;
        const options = (optionsArg && typeof optionsArg === 'object' ? optionsArg : {}) as { runs?: unknown; seed?: unknown };
        const runs = typeof options.runs === 'number' ? options.runs : config.runs;
        const seed = typeof options.seed === 'number' ? options.seed : config.seed;
        // The server writes the nonce into the report's scripts; the panel's policy lets only those run.
        const nonce = makeNonce();
        const params = { textDocument: { uri }, contract, scenario, runs, seed, nonce };
        const result = await withServerProgress(ctx, vscode.l10n.t('Pacto: simulating {0} ({1} runs, seed {2})', scenario, runs, seed), (progressToken, token) =>
            ctx.sendRequest(SimulateRequest, { ...params, progressToken }, token),
        );
        if (!result) return undefined;
        report.show(vscode.l10n.t('Simulation: {0}', scenario), { page: result.html, nonce });
        ctx.output.info(vscode.l10n.t('Simulated {0}.{1}: {2} runs, seed {3}.', contract, scenario, runs, seed));
        return result;
    };
};
