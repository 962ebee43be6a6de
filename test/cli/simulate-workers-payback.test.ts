import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate, simulateSync } from '../../runtime/simulate/index.js';
import { exampleContract } from '../runtime/simulate/helpers.js';
import { ROOT } from './pacto-process.js';

/** The worker bundle the CLI passes to the simulator (built by esbuild.mjs next to dist/cli). */
const WORKER = path.join(ROOT, 'dist', 'simulate-worker.cjs');

describe('simulate with workers asked for, on a job too small to repay one', () => {
    it('runs every replication of 200 runs of MesNormal (157,000 expected tickets) on the calling thread, with the results of one thread', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const byWorkers: number[] = [];
        const results = await simulate(contract, 'MesNormal', { runs: 200, seed: 5, workers: 2, workerScript: WORKER, onProgress: (_, __, w) => byWorkers.push(w) });
        // Whether a core is idle or not: a worker started for what is left after the first batches would
        // finish later than the calling thread alone (WORKER_PAYS_TICKETS, measured in bench/simulate).
        expect(new Set(byWorkers)).toEqual(new Set([0]));
        expect(byWorkers).toHaveLength(50);
        expect(JSON.stringify(results)).toBe(JSON.stringify(simulateSync(contract, 'MesNormal', { runs: 200, seed: 5 })));
    });
});
