// Prints the e2e results of every pass (API tests from the harness, UI checks from ui.mjs or ui-locale.mjs)
// and sets the exit code. Usage: node report.mjs NAME OUT_DIR UI_EXIT_STATUS [NAME OUT_DIR UI_EXIT_STATUS]...
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 3 !== 0) throw new Error('usage: node report.mjs NAME OUT_DIR UI_EXIT_STATUS [...]');

const rows = [];
const screenshots = [];
let version;
for (let i = 0; i < args.length; i += 3) {
    const [pass, outDir, uiStatus] = args.slice(i, i + 3);
    const read = (name) => (existsSync(join(outDir, name)) ? JSON.parse(readFileSync(join(outDir, name), 'utf8')) : undefined);
    const api = read('api-result.json');
    const ui = read('ui-result.json');
    version ??= api && `VS Code ${api.vscodeVersion}, extension host on Node ${api.node}`;
    const named = (layer, name) => `${pass} ${layer}: ${name}`;
    rows.push(
        ...(api?.tests ?? []).map((t) => ({ ...t, name: named('api', t.name) })),
        ...(api?.fatal ? [{ name: named('api', 'loading the test module'), status: 'fail', error: api.fatal }] : []),
        ...(api ? [] : [{ name: named('api', 'harness result'), status: 'fail', error: 'no api-result.json: the extension-host tests did not finish' }]),
        ...(ui?.tests ?? []).map((t) => ({ ...t, name: named('ui', t.name) })),
        ...(ui ? [] : [{ name: named('ui', 'Playwright'), status: 'fail', error: `the UI script exited with ${uiStatus} and wrote no result` }]),
    );
    // The client's log (the "Pacto" output channel) records every server exit; a crash leaves a stack there.
    for (const log of findFiles(join(outDir, 'logs'), (f) => f.endsWith('Pacto.log'))) {
        const text = readFileSync(log, 'utf8');
        const crash = text.split('\n').findIndex((line) => /exited with code [1-9]|Server will restart|Uncaught|crashed/.test(line));
        const name = named('logs', 'no language server crash in Pacto.log');
        rows.push(
            crash === -1
                ? { name, status: 'pass' }
                : { name, status: 'fail', error: `${log}\n${text.split('\n').filter((l) => l.includes('[error]')).slice(0, 12).join('\n')}` },
        );
    }
    if (existsSync(outDir)) screenshots.push(...readdirSync(outDir).filter((f) => f.endsWith('.png')).map((f) => join(outDir, f)));
}
if (version) console.log(version);
for (const row of rows) {
    const mark = { pass: 'ok  ', fail: 'FAIL', info: 'info' }[row.status] ?? row.status;
    const ms = row.ms === undefined ? '' : ` (${row.ms} ms)`;
    console.log(`${mark} ${row.name}${ms}${row.note ? ` — ${String(row.note).split('\n')[0]}` : ''}`);
    if (row.status === 'fail') console.log(String(row.error).replace(/^/gm, '       '));
}
const count = (status) => rows.filter((r) => r.status === status).length;
const failed = count('fail');
console.log(`screenshots: ${screenshots.join(' ')}`);
console.log(`${count('pass')} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function findFiles(dir, keep) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && keep(entry.name))
        .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}
