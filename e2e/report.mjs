// Prints the e2e results (API tests from the harness, UI checks from ui.mjs) and sets the exit code.
// Usage: node report.mjs OUT_DIR UI_EXIT_STATUS
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [outDir, uiStatus = '0'] = process.argv.slice(2);
const read = (name) => (existsSync(join(outDir, name)) ? JSON.parse(readFileSync(join(outDir, name), 'utf8')) : undefined);

const api = read('api-result.json');
const ui = read('ui-result.json');
const rows = [
    ...(api?.tests ?? []).map((t) => ({ ...t, name: `api: ${t.name}` })),
    ...(api?.fatal ? [{ name: 'api: loading the test module', status: 'fail', error: api.fatal }] : []),
    ...(api ? [] : [{ name: 'api: harness result', status: 'fail', error: 'no api-result.json: the extension-host tests did not finish' }]),
    ...(ui?.tests ?? []).map((t) => ({ ...t, name: `ui: ${t.name}` })),
    ...(ui ? [] : [{ name: 'ui: Playwright', status: 'fail', error: `ui.mjs exited with ${uiStatus} and wrote no result` }]),
];
// The client's log (the "Pacto" output channel) records every server exit; a crash leaves a stack there.
for (const log of findFiles(join(outDir, 'logs'), (f) => f.endsWith('Pacto.log'))) {
    const text = readFileSync(log, 'utf8');
    const crash = text.split('\n').findIndex((line) => /exited with code [1-9]|Server will restart|Uncaught|crashed/.test(line));
    rows.push(
        crash === -1
            ? { name: 'logs: no language server crash in Pacto.log', status: 'pass' }
            : { name: 'logs: no language server crash in Pacto.log', status: 'fail', error: `${log}\n${text.split('\n').filter((l) => l.includes('[error]')).slice(0, 12).join('\n')}` },
    );
}
if (api) console.log(`VS Code ${api.vscodeVersion}, extension host on Node ${api.node}`);
for (const row of rows) {
    const mark = { pass: 'ok  ', fail: 'FAIL', info: 'info' }[row.status] ?? row.status;
    const ms = row.ms === undefined ? '' : ` (${row.ms} ms)`;
    console.log(`${mark} ${row.name}${ms}${row.note ? ` — ${String(row.note).split('\n')[0]}` : ''}`);
    if (row.status === 'fail') console.log(String(row.error).replace(/^/gm, '       '));
}
const count = (status) => rows.filter((r) => r.status === status).length;
const failed = count('fail');
console.log(`screenshot: ${join(outDir, 'editor.png')}`);
console.log(`${count('pass')} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function findFiles(dir, keep) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && keep(entry.name))
        .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}
