#!/usr/bin/env node
// The long fuzz run for a release (README, Reliability): the document fuzzer and the language-server fuzzer
// with a seed of their own, printed first so a failure can be reproduced. The server suite runs the bundle:
// build first (`npm run build`).
//
//   node scripts/fuzz.mjs [--seed N] [--count 10000] [--lsp-count 300]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
    options: {
        seed: { type: 'string', default: String(Date.now() % 2147483647) },
        count: { type: 'string', default: '10000' },
        'lsp-count': { type: 'string', default: '300' },
    },
});
const env = {
    ...process.env,
    PACTO_FUZZ_SEED: values.seed,
    PACTO_FUZZ_COUNT: values.count,
    PACTO_FUZZ_LSP_COUNT: values['lsp-count'],
    PACTO_FUZZ_MAX_FAILURES: process.env.PACTO_FUZZ_MAX_FAILURES ?? '20',
};
console.log(`fuzzing with PACTO_FUZZ_SEED=${values.seed}: ${values.count} documents, ${values['lsp-count']} edit sequences`);
const run = spawnSync('npx', ['vitest', 'run', 'test/fuzz/'], { stdio: 'inherit', env });
console.log(`seed was ${values.seed}`);
process.exit(run.status ?? 1);
