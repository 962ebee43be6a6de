// Start-up of the `pacto` command (issue 14): whole processes, as a shell runs them, against bare `node -e 0`
// timed the same way in the same run. Goals: `pacto check` on one file within 3× bare node, and the whole
// `pacto simulate examples/helpdesk-br.pacto --scenario MesNormal --runs 200` within 0.40 s.
//
//   node bench/startup.mjs            # 15 repetitions of each case
//   node bench/startup.mjs --quick    # 3 repetitions, for a smoke test (figures not asserted)
//   node bench/startup.mjs --before DIR   # also the examples' checks with another build's dist/cli (a copy
//                                         # kept before a change), interleaved with the others
//
// Runs the built bundle (npm run bundle first). The cases are interleaved repetition by repetition, so a busy
// machine slows them alike; each figure is the median. Every case's output is checked on every run: a bench
// that times a failing command fails.
//
// What `pacto check` spends its start on (issue 14): compiling the bundle (kept by the launcher's code cache,
// cli/compile-cache.ts on Node 20, Node's own from 22.1: the untimed first runs below write it, the run that
// runs most code last; the "no compile cache" case shows a start without it), building the Langium parser
// (Chevrotain's grammar analysis is off in the shipped services, language/pacto-module.ts), and, for a
// contract with public holidays, loading the date-holidays chunk (digested per country, scripts/holidays-chunk.mjs),
// ICU's first date formatter, and validation's holiday and term checks.
//
// Figures, before and after each change, and what is left: bench/startup.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli', 'main.cjs');
const quick = process.argv.includes('--quick');
const beforeAt = process.argv.indexOf('--before');
const before = beforeAt > 0 ? path.resolve(process.argv[beforeAt + 1] ?? '') : undefined;
const repetitions = quick ? 3 : 15;

if (!existsSync(cli)) {
    console.error(`${cli} is missing: run \`npm run bundle\` first`);
    process.exit(1);
}
if (before !== undefined && !existsSync(path.join(before, 'main.cjs'))) {
    console.error(`--before: ${path.join(before, 'main.cjs')} is missing`);
    process.exit(1);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'pacto-startup-'));
const tiny = path.join(scratch, 'tiny.pacto');
writeFileSync(tiny, 'contract C {\n  provider "z"\n}\n');
// English, whatever the machine's language: the expected outputs below are the English ones.
const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
const noCache = { ...env, NODE_DISABLE_COMPILE_CACHE: '1' };

const SIMULATE = ['simulate', 'examples/helpdesk-br.pacto', '--scenario', 'MesNormal', '--runs', '200'];

/** [name, argv, what stdout must be, environment]; the goal is on the `pacto check` cases with the cache. */
const CASES = [
    ['node -e 0 (peer)', ['-e', '0'], ''],
    ['pacto --version', [cli, '--version'], null],
    ['pacto check tiny.pacto', [cli, 'check', tiny], `${tiny}: no problems\n`],
    ['  the same, no compile cache', [cli, 'check', tiny], `${tiny}: no problems\n`, noCache],
    ['pacto check examples/imolko.pacto', [cli, 'check', 'examples/imolko.pacto'], 'examples/imolko.pacto: no problems\n'],
    ['pacto check examples/helpdesk-br.pacto', [cli, 'check', 'examples/helpdesk-br.pacto'], 'examples/helpdesk-br.pacto: no problems\n'],
    // Issue 14's other start-up goal: the whole 200-run simulation within 0.40 s (its start is check's).
    ['pacto simulate helpdesk-br, 200 runs', [cli, ...SIMULATE], null],
    ...(before === undefined
        ? []
        : [
              ['  before: check tiny.pacto', [path.join(before, 'main.cjs'), 'check', tiny], `${tiny}: no problems\n`, env, 'before'],
              ['  before: check imolko.pacto', [path.join(before, 'main.cjs'), 'check', 'examples/imolko.pacto'], 'examples/imolko.pacto: no problems\n', env, 'before'],
              ['  before: check helpdesk-br.pacto', [path.join(before, 'main.cjs'), 'check', 'examples/helpdesk-br.pacto'], 'examples/helpdesk-br.pacto: no problems\n', env, 'before'],
              ['  before: simulate, 200 runs', [path.join(before, 'main.cjs'), ...SIMULATE], null, env, 'before'],
          ]),
];

function once([name, argv, expected, caseEnv = env]) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, argv, { cwd: root, env: caseEnv, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 || (expected !== null && result.stdout !== expected)) {
        throw new Error(`${name}: exit ${result.status}, stdout ${JSON.stringify(result.stdout)}, stderr ${JSON.stringify(result.stderr)}`);
    }
    return ms;
}

const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
    // One untimed run each: the file cache (and the compile cache, where Node has one) is warm for all alike.
    for (const c of CASES) once(c);
    const times = CASES.map(() => []);
    for (let r = 0; r < repetitions; r++) CASES.forEach((c, i) => times[i].push(once(c)));
    const peer = median(times[0]);
    const load = loadavg().map((l) => l.toFixed(2)).join(' ');
    console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${load}, ${repetitions} repetitions, medians`);
    console.log(`${'case'.padEnd(40)}${'ms'.padStart(8)}${'× node'.padStart(9)}  goal ≤ 3×`);
    CASES.forEach(([name, argv, , caseEnv, other], i) => {
        const ms = median(times[i]);
        const mine = caseEnv === undefined && other === undefined;
        const goal = mine && argv[1] === 'check' ? (ms / peer <= 3 ? '  met' : '  missed') : mine && argv[1] === 'simulate' ? (ms <= 400 ? '  met (≤ 0.40 s)' : '  missed (≤ 0.40 s)') : '';
        console.log(`${name.padEnd(40)}${ms.toFixed(0).padStart(8)}${(ms / peer).toFixed(2).padStart(9)}${goal}`);
    });
    console.log('goals: pacto check on one file ≤ 3× node -e 0; pacto simulate … --runs 200 ≤ 0.40 s');
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
