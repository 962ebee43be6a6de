/**
 * The library as a user gets it: `npm pack`, the tarball installed into a new project offline, and plain
 * Node scripts (ESM and CommonJS) that import 'pacto' from it.
 *
 * Offline: the API bundle (dist/api/index.cjs) inlines every dependency, but npm still installs the
 * dependencies package.json declares (the extension and the CLI share them). The consumer project gets a
 * lockfile made from the project's own package-lock.json, each entry with its registry URL and integrity,
 * so `npm install --offline` takes every tarball from the npm cache that `npm ci` filled and needs neither
 * the network nor the registry's metadata.
 */
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve('.');
let project = '';

function run(command: string, args: string[], cwd: string): string {
    return execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function consumerLock(tarball: string) {
    const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
    const packages: Record<string, unknown> = {
        '': { name: 'consumer', version: '1.0.0', dependencies: { pacto: `file:${tarball}` } },
        'node_modules/pacto': { version: pkg.version, resolved: `file:${tarball}`, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
    };
    for (const [where, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean; name?: string; version: string; resolved?: string }>)) {
        if (where === '' || entry.dev) continue;
        const name = entry.name ?? where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
        const resolved = entry.resolved ?? `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
        packages[where] = { resolved, ...entry };
    }
    return { name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

beforeAll(() => {
    if (!existsSync(path.join(repo, 'dist/api/index.cjs'))) throw new Error('dist/api/index.cjs is missing: run `npm run bundle` first');
    project = mkdtempSync(path.join(tmpdir(), 'pacto-consumer-'));
    const packed = run('npm', ['pack', repo, '--pack-destination', project, '--silent'], project).trim().split('\n').pop()!;
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, dependencies: { pacto: `file:${packed}` } }, null, 2));
    writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(consumerLock(packed), null, 2));
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${packed}`], project);
}, 300_000);

afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
}, 120_000);

