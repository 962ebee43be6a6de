#!/usr/bin/env node
// The long fuzz run for a release (README, Reliability): the document fuzzer and the language-server fuzzer
// with a seed of their own, printed first so a failure can be reproduced. The server suite runs the bundle:
// build first (`npm run build`).
//
//   node scripts/fuzz.mjs [--seed N] [--count 10000] [--lsp-count 300] [--garbage-count 100] [--garbage-kb 2000]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
    options: {
        seed: { type: 'string', default: String(Date.now() % 2147483647) },
        count: { type: 'string', default: '10000' },
        'lsp-count': { type: 'string', default: '300' },
        // Files of random tokens (test/fuzz/garbage.test.ts), up to 2 MB each.
        'garbage-count': { type: 'string', default: '100' },
        'garbage-kb': { type: 'string', default: '2000' },
    },
});
const env = {
    ...process.env,
    PACTO_FUZZ_SEED: values.seed,
    PACTO_FUZZ_COUNT: values.count,
    PACTO_FUZZ_LSP_COUNT: values['lsp-count'],
    PACTO_FUZZ_GARBAGE_COUNT: values['garbage-count'],
    PACTO_FUZZ_GARBAGE_KB: values['garbage-kb'],
    PACTO_FUZZ_MAX_FAILURES: process.env.PACTO_FUZZ_MAX_FAILURES ?? '20',
};
console.log(
    `fuzzing with PACTO_FUZZ_SEED=${values.seed}: ${values.count} documents, ${values['lsp-count']} edit sequences, ${values['garbage-count']} random-token files up to ${values['garbage-kb']} KB`,
);
const run = spawnSync('npx', ['vitest', 'run', 'test/fuzz/'], { stdio: 'inherit', env });
console.log(`seed was ${values.seed}`);
process.exit(run.status ?? 1);
