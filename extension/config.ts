// The extension's settings, read in one place and typed. Values a user mistypes in settings.json fall back
// to the defaults declared in package.json (contributes.configuration), which these constants mirror.
// Only a type import of `vscode`, so unit tests can load this module outside the editor.
import type * as vscode from 'vscode';
import { validateOpenedInstant } from '../language/protocol.js';

export const SECTION = 'pacto';

export interface PactoConfig {
    simulation: {
        /** Simulated periods per run of "Simulate scenario…" (1–100000). */
        runs: number;
        /** Seed of the simulation's random numbers: the same seed gives the same report. */
        seed: number;
    };
    inlayHints: { enabled: boolean };
    preview: {
        /**
         * Opening instants offered by "Preview deadlines for a ticket opened at…", trimmed. Only those the
         * server accepts (language/protocol.ts): the schema's pattern in package.json checks the shape
         * while the user types in settings.json, but not that the day exists.
         */
        openings: string[];
    };
}

export const DEFAULTS: PactoConfig = {
    simulation: { runs: 200, seed: 1 },
    inlayHints: { enabled: true },
    preview: { openings: [] },
};

export const MAX_RUNS = 100_000;

function wholeNumber(value: unknown, fallback: number, min: number, max: number): number {
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

/** Pure: the typed configuration from a getter (a `WorkspaceConfiguration` or a test's map). */
export function parseConfig(get: (key: string) => unknown): PactoConfig {
    const openings = get('preview.openings');
    return {
        simulation: {
            runs: wholeNumber(get('simulation.runs'), DEFAULTS.simulation.runs, 1, MAX_RUNS),
            seed: wholeNumber(get('simulation.seed'), DEFAULTS.simulation.seed, 0, 2 ** 31 - 1),
        },
        inlayHints: { enabled: typeof get('inlayHints.enabled') === 'boolean' ? (get('inlayHints.enabled') as boolean) : DEFAULTS.inlayHints.enabled },
        preview: {
            openings: Array.isArray(openings)
                ? openings.filter((o): o is string => typeof o === 'string' && validateOpenedInstant(o) === undefined).map((o) => o.trim())
                : [],
        },
    };
}

/** The settings now, for the resource's folder when one is given. */
export function readConfig(workspace: Pick<typeof vscode.workspace, 'getConfiguration'>, scope?: vscode.ConfigurationScope): PactoConfig {
    const config = workspace.getConfiguration(SECTION, scope);
    return parseConfig((key) => config.get(key));
}