describe('the packed library', () => {
    it('computes deadlines in a plain ESM script, from a .pacto file and from the JSON export', () => {
        writeFileSync(
            path.join(project, 'stamp.mjs'),
            `import { writeFileSync } from 'node:fs';
import { loadContract, deadlines, elapsed, exportContract } from 'pacto';

const contract = await loadContract('node_modules/pacto/examples/helpdesk-br.pacto');
writeFileSync('contract.json', await exportContract(contract, 'json'));
const fromJson = await loadContract('contract.json');
// The help-desk webhook of docs/api.md: a new ticket gets its due dates.
function stamp(ticket) {
    const due = deadlines(fromJson, ticket.category, ticket.created_at);
    return { id: ticket.id, response_due: due.response?.due?.toISOString() ?? null, resolution_due: due.resolution?.due?.toISOString() ?? null };
}
console.log(JSON.stringify({
    pacto: deadlines(contract, 'Incidente', '2026-03-06T17:30:00-03:00').resolution.due.toISOString(),
    stamped: stamp({ id: 42, category: 'Incidente', created_at: '2026-03-06T17:30:00-03:00' }),
    urgent: stamp({ id: 43, category: 'Indisponibilidade', created_at: new Date('2026-03-06T23:50:00Z') }),
    openMinutes: elapsed(fromJson, 'Comercial', '2026-03-06T17:30:00-03:00', '2026-03-09T10:00:00-03:00') / 60000,
}));
`,
        );
        expect(JSON.parse(run('node', ['stamp.mjs'], project))).toEqual({
            // 8 business hours from Friday 17:30: 30 min Friday, Saturday 09:00-13:00, Monday 09:00-12:30 (São Paulo, UTC-3).
            pacto: '2026-03-09T15:30:00.000Z',
            // 1 business hour: 30 min Friday and Saturday 09:00-09:30.
            stamped: { id: 42, response_due: '2026-03-07T12:30:00.000Z', resolution_due: '2026-03-09T15:30:00.000Z' },
            // Calendar time: 15 minutes and 4 hours.
            urgent: { id: 43, response_due: '2026-03-07T00:05:00.000Z', resolution_due: '2026-03-07T03:50:00.000Z' },
            openMinutes: 330,
        });
    });

    it('works from CommonJS, refuses a contract with errors in its words, and exports for help desks', () => {
        writeFileSync(path.join(project, 'broken.pacto'), 'contract X {\n  category A { response within 2 lightyears }\n}\n');
        writeFileSync(
            path.join(project, 'check.cjs'),
            `const pacto = require('pacto');
(async () => {
    const contract = await pacto.loadContract('node_modules/pacto/examples/imolko.pacto');
    const bundle = JSON.parse(await pacto.exportContract(contract, 'zendesk'));
    let refusal = null;
    try { await pacto.loadContract('broken.pacto'); } catch (error) { refusal = { name: error.name, line: error.problems[0].line, file: error.problems[0].file }; }
    console.log(JSON.stringify({
        response: pacto.deadlines(contract, 'Critica', Date.UTC(2026, 2, 6, 20, 30)).response.due.toISOString(),
        zone: bundle.requests[0].body.schedule.time_zone,
        formats: pacto.EXPORT_FORMAT_IDS,
        refusal,
    }));
})();
`,
        );
        expect(JSON.parse(run('node', ['check.cjs'], project))).toEqual({
            // Friday 16:30 in Caracas (UTC-4): 30 min to 17:00, then Monday 08:00-08:30.
            response: '2026-03-09T12:30:00.000Z',
            zone: 'Caracas',
            formats: ['json', 'markdown', 'html', 'pdf', 'zendesk', 'freshdesk', 'openslo', 'ics'],
            refusal: { name: 'PactoError', line: 2, file: 'broken.pacto' },
        });
    });

    it('replays a ticket history and simulates a scenario exactly as the packaged CLI reports them', () => {
        writeFileSync(
            path.join(project, 'measure.mjs'),
            `import { loadContract, replay, simulate } from 'pacto';
const contract = await loadContract('node_modules/pacto/examples/helpdesk-br.pacto');
const report = await replay(contract, { text: process.argv[2] }, { file: 'helpdesk-br.csv', format: 'csv' });
const weekly = await replay(contract, { text: process.argv[2] }, { file: 'helpdesk-br.csv', format: 'csv', every: 'week' });
let badEvery = null;
try { await replay(contract, { text: process.argv[2] }, { every: 'day' }); } catch (error) { badEvery = error.name + ': ' + error.message; }
const results = await simulate(contract, 'MesNormal', { runs: 5, seed: 7 });
console.log(JSON.stringify({ report, weekly, badEvery, results }));
`,
        );
        const history = readFileSync(path.join(repo, 'examples/history/helpdesk-br.csv'), 'utf8');
        writeFileSync(path.join(project, 'helpdesk-br.csv'), history);
        const ours = JSON.parse(run('node', ['measure.mjs', history], project));
        const cli = path.join(project, 'node_modules/pacto/dist/cli/main.cjs');
        const contract = 'node_modules/pacto/examples/helpdesk-br.pacto';
        expect(ours.report).toEqual(JSON.parse(run('node', [cli, 'report', contract, '--tickets', 'helpdesk-br.csv', '--format', 'json'], project)));
        expect(ours.weekly).toEqual(JSON.parse(run('node', [cli, 'report', contract, '--tickets', 'helpdesk-br.csv', '--every', 'week', '--format', 'json'], project)));
        expect(ours.weekly.periods[0].unit).toBe('week');
        expect(ours.badEvery).toBe("PactoError: every must be 'week', 'month', 'quarter', not 'day'");
        expect(ours.results).toEqual(JSON.parse(run('node', [cli, 'simulate', contract, '--scenario', 'MesNormal', '--runs', '5', '--seed', '7', '--json'], project)));
        expect(ours.report.periods.length).toBeGreaterThan(0);
    });

    it('loads nothing at run time but Node itself, and no editor', () => {
        const bundle = readFileSync(path.join(project, 'node_modules/pacto/dist/api/index.cjs'), 'utf8');
        const required = [...new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))];
        const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
        expect(required.filter((name) => !builtins.has(name))).toEqual([]);
        expect(bundle).not.toContain('require("vscode")');
    });

    it('comes with types a TypeScript consumer compiles against', () => {
        writeFileSync(
            path.join(project, 'typed.mts'),
            `import { loadContract, deadlines, type Deadlines } from 'pacto';
const contract = await loadContract('contract.json');
const due: Deadlines = deadlines(contract, 'Incidente', new Date());
const when: Date | null | undefined = due.response?.due;
console.log(when);
`,
        );
        writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['typed.mts'] }));
        expect(run('node', [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project)).toBe('');
    });
});
